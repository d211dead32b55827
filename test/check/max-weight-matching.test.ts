import { describe, expect, it } from 'vitest';
import { maxWeightMatching } from '../../generator/check/max-weight-matching.ts';

/** Every one-to-one pairing of rows with columns, the heaviest total (rows <= columns). */
function bruteForceBest(weights: number[][]): number {
  const rows = weights.length;
  const cols = weights[0]?.length ?? 0;
  let best = 0;
  const used = new Array<boolean>(cols).fill(false);
  const visit = (i: number, total: number) => {
    if (i === rows) {
      best = Math.max(best, total);
      return;
    }
    visit(i + 1, total); // the row left unpaired
    for (let j = 0; j < cols; j++) {
      if (used[j]) continue;
      used[j] = true;
      visit(i + 1, total + Math.max(0, weights[i]![j]!));
      used[j] = false;
    }
  };
  visit(0, 0);
  return best;
}

/** A small deterministic generator, so a failing table can be reproduced. */
function lcg(seed: number) {
  let state = seed;
  return () => {
    state = (state * 1664525 + 1013904223) % 2 ** 32;
    return state / 2 ** 32;
  };
}

const total = (weights: number[][], pairs: Array<[number, number]>) =>
  pairs.reduce((sum, [i, j]) => sum + weights[i]![j]!, 0);

describe('maxWeightMatching', () => {
  it('pairs each row with the column that gives the heaviest total, not the greedy one', () => {
    // Greedy takes (0,0)=10 and is left with (1,1)=1; the best is (0,1)+(1,0) = 9+9.
    const weights = [
      [10, 9],
      [9, 1],
    ];
    expect(maxWeightMatching(weights)).toEqual([
      [0, 1],
      [1, 0],
    ]);
  });

  it('leaves out pairs of weight 0 and handles more rows than columns', () => {
    const weights = [[0], [0.7], [0.2]];
    expect(maxWeightMatching(weights)).toEqual([[1, 0]]);
    expect(maxWeightMatching([[0, 0]])).toEqual([]);
  });

  it('returns nothing for an empty table', () => {
    expect(maxWeightMatching([])).toEqual([]);
    expect(maxWeightMatching([[]])).toEqual([]);
  });

  it('reaches the brute-force optimum on random tables of every shape up to 5 by 6', () => {
    const random = lcg(17);
    for (let rows = 1; rows <= 5; rows++) {
      for (let cols = 1; cols <= 6; cols++) {
        for (let trial = 0; trial < 4; trial++) {
          const weights = Array.from({ length: rows }, () =>
            Array.from({ length: cols }, () => (random() < 0.3 ? 0 : Math.round(random() * 100) / 100)),
          );
          const pairs = maxWeightMatching(weights);
          expect(new Set(pairs.map(([i]) => i)).size).toBe(pairs.length);
          expect(new Set(pairs.map(([, j]) => j)).size).toBe(pairs.length);
          const oriented = rows <= cols ? weights : weights[0]!.map((_, j) => weights.map((row) => row[j]!));
          expect(total(weights, pairs)).toBeCloseTo(bruteForceBest(oriented), 9);
        }
      }
    }
  });
});
