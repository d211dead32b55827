import { relative } from 'node:path';
import type { FileChange, PlannedFile } from '../core/plan.ts';
import { readTextIfExists, writeFileAtomic } from '../core/fs-atomic.ts';

export interface ApplyOptions {
  root: string;
  dryRun: boolean;
}

/**
 * The one place files produced by the pipeline reach disk. Unchanged files are not touched.
 * (The handoff stage extends this with the manifest and steward-safe merging.)
 */
export async function applyPlan(files: PlannedFile[], options: ApplyOptions): Promise<FileChange[]> {
  const changes: FileChange[] = [];
  for (const file of files) {
    const previous = await readTextIfExists(file.path);
    const rel = relative(options.root, file.path);
    if (previous === file.content) {
      changes.push({ path: rel, kind: 'unchanged', producer: file.producer });
      continue;
    }
    if (!options.dryRun) await writeFileAtomic(file.path, file.content);
    changes.push({
      path: rel,
      kind: previous === undefined ? 'create' : 'update',
      producer: file.producer,
      content: file.content,
      ...(previous === undefined ? {} : { previous }),
    });
  }
  return changes;
}
