import { converter, differenceCiede2000, type Lab65 } from 'culori';
import { describe, expect, it } from 'vitest';
import { nearestColorFinder, type ColorCandidate } from '../../generator/tokens/nearest-color.ts';

const toLab = converter('lab65');
const difference = differenceCiede2000();

/** A seeded generator, so a failure replays. */
function random(seed: number): () => number {
  let s = seed;
  return () => (s = (s * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
}

const labOf = (r: number, g: number, b: number): Lab65 => toLab({ mode: 'rgb', r, g, b });

/** The full scan the finder replaces: the smallest distance, ties to the earliest candidate. */
function bruteForce(candidates: ColorCandidate<number>[], lab: Lab65, alpha: number) {
  let best: { value: number; distance: number } | undefined;
  for (const candidate of candidates) {
    if (Math.abs(candidate.alpha - alpha) > 0.02) continue;
    const distance = difference(lab, candidate.lab);
    if (!best || distance < best.distance) best = { value: candidate.value, distance };
  }
  return best;
}

describe('nearestColorFinder', () => {
  it('finds exactly what comparing with every candidate finds', () => {
    const next = random(7);
    const candidates: ColorCandidate<number>[] = Array.from({ length: 400 }, (_, value) => ({
      value,
      lab: labOf(next(), next(), next()),
      alpha: next() < 0.8 ? 1 : Math.round(next() * 10) / 10,
    }));
    const find = nearestColorFinder(candidates);
    for (let i = 0; i < 500; i++) {
      const lab = labOf(next(), next(), next());
      const alpha = next() < 0.8 ? 1 : Math.round(next() * 10) / 10;
      expect(find(lab, alpha)).toEqual(bruteForce(candidates, lab, alpha));
    }
  });

  it('breaks ties by candidate order, not by lightness order', () => {
    const grey = labOf(0.5, 0.5, 0.5);
    const candidates = [
      { value: 0, lab: labOf(0.9, 0.1, 0.1), alpha: 1 },
      { value: 1, lab: grey, alpha: 1 },
      { value: 2, lab: grey, alpha: 1 },
    ];
    expect(nearestColorFinder(candidates)(labOf(0.52, 0.5, 0.5), 1)?.value).toBe(1);
  });

  it('skips candidates whose alpha differs and answers nothing when none is left', () => {
    const candidates = [{ value: 0, lab: labOf(0, 0, 0), alpha: 0.5 }];
    const find = nearestColorFinder(candidates);
    expect(find(labOf(0, 0, 0), 1)).toBeUndefined();
    expect(find(labOf(0.1, 0.1, 0.1), 0.51)?.value).toBe(0);
    expect(nearestColorFinder<number>([])(labOf(0, 0, 0), 1)).toBeUndefined();
  });
});
