import { describe, expect, it } from 'vitest';
import { modelUsageLine } from '../../../generator/generate/model/model-usage-line.ts';

describe('modelUsageLine', () => {
  it('says calls, cache hits, total tokens and the cost to four places', () => {
    expect(modelUsageLine({ calls: 1, cacheHits: 0, usage: { prompt: 1200, completion: 300 }, costUsd: 0.00096 })).toBe(
      'model: 1 call, 0 from the cache, 1500 tokens, $0.0010',
    );
    expect(modelUsageLine({ calls: 3, cacheHits: 2, usage: { prompt: 10, completion: 5 }, costUsd: 0 })).toBe(
      'model: 3 calls, 2 from the cache, 15 tokens, $0.0000',
    );
  });
});
