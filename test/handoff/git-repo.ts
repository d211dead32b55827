/** Real git repositories in temporary folders for handoff tests. */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

export function sh(cwd: string, args: string[]): string {
  return execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

export function tempDir(prefix: string): string {
  return mkdtempSync(join(tmpdir(), `ds-${prefix}-`));
}

export function writeFiles(root: string, files: Record<string, string>): void {
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), content);
  }
}

/** A repository on `main` with one commit, local identity, and optionally a bare remote as origin. */
export function makeRepo(
  files: Record<string, string> = { 'README.md': '# project\n' },
  withRemote = false,
): { root: string; bare: string | undefined; cleanup(): void } {
  const root = tempDir('repo');
  sh(root, ['init', '--quiet', '--initial-branch=main']);
  sh(root, ['config', 'user.name', 'Test Steward']);
  sh(root, ['config', 'user.email', 'steward@example.com']);
  sh(root, ['config', 'commit.gpgsign', 'false']);
  writeFiles(root, files);
  sh(root, ['add', '--all']);
  sh(root, ['commit', '--quiet', '-m', 'initial']);
  let bare: string | undefined;
  if (withRemote) {
    bare = tempDir('bare');
    sh(bare, ['init', '--quiet', '--bare', '--initial-branch=main']);
    // Fetch URL looks like GitHub (so the repository is recognised); pushes go to the local bare repo.
    sh(root, ['remote', 'add', 'origin', 'https://github.com/acme/design-system.git']);
    sh(root, ['remote', 'set-url', '--push', 'origin', bare]);
    sh(root, ['push', '--quiet', bare, 'main:main']);
  }
  return {
    root,
    bare,
    cleanup: () => {
      rmSync(root, { recursive: true, force: true });
      if (bare) rmSync(bare, { recursive: true, force: true });
    },
  };
}

export function commitAll(root: string, message: string): void {
  sh(root, ['add', '--all']);
  sh(root, ['commit', '--quiet', '-m', message]);
}

export function status(root: string): string {
  return sh(root, ['status', '--porcelain', '--untracked-files=all']);
}
