import { describe, expect, it } from 'vitest';
import { GENERIC_FONT_FAMILIES, isGenericFontName } from '../../generator/core/generic-fonts.ts';
import { fontFamilyToCss } from '../../generator/tokens/token-values.ts';

describe('generic font names', () => {
  it('are the CSS generic families and the CSS-wide keywords, as written', () => {
    for (const name of ['sans-serif', 'ui-rounded', 'emoji', 'math', 'fangsong', 'unset', 'revert'])
      expect(isGenericFontName(name)).toBe(true);
    for (const name of ['Inter', 'Sans-Serif', 'Roboto Mono']) expect(isGenericFontName(name)).toBe(false);
    expect(GENERIC_FONT_FAMILIES.has('inherit')).toBe(false);
  });

  it('stay unquoted in a token font-family, where a named family with a space is quoted', () => {
    expect(fontFamilyToCss(['Roboto Mono', 'ui-monospace', 'monospace'])).toBe(
      '"Roboto Mono", ui-monospace, monospace',
    );
  });
});
