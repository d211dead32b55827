import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { NameRule } from './name-mapping.ts';
import { json5AsJson, tokensStudioSetsAsModes } from './stage-sources.ts';

/**
 * The public design systems the parity run compares against: each ships its token sources and
 * the CSS it builds from them in one npm package (pinned in devDependencies). A variant says
 * which sources design-sync reads (as published, or re-laid out by the harness for a gap the
 * tokens stage has today) and which published CSS blocks each mode is.
 */

export interface PublishedBlock {
  /** CSS file inside the package. */
  file: string;
  /** The selectors of that file's rule for this mode (exactly as written there). */
  selectors: string[];
}

export interface ParityMode {
  name: string;
  /** Our mode: undefined is our default (`:root`), else the mode name whose block is layered on `:root`. */
  ours: string | undefined;
  /** The published blocks an element in this mode matches, in cascade order. */
  theirs: PublishedBlock[];
}

export interface ParityVariant {
  /** "as published", or what the harness re-laid out. */
  layout: string;
  /** Token files or folders for tokens.files; `stage` may write re-laid-out copies into `out`. */
  sources: (pkg: string, out: string) => Promise<string[]> | string[];
  /** More of design-sync's `tokens` config for this variant (theme dimensions, selectors); files and sources are set. */
  tokensConfig?: Record<string, unknown>;
  /** What a build error of this variant means today ("needs JSON5"), shown instead of the error. */
  gap?: string;
  /** Why values differ, found by reading the mismatches (for bench/token-parity.md). */
  differences?: string;
  /** Values equal per mode when last recorded: fewer is a regression (the run exits 1); more is progress. */
  floor?: Record<string, number>;
}

export interface ParitySystem {
  name: string;
  /** npm package name; its version and licence are read from its package.json. */
  pkg: string;
  licence: string;
  modes: ParityMode[];
  names: NameRule;
  variants: ParityVariant[];
}

/**
 * Primer's colour themes: the base palette of a theme (base/color/light/*.json5, or dark) under
 * the functional and component colours. Per theme, one palette file per name ("light.json5" and
 * "dark.json5" are the palette, "display-light.json5" the display palette), so the harness names
 * them "<palette>.<theme>.json", design-sync's file-per-mode layout.
 */
async function primerFiles(pkg: string): Promise<{ from: string; to: string }[]> {
  const src = join(pkg, 'src', 'tokens');
  const json5In = async (dir: string) =>
    (await readdir(join(src, dir)).catch(() => [])).filter((f) => f.endsWith('.json5')).sort();
  const out: { from: string; to: string }[] = [];
  for (const theme of ['light', 'dark'])
    for (const file of await json5In(`base/color/${theme}`)) {
      const palette =
        file
          .replace(/\.json5$/, '')
          .replace(theme, '')
          .replace(/^[-.]|[-.]$/g, '') || 'color';
      // Only the plain theme (light.json5, display-light.json5), not its variants (light.high-contrast.json5).
      if (palette.includes('.') || palette.includes('high-contrast') || palette.includes('dimmed')) continue;
      out.push({ from: join(src, `base/color/${theme}`, file), to: `base-${palette}.${theme}.json` });
    }
  // Colours, the border and shadow composites built on them, and the border widths those refer to.
  const pick = (dir: string, only?: string) => async () =>
    (await json5In(dir)).filter((f) => only === undefined || f === only).map((f) => ({ dir, f }));
  const groups = [
    pick('functional/color'),
    pick('functional/border'),
    pick('functional/shadow'),
    pick('functional/size', 'border.json5'),
    pick('component'),
  ];
  for (const group of groups)
    for (const { dir, f } of await group())
      out.push({ from: join(src, dir, f), to: `${dir.replace('/', '-')}/${f.replace(/\.json5$/, '.json')}` });
  return out;
}

export const SYSTEMS: ParitySystem[] = [
  {
    name: 'Open Formulieren',
    pkg: '@open-formulieren/design-tokens',
    licence: 'EUPL-1.2',
    names: {},
    modes: [
      { name: 'default', ours: undefined, theirs: [{ file: 'dist/index.css', selectors: ['.openforms-theme'] }] },
    ],
    variants: [
      {
        layout: 'as published (Style Dictionary JSON, src/)',
        sources: (pkg) => [join(pkg, 'src')],
        floor: { default: 664 },
      },
    ],
  },
  {
    name: 'NL Design System "Mooi & Anders"',
    pkg: '@nl-design-system-community/ma-design-tokens',
    licence: 'EUPL-1.2',
    names: {},
    modes: [
      { name: 'light', ours: undefined, theirs: [{ file: 'dist/theme.css', selectors: ['.ma-theme'] }] },
      {
        name: 'dark',
        ours: 'dark',
        theirs: [
          { file: 'dist/theme.css', selectors: ['.ma-theme'] },
          { file: 'dist/color-scheme-dark/theme.css', selectors: ['.ma-theme--color-scheme-dark'] },
        ],
      },
    ],
    variants: [
      {
        layout: 'as published (Tokens Studio single file, dark as "color-scheme-dark/*" sets)',
        sources: (pkg) => [join(pkg, 'src', 'tokens.json')],
        // No $themes: the dark sets say their mode in their name.
        tokensConfig: { themes: { sets: { 'color-scheme': { light: [], dark: ['color-scheme-dark/**'] } } } },
        differences:
          'design-sync tokens stops: the 400 tokens of set color-scheme-dark/common clash with common (no $themes says they are a mode), and 2 dimensions are "None". Left out, light matches and dark is :root.',
        floor: { light: 2687, dark: 1659 },
      },
      {
        layout: 'harness: sets merged per mode into ma.light.json / ma.dark.json',
        sources: (pkg, out) =>
          tokensStudioSetsAsModes(
            join(pkg, 'src', 'tokens.json'),
            [
              { mode: 'light', setPrefix: undefined },
              { mode: 'dark', setPrefix: 'color-scheme-dark/' },
            ],
            'ma',
            out,
          ),
        differences:
          'None. The 2 published-only tokens are dimensions written "None", an error here (design-sync tokens stops on them).',
        floor: { light: 2687, dark: 2687 },
      },
    ],
  },
  {
    name: 'Primer',
    pkg: '@primer/primitives',
    licence: 'MIT',
    names: {},
    modes: [
      {
        name: 'light',
        ours: undefined,
        theirs: [
          // The theme's colours refer to the size tokens (--focus-outline-width), published in :root.
          { file: 'dist/css/functional/size/border.css', selectors: [':root'] },
          {
            file: 'dist/css/functional/themes/light.css',
            selectors: ['[data-color-mode="light"][data-light-theme="light"]'],
          },
        ],
      },
      {
        name: 'dark',
        ours: 'dark',
        theirs: [
          // The theme's colours refer to the size tokens (--focus-outline-width), published in :root.
          { file: 'dist/css/functional/size/border.css', selectors: [':root'] },
          {
            file: 'dist/css/functional/themes/dark.css',
            selectors: ['[data-color-mode="dark"][data-dark-theme="dark"]'],
          },
        ],
      },
    ],
    variants: [
      {
        layout: 'as published (JSON5 sources, base palette per theme)',
        sources: async (pkg) => (await primerFiles(pkg)).map((f) => f.from),
        tokensConfig: {
          themes: {
            // Each theme's base palette is a file of its own; the functional colours give dark values in an extension.
            sets: {
              'color-mode': {
                light: ['**/base/color/light/light', '**/base/color/light/display-light'],
                dark: ['**/base/color/dark/dark', '**/base/color/dark/display-dark'],
              },
            },
            modeExtensions: ['org.primer.overrides'],
          },
          colorAlphaKey: 'alpha',
          // Primer's CSS build writes px dimensions as rem (16px each).
          pxToRem: 16,
        },
        differences: 'Not built: .json5 sources.',
      },
      {
        layout: 'harness: JSON5 re-spelled as JSON, base palettes as base-color.light/.dark.json',
        sources: async (pkg, out) => json5AsJson(await primerFiles(pkg), out),
        differences:
          "Primer's own extensions: an `alpha` key beside $value (118 light colours, 5 shadows), dark values in $extensions['org.primer.overrides'] (dark), its build's px-to-rem transform (the source says 1px, the CSS 0.0625rem: border widths, borders, focus outline); 10 token pairs differ only in case (constant-other-reference-link / constantOtherReferenceLink) and clash here.",
        floor: { light: 787, dark: 498 },
      },
    ],
  },
];
