import { describe, expect, it } from 'vitest';
import { ruleSelectors, themeModes } from '../../generator/check/theme-modes.ts';

describe('themeModes', () => {
  it('puts the mode that shares a rule with :root first', () => {
    const css = ':root, [data-theme="light"] { --a: 1px; }\n[data-theme="dark"] { --a: 2px; }';
    expect(themeModes(css)).toEqual(['light', 'dark']);
  });

  it('names a :root block of its own "default"', () => {
    expect(themeModes(':root { --a: 1px; }\n[data-theme="dark"] { --a: 2px; }\n[data-theme="dark"] .x { }')).toEqual([
      'default',
      'dark',
    ]);
  });

  it('ignores selectors inside comments and gives one default mode for empty CSS', () => {
    expect(themeModes('/* [data-theme="ghost"] { } */ :root { }')).toEqual(['default']);
    expect(themeModes('')).toEqual(['default']);
  });
});

describe('ruleSelectors', () => {
  it('gives the text before each brace back to the previous one, at-rule preludes and nested rules too', () => {
    const css = ':root { --a: 1px; }\n@media (min-width: 1px) { [data-theme="dark"] { --a: 2px; } }{}.x{}';
    expect(ruleSelectors(css).map((s) => s.trim())).toEqual([
      ':root',
      '@media (min-width: 1px)',
      '[data-theme="dark"]',
      '.x',
    ]);
  });

  it('reads a block of thousands of declarations as one rule', () => {
    const body = Array.from({ length: 5000 }, (_, i) => `--token-${i}: var(--base-${i % 7});`).join(' ');
    expect(ruleSelectors(`:root { ${body} }\n[data-theme="dark"] { ${body} }`)).toEqual([
      ':root ',
      '\n[data-theme="dark"] ',
    ]);
  });
});

describe('theme dimensions', () => {
  const css = [
    ':root { --surface: #fff; --pad: 8px; }',
    '[data-color-scheme="dark"] { --surface: #000; }',
    '[data-size="large"] { --pad: 16px; }',
    '[data-color-scheme="dark"][data-size="large"] { --line: 3px; }',
  ].join('\n');

  it('reads every single-attribute block as a mode of its dimension, combinations not as modes', () => {
    expect(themeModes(css)).toEqual(['default', 'data-color-scheme=dark', 'data-size=large']);
  });

  it('turns each mode into the attribute the page sets', async () => {
    const { modeAttributes } = await import('../../generator/check/theme-modes.ts');
    expect(modeAttributes('data-color-scheme=dark')).toEqual({ 'data-color-scheme': 'dark' });
    expect(modeAttributes('dark')).toEqual({ 'data-theme': 'dark' });
  });
});
