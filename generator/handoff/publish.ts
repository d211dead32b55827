/**
 * Git and GitHub for one sync: put the work on its own branch before anything is written, then
 * one commit, a push of that branch only, and the pull request (or what it would be).
 */
import { inputError } from '../core/errors.ts';
import type { Logger } from '../core/logger.ts';
import {
  branchExists,
  commitPaths,
  currentBranch,
  dirtyPaths,
  hasStagedChanges,
  pushBranch,
  remoteDefaultBranch,
  remoteUrl,
  switchBranch,
} from './git.ts';
import { resolveGitHubRepo } from './github-remote.ts';
import { openOrUpdatePullRequest, type PullRequestResult, type PullRequestSpec } from './pull-request.ts';

export interface BranchOptions {
  /** The project folder (git runs here; paths are relative to it). */
  cwd: string;
  branch: string;
  baseBranch: string;
  remote: string;
  /** Paths design-sync may write; they must hold no uncommitted work before it starts. */
  guardedPaths: string[];
}

export interface BranchState {
  branch: string;
  /** The branch checked out before the sync. */
  startedOn: string | undefined;
  created: boolean;
}

async function protectedBranches(cwd: string, baseBranch: string, remote: string): Promise<Set<string>> {
  const names = new Set([baseBranch]);
  const remoteDefault = await remoteDefaultBranch(cwd, remote);
  if (remoteDefault) names.add(remoteDefault);
  return names;
}

/** Checks out the sync branch (creating it from HEAD when new). Refuses to run on uncommitted work. */
export async function prepareSyncBranch(options: BranchOptions): Promise<BranchState> {
  const { cwd, branch } = options;
  const guarded = await protectedBranches(cwd, options.baseBranch, options.remote);
  if (guarded.has(branch)) {
    throw inputError('handoff/default-branch', `refusing to commit on the default branch "${branch}"`, {
      hint: 'Set handoff.branchPrefix in the config so sync branches differ from the base branch.',
    });
  }
  if (await hasStagedChanges(cwd)) {
    throw inputError('handoff/staged', `the git index in ${cwd} has staged changes`, {
      hint: 'Commit or unstage them first: the design-sync commit must hold only its own files.',
    });
  }
  const dirty = await dirtyPaths(cwd, options.guardedPaths);
  if (dirty.length > 0) {
    const shown = dirty.slice(0, 5).join(', ') + (dirty.length > 5 ? `, and ${dirty.length - 5} more` : '');
    throw inputError('handoff/dirty', `uncommitted changes in files design-sync writes: ${shown}`, {
      hint: 'Commit or stash them first (design-sync merges into committed steward edits), or pass --no-pr to only write files.',
    });
  }
  const startedOn = await currentBranch(cwd);
  if (startedOn === branch) return { branch, startedOn, created: false };
  const exists = await branchExists(cwd, branch);
  await switchBranch(cwd, branch, !exists);
  return { branch, startedOn, created: !exists };
}

export interface PublishOptions {
  cwd: string;
  branch: string;
  baseBranch: string;
  remote: string;
  /** Paths to commit, relative to cwd. */
  paths: string[];
  message: string;
  title: string;
  body: string;
  github: { token: string | undefined; apiUrl: string; env: NodeJS.ProcessEnv };
  logger: Logger;
}

export type PullRequestOutcome =
  | ({ status: 'opened' } & PullRequestResult)
  /** No token or no GitHub remote: what would have been opened. */
  | {
      status: 'would-open';
      reason: string;
      spec: Omit<PullRequestSpec, 'owner' | 'repo'> & { owner?: string; repo?: string };
    };

export interface PublishResult {
  commit: string | undefined;
  pushed: boolean;
  pullRequest: PullRequestOutcome | undefined;
}

/** Commits the sync's files on its branch; pushes and opens or updates the PR when GitHub is reachable. */
export async function publishSync(options: PublishOptions): Promise<PublishResult> {
  const { cwd, branch, logger } = options;
  const guarded = await protectedBranches(cwd, options.baseBranch, options.remote);
  const onBranch = await currentBranch(cwd);
  if (onBranch !== branch || guarded.has(branch)) {
    throw inputError(
      'handoff/wrong-branch',
      `expected to be on the sync branch "${branch}" but HEAD is ${onBranch ?? 'detached'}`,
      {
        hint: 'Something switched branches during the sync; run it again.',
      },
    );
  }
  const commit = await commitPaths(cwd, options.paths, options.message);
  if (commit) logger.info(`committed ${commit.slice(0, 12)} on ${branch}`);
  const url = await remoteUrl(cwd, options.remote);
  const repo = resolveGitHubRepo(url, options.github.apiUrl, options.github.env);
  const spec = { head: branch, base: options.baseBranch, title: options.title, body: options.body };
  const token = options.github.token;
  if (!token || !repo || url === undefined) {
    const reason = !token
      ? 'GITHUB_TOKEN is not set'
      : url === undefined
        ? `no git remote "${options.remote}"`
        : 'the remote is not a GitHub repository (set GITHUB_REPOSITORY=owner/repo)';
    return {
      commit,
      pushed: false,
      pullRequest: {
        status: 'would-open',
        reason,
        spec: { ...spec, ...(repo ? { owner: repo.owner, repo: repo.repo } : {}) },
      },
    };
  }
  await pushBranch(cwd, options.remote, branch);
  logger.info(`pushed ${branch} to ${options.remote}`);
  const result = await openOrUpdatePullRequest(
    { ...spec, owner: repo.owner, repo: repo.repo },
    { token, baseUrl: options.github.apiUrl, logger },
  );
  return { commit, pushed: true, pullRequest: { status: 'opened', ...result } };
}
