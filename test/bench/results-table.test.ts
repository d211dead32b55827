import { describe, expect, it } from 'vitest';
import { cell, formatResults, slowestStage, type BenchResults } from '../../bench/results-table.ts';
import { median } from '../../bench/measure.ts';

const results: BenchResults = {
  date: '2026-11-24 10:00',
  machine: { cores: 2, cpu: 'Test CPU', memoryGb: 8, node: 'v20.20.2', loadAverage: [1, 1, 1] },
  runs: { runs: 3, heavyRuns: 1 },
  sizes: [
    {
      label: '10 sets',
      figures: {
        source: { kind: 'timed', ms: [30, 10, 20], rssMb: [90, 100, 95] },
        'generate (incl. gate)': { kind: 'timed', ms: [9000], rssMb: [500] },
        check: { kind: 'na', reason: 'runChecks is not exported' },
      },
    },
  ],
  storybook: [
    {
      label: '10 sets',
      stories: 70,
      checkMs: 20_000,
      isolatedMs: 40_000,
      sharedMs: 25_000,
      vitestTests: 70,
      vitestFailed: 3,
    },
  ],
  model: ['10 sets: 1000 prompt + 500 completion tokens per component'],
  durationS: 100,
} as unknown as BenchResults;

describe('the results table', () => {
  it('shows the median time and memory of each figure, and n/a for a stage that is not available', () => {
    expect(cell({ kind: 'timed', ms: [30, 10, 20], rssMb: [90, 100, 95] })).toBe('20 ms · 95 MB');
    expect(cell({ kind: 'timed', ms: [9000], rssMb: [500] })).toBe('9.0 s · 500 MB (1 run)');
    expect(cell({ kind: 'na', reason: 'not wired' })).toBe('n/a (not available)');
  });

  it('names the slowest stage by median', () => {
    expect(slowestStage(results.sizes[0]!)).toEqual({ stage: 'generate (incl. gate)', ms: 9000 });
  });

  it('writes the machine, the figures and the check / vitest ratios', () => {
    const text = formatResults(results);
    expect(text).toContain('2 cores (Test CPU)');
    expect(text).toContain('Node v20.20.2');
    expect(text).toContain('| check | n/a (not available) |');
    expect(text).toContain('| 10 sets | 70 / 70, 3 failing | 20.0 s | 40.0 s | 25.0 s | 0.50x | 0.80x |');
    expect(text).toContain('- 10 sets: generate (incl. gate), 9.0 s');
  });

  it('takes the middle value, or the mean of the two middle values', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 2, 3])).toBe(2.5);
  });
});
