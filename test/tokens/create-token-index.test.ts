import { describe, expect, it } from 'vitest';
import { createMemoryLogger } from '../../generator/core/logger.ts';
import { configFor, designWith, fixtureVariables, tempRoot, buildTokensFromDisk } from './helpers.ts';

async function index() {
  const result = await buildTokensFromDisk(
    designWith({ variables: await fixtureVariables() }),
    configFor(await tempRoot()),
    createMemoryLogger(),
  );
  return result.index;
}

describe('token index', () => {
  it('maps a bound variable id to its token exactly', async () => {
    const idx = await index();
    expect(idx.byVariableId('VariableID:2:1')).toMatchObject({
      path: 'color.bg',
      cssVar: '--color-bg',
      type: 'color',
      variableId: 'VariableID:2:1',
    });
    expect(idx.byVariableId('VariableID:404')).toBeUndefined();
  });

  it('finds an exact colour, preferring the semantic (aliased) token over the primitive', async () => {
    const idx = await index();
    const match = idx.matchColor({ r: 1, g: 1, b: 1, a: 1 });
    expect(match).toEqual({ kind: 'exact', token: expect.objectContaining({ path: 'button.bg' }) });
  });

  it('finds a near colour within the CIEDE2000 tolerance and says how far off it is', async () => {
    const idx = await index();
    const match = idx.matchColor({ r: 0.2314, g: 0.5098, b: 0.955, a: 1 });
    expect(match.kind).toBe('approximate');
    if (match.kind !== 'approximate') return;
    expect(match.token.path).toBe('color.brand');
    expect(match.unit).toBe('deltaE2000');
    expect(match.distance).toBeGreaterThan(0);
    expect(match.distance).toBeLessThan(2);
  });

  it('flags a far colour as raw with the nearest token, and never matches across alpha', async () => {
    const idx = await index();
    const far = idx.matchColor({ r: 0, g: 1, b: 0, a: 1 });
    expect(far.kind).toBe('raw');
    if (far.kind === 'raw') expect(far.nearest?.distance).toBeGreaterThan(2);
    expect(idx.matchColor({ r: 0, g: 0, b: 0, a: 0.5 })).toMatchObject({
      kind: 'exact',
      token: { path: 'color.black.alpha-50' },
    });
    expect(idx.matchColor({ r: 0, g: 0, b: 0, a: 0.49 }).kind).toBe('approximate');
  });

  it('matches dimensions by use: a 16px gap is spacing, a 16px icon is a size, 8px corners are a radius', async () => {
    const idx = await index();
    expect(idx.matchDimension(16, 'spacing')).toMatchObject({ kind: 'exact', token: { path: 'spacing.4' } });
    expect(idx.matchDimension(16, 'size')).toMatchObject({ kind: 'exact', token: { path: 'size.icon' } });
    expect(idx.matchDimension(16, 'fontSize')).toMatchObject({ kind: 'exact', token: { path: 'font.size.md' } });
    expect(idx.matchDimension(8, 'radius')).toMatchObject({ kind: 'exact', token: { path: 'radius.md' } });
    expect(idx.matchDimension(8, 'spacing')).toMatchObject({ kind: 'exact', token: { path: 'button.gap' } });
  });

  it('gives the nearest dimension in px, approximate within tolerance and raw beyond', async () => {
    const idx = await index();
    expect(idx.matchDimension(15.5, 'spacing')).toEqual({
      kind: 'approximate',
      token: expect.objectContaining({ path: 'spacing.4' }),
      distance: 0.5,
      unit: 'px',
    });
    expect(idx.matchDimension(12, 'spacing')).toMatchObject({ kind: 'raw', nearest: { distance: 4, unit: 'px' } });
    expect(idx.matchDimension(3, 'letterSpacing')).toEqual({ kind: 'raw' });
  });

  it('looks up other scalar values exactly', async () => {
    const idx = await index();
    expect(idx.matchValue('fontFamily', 'inter')).toMatchObject({ kind: 'exact', token: { path: 'font.family.sans' } });
    expect(idx.matchValue('fontWeight', 'Bold')).toMatchObject({ kind: 'exact', token: { path: 'font.weight.bold' } });
    expect(idx.matchValue('fontWeight', 300)).toEqual({ kind: 'raw' });
    expect(idx.matchValue('dimension', '16px')).toMatchObject({ kind: 'exact' });
    expect(idx.matchValue('color', '#3b82f6')).toMatchObject({ kind: 'exact', token: { path: 'color.brand' } });
  });

  it('knows the modes and every token by path', async () => {
    const idx = await index();
    expect(idx.modes).toEqual(['light', 'dark']);
    expect(idx.byPath('spacing.2')?.value).toEqual({ value: 8, unit: 'px' });
    expect(idx.tokens.length).toBe(21);
  });
});
