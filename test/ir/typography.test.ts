import { describe, expect, it } from 'vitest';
import { textStyle } from '../../generator/ir/typography.ts';
import { textCharacters } from '../../generator/source/read-json.ts';
import { TokenLookup } from '../../generator/ir/token-lookup.ts';
import { cssValue } from '../../generator/ir/css-value.ts';
import { fixtureTokenIndex } from './token-index-fixture.ts';

const lookup = () => new TokenLookup(fixtureTokenIndex({}));

describe('text characters and styles from Figma', () => {
  it("draws Figma's line and paragraph separators as line feeds", () => {
    const node = { characters: 'beds.\n\u2028Every bungalow\u2029Done' };
    expect(textCharacters(node)).toBe('beds.\n\nEvery bungalow\nDone');
    expect(textCharacters({})).toBe('');
  });

  it('keeps the lines a separator breaks, so the text wraps as pre-wrap', () => {
    const node = { id: '1', type: 'TEXT', characters: 'One\u2028Two', style: { fontSize: 16 } };
    expect(cssValue(textStyle(node, lookup())['white-space']!)).toBe('pre-wrap');
  });

  it('weighs text by the face Figma draws when the numeric weight contradicts it', () => {
    const node = {
      id: '1',
      type: 'TEXT',
      characters: 'Your own private nest',
      style: { fontFamily: 'Poppins', fontPostScriptName: 'Poppins-Black', fontStyle: 'Black', fontWeight: 550 },
    };
    expect(cssValue(textStyle(node, lookup())['font-weight']!)).toBe('900');
  });
});

describe('one-line text boxes', () => {
  const text = (height: number) => ({
    id: '1',
    type: 'TEXT',
    characters: 'MALE VOICE',
    absoluteBoundingBox: { x: 0, y: 0, width: 104, height },
    style: { fontSize: 16, lineHeightPx: 17.3 },
  });

  it('keeps a fixed box Figma drew on one line from wrapping when the font runs wider', () => {
    expect(cssValue(textStyle(text(13), lookup())['white-space']!)).toBe('nowrap');
  });

  it('lets a box of several lines wrap', () => {
    expect(textStyle(text(35), lookup())['white-space']).toBeUndefined();
  });
});
