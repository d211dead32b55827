/**
 * `design-sync init --ci github`: the workflow file it writes (schedule, dispatch, permissions,
 * concurrency, the check matrix), how it writes it (atomic, never over a different file without
 * --force, --dry-run prints it), and the workflow itself run step by step against the local Figma
 * and GitHub servers on a cut-down sample: pull, sync, two check shards, the merge into the PR body.
 */
import { chmod, mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { existsSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BIN, runCli } from './run-cli.ts';
import { DEFAULT_CRON, WORKFLOW_PATH } from '../../generator/handoff/github-workflow.ts';
import { commitAll, makeRepo, sh } from '../handoff/git-repo.ts';
import { startFigmaServer, type FigmaServer, type FigmaServerFile } from '../support/figma-server.ts';
import { startGitHubServer, type GitHubServer } from '../support/github-server.ts';
import { SAMPLE_SNAPSHOT, SYNCED_COMPONENTS } from '../support/sample-project.ts';
import { parseWorkflow, runWorkflow, type Workflow, type WorkflowRun } from '../support/workflow-runner.ts';

// Starting the CLI alone took 15-45 s while the machine was loaded.
const CLI = 180_000;

describe('init --ci github writes the workflow', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'ds-init-ci-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it(
    'on a schedule and on dispatch, with minimal permissions, one run per branch at a time, and a check matrix',
    async () => {
      const run = await runCli(['init', '--ci', 'github', '--shards', '3', '--cron', '30 5 * * 1-5', '--json'], {
        cwd: dir,
      });
      expect(run.code, run.stderr).toBe(0);
      const text = await readFile(join(dir, WORKFLOW_PATH), 'utf8');
      expect(JSON.parse(run.stdout)).toMatchObject({ kind: 'create', shards: 3, cron: '30 5 * * 1-5', content: text });
      const workflow = parseWorkflow(text);
      expect(workflow.on).toEqual({ schedule: [{ cron: '30 5 * * 1-5' }], workflow_dispatch: null });
      expect(workflow.permissions).toEqual({ contents: 'write', 'pull-requests': 'write' });
      expect(workflow.concurrency).toEqual({
        group: 'design-sync-${{ github.ref_name }}',
        'cancel-in-progress': false,
      });
      expect(Object.keys(workflow.jobs)).toEqual(['sync', 'check', 'report']);
      const check = workflow.jobs.check!;
      expect(check.strategy?.matrix).toEqual({ shard: [1, 2, 3] });
      expect(check.steps.map((s) => s.run ?? '').join('\n')).toContain(
        'npx design-sync check --shard ${{ matrix.shard }}/${{ strategy.job-total }}',
      );
      const pull = workflow.jobs.sync!.steps.find((s) => s.run === 'npx design-sync pull')!;
      expect(pull.env).toEqual({ FIGMA_TOKEN: '${{ secrets.FIGMA_TOKEN }}' });
      expect(workflow.jobs.report!.needs).toEqual(['sync', 'check']);
      const uploads = workflow.jobs.report!.steps.flatMap((s) =>
        s.uses?.startsWith('actions/upload-artifact') ? [s.with?.name] : [],
      );
      expect(uploads).toEqual(['design-sync-report', 'storybook-static']);
    },
    CLI,
  );

  it(
    'leaves an identical file alone, refuses a different one without --force, and --dry-run prints without writing',
    async () => {
      const path = join(dir, WORKFLOW_PATH);
      const written = await readFile(path, 'utf8');
      const [same, differs, dry] = await Promise.all([
        runCli(['init', '--ci', 'github', '--shards', '3', '--cron', '30 5 * * 1-5'], { cwd: dir }),
        runCli(['init', '--ci', 'github'], { cwd: dir }),
        runCli(['init', '--ci', 'github', '--dry-run'], { cwd: dir }),
      ]);
      expect(same.code, same.stderr).toBe(0);
      expect(same.stdout).toContain('init: unchanged');
      expect(differs.code).toBe(2);
      expect(differs.stderr).toContain(`${WORKFLOW_PATH} exists and differs from the workflow init writes`);
      expect(differs.stderr).toContain('--force');
      expect(dry.code, dry.stderr).toBe(0);
      expect(parseWorkflow(dry.stdout).on).toEqual({ schedule: [{ cron: DEFAULT_CRON }], workflow_dispatch: null });
      expect(await readFile(path, 'utf8')).toBe(written);
      const forced = await runCli(['init', '--ci', 'github', '--force'], { cwd: dir });
      expect(forced.code, forced.stderr).toBe(0);
      expect(forced.stdout).toContain('init: overwrote');
      expect(parseWorkflow(await readFile(path, 'utf8')).jobs.check!.strategy?.matrix).toEqual({ shard: [1, 2] });
      // Atomic: no temporary file is left beside it.
      expect(await readdir(join(dir, '.github', 'workflows'))).toEqual(['design-sync.yml']);
    },
    CLI,
  );

  it(
    'rejects an unknown CI, a bad cron and a bad shard count with exit 2 and one line',
    async () => {
      const runs = await Promise.all([
        runCli(['init', '--ci', 'gitlab'], { cwd: dir }),
        runCli(['init', '--ci', 'github', '--cron', 'weekly'], { cwd: dir }),
        runCli(['init', '--ci', 'github', '--shards', '0'], { cwd: dir }),
      ]);
      expect(runs.map((r) => r.code)).toEqual([2, 2, 2]);
      expect(runs[0]!.stderr).toContain('--ci gitlab is not supported');
      expect(runs[1]!.stderr).toContain('--cron "weekly" is not a five-field cron expression');
      expect(runs[2]!.stderr).toContain('--shards 0 is not a whole number from 1 to 64');
      for (const run of runs) expect(run.stderr).not.toMatch(/\n\s+at /);
    },
    CLI,
  );
});

const FIGMA_TOKEN = 'figd_workflowtesttoken0000000000000';
const GITHUB_TOKEN = 'ghp_workflowtesttoken00000000000000000';
// pull, sync and two browser check shards of 3 components: minutes on a loaded 2-core machine.
const WORKFLOW = 900_000;

describe.runIf(existsSync(join(SAMPLE_SNAPSHOT, 'file.json')))('the written workflow, run step by step', () => {
  let figma: FigmaServer;
  let github: GitHubServer;
  let repo: ReturnType<typeof makeRepo>;
  let shims: string;
  let workflow: Workflow;
  let run: WorkflowRun;

  beforeAll(async () => {
    const read = (name: string) => JSON.parse(readFileSync(join(SAMPLE_SNAPSHOT, name), 'utf8')) as unknown;
    figma = await startFigmaServer({
      token: FIGMA_TOKEN,
      files: {
        DesignSyncSampleKit01: {
          file: read('file.json') as FigmaServerFile['file'],
          variables: read('variables.json'),
        },
      },
    });
    // The sample cut down to three components by its config, so the two check shards stay short.
    const config = { figma: { file: 'DesignSyncSampleKit01', frames: [], components: [...SYNCED_COMPONENTS] } };
    repo = makeRepo({ '.gitignore': '.design-sync/lock\n', 'design-sync.config.json': JSON.stringify(config) }, true);
    const init = await runCli(['init', '--ci', 'github'], { cwd: repo.root });
    expect(init.code, init.stderr).toBe(0);
    commitAll(repo.root, 'add the design-sync workflow');
    sh(repo.root, ['push', '--quiet', repo.bare!, 'main:main']);
    github = await startGitHubServer({ token: GITHUB_TOKEN, repos: { 'acme/design-system': repo.bare! } });

    // `npx design-sync` runs this checkout's CLI: the install step (`npm ci`) is the test's own install.
    shims = await mkdtemp(join(tmpdir(), 'ds-shims-'));
    await mkdir(shims, { recursive: true });
    await writeFile(
      join(shims, 'npx'),
      `#!/bin/sh\nif [ "$1" = design-sync ]; then shift; exec "${process.execPath}" "${BIN}" "$@"; fi\necho "npx shim: only design-sync is installed here" >&2\nexit 127\n`,
    );
    await chmod(join(shims, 'npx'), 0o755);

    workflow = parseWorkflow(await readFile(join(repo.root, WORKFLOW_PATH), 'utf8'));
    run = await runWorkflow(workflow, {
      bare: repo.bare!,
      fetchUrl: 'https://github.com/acme/design-system.git',
      refName: 'main',
      secrets: { FIGMA_TOKEN, GITHUB_TOKEN },
      env: {
        FIGMA_API_URL: figma.url,
        GITHUB_API_URL: github.url,
        FORCE_COLOR: '0',
        // None of the test machine's design-sync settings leak into the run.
        OPENAI_API_KEY: '',
        DESIGN_SYNC_SOURCE: '',
        FIGMA_FILE: '',
        GITHUB_REPOSITORY: '',
      },
      path: [shims],
      skipIds: ['install'],
    });
  }, WORKFLOW);

  afterAll(async () => {
    await figma?.close();
    await github?.close();
    repo?.cleanup();
    if (shims) await rm(shims, { recursive: true, force: true });
  });

  const failures = () =>
    run.steps
      .filter((s) => s.status === 'failure')
      .map((s) => `${s.job} / ${s.step}: exit ${s.code}\n${s.stderr}`)
      .join('\n');

  it('runs every job: pull and sync, both check shards, then the merge', () => {
    expect(run.jobs.sync, failures()).toBe('success');
    expect(run.jobs.check, failures()).toBe('success');
    const checks = run.steps.filter((s) => s.job === 'check' && s.step.startsWith('Check shard'));
    expect(checks.map((s) => [s.step, s.status])).toEqual([
      ['Check shard 1', 'success'],
      ['Check shard 2', 'success'],
    ]);
    expect(run.steps.filter((s) => s.status === 'skipped').map((s) => s.step)).toEqual([
      'Install',
      'Install',
      'Install',
      'Install',
      'Build Storybook',
      'actions/upload-artifact@v4',
    ]);
    // pull asked Figma with the secret, as FIGMA_TOKEN.
    expect(figma.apiCalls().length).toBeGreaterThan(0);
    expect(figma.apiCalls().every((r) => r.token === FIGMA_TOKEN)).toBe(true);
  });

  it('uploads one report per shard, each checking its part of the components', async () => {
    const names: string[][] = [];
    for (const shard of [1, 2]) {
      const dir = run.artifacts.get(`design-sync-report-${shard}`)!;
      const report = JSON.parse(await readFile(join(dir, 'report.json'), 'utf8')) as {
        shard: { index: number; count: number };
        components: Array<{ name: string }>;
      };
      expect(report.shard).toEqual({ index: shard, count: 2 });
      names.push(report.components.map((c) => c.name));
    }
    expect(names.every((n) => n.length > 0)).toBe(true);
    expect(names.flat().sort()).toEqual([...SYNCED_COMPONENTS].sort());
  });

  it("merges the shards into one report, uploaded, and puts it in the sync pull request's body", async () => {
    const merged = run.artifacts.get('design-sync-report')!;
    const report = JSON.parse(await readFile(join(merged, 'report.json'), 'utf8')) as {
      shard?: unknown;
      summary: { components: number };
      components: Array<{ name: string; check?: { stories: unknown[] } }>;
    };
    expect(report.shard).toBeUndefined();
    expect(report.components.map((c) => c.name)).toEqual([...SYNCED_COMPONENTS].sort());
    expect(report.components.every((c) => (c.check?.stories.length ?? 0) > 0)).toBe(true);
    expect(report.summary.components).toBe(SYNCED_COMPONENTS.length);
    const pulls = github.pulls.get('acme/design-system')!;
    expect(pulls).toHaveLength(1);
    expect(pulls[0]!.head).toMatch(/^design-sync\//);
    expect(pulls[0]!.body).toBe(await readFile(join(merged, 'pr.md'), 'utf8'));
    expect(pulls[0]!.body).toContain(`**${SYNCED_COMPONENTS.length} components**`);
    // The branch the check shards checked out is the one sync pushed and the pull request shows.
    expect(sh(repo.bare!, ['branch', '--list', pulls[0]!.head]).trim()).not.toBe('');
  });

  it('keeps the secrets out of every step log', () => {
    const logs = run.steps.map((s) => `${s.stdout ?? ''}${s.stderr ?? ''}`).join('\n');
    expect(logs).not.toContain(FIGMA_TOKEN);
    expect(logs).not.toContain(GITHUB_TOKEN);
  });
});
