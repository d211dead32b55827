import { describe, expect, it } from 'vitest';
import {
  colourSimilarity,
  positionSimilarity,
  scoreTextBlocks,
  textSimilarity,
  type BlockPage,
} from '../../generator/check/text-block-scores.ts';
import type { TextBlock } from '../../generator/check/text-blocks.ts';

const black = { r: 0, g: 0, b: 0, a: 1 };
const white = { r: 1, g: 1, b: 1, a: 1 };
const block = (text: string, x: number, y: number, width = 100, height = 20, color = black): TextBlock => ({
  text,
  box: { x, y, width, height },
  color,
});
const page = (blocks: TextBlock[], width = 400, height = 800): BlockPage => ({ blocks, width, height });

describe('textSimilarity', () => {
  it('is twice the common subsequence over both lengths', () => {
    expect(textSimilarity('Play', 'Play')).toBe(1);
    // "Pay" in common: 2 * 3 / (4 + 3).
    expect(textSimilarity('Play', 'Pay')).toBeCloseTo(6 / 7, 12);
    expect(textSimilarity('abc', 'xyz')).toBe(0);
    expect(textSimilarity('', '')).toBe(1);
    expect(textSimilarity('a', '')).toBe(0);
  });
});

describe('colourSimilarity', () => {
  it('is 1 for the same colour and falls with CIEDE2000, black to white being 0', () => {
    expect(colourSimilarity(black, black)).toBe(1);
    expect(colourSimilarity(black, white)).toBe(0);
    const nearRed = colourSimilarity({ r: 1, g: 0, b: 0, a: 1 }, { r: 0.95, g: 0.05, b: 0, a: 1 });
    expect(nearRed).toBeGreaterThan(0.95);
    expect(nearRed).toBeLessThan(1);
  });

  it('flattens alpha on white, so text at alpha 0 is as far from black text as white is', () => {
    expect(colourSimilarity(black, { ...black, a: 0 })).toBe(0);
    expect(colourSimilarity({ ...black, a: 0.5 }, { r: 0.5, g: 0.5, b: 0.5, a: 1 })).toBeCloseTo(1, 6);
  });
});

describe('positionSimilarity', () => {
  it('takes the larger shift of the centres as a fraction of each page', () => {
    const p = page([]);
    // Centre moves 40 px right (0.1 of 400) and 8 px down (0.01 of 800).
    expect(positionSimilarity(block('a', 0, 0).box, p, block('a', 40, 8).box, p)).toBeCloseTo(0.9, 12);
    // The same place on a page twice as large is the same fraction.
    const big = page([], 800, 1600);
    expect(positionSimilarity(block('a', 0, 0).box, p, { x: 50, y: 20, width: 100, height: 0 }, big)).toBeCloseTo(
      1,
      12,
    );
  });
});

describe('scoreTextBlocks', () => {
  it('scores a faithful render 1 on all four', () => {
    const blocks = [block('Good morning', 20, 40), block('Play', 20, 100)];
    expect(scoreTextBlocks(page(blocks), page(blocks))).toEqual({
      block: 1,
      text: 1,
      position: 1,
      colour: 1,
      figmaBlocks: 2,
      domBlocks: 2,
      matched: 2,
    });
  });

  it('pairs by text whatever the order, and the shift and colour show in position and colour', () => {
    const figma = page([block('Good morning', 20, 40), block('Play', 20, 100)]);
    const dom = page([
      block('Play', 60, 100, 100, 20, { r: 0.2, g: 0.2, b: 0.2, a: 1 }),
      block('Good morning', 20, 40),
    ]);
    const scores = scoreTextBlocks(figma, dom);
    expect(scores.matched).toBe(2);
    expect(scores.text).toBe(1);
    expect(scores.block).toBe(1);
    expect(scores.position).toBeCloseTo((1 + 0.9) / 2, 12);
    expect(scores.colour).toBeLessThan(1);
    expect(scores.colour).toBeGreaterThan(0.8);
  });

  it('counts missing and extra text against block by area, and drops pairs under half similar', () => {
    const figma = page([block('Good morning', 0, 0, 100, 20), block('Settings', 0, 100, 100, 20)]);
    const dom = page([block('Good morning', 0, 0, 100, 20), block('xyz', 0, 200, 100, 60)]);
    const scores = scoreTextBlocks(figma, dom);
    expect(scores.matched).toBe(1);
    // Paired: 2000 + 2000; all: 2000 + 2000 + 2000 + 6000.
    expect(scores.block).toBeCloseTo(4000 / 12000, 12);
    expect(scores.text).toBe(1);
  });

  it('pairs repeated labels with the nearest copy', () => {
    const figma = page([block('Play', 0, 0), block('Play', 0, 400)]);
    const dom = page([block('Play', 0, 410), block('Play', 0, 10)]);
    expect(scoreTextBlocks(figma, dom).position).toBeCloseTo(1 - 10 / 800, 12);
  });

  it('scores 0 when no text pairs and never throws on empty pages', () => {
    expect(scoreTextBlocks(page([block('abc', 0, 0)]), page([block('xyz', 0, 0)]))).toMatchObject({
      block: 0,
      matched: 0,
    });
    expect(scoreTextBlocks(page([]), page([]))).toMatchObject({ block: 0, matched: 0, figmaBlocks: 0 });
  });
});
