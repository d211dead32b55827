import { describe, expect, it } from 'vitest';
import { findHiddenUnicode } from '../../../generator/generate/gate/hidden-unicode.ts';
import { parseCss } from '../../../generator/generate/gate/parse-css.ts';
import { scanRawValues } from '../../../generator/generate/gate/raw-values.ts';
import { gateTokens } from './gate-fixtures.ts';

describe('the CSS reader', () => {
  it('reads rules, at-rules and declarations with their lines', () => {
    const sheet = parseCss(
      '/* c */\n@media (min-width: 600px) {\n  .a:hover { color: red !important; background: url("a;b.png") }\n}\n.b {\n  --x: 1px;\n}\n',
    );
    expect(sheet.errors).toEqual([]);
    expect(sheet.atRules).toEqual([{ text: '@media (min-width: 600px)', line: 2 }]);
    expect(sheet.selectors.map((s) => s.text)).toEqual(['.a:hover', '.b']);
    expect(sheet.declarations).toEqual([
      { property: 'color', value: 'red', line: 3 },
      { property: 'background', value: 'url("a;b.png")', line: 3 },
      { property: '--x', value: '1px', line: 6 },
    ]);
  });

  it('reports broken CSS instead of guessing', () => {
    expect(parseCss('.a { color: red;').errors[0]?.message).toBe('unclosed "{"');
    expect(parseCss('.a { color: red; } }').errors[0]?.message).toBe('unmatched "}"');
    expect(parseCss('.a { content: "x }').errors[0]?.message).toBe('unterminated string');
    expect(parseCss('.a { color red; }').errors[0]?.message).toContain('expected "property: value"');
    expect(parseCss('/* open').errors[0]?.message).toBe('unterminated comment');
    expect(parseCss('').errors).toEqual([]);
  });
});

describe('the raw value scanner', () => {
  const scan = (property: string, value: string) =>
    scanRawValues(property, value, gateTokens).map((r) => [r.kind, r.text, r.match.kind]);

  it('finds hex, functional and named colours, and skips keywords and var() names', () => {
    expect(scan('color', '#2563EB')).toEqual([['color', '#2563EB', 'exact']]);
    expect(scan('background', 'linear-gradient(rgb(37 99 235), hsl(0 100% 50%))')).toEqual([
      ['color', 'rgb(37 99 235)', 'exact'],
      ['color', 'hsl(0 100% 50%)', 'raw'],
    ]);
    expect(scan('border-color', 'red')).toEqual([['color', 'red', 'raw']]);
    expect(scan('color', 'currentColor')).toEqual([]);
    expect(scan('background', 'transparent var(--red)')).toEqual([]);
    expect(scan('display', 'grid')).toEqual([]);
  });

  it('looks dimensions up by use and ignores sizes, positions, zero and unitless numbers', () => {
    expect(scan('padding', '8px 1rem 0')).toEqual([
      ['dimension', '8px', 'exact'],
      ['dimension', '1rem', 'exact'],
    ]);
    expect(scan('width', '240px')).toEqual([]);
    expect(scan('left', '13px')).toEqual([]);
    expect(scan('line-height', '1.4')).toEqual([]);
    expect(scan('margin', 'auto')).toEqual([]);
  });

  it('reads shadows part by part and font families name by name', () => {
    expect(scan('box-shadow', '0 2px 6px #111827')).toEqual([
      ['shadow', '2px', 'raw'],
      ['shadow', '6px', 'exact'],
      ['shadow', '#111827', 'exact'],
    ]);
    expect(scan('font-family', '"Inter", Roboto, sans-serif')).toEqual([
      ['font', 'Inter', 'exact'],
      ['font', 'Roboto', 'raw'],
    ]);
    expect(scan('font-weight', '700')).toEqual([['font', '700', 'exact']]);
  });

  it('never throws on odd input', () => {
    for (const value of ['', '(', ')', 'rgb(', '#', '#ggg', 'var(', '--', '1e3px', 'url(', '"unterminated']) {
      expect(() => scanRawValues('color', value, gateTokens)).not.toThrow();
    }
  });
});

describe('hidden Unicode', () => {
  it('flags bidi controls, zero-width characters and tag characters with their line', () => {
    expect(findHiddenUnicode('a\nb\u202Ec').map((r) => r.line)).toEqual([2]);
    expect(findHiddenUnicode('x\u200By')).toHaveLength(1);
    expect(findHiddenUnicode('t\u{E0041}')).toHaveLength(1);
    expect(findHiddenUnicode('mid\uFEFFfile')).toHaveLength(1);
  });

  it('allows a leading byte order mark and ordinary non-ASCII text', () => {
    expect(findHiddenUnicode('\uFEFFconst a = "Grüße — 日本語 ✓";')).toEqual([]);
  });
});
