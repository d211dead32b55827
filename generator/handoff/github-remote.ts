/** Finds the GitHub repository to open pull requests in, from the git remote URL or GITHUB_REPOSITORY. */

export interface GitHubRepo {
  host: string;
  owner: string;
  repo: string;
}

/**
 * Owner and repository from a git remote URL: https (with or without credentials or `.git`),
 * `ssh://` and scp-like `git@host:owner/repo.git`. Undefined for anything else (a local path).
 */
export function parseRemoteUrl(url: string): GitHubRepo | undefined {
  const text = url.trim();
  const scp = /^(?:[\w.-]+@)?([\w.-]+):(?!\/)([\w.-]+)\/([\w.-]+?)(?:\.git)?\/?$/.exec(text);
  if (scp && !/^[a-z]+:\/\//i.test(text)) return { host: scp[1]!.toLowerCase(), owner: scp[2]!, repo: scp[3]! };
  let parsed: URL;
  try {
    parsed = new URL(text);
  } catch {
    return undefined;
  }
  if (!['https:', 'http:', 'ssh:', 'git:', 'git+ssh:'].includes(parsed.protocol)) return undefined;
  const parts = parsed.pathname
    .replace(/\.git\/?$/, '')
    .split('/')
    .filter(Boolean);
  if (parts.length < 2) return undefined;
  const [owner, repo] = parts.slice(-2) as [string, string];
  return { host: parsed.hostname.toLowerCase(), owner, repo };
}

/**
 * Whether a remote host is GitHub: github.com, or the host of a GitHub Enterprise API URL
 * (`https://ghe.example/api/v3`).
 */
export function isGitHubHost(host: string, apiUrl: string): boolean {
  if (host === 'github.com' || host === 'www.github.com') return true;
  try {
    const api = new URL(apiUrl).hostname.toLowerCase();
    return api !== 'api.github.com' && api === host;
  } catch {
    return false;
  }
}

/**
 * The GitHub repository to open pull requests in: the remote's, when it is a GitHub remote, else
 * `GITHUB_REPOSITORY` ("owner/repo", as CI sets it).
 */
export function resolveGitHubRepo(
  remote: string | undefined,
  apiUrl: string,
  env: NodeJS.ProcessEnv,
): GitHubRepo | undefined {
  const parsed = remote === undefined ? undefined : parseRemoteUrl(remote);
  if (parsed && isGitHubHost(parsed.host, apiUrl)) return parsed;
  const fromEnv = /^([\w.-]+)\/([\w.-]+)$/.exec(env.GITHUB_REPOSITORY ?? '');
  if (fromEnv) return { host: 'github.com', owner: fromEnv[1]!, repo: fromEnv[2]! };
  return undefined;
}
