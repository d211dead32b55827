/**
 * Design2Code-style visual scores of a rendered screen against its design, over text blocks:
 * blocks are paired one to one by text similarity (the heaviest assignment, pairs under half
 * similar dropped), then
 * - block: the area of the paired blocks over the area of all blocks, both sides (missing or
 *   extra text lowers it);
 * - text: the mean character similarity of the pairs (Sørensen-Dice over their common
 *   subsequence: twice the characters in common over the characters of both);
 * - position: the mean of 1 - the larger of the horizontal and vertical shift of the pair's
 *   centres, each side's coordinates taken as fractions of its own page;
 * - colour: the mean of 1 - CIEDE2000 / 100 between the pair's colours (each flattened on white).
 */
import { differenceCiede2000 } from '../core/culori.ts';
import type { Rgba } from '../tokens/token-index.ts';
import { maxWeightMatching } from './max-weight-matching.ts';
import type { TextBlock } from './text-blocks.ts';
import type { Box } from './types.ts';

export interface BlockPage {
  blocks: readonly TextBlock[];
  /** The page the blocks' boxes are relative to. */
  width: number;
  height: number;
}

export interface TextBlockScores {
  /** Paired area over all area; 0 when nothing paired. */
  block: number;
  /** Means over the pairs; 0 when nothing paired. */
  text: number;
  position: number;
  colour: number;
  figmaBlocks: number;
  domBlocks: number;
  matched: number;
}

/** Pairs less similar than this are not the same text (Design2Code's cut-off). */
const MIN_SIMILARITY = 0.5;
/** How much nearness weighs when similarities tie (the same label in several places). */
const NEARNESS_WEIGHT = 1e-3;

/** Twice the length of the longest common subsequence over the total length; 1 for two empty texts. */
export function textSimilarity(a: string, b: string): number {
  if (!a.length && !b.length) return 1;
  if (!a.length || !b.length) return 0;
  let previous = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    const row = new Array<number>(b.length + 1).fill(0);
    for (let j = 1; j <= b.length; j++) {
      row[j] = a[i - 1] === b[j - 1] ? previous[j - 1]! + 1 : Math.max(previous[j]!, row[j - 1]!);
    }
    previous = row;
  }
  return (2 * previous[b.length]!) / (a.length + b.length);
}

/** Twice the characters the two texts share as multisets over the total: a bound on textSimilarity. */
function sharedCharacterBound(a: string, b: string): number {
  const counts = new Map<string, number>();
  for (const ch of a) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  let shared = 0;
  for (const ch of b) {
    const left = counts.get(ch) ?? 0;
    if (left > 0) {
      shared++;
      counts.set(ch, left - 1);
    }
  }
  return (2 * shared) / (a.length + b.length);
}

const ciede2000 = differenceCiede2000();

function onWhite(c: Rgba) {
  const a = Math.min(1, Math.max(0, c.a));
  return { mode: 'rgb' as const, r: c.r * a + (1 - a), g: c.g * a + (1 - a), b: c.b * a + (1 - a) };
}

/** 1 - CIEDE2000 / 100 between the two colours flattened on white, at least 0. */
export function colourSimilarity(a: Rgba, b: Rgba): number {
  return Math.max(0, 1 - ciede2000(onWhite(a), onWhite(b)) / 100);
}

function centre(box: Box, page: BlockPage) {
  return { x: (box.x + box.width / 2) / page.width, y: (box.y + box.height / 2) / page.height };
}

/** 1 - the larger of the horizontal and vertical shift between the boxes' centres, in page fractions. */
export function positionSimilarity(a: Box, pageA: BlockPage, b: Box, pageB: BlockPage): number {
  const ca = centre(a, pageA);
  const cb = centre(b, pageB);
  return Math.max(0, 1 - Math.max(Math.abs(ca.x - cb.x), Math.abs(ca.y - cb.y)));
}

const area = (box: Box, page: BlockPage) => (box.width * box.height) / (page.width * page.height);

/** The four scores of `dom`'s text blocks against `figma`'s. */
export function scoreTextBlocks(figma: BlockPage, dom: BlockPage): TextBlockScores {
  const similarity = figma.blocks.map((f) =>
    dom.blocks.map((d) => {
      if (sharedCharacterBound(f.text, d.text) < MIN_SIMILARITY) return 0;
      const s = textSimilarity(f.text, d.text);
      return s < MIN_SIMILARITY ? 0 : s;
    }),
  );
  const weights = similarity.map((row, i) =>
    row.map((s, j) =>
      s === 0 ? 0 : s + NEARNESS_WEIGHT * positionSimilarity(figma.blocks[i]!.box, figma, dom.blocks[j]!.box, dom),
    ),
  );
  const pairs = maxWeightMatching(weights);
  const counts = { figmaBlocks: figma.blocks.length, domBlocks: dom.blocks.length, matched: pairs.length };
  if (!pairs.length) return { block: 0, text: 0, position: 0, colour: 0, ...counts };
  const total =
    figma.blocks.reduce((sum, b) => sum + area(b.box, figma), 0) +
    dom.blocks.reduce((sum, b) => sum + area(b.box, dom), 0);
  let paired = 0;
  let text = 0;
  let position = 0;
  let colour = 0;
  for (const [i, j] of pairs) {
    const f = figma.blocks[i]!;
    const d = dom.blocks[j]!;
    paired += area(f.box, figma) + area(d.box, dom);
    text += similarity[i]![j]!;
    position += positionSimilarity(f.box, figma, d.box, dom);
    colour += colourSimilarity(f.color, d.color);
  }
  return {
    block: total > 0 ? paired / total : 1,
    text: text / pairs.length,
    position: position / pairs.length,
    colour: colour / pairs.length,
    ...counts,
  };
}
