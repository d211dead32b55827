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
  /** What a build error of this variant means today ("needs JSON5"), shown instead of the error. */
  gap?: string;
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

const PRIMER_FUNCTIONAL_COLOR = ['bgColor', 'borderColor', 'control', 'data-vis', 'display', 'fgColor', 'selection', 'syntax'];
const PRIMER_COMPONENTS = [
  'avatar', 'avatarStack', 'button', 'card', 'codeMirror', 'contribution', 'counter', 'dashboard', 'diffBlob', 'focus',
  'header', 'headerSerach', 'highlight', 'label', 'menu', 'overlay', 'page', 'progressBar', 'reactionButton', 'selectMenu',
  'sideNav', 'skeletonLoader', 'timelineBadge', 'tooltip', 'topicTag', 'treeView', 'underlineNav',
];
function primerFiles(pkg: string): { from: string; to: string }[] {
  const src = join(pkg, 'src', 'tokens');
  return [
    { from: join(src, 'base/color/light/light.json5'), to: 'base-color.light.json' },
    { from: join(src, 'base/color/dark/dark.json5'), to: 'base-color.dark.json' },
    { from: join(src, 'base/color/light/display-light.json5'), to: 'base-display.light.json' },
    { from: join(src, 'base/color/dark/display-dark.json5'), to: 'base-display.dark.json' },
    ...PRIMER_FUNCTIONAL_COLOR.map((n) => ({ from: join(src, `functional/color/${n}.json5`), to: `functional/${n}.json` })),
    ...PRIMER_COMPONENTS.map((n) => ({ from: join(src, `component/${n}.json5`), to: `component/${n}.json` })),
  ];
}

export const SYSTEMS: ParitySystem[] = [
  {
    name: 'Open Formulieren',
    pkg: '@open-formulieren/design-tokens',
    licence: 'EUPL-1.2',
    names: {},
    modes: [{ name: 'default', ours: undefined, theirs: [{ file: 'dist/index.css', selectors: ['.openforms-theme'] }] }],
    variants: [{ layout: 'as published (Style Dictionary JSON, src/)', sources: (pkg) => [join(pkg, 'src')] }],
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
        gap: 'needs themes',
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
        theirs: [{ file: 'dist/css/functional/themes/light.css', selectors: ['[data-color-mode="light"][data-light-theme="light"]'] }],
      },
      {
        name: 'dark',
        ours: 'dark',
        theirs: [{ file: 'dist/css/functional/themes/dark.css', selectors: ['[data-color-mode="dark"][data-dark-theme="dark"]'] }],
      },
    ],
    variants: [
      {
        layout: 'as published (JSON5 sources, base palette per theme)',
        sources: (pkg) => primerFiles(pkg).map((f) => f.from),
        gap: 'needs JSON5',
      },
      {
        layout: 'harness: JSON5 re-spelled as JSON, base palettes as base-color.light/.dark.json',
        sources: (pkg, out) => json5AsJson(primerFiles(pkg), out),
      },
    ],
  },
];
