import { describe, expect, it } from 'vitest';
import { fontWeightOf, namedWeight } from '../../generator/fonts/font-weight.ts';

describe('namedWeight', () => {
  it('reads the weight a face name spells, compound names before their parts', () => {
    expect(namedWeight('Black')).toBe(900);
    expect(namedWeight('SemiBold Italic')).toBe(600);
    expect(namedWeight('Extra Bold')).toBe(800);
    expect(namedWeight('ExtraLight')).toBe(200);
    expect(namedWeight('Regular')).toBe(400);
    expect(namedWeight('Italic')).toBeUndefined();
    expect(namedWeight(undefined)).toBeUndefined();
  });
});

describe('fontWeightOf', () => {
  it('takes the face Figma draws when its name is more than one step from the numeric weight', () => {
    // A real file: "Poppins-Black" drawn, fontWeight 550.
    expect(fontWeightOf({ fontWeight: 550, fontStyle: 'Black', fontPostScriptName: 'Poppins-Black' })).toBe(900);
    expect(fontWeightOf({ fontWeight: 550, fontPostScriptName: 'Poppins-Black' })).toBe(900);
  });

  it('keeps the numeric weight when the name agrees with it or names no weight', () => {
    expect(fontWeightOf({ fontWeight: 550, fontStyle: 'SemiBold' })).toBe(550);
    expect(fontWeightOf({ fontWeight: 700, fontStyle: 'Bold Italic' })).toBe(700);
    expect(fontWeightOf({ fontWeight: 450, fontStyle: 'Italic' })).toBe(450);
    expect(fontWeightOf({})).toBeUndefined();
  });
});
