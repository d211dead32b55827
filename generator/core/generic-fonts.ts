/**
 * The CSS generic font families and the CSS-wide keywords: font-family names that are not a font to
 * quote, match against tokens or load.
 */

/** CSS Fonts 4 generic families: the browser draws them with the platform's own fonts. */
export const GENERIC_FONT_FAMILIES: ReadonlySet<string> = new Set([
  'serif',
  'sans-serif',
  'monospace',
  'cursive',
  'fantasy',
  'system-ui',
  'ui-serif',
  'ui-sans-serif',
  'ui-monospace',
  'ui-rounded',
  'emoji',
  'math',
  'fangsong',
]);

/** Keywords a font-family value may be instead of a list of families. */
const CSS_WIDE_KEYWORDS: ReadonlySet<string> = new Set(['inherit', 'initial', 'unset', 'revert']);

/** A font-family entry that names no font: a generic family or a CSS-wide keyword (as written, case-sensitive). */
export function isGenericFontName(name: string): boolean {
  return GENERIC_FONT_FAMILIES.has(name) || CSS_WIDE_KEYWORDS.has(name);
}
