import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { NameRule } from './name-mapping.ts';

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
 * The token files of Primer's light and dark themes, as a team would list them in tokens.files:
 * each theme's base palettes (base/color/light/light.json5 and display-light.json5, the dark ones
 * likewise; not the high-contrast and dimmed variants), then the functional and component colours,
 * the border and shadow composites built on them, and the border widths those refer to.
 */
async function primerFiles(pkg: string): Promise<string[]> {
  const src = join(pkg, 'src', 'tokens');
  const json5In = async (dir: string) =>
    (await readdir(join(src, dir)).catch(() => [])).filter((f) => f.endsWith('.json5')).sort();
  const out: string[] = [];
  for (const theme of ['light', 'dark'])
    for (const file of await json5In(`base/color/${theme}`))
      if (file === `${theme}.json5` || file === `display-${theme}.json5`)
        out.push(join(src, `base/color/${theme}`, file));
  const groups: [string, string?][] = [
    ['functional/color'],
    ['functional/border'],
    ['functional/shadow'],
    ['functional/size', 'border.json5'],
    ['component'],
  ];
  for (const [dir, only] of groups)
    for (const file of await json5In(dir)) if (only === undefined || file === only) out.push(join(src, dir, file));
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
        layout:
          'as published (Tokens Studio single file, no $themes; tokens.themes.sets: dark = "color-scheme-dark/**")',
        sources: (pkg) => [join(pkg, 'src', 'tokens.json')],
        // No $themes: the dark sets say their mode in their name.
        tokensConfig: { themes: { sets: { 'color-scheme': { light: [], dark: ['color-scheme-dark/**'] } } } },
        differences:
          'None. The 2 published-only tokens are dimensions written "None" (published as `None`), left out here with a warning.',
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
        layout:
          'as published (JSON5; tokens.themes.sets per palette file, modeExtensions org.primer.overrides, colorAlphaKey alpha, pxToRem 16)',
        sources: primerFiles,
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
        differences:
          'None. 10 deprecated aliases share the CSS name of the token they point to once names are normalised (prettylights.syntax.constant-other-reference-link -> constantOtherReferenceLink, storage.modifier.import -> storageModifierImport): left out with a warning, so one CSS name here where the published CSS has both spellings (equal values, compared once).',
        floor: { light: 960, dark: 960 },
      },
    ],
  },
];
