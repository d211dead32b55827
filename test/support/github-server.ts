/**
 * A local server speaking the part of GitHub's REST API that design-sync uses (list, create and
 * update pull requests), with GitHub's status codes and error bodies. Optionally checks that a
 * pull request's head branch really exists in a bare repository, as GitHub does.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { execFileSync } from 'node:child_process';
import type { AddressInfo } from 'node:net';

export interface FakePull {
  number: number;
  title: string;
  body: string;
  head: string;
  base: string;
  state: 'open' | 'closed';
}

export interface RecordedRequest {
  method: string;
  path: string;
  authorization: string | undefined;
  body: unknown;
}

export interface GitHubServerOptions {
  token: string;
  /** "owner/repo" -> bare repository path (or null to skip the branch check). */
  repos: Record<string, string | null>;
  /** Answer the next N requests with this status (server failures, rate limits). */
  failNext?: { status: number; times: number };
}

export interface GitHubServer {
  url: string;
  pulls: Map<string, FakePull[]>;
  requests: RecordedRequest[];
  failNext(status: number, times?: number): void;
  close(): Promise<void>;
}

function send(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
    'x-github-media-type': 'github.v3',
  });
  res.end(text);
}

async function readJson(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString('utf8');
  return text ? (JSON.parse(text) as unknown) : undefined;
}

function branchInBare(bare: string, branch: string): boolean {
  try {
    execFileSync('git', ['rev-parse', '--verify', '--quiet', `refs/heads/${branch}`], { cwd: bare, stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

export async function startGitHubServer(options: GitHubServerOptions): Promise<GitHubServer> {
  const pulls = new Map<string, FakePull[]>();
  const requests: RecordedRequest[] = [];
  let failure = options.failNext ? { ...options.failNext } : undefined;
  let nextNumber = 1;
  let base = '';

  const pullJson = (full: string, pull: FakePull) => ({
    number: pull.number,
    state: pull.state,
    title: pull.title,
    body: pull.body,
    html_url: `https://github.example/${full}/pull/${pull.number}`,
    url: `${base}/repos/${full}/pulls/${pull.number}`,
    head: { ref: pull.head, label: `${full.split('/')[0]}:${pull.head}` },
    base: { ref: pull.base },
  });

  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const body = req.method === 'GET' ? undefined : await readJson(req).catch(() => 'invalid json');
    requests.push({
      method: req.method ?? '',
      path: `${url.pathname}${url.search}`,
      authorization: req.headers.authorization,
      body,
    });
    if (failure && failure.times > 0) {
      failure.times -= 1;
      send(res, failure.status, { message: failure.status === 403 ? 'API rate limit exceeded' : 'Server Error' });
      return;
    }
    const auth = req.headers.authorization ?? '';
    if (auth !== `token ${options.token}` && auth !== `Bearer ${options.token}`) {
      send(res, 401, { message: 'Bad credentials', documentation_url: 'https://docs.github.com/rest', status: '401' });
      return;
    }
    const match = /^\/repos\/([^/]+)\/([^/]+)\/pulls(?:\/(\d+))?$/.exec(url.pathname);
    const full = match ? `${match[1]}/${match[2]}` : '';
    if (!match || !(full in options.repos)) {
      send(res, 404, { message: 'Not Found', documentation_url: 'https://docs.github.com/rest', status: '404' });
      return;
    }
    const list = pulls.get(full) ?? [];
    pulls.set(full, list);
    const number = match[3] === undefined ? undefined : Number(match[3]);
    if (req.method === 'GET' && number === undefined) {
      const head = url.searchParams.get('head');
      const state = url.searchParams.get('state') ?? 'open';
      const found = list.filter(
        (p) => (state === 'all' || p.state === state) && (!head || `${match[1]}:${p.head}` === head),
      );
      send(
        res,
        200,
        found.map((p) => pullJson(full, p)),
      );
      return;
    }
    if (req.method === 'POST' && number === undefined) {
      const input = body as Partial<FakePull> | undefined;
      if (!input?.title || !input.head || !input.base) {
        send(res, 422, { message: 'Validation Failed', errors: [{ resource: 'PullRequest', code: 'missing_field' }] });
        return;
      }
      const bare = options.repos[full];
      if (bare && !branchInBare(bare, input.head)) {
        send(res, 422, {
          message: 'Validation Failed',
          errors: [{ resource: 'PullRequest', field: 'head', code: 'invalid' }],
        });
        return;
      }
      if (list.some((p) => p.state === 'open' && p.head === input.head)) {
        send(res, 422, {
          message: 'Validation Failed',
          errors: [
            {
              resource: 'PullRequest',
              code: 'custom',
              message: `A pull request already exists for ${match[1]}:${input.head}.`,
            },
          ],
        });
        return;
      }
      const pull: FakePull = {
        number: nextNumber++,
        title: input.title,
        body: input.body ?? '',
        head: input.head,
        base: input.base,
        state: 'open',
      };
      list.push(pull);
      send(res, 201, pullJson(full, pull));
      return;
    }
    if (req.method === 'PATCH' && number !== undefined) {
      const pull = list.find((p) => p.number === number);
      if (!pull) {
        send(res, 404, { message: 'Not Found' });
        return;
      }
      const input = body as Partial<FakePull> | undefined;
      if (input?.title !== undefined) pull.title = input.title;
      if (input?.body !== undefined) pull.body = input.body;
      send(res, 200, pullJson(full, pull));
      return;
    }
    send(res, 404, { message: 'Not Found' });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url: base,
    pulls,
    requests,
    failNext: (status, times = 1) => {
      failure = { status, times };
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
