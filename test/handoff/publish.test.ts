import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { prepareSyncBranch, publishSync, type PublishOptions } from '../../generator/handoff/publish.ts';
import { createMemoryLogger } from '../../generator/core/logger.ts';
import { startGitHubServer, type GitHubServer } from '../support/github-server.ts';
import { makeRepo, sh, status, writeFiles } from './git-repo.ts';

const TOKEN = 'ghp_testtoken000000000000000000000';
let server: GitHubServer;
let repo: ReturnType<typeof makeRepo>;

beforeEach(async () => {
  repo = makeRepo({ 'README.md': '# ds\n', 'src/.keep': '' }, true);
  server = await startGitHubServer({ token: TOKEN, repos: { 'acme/design-system': repo.bare! } });
});
afterEach(async () => {
  await server.close();
  repo.cleanup();
});

const branch = 'design-sync/kit-7';
function publishOptions(overrides: Partial<PublishOptions> = {}): PublishOptions {
  return {
    cwd: repo.root,
    branch,
    baseBranch: 'main',
    remote: 'origin',
    paths: ['src/Button/Button.tsx', 'design-sync.lock.json'],
    message: 'design-sync: Kit (version 7)\n\nComponents added: Button',
    title: 'design-sync: Kit (version 7)',
    body: '## design-sync: Kit\n\nadded Button',
    github: { token: TOKEN, apiUrl: server.url, env: {} },
    logger: createMemoryLogger(),
    ...overrides,
  };
}
const guard = { cwd: '', branch, baseBranch: 'main', remote: 'origin', guardedPaths: ['src', 'design-sync.lock.json'] };

describe('prepareSyncBranch and publishSync', () => {
  it('creates the branch, makes one commit, pushes only that branch and opens the pull request', async () => {
    const state = await prepareSyncBranch({ ...guard, cwd: repo.root });
    expect(state).toEqual({ branch, startedOn: 'main', created: true });
    writeFiles(repo.root, {
      'src/Button/Button.tsx': 'export {};\n',
      'design-sync.lock.json': '{}\n',
      'unrelated.txt': 'mine\n',
    });
    const result = await publishSync(publishOptions());
    expect(result.pushed).toBe(true);
    expect(result.pullRequest).toEqual({
      status: 'opened',
      action: 'created',
      number: 1,
      url: 'https://github.example/acme/design-system/pull/1',
    });
    expect(sh(repo.root, ['log', '--format=%s', 'main..HEAD']).trim()).toBe('design-sync: Kit (version 7)');
    expect(sh(repo.root, ['show', '--name-only', '--format=', 'HEAD']).trim().split('\n').sort()).toEqual([
      'design-sync.lock.json',
      'src/Button/Button.tsx',
    ]);
    expect(status(repo.root)).toBe('?? unrelated.txt\n');
    expect(sh(repo.bare!, ['rev-parse', branch]).trim()).toBe(sh(repo.root, ['rev-parse', 'HEAD']).trim());
    expect(sh(repo.bare!, ['rev-parse', 'main']).trim()).toBe(sh(repo.root, ['rev-parse', 'main']).trim());
    const pull = server.pulls.get('acme/design-system')![0]!;
    expect(pull).toMatchObject({
      head: branch,
      base: 'main',
      title: 'design-sync: Kit (version 7)',
      body: '## design-sync: Kit\n\nadded Button',
    });
    expect(server.requests.every((r) => r.authorization === `token ${TOKEN}`)).toBe(true);
  });

  it('updates the same pull request on a second run of the same design version', async () => {
    await prepareSyncBranch({ ...guard, cwd: repo.root });
    writeFiles(repo.root, { 'src/Button/Button.tsx': 'export {};\n' });
    await publishSync(publishOptions());
    sh(repo.root, ['switch', '--quiet', 'main']);
    const again = await prepareSyncBranch({ ...guard, cwd: repo.root });
    expect(again.created).toBe(false);
    writeFiles(repo.root, { 'src/Button/Button.tsx': 'export const x = 1;\n' });
    const second = await publishSync(publishOptions({ body: 'second body' }));
    expect(second.pullRequest).toMatchObject({ status: 'opened', action: 'updated', number: 1 });
    expect(server.pulls.get('acme/design-system')).toHaveLength(1);
    expect(server.pulls.get('acme/design-system')![0]!.body).toBe('second body');
    expect(sh(repo.root, ['rev-list', '--count', 'main..HEAD']).trim()).toBe('2');
  });

  it('without a token commits locally and says what it would open, pushing nothing', async () => {
    await prepareSyncBranch({ ...guard, cwd: repo.root });
    writeFiles(repo.root, { 'src/Button/Button.tsx': 'export {};\n' });
    const result = await publishSync(publishOptions({ github: { token: undefined, apiUrl: server.url, env: {} } }));
    expect(result.pushed).toBe(false);
    expect(result.commit).toMatch(/^[0-9a-f]{40}$/);
    expect(result.pullRequest).toMatchObject({
      status: 'would-open',
      reason: 'GITHUB_TOKEN is not set',
      spec: { owner: 'acme', repo: 'design-system', head: branch, base: 'main' },
    });
    expect(server.requests).toEqual([]);
    expect(sh(repo.bare!, ['for-each-ref', '--format=%(refname:short)', 'refs/heads']).trim()).toBe('main');
  });

  it('refuses to start on uncommitted work in the files it writes, and never commits on the default branch', async () => {
    writeFileSync(join(repo.root, 'src/Button.tsx'), 'steward work in progress\n');
    await expect(prepareSyncBranch({ ...guard, cwd: repo.root })).rejects.toMatchObject({ code: 'handoff/dirty' });
    expect(sh(repo.root, ['branch', '--show-current']).trim()).toBe('main');
    await expect(prepareSyncBranch({ ...guard, cwd: repo.root, branch: 'main' })).rejects.toMatchObject({
      code: 'handoff/default-branch',
    });
    await expect(publishSync(publishOptions({ branch: 'main' }))).rejects.toMatchObject({
      code: 'handoff/wrong-branch',
    });
  });

  it('maps GitHub failures to upstream errors naming the request, without the token', async () => {
    await prepareSyncBranch({ ...guard, cwd: repo.root });
    writeFiles(repo.root, { 'src/Button/Button.tsx': 'export {};\n' });
    const bad = publishSync(
      publishOptions({ github: { token: 'ghp_wrongtoken00000000000000000000', apiUrl: server.url, env: {} } }),
    );
    await expect(bad).rejects.toMatchObject({ code: 'handoff/github-401', kind: 'upstream' });
    await expect(bad).rejects.toThrow(/GitHub request failed with 401: GET \/repos\/acme\/design-system\/pulls/);
    server.failNext(502, 1);
    await expect(publishSync(publishOptions())).rejects.toMatchObject({ code: 'handoff/github-502' });
    const ok = await publishSync(publishOptions());
    expect(ok.pullRequest).toMatchObject({ action: 'created' });
  });
});
