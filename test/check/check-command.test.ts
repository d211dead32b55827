import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const repo = resolve(import.meta.dirname, '..', '..');
const fixture = join(repo, 'test', 'fixtures', 'check', 'project');

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

function cli(args: string[]): Promise<Run> {
  return new Promise((done) => {
    execFile(
      process.execPath,
      [join(repo, 'bin', 'design-sync.js'), ...args],
      { env: { ...process.env, FORCE_COLOR: '0' } },
      (error, stdout, stderr) => done({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
  });
}

interface ReportLike {
  status: string;
  components: Array<{
    name: string;
    status: string;
    check?: {
      rechecked: boolean;
      stories: Array<{ id: string }>;
      checks: { tokenLint: { findings: Array<{ file: string; line: number; value: string }> } };
    };
  }>;
  check?: { counts: { stories: number }; throughput: { stories: number } };
}

// The real CLI on a copy of the fixture project: a full run, then a run that re-checks one component.
describe('design-sync check', () => {
  let dir: string;
  let full: Run;
  let only: Run;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'design-sync-check-cli-'));
    // No node_modules: a project before `npm install` resolves react from design-sync's own install.
    await cp(fixture, dir, { recursive: true });
    full = await cli(['check', '--cwd', dir, '--json']);
    only = await cli(['check', '--cwd', dir, '--only', 'Card', '--json']);
  });

  afterAll(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('exits 1 when a check fails and prints the report as one JSON document', () => {
    expect(full.code).toBe(1);
    const report = JSON.parse(full.stdout) as ReportLike;
    expect(report.status).toBe('fail');
    expect(report.components.map((c) => [c.name, c.status])).toEqual([
      ['Badge', 'fail'],
      ['Card', 'fail'],
    ]);
    expect(report.components[0]!.check!.stories.map((s) => s.id)).toEqual([
      'components-badge--blank',
      'components-badge--default',
    ]);
  });

  it("type-checks against design-sync's react types when the project has no node_modules", () => {
    const report = JSON.parse(full.stdout) as ReportLike & {
      check: { typecheck: { status: string; diagnostics: Array<{ code: string; message: string }> } };
    };
    expect(report.check.typecheck.diagnostics.filter((d) => d.code === 'TS2307')).toEqual([]);
    expect(report.check.typecheck.status).toBe('pass');
  });

  it('token-lints the components against the tokens built from the design', () => {
    const badge = (JSON.parse(full.stdout) as ReportLike).components[0]!;
    // The fixture design defines no tokens, so the hand-written raw font size is a finding.
    expect(badge.check!.checks.tokenLint.findings).toContainEqual(
      expect.objectContaining({ file: join('src', 'Badge', 'Badge.module.css'), value: '12px' }),
    );
  });

  it('writes report.json, report.html and pr.md into the report folder', () => {
    for (const file of ['report.json', 'report.html', 'pr.md'])
      expect(existsSync(join(dir, '.design-sync', 'report', file))).toBe(true);
  });

  it('re-checks only the named component and keeps the others from the last report', () => {
    const report = JSON.parse(only.stdout) as ReportLike;
    const rechecked = Object.fromEntries(report.components.map((c) => [c.name, c.check!.rechecked]));
    expect(rechecked).toEqual({ Badge: false, Card: true });
    expect(report.check!.counts.stories).toBe(4);
    expect(report.check!.throughput.stories).toBe(2);
    expect(only.code).toBe(1);
  });
});

describe('design-sync check --dry-run', () => {
  it('checks and reports on stdout but writes no report, image or baseline, even with --approve', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'design-sync-check-dry-'));
    try {
      await cp(fixture, dir, { recursive: true });
      const baselinesBefore = existsSync(join(dir, '.design-sync', 'baselines'));
      const run = await cli(['check', '--cwd', dir, '--dry-run', '--approve', '--json']);
      const report = JSON.parse(run.stdout) as ReportLike;
      expect(report.components.length).toBeGreaterThan(0);
      expect(existsSync(join(dir, '.design-sync', 'report'))).toBe(false);
      expect(existsSync(join(dir, '.design-sync', 'baselines'))).toBe(baselinesBefore);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('design-sync check --only with a corrupt report.json', () => {
  it('warns, ignores the report and checks every component instead of failing', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'design-sync-check-corrupt-'));
    try {
      await cp(fixture, dir, { recursive: true });
      await mkdir(join(dir, '.design-sync', 'report'), { recursive: true });
      await writeFile(join(dir, '.design-sync', 'report', 'report.json'), '{"schemaVersion": 1, "components": [');
      const run = await cli(['check', '--cwd', dir, '--only', 'Card', '--dry-run', '--json']);
      expect(run.stderr).toMatch(/warning: ignoring the previous report: .*report\.json is not valid JSON/);
      expect(run.stderr).not.toMatch(/^\s+at /m);
      const report = JSON.parse(run.stdout) as ReportLike;
      expect(Object.fromEntries(report.components.map((c) => [c.name, c.check!.rechecked]))).toEqual({
        Badge: true,
        Card: true,
      });
      // The fixture's checks fail (exit 1); a crash on the report would exit 2.
      expect(run.code).toBe(1);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
