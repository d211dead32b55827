/**
 * The scenario, end to end through the real CLI: sync the sample into a fresh repository,
 * the pull request is merged, a steward edits two components, the design changes (a token value,
 * variants added, a component removed), sync again, then sync once more with nothing changed.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { cpSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { startGitHubServer, type GitHubServer } from '../support/github-server.ts';
import { commitAll, makeRepo, sh, status } from '../handoff/git-repo.ts';
import { SampleDesign } from '../handoff/sample-design.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const SAMPLE = join(ROOT, '.design-sync/snapshots/DesignSyncSampleKit01');
const TOKEN = 'ghp_scenariotoken0000000000000000000';

/** The parts of `sync --json` the scenario reads. */
interface SyncJson {
  noop: boolean;
  branch: string;
  commit: string;
  written: string[];
  components: { added: string[]; unchanged: string[]; removed: string[] };
  changes: { path: string; kind: string }[];
  pullRequest: { status: string; action?: string; number: number };
  timings: Record<string, number>;
  skipped: Record<string, string>;
}

interface SyncRun {
  code: number;
  json: SyncJson;
  stderr: string;
}

function parse(stdout: string): SyncJson {
  try {
    return JSON.parse(stdout) as SyncJson;
  } catch {
    throw new Error(`sync did not print JSON: ${stdout.slice(0, 500)}`);
  }
}

let server: GitHubServer;
let repo: ReturnType<typeof makeRepo>;

function sync(cwd: string, extra: string[] = []): Promise<SyncRun> {
  const env: NodeJS.ProcessEnv = { ...process.env, GITHUB_TOKEN: TOKEN, GITHUB_API_URL: server.url };
  for (const name of ['OPENAI_API_KEY', 'OPENAI_BASE_URL', 'GITHUB_REPOSITORY', 'DESIGN_SYNC_SOURCE', 'FIGMA_FILE'])
    delete env[name];
  return new Promise((resolvePromise) => {
    execFile(
      process.execPath,
      [join(ROOT, 'bin/design-sync.js'), 'sync', '--cwd', cwd, '--skip-check', '--json', ...extra],
      { env, maxBuffer: 64 << 20 },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
        resolvePromise({ code, json: parse(stdout), stderr });
      },
    );
  });
}

const kinds = (run: SyncRun) => Object.fromEntries(run.json.changes.map((c) => [c.path, c.kind]));

// Each sync is a real CLI run that generates and gate-checks every component: allow minutes on a busy 2-core machine.
const SLOW = 240_000;

describe.runIf(existsSync(join(SAMPLE, 'file.json')))('sync scenario on the sample', () => {
  beforeAll(async () => {
    repo = makeRepo(
      {
        '.gitignore': '.design-sync/lock\n',
        'design-sync.config.json': readFileSync(join(ROOT, 'design-sync.config.json'), 'utf8'),
      },
      true,
    );
    cpSync(SAMPLE, join(repo.root, '.design-sync/snapshots/DesignSyncSampleKit01'), { recursive: true });
    commitAll(repo.root, 'add the design snapshot');
    sh(repo.root, ['push', '--quiet', repo.bare!, 'main:main']);
    server = await startGitHubServer({ token: TOKEN, repos: { 'acme/design-system': repo.bare! } });
  });
  afterAll(async () => {
    await server?.close();
    repo?.cleanup();
  });

  const steward = {
    badgeNote: '\n// Steward: badges stay one line in tables; see DS-142.\n',
    alertFrom: "tone?: 'info' | 'success' | 'warning' | 'danger';",
    alertTo: "tone?: 'info' | 'success' | 'warning' | 'danger' | 'critical';",
  };
  const first: { run?: SyncRun } = {};
  const second: { run?: SyncRun; badge?: string; alert?: string } = {};

  it(
    'syncs the sample onto a branch with one commit and opens the pull request',
    async () => {
      const run = await sync(repo.root);
      first.run = run;
      expect(run.code, run.stderr).toBe(0);
      expect(run.json.components.added.length).toBeGreaterThan(10);
      expect(run.json.branch).toBe('design-sync/designsyncsamplekit01-2147483647000000001');
      expect(run.json.pullRequest).toMatchObject({ status: 'opened', action: 'created', number: 1 });
      expect(sh(repo.root, ['rev-list', '--count', 'main..HEAD']).trim()).toBe('1');
      expect(status(repo.root)).toBe('');
      expect(readFileSync(join(repo.root, 'src/Alert/Alert.tsx'), 'utf8')).toContain(steward.alertFrom);
      expect(sh(repo.bare!, ['rev-parse', run.json.branch]).trim()).toBe(run.json.commit);
    },
    SLOW,
  );

  it(
    'after stewards edit two components and the design changes, merges one edit, proposes the conflicting one and proposes the removal',
    async () => {
      // The pull request is merged; stewards then edit two components on main.
      sh(repo.root, ['switch', '--quiet', 'main']);
      sh(repo.root, ['merge', '--quiet', '--ff-only', first.run!.json.branch]);
      const badgePath = join(repo.root, 'src/Badge/Badge.tsx');
      const alertPath = join(repo.root, 'src/Alert/Alert.tsx');
      second.badge = readFileSync(badgePath, 'utf8') + steward.badgeNote;
      second.alert = readFileSync(alertPath, 'utf8').replace(steward.alertFrom, steward.alertTo);
      writeFileSync(badgePath, second.badge);
      writeFileSync(alertPath, second.alert);
      commitAll(repo.root, 'Steward edits to Badge and Alert');
      // The designer changes a token value, adds two variants and deletes the Switch.
      const design = new SampleDesign(join(repo.root, '.design-sync/snapshots/DesignSyncSampleKit01'));
      design.setColor('color/gray/50', { r: 0.96, g: 0.97, b: 1, a: 1 });
      design.addVariant('Badge', 'Tone', 'Neutral', 'Info');
      design.addVariant('Alert', 'Tone', 'Info', 'Neutral');
      design.removeComponentSet('Switch');
      design.save('2147483647000000002');
      commitAll(repo.root, 'Pull the new design version');
      const mainHead = sh(repo.root, ['rev-parse', 'HEAD']).trim();

      // A dry run shows the same decisions and touches neither files nor git.
      const dry = await sync(repo.root, ['--dry-run']);
      expect(dry.code, dry.stderr).toBe(0);
      expect(kinds(dry)).toMatchObject({ 'src/Badge/Badge.tsx': 'merged', 'src/Alert/Alert.tsx': 'conflict' });
      expect(dry.json.commit).toBeNull();
      expect(status(repo.root)).toBe('');
      expect(sh(repo.root, ['branch', '--show-current']).trim()).toBe('main');
      expect(existsSync(join(repo.root, '.design-sync/conflicts'))).toBe(false);

      const run = await sync(repo.root);
      second.run = run;
      expect(run.code, run.stderr).toBe(0);
      expect(run.json.branch).toBe('design-sync/designsyncsamplekit01-2147483647000000002');
      expect(run.json.components.removed).toEqual(['Switch']);
      const changes = kinds(run);
      expect(changes['src/Badge/Badge.tsx']).toBe('merged');
      expect(changes['src/Alert/Alert.tsx']).toBe('conflict');
      expect(changes['src/Switch/Switch.tsx']).toBe('remove-proposed');
      expect(changes['stories/Switch.stories.tsx']).toBe('remove-proposed');
      expect(changes['tokens/build/tokens.css']).toBe('update');

      // The clean edit is merged with the new variant; the conflicting file is byte for byte the steward's.
      const badge = readFileSync(join(repo.root, 'src/Badge/Badge.tsx'), 'utf8');
      expect(badge).toContain(steward.badgeNote.trim());
      expect(badge).toMatch(/'info'/);
      expect(readFileSync(join(repo.root, 'src/Alert/Alert.tsx'), 'utf8')).toBe(second.alert);
      const proposal = readFileSync(join(repo.root, '.design-sync/conflicts/src/Alert/Alert.tsx'), 'utf8');
      expect(proposal).toContain('<<<<<<< src/Alert/Alert.tsx (steward)');
      expect(proposal).toContain("'critical'");
      expect(proposal).toContain("'neutral'");
      expect(existsSync(join(repo.root, 'src/Switch/Switch.tsx'))).toBe(true);

      // Nothing else changed: the commit touches only what the design change explains.
      const changed = sh(repo.root, ['diff', '--name-only', `${mainHead}..HEAD`])
        .trim()
        .split('\n');
      const explained = [
        /^tokens\//,
        /^src\/Badge\//,
        /^stories\/Badge\./,
        /^src\/Alert\/Alert\.module\.css$/,
        /^stories\/Alert\./,
        /^src\/index\.ts$/,
        /^design-sync\.lock\.json$/,
        /^\.design-sync\/generated\//,
        /^\.design-sync\/conflicts\/src\/Alert\/Alert\.tsx$/,
        /^\.design-sync\/report\//,
      ];
      expect(changed.filter((path) => !explained.some((re) => re.test(path)))).toEqual([]);
      expect(changed).not.toContain('src/Alert/Alert.tsx');
      expect(changed.some((path) => path.startsWith('src/Switch/') || path.startsWith('src/Button/'))).toBe(false);
      expect(sh(repo.root, ['rev-list', '--count', `${mainHead}..HEAD`]).trim()).toBe('1');
      expect(status(repo.root)).toBe('');

      // The pull request body lists everything a steward needs.
      const pull = server.pulls.get('acme/design-system')!.find((p) => p.number === run.json.pullRequest.number)!;
      expect(run.json.pullRequest).toMatchObject({ status: 'opened', action: 'created', number: 2 });
      for (const needle of [
        'Badge',
        'Alert',
        'Switch',
        'color.gray.50',
        '.design-sync/conflicts/src/Alert/Alert.tsx',
        'src/Badge/Badge.tsx',
      ]) {
        expect(pull.body).toContain(needle);
      }
    },
    SLOW,
  );

  it(
    'a no-op re-sync writes nothing, regenerates nothing and leaves git status clean',
    async () => {
      const head = sh(repo.root, ['rev-parse', 'HEAD']).trim();
      const requests = server.requests.length;
      const run = await sync(repo.root);
      expect(run.code, run.stderr).toBe(0);
      expect(run.json.noop).toBe(true);
      expect(run.json.written).toEqual([]);
      expect(run.json.skipped).toMatchObject({
        generate: 'no component changed',
        report: 'nothing changed',
        publish: 'nothing changed',
      });
      expect(status(repo.root)).toBe('');
      expect(sh(repo.root, ['rev-parse', 'HEAD']).trim()).toBe(head);
      expect(server.requests.length).toBe(requests);
      console.info(
        `sync timings: first ${first.run!.json.timings.total} ms, after design change ${second.run!.json.timings.total} ms, no-op ${run.json.timings.total} ms`,
      );
    },
    SLOW,
  );
});
