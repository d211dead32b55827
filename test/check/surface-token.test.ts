import { describe, expect, it } from 'vitest';
import { surfaceVariable } from '../../generator/check/surface-token.ts';

describe('surfaceVariable', () => {
  it('prefers the page background token over surfaces', () => {
    const css = ':root { --color-surface: #f8fafc; --color-bg: #fff; --color-bg-hover: #eee; --color-text: #111; }';
    expect(surfaceVariable(css)).toBe('--color-bg');
  });

  it('takes a surface token when there is no background token', () => {
    expect(surfaceVariable(':root { --color-surface-raised: #fff; --color-surface: #f8fafc; }')).toBe(
      '--color-surface',
    );
  });

  it('finds nothing in tokens without a conventional background name', () => {
    expect(surfaceVariable(':root { --color-brand: #00f; --space-2: 8px; }')).toBeUndefined();
  });
});
