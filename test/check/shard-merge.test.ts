/**
 * `check --shard 1/2` and `--shard 2/2` on two machines (two copies of the sample), then
 * `report --merge`, give the report an unsharded `check` gives: the same per-component results and
 * summary. Also the CLI's exit 2 on bad `--shard` values and bad shard reports, and `--pr` putting
 * the merged report into the open pull request's body on the local GitHub server.
 */
import { copyFile, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli, type CliRun } from '../cli/run-cli.ts';
import { makeRepo, sh } from '../handoff/git-repo.ts';
import { startGitHubServer, type GitHubServer } from '../support/github-server.ts';
import {
  copySampleProject,
  REPO_ROOT,
  SAMPLE_SNAPSHOT,
  STANDALONE_COMPONENTS,
  type SampleProject,
} from '../support/sample-project.ts';

type Json = Record<string, unknown>;
const REPORT = join('.design-sync', 'report');
const TOKEN = 'ghp_shardmergetoken00000000000000000';

/** A report without what differs between runs by nature: times, the run's clock, the shard it was. */
export function comparable(report: Json): Json {
  const { generatedAt: _g, timings: _t, shard: _s, check, components, ...rest } = report;
  const { generatedAt: _cg, timings: _ct, throughput, ...checkRest } = (check ?? {}) as Json;
  const { storiesPerSecond: _sps, ...counted } = (throughput ?? {}) as Json;
  const untimed = (components as Json[]).map((component) => {
    const result = component.check as (Json & { stories: Json[] }) | undefined;
    if (!result) return component;
    return { ...component, check: { ...result, stories: result.stories.map(({ ms: _ms, ...story }) => story) } };
  });
  return { ...rest, components: untimed, check: { ...checkRest, throughput: counted } };
}

/** The sample's approved screenshots of the standalone components, each mode's under the other mode's name. */
async function approveSwappedModes(root: string): Promise<void> {
  const from = join(REPO_ROOT, '.design-sync', 'baselines');
  const into = join(root, '.design-sync', 'baselines');
  await mkdir(into, { recursive: true });
  const prefixes = STANDALONE_COMPONENTS.map((name) => `-${name.toLowerCase()}--`);
  for (const file of await readdir(from)) {
    if (!prefixes.some((p) => file.includes(p))) continue;
    const other = file.endsWith('--light.png')
      ? file.replace(/--light\.png$/, '--dark.png')
      : file.replace(/--dark\.png$/, '--light.png');
    await copyFile(join(from, other), join(into, file));
  }
}

const readJson = async (path: string) => JSON.parse(await readFile(path, 'utf8')) as Json;

// Three browser runs of the cut-down sample (12 stories each): minutes on a loaded 2-core machine.
const SLOW = 600_000;
const LONG = { timeout: 240_000 };
// Starting the CLI alone took 20-30 s while the machine was loaded.
const CLI = 120_000;

describe.runIf(existsSync(join(SAMPLE_SNAPSHOT, 'file.json')))('check --shard and report --merge on the sample', () => {
  const projects: SampleProject[] = [];
  const runs: Record<'full' | 'shard1' | 'shard2', CliRun | undefined> = {
    full: undefined,
    shard1: undefined,
    shard2: undefined,
  };
  let full: SampleProject;
  let one: SampleProject;
  let two: SampleProject;
  let merged: CliRun;
  let mergedDir: string;

  beforeAll(async () => {
    // Each run on its own copy, as each CI machine has its own checkout: no baseline of one run is seen by another.
    const made = await Promise.all(
      [0, 1, 2].map(() => copySampleProject({ components: STANDALONE_COMPONENTS, prefix: 'ds-shard-' })),
    );
    [full, one, two] = made as [SampleProject, SampleProject, SampleProject];
    projects.push(...made);
    // Approved screenshots that no longer match (each mode's baseline is the other mode's), so every
    // shard has diff images for the merge to carry over.
    for (const project of made) await approveSwappedModes(project.root);
    runs.full = await runCli(['check', '--cwd', full.root, '--json'], LONG);
    runs.shard1 = await runCli(['check', '--cwd', one.root, '--shard', '1/2', '--json'], LONG);
    runs.shard2 = await runCli(['check', '--cwd', two.root, '--shard', '2/2', '--json'], LONG);
    mergedDir = join(full.root, 'merged');
    merged = await runCli([
      'report',
      '--merge',
      join(one.root, REPORT),
      join(two.root, REPORT, 'report.json'),
      '--out',
      mergedDir,
      '--cwd',
      full.root,
      '--json',
    ]);
  }, SLOW);

  afterAll(async () => {
    await Promise.all(projects.map((p) => p.cleanup()));
  });

  it('splits the components over the two shards, each checking only its own', async () => {
    for (const run of [runs.full!, runs.shard1!, runs.shard2!]) expect([0, 1], run.stderr).toContain(run.code);
    const names = (run: CliRun) => (JSON.parse(run.stdout) as { components: Array<{ name: string }> }).components;
    const first = names(runs.shard1!).map((c) => c.name);
    const second = names(runs.shard2!).map((c) => c.name);
    expect(first.length).toBeGreaterThan(0);
    expect(second.length).toBeGreaterThan(0);
    expect([...first, ...second].sort()).toEqual([...STANDALONE_COMPONENTS].sort());
    expect(runs.shard1!.stderr).toContain('(shard 1/2 of 4)');
  });

  it('merges into the report an unsharded check writes: components, summary, check counts and findings', async () => {
    expect(merged.code, merged.stderr).toBe(JSON.parse(runs.full!.stdout).status === 'fail' ? 1 : 0);
    const unsharded = await readJson(join(full.root, REPORT, 'report.json'));
    const joined = await readJson(join(mergedDir, 'report.json'));
    expect(joined.shard).toBeUndefined();
    expect(comparable(joined)).toEqual(comparable(unsharded));
    // The comparison covers the per-component check results, not only names.
    expect((joined.components as Json[]).map((c) => (c.check as Json).status)).toEqual(
      (unsharded.components as Json[]).map((c) => (c.check as Json).status),
    );
    expect(JSON.parse(merged.stdout)).toEqual(joined);
  });

  it("writes the merged HTML and PR body beside it, with the shards' screenshots", async () => {
    const html = await readFile(join(mergedDir, 'report.html'), 'utf8');
    const pr = await readFile(join(mergedDir, 'pr.md'), 'utf8');
    for (const name of STANDALONE_COMPONENTS) expect(html).toContain(name);
    expect(pr).toContain(`**${STANDALONE_COMPONENTS.length} components**`);
    expect(pr).toContain('12 stories checked');
    // Every screenshot the report names was copied from its shard into the merged folder.
    const text = await readFile(join(mergedDir, 'report.json'), 'utf8');
    const images = [...new Set([...text.matchAll(/"(images\/[^"]+\.png)"/g)].map((m) => m[1]!))];
    const stories = (JSON.parse(text) as { components: Array<{ check?: { stories: Json[] } }> }).components.flatMap(
      (c) => c.check?.stories ?? [],
    );
    const visuals = stories.flatMap((s) => (s.visual ? [s.visual as { figma?: Json; baseline: Json[] }] : []));
    const differing = visuals.flatMap((v) => v.baseline).filter((b) => (b.mismatchedPixels as number) > 0).length;
    const againstFigma = visuals.filter((v) => v.figma !== undefined).length;
    expect(differing).toBeGreaterThan(STANDALONE_COMPONENTS.length);
    // Expected, actual and diff wherever there is a difference to look at.
    expect(images).toHaveLength((differing + againstFigma) * 3);
    for (const image of images) expect(existsSync(join(mergedDir, image)), image).toBe(true);
  });

  describe('report --merge --pr', () => {
    let server: GitHubServer;
    let repo: ReturnType<typeof makeRepo>;

    beforeAll(async () => {
      repo = makeRepo({ 'design-sync.config.json': '{ "figma": { "file": "DesignSyncSampleKit01" } }\n' }, true);
      sh(repo.root, ['switch', '--quiet', '-c', 'design-sync/sample']);
      server = await startGitHubServer({ token: TOKEN, repos: { 'acme/design-system': null } });
      server.pulls.set('acme/design-system', [
        { number: 7, title: 'Design sync', body: 'old body', head: 'design-sync/sample', base: 'main', state: 'open' },
        { number: 3, title: 'Other', body: 'untouched', head: 'feature/other', base: 'main', state: 'open' },
      ]);
    });
    afterAll(async () => {
      await server?.close();
      repo?.cleanup();
    });

    it(
      "replaces the open pull request's body with the merged pr.md, and only that pull request's",
      async () => {
        const run = await runCli(
          ['report', '--merge', join(one.root, REPORT), join(two.root, REPORT), '--pr', '--cwd', repo.root],
          { env: { GITHUB_TOKEN: TOKEN, GITHUB_API_URL: server.url } },
        );
        expect([0, 1], run.stderr).toContain(run.code);
        expect(run.stdout).toContain('pull request #7 body updated');
        const [sync, other] = server.pulls.get('acme/design-system')!;
        const written = await readFile(join(repo.root, REPORT, 'pr.md'), 'utf8');
        expect(sync!.body).toBe(written);
        expect(sync!.body).toContain(`**${STANDALONE_COMPONENTS.length} components**`);
        expect(other!.body).toBe('untouched');
        expect(server.requests.filter((r) => r.method === 'PATCH').map((r) => r.path)).toEqual([
          '/repos/acme/design-system/pulls/7',
        ]);
        expect(run.stderr).not.toContain(TOKEN);
      },
      CLI,
    );

    it(
      'warns and leaves the pull requests alone without a GITHUB_TOKEN',
      async () => {
        const before = server.requests.length;
        const run = await runCli(['report', '--merge', join(one.root, REPORT), join(two.root, REPORT), '--pr'], {
          cwd: repo.root,
        });
        expect([0, 1], run.stderr).toContain(run.code);
        expect(run.stderr).toContain('pull request body not updated: GITHUB_TOKEN is not set');
        expect(server.requests.length).toBe(before);
      },
      CLI,
    );
  });

  describe('bad shard reports exit 2 with one line', () => {
    it(
      'a shard missing from the merge',
      async () => {
        const run = await runCli(['report', '--merge', join(one.root, REPORT), '--cwd', full.root]);
        expect(run.code).toBe(2);
        expect(run.stderr).toMatch(/shard 2\/2 missing from the merge/);
        expect(run.stderr).not.toMatch(/\n\s+at /);
      },
      CLI,
    );

    it(
      'a report folder that does not exist',
      async () => {
        const run = await runCli([
          'report',
          '--merge',
          join(one.root, REPORT),
          join(full.root, 'nowhere'),
          '--cwd',
          full.root,
        ]);
        expect(run.code).toBe(2);
        expect(run.stderr).toContain('nowhere does not exist');
      },
      CLI,
    );

    it(
      'a corrupt report.json',
      async () => {
        const bad = join(full.root, 'corrupt');
        await mkdir(bad, { recursive: true });
        const text = await readFile(join(two.root, REPORT, 'report.json'), 'utf8');
        await writeFile(join(bad, 'report.json'), text.slice(0, Math.floor(text.length / 2)));
        const run = await runCli(['report', '--merge', join(one.root, REPORT), bad, '--cwd', full.root]);
        expect(run.code).toBe(2);
        expect(run.stderr).toMatch(/corrupt\/report\.json/);
        expect(run.stderr).not.toMatch(/\n\s+at /);
        await rm(bad, { recursive: true, force: true });
      },
      CLI,
    );
  });
});

describe('--shard with a bad value exits 2 with one line, before reading the design', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'ds-bad-shard-'));
    await writeFile(join(dir, 'design-sync.config.json'), '{ "figma": { "file": "DesignSyncSampleKit01" } }\n');
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it.each(['0/2', '3/2', 'a/b'])(
    'check --shard %s',
    async (value) => {
      const run = await runCli(['check', '--shard', value, '--cwd', dir]);
      expect(run.code).toBe(2);
      expect(run.stderr.trim().split('\n')[0]).toContain(`--shard ${value} is not i/n with 1 <= i <= n`);
      expect(run.stderr).not.toMatch(/\n\s+at /);
      expect(run.stdout).toBe('');
    },
    CLI,
  );

  it.each(['0/2', '3/2', 'a/b'])(
    'sync --shard %s',
    async (value) => {
      const run = await runCli(['sync', '--shard', value, '--cwd', dir]);
      expect(run.code).toBe(2);
      expect(run.stderr.trim().split('\n')[0]).toContain(`--shard ${value} is not i/n with 1 <= i <= n`);
    },
    CLI,
  );
});
