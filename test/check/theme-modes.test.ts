import { describe, expect, it } from 'vitest';
import { themeModes } from '../../generator/check/theme-modes.ts';

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
