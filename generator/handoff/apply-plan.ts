import { join, relative } from 'node:path';
import type { FileChange, PlannedFile } from '../core/plan.ts';
import { readTextIfExists, writeFileAtomic } from '../core/fs-atomic.ts';
import { sha256 } from './hash.ts';
import { readManifest } from './manifest.ts';
import { assertInside } from '../core/safe-path.ts';
import { toPosix } from '../core/posix-path.ts';

/**
 * Writes the planned files of the stand-alone commands (tokens, generate), leaving unchanged files
 * untouched and reporting steward-edited files as conflicts.
 */

export interface ApplyOptions {
  root: string;
  dryRun: boolean;
  /** When given, every file must lie inside one of these folders (paths from Figma names are untrusted). */
  allowedDirs?: string[];
  /** The sync manifest; files a person edited since the last sync are never overwritten. Default `<root>/design-sync.lock.json`. */
  manifestPath?: string;
}

/**
 * The one place files produced by the stand-alone commands (tokens, generate) reach disk.
 * Unchanged files are not touched, and a file a steward edited since the last sync (its content no
 * longer matches the manifest) is left alone and reported as a conflict: only `design-sync sync`
 * merges into steward edits (see apply-steward-plan.ts).
 */
export async function applyPlan(files: PlannedFile[], options: ApplyOptions): Promise<FileChange[]> {
  if (options.allowedDirs) for (const file of files) assertInside(file.path, options.allowedDirs);
  const manifest = await readManifest(options.manifestPath ?? join(options.root, 'design-sync.lock.json'));
  const changes: FileChange[] = [];
  for (const file of files) {
    const previous = await readTextIfExists(file.path);
    const rel = relative(options.root, file.path);
    if (previous === file.content) {
      changes.push({ path: rel, kind: 'unchanged', producer: file.producer });
      continue;
    }
    const last = manifest.files[toPosix(rel)];
    if (previous !== undefined && last !== undefined && sha256(previous) !== last.sha256) {
      changes.push({
        path: rel,
        kind: 'conflict',
        producer: file.producer,
        previous,
        note: 'edited by a steward since the last sync; left untouched (`design-sync sync` merges the change into it)',
      });
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
