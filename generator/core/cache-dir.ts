/**
 * design-sync's own cache folder in a project (`.design-sync/cache`: the check's tsconfig and tsc
 * state, the gate's type-check record, model answers). It is never committed, whatever the
 * project's .gitignore says: the folder carries a `.gitignore` of `*`, which ignores the folder's
 * files and itself, so a cache write never shows in a steward's `git status`.
 */
import { join } from 'node:path';
import { readTextIfExists, writeFileAtomic } from './fs-atomic.ts';

export const CACHE_GITIGNORE = '# Written by design-sync: this cache folder is never committed.\n*\n';

export const cacheDir = (root: string) => join(root, '.design-sync', 'cache');

/** Makes `dir` a cache folder git ignores (writes its `.gitignore` once); returns `dir`. */
export async function ensureCacheDir(dir: string): Promise<string> {
  const ignore = join(dir, '.gitignore');
  if ((await readTextIfExists(ignore)) !== CACHE_GITIGNORE) await writeFileAtomic(ignore, CACHE_GITIGNORE);
  return dir;
}
