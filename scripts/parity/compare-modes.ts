import { keyed, type NameRule } from './name-mapping.ts';
import { normaliseValue } from './normalise-value.ts';

/** Value parity of one mode: our effective custom properties against the published ones. Pure. */

export interface Mismatch {
  key: string;
  ours: string;
  theirs: string;
}

export interface ModeParity {
  /** Tokens both sides have. */
  total: number;
  matched: number;
  mismatches: Mismatch[];
  onlyOurs: number;
  onlyTheirs: number;
}

export function compareMode(
  ours: ReadonlyMap<string, string>,
  theirs: ReadonlyMap<string, string>,
  rule: NameRule,
): ModeParity {
  const a = keyed(ours, rule.ourPrefix);
  const b = keyed(theirs, rule.theirPrefix);
  const result: ModeParity = { total: 0, matched: 0, mismatches: [], onlyOurs: 0, onlyTheirs: 0 };
  for (const [key, mine] of a) {
    const published = b.get(key);
    if (published === undefined) {
      result.onlyOurs++;
      continue;
    }
    result.total++;
    if (normaliseValue(mine.value) === normaliseValue(published.value)) result.matched++;
    else result.mismatches.push({ key, ours: mine.value, theirs: published.value });
  }
  for (const key of b.keys()) if (!a.has(key)) result.onlyTheirs++;
  return result;
}
