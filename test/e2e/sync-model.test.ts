/**
 * `sync` with the model generator, end to end through the real CLI: a local OpenAI-compatible
 * server answers for two components of the sample, the report says which generator made each and
 * what it cost, and a re-sync makes no model call. Then, with the report deleted (a fresh clone,
 * where it is git-ignored), a no-op sync still checks and writes it, adding no other file.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Report } from '../../generator/report/report-schema.ts';
import {
  completionReply,
  startOpenAIServer,
  type ChatRequestBody,
  type OpenAIServer,
} from '../support/openai-server.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const SAMPLE = join(ROOT, '.design-sync/snapshots/DesignSyncSampleKit01');
const API_KEY = 'sk-e2e-secret-0000000000000000';
const SLOW = 240_000;

interface SyncJson {
  noop: boolean;
  written: string[];
  components: { added: string[]; rejected: string[] };
  model: { calls: number; cacheHits: number; usage: { prompt: number; completion: number }; costUsd: number } | null;
  checks: { status: string } | null;
  report: string | null;
  skipped: Record<string, string>;
}

/** A model that returns the deterministic draft it was shown: a valid answer, in the answer schema. */
function echoDraft(body: ChatRequestBody) {
  const user = body.messages.find((m) => m.role === 'user')?.content ?? '';
  const files = [...user.matchAll(/<draft path="([^"]+)">\n([\s\S]*?)<\/draft>/g)].map(([, path, content]) => ({
    path: path!,
    content: content!,
  }));
  return completionReply(JSON.stringify({ files, props: [], notes: 'kept the draft' }), {
    usage: { prompt: 2400, completion: 900 },
  });
}

let server: OpenAIServer;
let project: string;

function sync(extra: string[] = []): Promise<{ code: number; json: SyncJson; stderr: string }> {
  const env: NodeJS.ProcessEnv = { ...process.env, OPENAI_BASE_URL: server.url, OPENAI_API_KEY: API_KEY };
  for (const name of ['GITHUB_TOKEN', 'GITHUB_REPOSITORY', 'DESIGN_SYNC_SOURCE', 'FIGMA_FILE', 'DESIGN_SYNC_MODEL'])
    delete env[name];
  return new Promise((done) => {
    execFile(
      process.execPath,
      [join(ROOT, 'bin/design-sync.js'), 'sync', '--cwd', project, '--no-pr', '--json', ...extra],
      { env, maxBuffer: 64 << 20 },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
        let json: SyncJson;
        try {
          json = JSON.parse(stdout) as SyncJson;
        } catch {
          throw new Error(`sync did not print JSON (exit ${code}): ${stdout.slice(0, 300)}\n${stderr.slice(-2000)}`);
        }
        done({ code, json, stderr });
      },
    );
  });
}

const readReport = () => JSON.parse(readFileSync(join(project, '.design-sync/report/report.json'), 'utf8')) as Report;

describe.runIf(existsSync(join(SAMPLE, 'file.json')))('sync with the model generator', () => {
  beforeAll(async () => {
    server = await startOpenAIServer();
    server.fallback = echoDraft;
    project = mkdtempSync(join(tmpdir(), 'ds-sync-model-'));
    cpSync(SAMPLE, join(project, '.design-sync/snapshots/DesignSyncSampleKit01'), { recursive: true });
    writeFileSync(
      join(project, 'design-sync.config.json'),
      JSON.stringify({ figma: { file: 'DesignSyncSampleKit01', components: ['Badge', 'Avatar'] } }),
    );
  });
  afterAll(async () => {
    await server?.close();
    if (project) rmSync(project, { recursive: true, force: true });
  });

  it(
    'generates with the model and reports per component the generator, attempts, tokens and cost',
    async () => {
      const run = await sync(['--skip-check']);
      expect(run.code, run.stderr).toBe(0);
      expect(run.json.components.added.sort()).toEqual(['Avatar', 'Badge']);
      expect(run.json.components.rejected).toEqual([]);
      expect(server.requests).toHaveLength(2);
      expect(run.json.model).toMatchObject({ calls: 2, cacheHits: 0, usage: { prompt: 4800, completion: 1800 } });

      const report = readReport();
      for (const name of ['Avatar', 'Badge']) {
        const component = report.components.find((c) => c.name === name);
        expect(component?.generator).toMatchObject({
          kind: 'model',
          model: 'gpt-4.1-mini',
          attempts: 1,
          tokens: { prompt: 2400, completion: 900 },
        });
        expect(component?.generator?.costUsd).toBeGreaterThan(0);
      }
      expect(report.summary.modelTokens).toEqual({ prompt: 4800, completion: 1800 });
      expect(readFileSync(join(project, 'src/Badge/Badge.tsx'), 'utf8')).toMatch(/with model gpt-4\.1-mini/);
      // Token counts per type add up to the total.
      expect(report.tokens.byType.color).toBeGreaterThan(0);
      expect(Object.values(report.tokens.byType).reduce((a, b) => a + b, 0)).toBe(report.tokens.total);
      expect(readFileSync(join(project, '.design-sync/report/pr.md'), 'utf8')).toContain('model gpt-4.1-mini');
      for (const file of ['report.json', 'report.html', 'pr.md'])
        expect(readFileSync(join(project, '.design-sync/report', file), 'utf8')).not.toContain(API_KEY);
    },
    SLOW,
  );

  it(
    'makes zero model calls when nothing changed',
    async () => {
      const run = await sync(['--skip-check']);
      expect(run.code, run.stderr).toBe(0);
      expect(run.json.noop).toBe(true);
      expect(run.json.written).toEqual([]);
      expect(run.json.model).toBeNull();
      expect(server.requests).toHaveLength(2);
    },
    SLOW,
  );

  it(
    'still checks and writes the report on a no-op run when there is none, adding no other file',
    async () => {
      rmSync(join(project, '.design-sync/report'), { recursive: true });
      rmSync(join(project, '.design-sync/baselines'), { recursive: true, force: true });
      const run = await sync();
      expect(run.json.noop).toBe(true);
      expect(run.json.skipped).not.toHaveProperty('check');
      expect(run.json.checks).not.toBeNull();
      expect(run.json.report).toBe('.design-sync/report/report.json');
      expect(run.json.written.every((path) => path.startsWith('.design-sync/report/'))).toBe(true);
      expect(existsSync(join(project, '.design-sync/baselines'))).toBe(false);
      expect(server.requests).toHaveLength(2);
      const report = readReport();
      expect(report.components.map((c) => c.name).sort()).toEqual(['Avatar', 'Badge']);
      expect(report.components.every((c) => c.check !== undefined && c.storyIds.length > 0)).toBe(true);
      // The check stage's type-check resolves react from design-sync's own install: the project has no node_modules.
      expect(report.check?.typecheck.status).toBe('pass');
      expect(report.check?.tokenLint.status).not.toBe('skipped');
    },
    SLOW,
  );
});
