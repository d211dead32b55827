/**
 * The GitHub edge: open the pull request for a sync branch, or update the one already open for it.
 * REST through @octokit/rest, base URL configurable for GitHub Enterprise and tests.
 */
import type { Octokit } from '@octokit/rest';
import { upstreamError } from '../core/errors.ts';
import type { Logger } from '../core/logger.ts';

export interface PullRequestSpec {
  owner: string;
  repo: string;
  /** The sync branch. */
  head: string;
  base: string;
  title: string;
  body: string;
}

export interface PullRequestResult {
  action: 'created' | 'updated';
  number: number;
  url: string;
}

export interface GitHubClientOptions {
  token: string;
  baseUrl: string;
  logger: Logger;
  timeoutMs?: number;
}

interface OctokitFailure {
  status?: number;
  message?: string;
  request?: { method?: string; url?: string };
  response?: { data?: unknown };
}

function hintFor(status: number | undefined): string {
  if (status === 401) return 'GitHub rejected the token: check GITHUB_TOKEN (expired or revoked?).';
  if (status === 403)
    return 'The token lacks permission (needs pull requests: write and contents: write), or a rate limit was hit.';
  if (status === 404)
    return 'Repository not found for this token: check the remote URL / GITHUB_REPOSITORY and that the token can see the repository.';
  if (status === 422)
    return 'GitHub refused the pull request: is the branch pushed, and does it differ from the base branch?';
  return 'Retry later; check GITHUB_API_URL if you use GitHub Enterprise.';
}

function wrap(error: unknown, what: string): Error {
  const failure = error as OctokitFailure;
  const status = typeof failure.status === 'number' ? failure.status : undefined;
  const method = failure.request?.method ?? '';
  const path = failure.request?.url ? new URL(failure.request.url).pathname : what;
  const detail = (failure.message ?? String(error)).split('\n')[0];
  const message =
    status === undefined
      ? `GitHub request failed: ${method} ${path}: ${detail}`
      : `GitHub request failed with ${status}: ${method} ${path}: ${detail}`;
  return upstreamError(`handoff/github-${status ?? 'network'}`, message.replace(/\s+/g, ' ').trim(), {
    hint: hintFor(status),
    cause: error,
  });
}

/** Octokit loads when a pull request is opened, not with every sync that only might open one. */
async function client(options: GitHubClientOptions): Promise<Octokit> {
  const { logger } = options;
  const { Octokit } = await import('@octokit/rest');
  return new Octokit({
    auth: options.token,
    baseUrl: options.baseUrl,
    userAgent: 'design-sync',
    log: {
      debug: () => {},
      info: () => {},
      warn: (m: string) => logger.warn(m),
      error: (m: string) => logger.debug(m),
    },
  });
}

const request = (options: GitHubClientOptions) => ({ signal: AbortSignal.timeout(options.timeoutMs ?? 30_000) });

/** The open pull request whose head is `head`, if any. */
async function findOpen(
  octokit: Octokit,
  spec: Pick<PullRequestSpec, 'owner' | 'repo' | 'head'>,
  options: GitHubClientOptions,
): Promise<{ number: number; html_url: string } | undefined> {
  const { owner, repo } = spec;
  try {
    const found = await octokit.rest.pulls.list({
      owner,
      repo,
      head: `${owner}:${spec.head}`,
      state: 'open',
      per_page: 10,
      request: request(options),
    });
    return found.data[0];
  } catch (error) {
    throw wrap(error, `/repos/${owner}/${repo}/pulls`);
  }
}

/** Creates the pull request for `spec.head`, or updates title and body of the open one. */
export async function openOrUpdatePullRequest(
  spec: PullRequestSpec,
  options: GitHubClientOptions,
): Promise<PullRequestResult> {
  const octokit = await client(options);
  const { owner, repo } = spec;
  const existing = await findOpen(octokit, spec, options);
  if (existing) {
    return updateOpen(octokit, owner, repo, existing.number, { title: spec.title, body: spec.body }, options);
  }
  try {
    const created = await octokit.rest.pulls.create({
      owner,
      repo,
      head: spec.head,
      base: spec.base,
      title: spec.title,
      body: spec.body,
      request: request(options),
    });
    return { action: 'created', number: created.data.number, url: created.data.html_url };
  } catch (error) {
    throw wrap(error, `/repos/${owner}/${repo}/pulls`);
  }
}

/** Replaces the body of the open pull request for `spec.head` (e.g. with the merged shards' report); undefined when none is open. */
export async function updatePullRequestBody(
  spec: Pick<PullRequestSpec, 'owner' | 'repo' | 'head' | 'body'>,
  options: GitHubClientOptions,
): Promise<PullRequestResult | undefined> {
  const octokit = await client(options);
  const { owner, repo } = spec;
  const existing = await findOpen(octokit, spec, options);
  if (!existing) return undefined;
  return updateOpen(octokit, owner, repo, existing.number, { body: spec.body }, options);
}

/** Updates the open pull request `number` with the given title and/or body. */
async function updateOpen(
  octokit: Octokit,
  owner: string,
  repo: string,
  number: number,
  fields: { title?: string; body: string },
  options: GitHubClientOptions,
): Promise<PullRequestResult> {
  try {
    const updated = await octokit.rest.pulls.update({
      owner,
      repo,
      pull_number: number,
      ...fields,
      request: request(options),
    });
    return { action: 'updated', number: updated.data.number, url: updated.data.html_url };
  } catch (error) {
    throw wrap(error, `/repos/${owner}/${repo}/pulls/${number}`);
  }
}
