import { diff3Merge } from 'node-diff3';

/**
 * Three-way line merge (diff3) of a steward's file, the last generation and the new one, with
 * git-style conflict markers.
 */

export interface MergeLabels {
  ours: string;
  base: string;
  theirs: string;
}

export type MergeOutcome =
  | { clean: true; content: string }
  /** `content` carries git-style diff3 conflict markers (ours, base, theirs). */
  | { clean: false; content: string; conflicts: number };

function lines(text: string): string[] {
  return text.split('\n');
}

/**
 * Three-way merge by lines: `base` is what design-sync generated last time, `ours` the steward's
 * file, `theirs` the new generation. Changes on both sides to the same lines conflict unless they
 * are identical.
 */
export function mergeText(ours: string, base: string, theirs: string, labels: MergeLabels): MergeOutcome {
  const regions = diff3Merge(lines(ours), lines(base), lines(theirs), { excludeFalseConflicts: true });
  const out: string[] = [];
  let conflicts = 0;
  for (const region of regions) {
    if (region.ok) {
      out.push(...region.ok);
      continue;
    }
    if (!region.conflict) continue;
    conflicts += 1;
    out.push(`<<<<<<< ${labels.ours}`, ...region.conflict.a);
    out.push(`||||||| ${labels.base}`, ...region.conflict.o);
    out.push('=======', ...region.conflict.b, `>>>>>>> ${labels.theirs}`);
  }
  const content = out.join('\n');
  return conflicts === 0 ? { clean: true, content } : { clean: false, content, conflicts };
}
