/**
 * SVGO on untrusted SVG, between two passes of the sanitiser: the ir inlines the result as an
 * icon, generate writes it as an asset file.
 */
import { createRequire } from 'node:module';
import type * as SvgoModule from 'svgo';
import { sanitizeSvg } from './sanitize-svg.ts';

type Svgo = typeof SvgoModule;
let svgo: Svgo | undefined;
/**
 * SVGO loads on the first SVG, not with the ir: with css-tree and csso its ES build is about 350
 * modules, which a run that optimises no SVG (a no-op sync) would otherwise read. Its one-file
 * CommonJS build, the same version.
 */
const loadSvgo = (): Svgo => (svgo ??= createRequire(import.meta.url)('svgo') as Svgo);

/**
 * Untrusted SVG text made safe and small: sanitised, optimised with SVGO (ids prefixed with
 * `idPrefix`), and sanitised again, since what is written or inlined must pass the allowlist as it is.
 */
export function optimizeSvg(text: string, idPrefix: string): string {
  const clean = sanitizeSvg(text).svg;
  const optimised = loadSvgo().optimize(clean, {
    multipass: true,
    plugins: [
      'preset-default',
      'convertStyleToAttrs',
      'removeDimensions',
      { name: 'prefixIds', params: { prefix: idPrefix, delim: '-' } },
    ],
  }).data;
  return sanitizeSvg(optimised).svg;
}
