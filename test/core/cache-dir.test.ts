import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { typecheckFiles } from '../../generator/check/typecheck.ts';
import { cacheDir, ensureCacheDir } from '../../generator/core/cache-dir.ts';
import { recordTypecheckPass } from '../../generator/core/typecheck-record.ts';
import { makeRepo, status } from '../handoff/git-repo.ts';

/** A steward's repository whose .gitignore knows nothing of design-sync's cache. */
let repo: ReturnType<typeof makeRepo> | undefined;
afterEach(() => repo?.cleanup());

describe("design-sync's cache folder in a steward's repository", () => {
  it('stays out of git status: the gate record, the check tsconfig and tsc state', async () => {
    repo = makeRepo({ '.gitignore': '.design-sync/lock\n', 'src/Button.tsx': 'export const a: number = 1;\n' });
    const file = join(repo.root, 'src/Button.tsx');
    await recordTypecheckPass(repo.root, new Map([[file, 'export const a: number = 1;\n']]), new Map());
    await typecheckFiles(repo.root, [file], cacheDir(repo.root), async () => ({ status: 'pass', diagnostics: [] }));
    expect(status(repo.root)).toBe('');
  });

  it('a file written into it after ensureCacheDir, in a nested folder too, is ignored', async () => {
    repo = makeRepo({ 'README.md': '# project\n' });
    const dir = await ensureCacheDir(cacheDir(repo.root));
    mkdirSync(join(dir, 'model', 'ab'), { recursive: true });
    writeFileSync(join(dir, 'model', 'ab', 'abcd.json'), '{}\n');
    expect(status(repo.root)).toBe('');
    // Without the folder's own .gitignore the same file is untracked: the test can fail.
    writeFileSync(join(repo.root, '.design-sync', 'other.json'), '{}\n');
    expect(status(repo.root)).toBe('?? .design-sync/other.json\n');
  });
});
