import type { ModelRunStats } from './model-generator.ts';

/** The one summary line of a run's model use: calls, cache hits, tokens and cost. */
export function modelUsageLine(stats: ModelRunStats): string {
  const tokens = stats.usage.prompt + stats.usage.completion;
  return `model: ${stats.calls} call${stats.calls === 1 ? '' : 's'}, ${stats.cacheHits} from the cache, ${tokens} tokens, $${stats.costUsd.toFixed(4)}`;
}
