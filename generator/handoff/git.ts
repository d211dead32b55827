/**
 * The git edge: every git call design-sync makes, through execFile (no shell, so branch names and
 * paths are never interpreted), non-interactive, with errors that name the command and folder.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { configError, DesignSyncError } from '../core/errors.ts';

export interface GitResult {
  stdout: string;
  stderr: string;
  code: number;
}

function run(cwd: string, args: string[]): Promise<GitResult> {
  return new Promise((resolvePromise, reject) => {
    execFile(
      'git',
      // Literal pathspecs: a path is a path, never a glob or magic signature.
      // (check-ignore takes plain paths and rejects the flag.)
      args[0] === 'check-ignore' ? args : ['--literal-pathspecs', ...args],
      {
        cwd,
        maxBuffer: 64 * 1024 * 1024,
        env: { ...process.env, GIT_TERMINAL_PROMPT: '0', GIT_ASKPASS: '', LC_ALL: 'C' },
      },
      (error, stdout, stderr) => {
        if (error && (error as NodeJS.ErrnoException).code === 'ENOENT') {
          reject(
            configError('handoff/git-missing', 'git is not installed or not on PATH', {
              hint: 'Install git, or run with --no-pr to only write files.',
            }),
          );
          return;
        }
        const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
        resolvePromise({ stdout, stderr, code });
      },
    );
  });
}

function failure(args: string[], cwd: string, result: GitResult, hint: string) {
  const detail = (result.stderr || result.stdout).trim().split('\n').filter(Boolean).slice(-2).join(' / ');
  const shown = args.length > 8 ? `${args.slice(0, 6).join(' ')} … (${args.length - 6} more)` : args.join(' ');
  // The table gives push (the network) the upstream kind, any other subcommand the input kind.
  return new DesignSyncError(
    `handoff/git-${args[0] ?? 'command'}`,
    `git ${shown} failed in ${cwd} (exit ${result.code}): ${detail}`,
    {
      hint,
    },
  );
}

/** Runs git and returns stdout; throws a DesignSyncError on a non-zero exit. */
export async function git(
  cwd: string,
  args: string[],
  hint = 'Run the same git command yourself to see what is wrong.',
): Promise<string> {
  const result = await run(cwd, args);
  if (result.code !== 0) throw failure(args, cwd, result, hint);
  return result.stdout;
}

/** The repository's top folder, or undefined when `cwd` is not inside a git work tree. */
export async function repoRoot(cwd: string): Promise<string | undefined> {
  if (!existsSync(cwd)) return undefined;
  const result = await run(cwd, ['rev-parse', '--show-toplevel']);
  return result.code === 0 ? result.stdout.trim() : undefined;
}

/** The checked-out branch, or undefined on a detached HEAD. */
export async function currentBranch(cwd: string): Promise<string | undefined> {
  const result = await run(cwd, ['symbolic-ref', '--quiet', '--short', 'HEAD']);
  return result.code === 0 ? result.stdout.trim() : undefined;
}

export async function branchExists(cwd: string, branch: string): Promise<boolean> {
  return (await run(cwd, ['rev-parse', '--verify', '--quiet', `refs/heads/${branch}`])).code === 0;
}

/** The branch the remote's HEAD points to (its default branch), when known locally. */
export async function remoteDefaultBranch(cwd: string, remote: string): Promise<string | undefined> {
  const result = await run(cwd, ['symbolic-ref', '--quiet', '--short', `refs/remotes/${remote}/HEAD`]);
  return result.code === 0 ? result.stdout.trim().slice(remote.length + 1) : undefined;
}

export async function remoteUrl(cwd: string, remote: string): Promise<string | undefined> {
  const result = await run(cwd, ['remote', 'get-url', remote]);
  return result.code === 0 ? result.stdout.trim() : undefined;
}

/** Paths (of those given) with uncommitted changes, staged or not, including untracked files. */
export async function dirtyPaths(cwd: string, paths: string[]): Promise<string[]> {
  if (paths.length === 0) return [];
  const out = await git(cwd, ['status', '--porcelain', '-z', '--untracked-files=all', '--', ...paths]);
  return out
    .split('\0')
    .filter((entry) => entry.length > 3)
    .map((entry) => entry.slice(3));
}

/** Whether anything is staged (the commit must contain only design-sync's files). */
export async function hasStagedChanges(cwd: string): Promise<boolean> {
  return (await run(cwd, ['diff', '--cached', '--quiet'])).code !== 0;
}

export async function switchBranch(cwd: string, branch: string, create: boolean): Promise<void> {
  await git(
    cwd,
    create ? ['switch', '--create', branch] : ['switch', branch],
    'Commit or stash local changes that block switching branches.',
  );
}

/**
 * Stages exactly `paths` (new, changed or deleted) and commits them. Returns the commit id, or
 * undefined when the paths hold no change.
 */
export async function commitPaths(cwd: string, paths: string[], message: string): Promise<string | undefined> {
  const tracked = new Set((await git(cwd, ['ls-files', '-z', '--', ...paths])).split('\0').filter(Boolean));
  // Ignored paths (a git-ignored report folder, say) stay out of the commit; naming them to git add is an error.
  const ignored = new Set((await run(cwd, ['check-ignore', '--', ...paths])).stdout.split('\n').filter(Boolean));
  const stageable = paths.filter((path) => !ignored.has(path) && (tracked.has(path) || existsSync(join(cwd, path))));
  if (stageable.length === 0) return undefined;
  await git(cwd, ['add', '--all', '--', ...stageable]);
  if (!(await hasStagedChanges(cwd))) return undefined;
  await git(
    cwd,
    ['commit', '--quiet', '-m', message],
    'Set user.name and user.email (`git config user.name ...`) if git asks who you are; fix or skip failing commit hooks.',
  );
  return (await git(cwd, ['rev-parse', 'HEAD'])).trim();
}

/** Pushes one branch to the same name on the remote (never any other ref). */
export async function pushBranch(cwd: string, remote: string, branch: string): Promise<void> {
  await git(
    cwd,
    ['push', '--porcelain', '--set-upstream', remote, `refs/heads/${branch}:refs/heads/${branch}`],
    'Check the remote URL and your push credentials; design-sync never pushes the default branch.',
  );
}
