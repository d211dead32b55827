/**
 * The CSS font stack a Figma family is set in: the family itself, then free look-alikes of the
 * proprietary families designs use most (metric-close, so a label that fits on one line in Figma
 * still fits), then the generic family. Used by the generated CSS and named by the missing-font
 * warning, so both say the same stack.
 */
import { isGenericFontName } from '../core/generic-fonts.ts';

interface Substitute {
  /** Matches the Figma family name. */
  test: RegExp;
  /** Families tried after the design's own, most similar first. */
  stack: readonly string[];
  /** A fontsource package drawing the first free look-alike, loaded when the design's family is missing. */
  pkg?: { name: string; family: string };
  generic: 'sans-serif' | 'serif';
}

const SUBSTITUTES: readonly Substitute[] = [
  {
    test: /^(helvetica|arial)/i,
    stack: ['Helvetica Neue', 'Helvetica', 'Arial', 'Nimbus Sans', 'Liberation Sans'],
    generic: 'sans-serif',
  },
  {
    test: /^(sf pro|sf compact|\.?sf ui|san francisco|-apple-system)/i,
    stack: ['-apple-system', 'BlinkMacSystemFont', 'Inter'],
    generic: 'sans-serif',
  },
  {
    test: /garamond/i,
    stack: ['EB Garamond', 'Garamond'],
    pkg: { name: '@fontsource/eb-garamond', family: 'EB Garamond' },
    generic: 'serif',
  },
  { test: /^(times|georgia|baskerville|caslon)/i, stack: ['Times New Roman', 'Liberation Serif'], generic: 'serif' },
];

/** A family name safe inside CSS quotes. */
export function cleanFamily(family: string): string {
  return family.replace(/["\\;{}<>\n\r]/g, '').trim();
}

const quote = (family: string) => (isGenericFontName(family) || /^-?[A-Za-z]+$/.test(family) ? family : `"${family}"`);

/** The look-alike of a proprietary family, when one is known. */
export function substituteOf(family: string): Substitute | undefined {
  return SUBSTITUTES.find((s) => s.test.test(family.trim()));
}

/** The font stack for a Figma family, as CSS: `"HelveticaNeue", "Helvetica Neue", Helvetica, ..., sans-serif`. */
export function fallbackStack(family: string): string {
  const clean = cleanFamily(family);
  if (clean === '') return 'sans-serif';
  if (isGenericFontName(clean.toLowerCase())) return clean.toLowerCase();
  const substitute = substituteOf(clean);
  const names = [clean, ...(substitute?.stack ?? []).filter((s) => s.toLowerCase() !== clean.toLowerCase())];
  return [`"${clean}"`, ...names.slice(1).map(quote), substitute?.generic ?? 'sans-serif'].join(', ');
}
