import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFigmaServer, type FigmaServer, type FigmaServerFile } from '../support/figma-server.ts';
import { figmaFixture, loadFixture } from '../source/fixtures.ts';
import { runCli } from './run-cli.ts';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'design-sync-cli-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

const noStack = (text: string) => expect(text).not.toMatch(/\n\s+at /);

describe.concurrent('design-sync inspect', () => {
  it('prints exactly one JSON document for a committed fixture', async () => {
    const run = await runCli(['inspect', '--json', '--source', figmaFixture('wizard-demo.file.response.json')], {
      cwd: dir,
    });
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout);
    expect(report).toMatchObject({
      shape: 'file',
      name: 'Wizard demo',
      counts: { componentSets: 4, variants: 8, components: 3 },
    });
  });

  it('prints a readable summary without --json', async () => {
    const run = await runCli(['inspect', '--source', figmaFixture('nodes.response.json')], { cwd: dir });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('component sets (1)');
    expect(run.stdout).toContain('Variant: VARIANT = Primary | Secondary');
    expect(run.stderr).toContain('warning: source: 1 warning(s)');
  });

  it('exits 2 with one line and a hint, and no stack, on malformed JSON', async () => {
    const run = await runCli(['inspect', '--source', figmaFixture('broken.json')], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/^error: .*broken\.json: not valid JSON \(.*\)\nhint: /);
    noStack(run.stderr);
  });

  it('names the JSON path of a malformed node, and shows the stack only with --verbose', async () => {
    const quiet = await runCli(['inspect', '--source', figmaFixture('malformed-node.file.response.json')], {
      cwd: dir,
    });
    expect(quiet.code).toBe(2);
    expect(quiet.stderr).toContain(
      '$.document.children[0].children[0].children[0]: expected an object with "id" and "type"',
    );
    noStack(quiet.stderr);
    const verbose = await runCli(
      ['inspect', '--verbose', '--source', figmaFixture('malformed-node.file.response.json')],
      { cwd: dir },
    );
    expect(verbose.stderr).toMatch(/\n\s+at /);
  });

  it('exits 2 on an unknown flag and on an invalid config, naming the key', async () => {
    const usage = await runCli(['inspect', '--bogus'], { cwd: dir });
    expect(usage.code).toBe(2);
    expect(usage.stderr).toMatch(/^error: .*bogus/);
    const project = await mkdtemp(join(dir, 'bad-config-'));
    await writeFile(join(project, 'design-sync.config.json'), JSON.stringify({ figma: { renderScale: 'big' } }));
    const config = await runCli(['inspect', '--json'], { cwd: project });
    expect(config.code).toBe(2);
    expect(config.stderr).toContain('figma.renderScale');
    expect(JSON.parse(config.stdout)).toMatchObject({ ok: false, error: { kind: 'config', code: 'config/invalid' } });
    noStack(config.stderr);
  });

  it('exits 2 on a --max-cost that is not a non-negative number, instead of lifting the budget', async () => {
    for (const value of ['abc', '-1']) {
      const run = await runCli(['sync', `--max-cost=${value}`, '--dry-run']);
      expect(run.code).toBe(2);
      expect(run.stderr).toContain(`--max-cost must be a non-negative number of US dollars, got "${value}"`);
    }
  });

  it('explains a missing snapshot', async () => {
    const run = await runCli(['inspect'], { cwd: dir, env: { FIGMA_FILE: 'Missing123' } });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('no snapshot of Figma file Missing123');
    expect(run.stderr).toContain('hint: Run `design-sync pull`');
  });
});

describe('design-sync init', () => {
  it('writes the config with $schema, the schema and the folders, and never overwrites the config', async () => {
    const target = join(dir, 'fresh');
    const dry = await runCli(['init', target, '--dry-run'], { cwd: dir });
    expect(dry.code).toBe(0);
    expect(dry.stdout).toContain('would write 5 entries');
    await expect(readdir(target)).rejects.toThrow();

    const run = await runCli(['init', target, '--json', '--file', 'https://www.figma.com/design/AbCdEf123456/Kit'], {
      cwd: dir,
    });
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).entries.map((e: { path: string }) => e.path)).toEqual([
      'design-sync.config.json',
      'design-sync.schema.json',
      'tokens/',
      'src/',
      'stories/',
    ]);
    expect((await readdir(target)).sort()).toEqual([
      'design-sync.config.json',
      'design-sync.schema.json',
      'src',
      'stories',
      'tokens',
    ]);
    const config = JSON.parse(await readFile(join(target, 'design-sync.config.json'), 'utf8'));
    expect(config.$schema).toBe('./design-sync.schema.json');
    expect(config.figma.file).toBe('https://www.figma.com/design/AbCdEf123456/Kit');

    const again = await runCli(['init', target], { cwd: dir });
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('already exists; init does not overwrite it');
    expect(JSON.parse(await readFile(join(target, 'design-sync.config.json'), 'utf8'))).toEqual(config);
  });
});

describe('design-sync pull', () => {
  let server: FigmaServer;
  const KEY = 'WizardKey123';
  beforeAll(async () => {
    server = await startFigmaServer({
      files: { [KEY]: { file: loadFixture<FigmaServerFile['file']>('wizard-demo.file.response.json') } },
    });
  });
  afterAll(() => server.close());

  it('pulls into the snapshot, then finds it current with one call; the token never shows', async () => {
    const project = await mkdtemp(join(dir, 'pull-'));
    const env = { FIGMA_TOKEN: server.token, FIGMA_API_URL: server.url };
    const first = await runCli(['pull', '--file', KEY], { cwd: project, env });
    expect(first.code).toBe(0);
    expect(first.stdout).toContain(`pulled "Wizard demo" version 165813606 into .design-sync/snapshots/${KEY}`);
    expect(first.stdout).toContain('4 Figma API calls + 11 render downloads');
    expect(first.stdout).toContain('variables: not available (403');
    const second = await runCli(['pull', '--file', KEY, '--json'], { cwd: project, env });
    expect(second.code).toBe(0);
    expect(JSON.parse(second.stdout)).toMatchObject({ status: 'up-to-date', stats: { calls: 1 }, written: [] });
    const inspect = await runCli(['inspect', '--json', '--source', join(project, '.design-sync/snapshots', KEY)], {
      cwd: project,
    });
    expect(JSON.parse(inspect.stdout)).toMatchObject({ shape: 'snapshot', fileKey: KEY, renders: 11 });
    for (const run of [first, second]) expect(run.stdout + run.stderr).not.toContain(server.token);
  });

  it('exits 2 without FIGMA_TOKEN and 3 when Figma rate-limits for days', async () => {
    const project = await mkdtemp(join(dir, 'pull-fail-'));
    const noToken = await runCli(['pull', '--file', KEY], { cwd: project, env: { FIGMA_API_URL: server.url } });
    expect(noToken.code).toBe(2);
    expect(noToken.stderr).toContain('FIGMA_TOKEN is not set');
    server.fail('meta', {
      status: 429,
      headers: { 'retry-after': '345600', 'x-figma-plan-tier': 'starter', 'x-figma-rate-limit-type': 'low' },
    });
    const limited = await runCli(['pull', '--file', KEY], {
      cwd: project,
      env: { FIGMA_TOKEN: server.token, FIGMA_API_URL: server.url },
    });
    expect(limited.code).toBe(3);
    expect(limited.stderr).toMatch(
      /^error: Figma rate limit \(429\) on GET \/v1\/files\/WizardKey123\/meta: Retry-After 345600 s \(4 days\)/,
    );
    noStack(limited.stderr);
  });
});

describe('design-sync tokens with Tokens Studio themes', () => {
  it('builds one CSS block per theme mode from a multi-file themes folder', async () => {
    const { cp, mkdir } = await import('node:fs/promises');
    const project = join(dir, 'themes-project');
    await mkdir(project, { recursive: true });
    await cp(new URL('../fixtures/tokens/studio-themes', import.meta.url).pathname, join(project, 'themes'), {
      recursive: true,
    });
    await writeFile(
      join(project, 'design-sync.config.json'),
      JSON.stringify({ tokens: { sources: ['files'], files: ['themes'] } }),
    );
    const run = await runCli(['tokens', '--source', figmaFixture('node.document.json')], { cwd: project });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const css = await readFile(join(project, 'tokens', 'build', 'tokens.css'), 'utf8');
    const body = css.replace(/\/\*[\s\S]*?\*\/\n*/g, '');
    expect(body).toBe(
      [
        ':root {',
        '  --pad: 8px;',
        '  --surface: #eeeeee;',
        '  --text: #111111;',
        '}',
        '',
        '[data-color-scheme="dark"] {',
        '  --surface: #111111;',
        '  --text: #eeeeee;',
        '}',
        '',
        '[data-size="large"] {',
        '  --pad: 16px;',
        '}',
        '',
      ].join('\n'),
    );
  });
});
