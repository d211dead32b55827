/**
 * SVGO on untrusted SVG, between two passes of the sanitiser: the ir inlines the result as an
 * icon, generate writes it as an asset file.
 */
import { optimize } from 'svgo';
import { sanitizeSvg } from './sanitize-svg.ts';

/**
 * Untrusted SVG text made safe and small: sanitised, optimised with SVGO (ids prefixed with
 * `idPrefix`), and sanitised again, since what is written or inlined must pass the allowlist as it is.
 */
export function optimizeSvg(text: string, idPrefix: string): string {
  const clean = sanitizeSvg(text).svg;
  const optimised = optimize(clean, {
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
