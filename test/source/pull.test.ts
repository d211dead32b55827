import { mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { configSchema } from '../../generator/core/config-schema.ts';
import { resolveConfig, type ResolvedConfig } from '../../generator/core/resolve-config.ts';
import { createMemoryLogger } from '../../generator/core/logger.ts';
import { readDesign } from '../../generator/source/load-design.ts';
import { pull } from '../../generator/source/pull.ts';
import { startFigmaServer, type FigmaServer, type FigmaServerFile } from '../support/figma-server.ts';
import { loadFixture } from './fixtures.ts';

const KEY = 'WizardKey123';
let server: FigmaServer;
let root: string;

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'design-sync-pull-'));
  server = await startFigmaServer({
    files: {
      [KEY]: {
        file: loadFixture<FigmaServerFile['file']>('wizard-demo.file.response.json'),
        variables: loadFixture('variables.response.json'),
        nullRenders: ['2:17'],
      },
    },
  });
});

afterEach(async () => {
  await server.close();
  await rm(root, { recursive: true, force: true });
});

function config(overrides: { file?: string; figma?: Record<string, unknown> } = {}): ResolvedConfig {
  const parsed = configSchema.parse({ figma: { file: KEY, ...overrides.figma } });
  return resolveConfig(
    parsed,
    root,
    undefined,
    { FIGMA_TOKEN: server.token, FIGMA_API_URL: server.url },
    overrides.file ? { 'figma.file': overrides.file } : {},
  );
}

const noSleep = async () => {};
const folder = () => join(root, '.design-sync', 'snapshots', KEY);

async function listing(dir: string): Promise<Record<string, { mtimeMs: number; content: string }>> {
  const out: Record<string, { mtimeMs: number; content: string }> = {};
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    out[path.slice(dir.length + 1)] = {
      mtimeMs: (await stat(path)).mtimeMs,
      content: (await readFile(path)).toString('base64'),
    };
  }
  return out;
}

describe('pull', () => {
  it('writes a complete snapshot: file, variables, downloaded renders and meta.json', async () => {
    const result = await pull(config(), createMemoryLogger(), { sleep: noSleep });
    expect(result.status).toBe('pulled');
    expect(result.stats).toMatchObject({ calls: 4, downloads: 10, retries: 0 });
    expect(server.apiCalls().map((r) => r.route)).toEqual(['meta', 'file', 'variables', 'images']);
    expect(server.apiCalls()[1]?.query.get('geometry')).toBe('paths');
    expect(server.apiCalls()[3]?.query.get('scale')).toBe('2');

    const meta = JSON.parse(await readFile(join(folder(), 'meta.json'), 'utf8'));
    expect(meta).toMatchObject({
      fileKey: KEY,
      name: 'Wizard demo',
      version: '165813606',
      files: { file: 'file.json', variables: 'variables.json' },
    });
    expect(Object.keys(meta.renders)).toHaveLength(10);
    expect(meta.renders['140:3']).toEqual({ file: 'renders/140-3.png', scale: 2 });
    expect(meta.gaps).toEqual(['render of 2:17: Figma returned no image (empty or invisible node)']);

    const design = await readDesign(folder());
    expect(design.shape).toBe('snapshot');
    expect(design.fileKey).toBe(KEY);
    expect(Object.keys(design.componentSets)).toHaveLength(4);
    expect(Object.keys(design.variables?.variables ?? {})).toHaveLength(4);
    expect(Object.keys(design.renders)).toHaveLength(10);
    expect((await readFile(design.renders['140:3']!.path)).subarray(1, 4).toString()).toBe('PNG');
  });

  it('makes exactly one call and writes nothing when the snapshot version is current', async () => {
    await pull(config(), createMemoryLogger(), { sleep: noSleep });
    const before = await listing(folder());
    const callsBefore = server.requests.length;
    const second = await pull(config(), createMemoryLogger(), { sleep: noSleep });
    expect(second.status).toBe('up-to-date');
    expect(second.stats.calls).toBe(1);
    expect(second.written).toEqual([]);
    expect(server.requests.slice(callsBefore).map((r) => r.route)).toEqual(['meta']);
    expect(await listing(folder())).toEqual(before);
    expect(await readdir(join(root, '.design-sync', 'snapshots'))).toEqual([KEY]);
  });

  it('pulls again when the file version changed, replacing the snapshot whole', async () => {
    await pull(config(), createMemoryLogger(), { sleep: noSleep });
    server.files[KEY]!.file.version = '165813607';
    const result = await pull(config(), createMemoryLogger(), { sleep: noSleep });
    expect(result).toMatchObject({ status: 'pulled', previousVersion: '165813606', version: '165813607' });
    expect(JSON.parse(await readFile(join(folder(), 'meta.json'), 'utf8')).version).toBe('165813607');
    expect(await readdir(join(root, '.design-sync', 'snapshots'))).toEqual([KEY]);
  });

  it('continues without variables when the plan does not allow them, recording the gap', async () => {
    delete server.files[KEY]!.variables;
    const result = await pull(config(), createMemoryLogger(), { sleep: noSleep });
    expect(result.variables).toBe('unavailable');
    expect(result.gaps[0]).toMatch(/^variables: not available \(403/);
    const meta = JSON.parse(await readFile(join(folder(), 'meta.json'), 'utf8'));
    expect(meta.files).toEqual({ file: 'file.json' });
    await expect(stat(join(folder(), 'variables.json'))).rejects.toThrow();
  });

  it('writes nothing on --dry-run and lists what it would fetch', async () => {
    const result = await pull(config(), createMemoryLogger(), { sleep: noSleep, dryRun: true });
    expect(result.status).toBe('dry-run');
    expect(result.wouldFetch[0]).toBe(`GET /v1/files/${KEY}?geometry=paths`);
    expect(server.apiCalls().map((r) => r.route)).toEqual(['meta']);
    await expect(stat(join(root, '.design-sync'))).rejects.toThrow();
  });

  it('takes the file from a Figma URL and renders only the node it points at', async () => {
    const url = `https://www.figma.com/design/${KEY}/Wizard-demo?node-id=140-2&t=abc`;
    const result = await pull(config({ file: url }), createMemoryLogger(), { sleep: noSleep });
    expect(result.fileKey).toBe(KEY);
    expect(result.renders).toBe(2);
    expect(server.apiCalls().at(-1)?.query.get('ids')).toBe('2:18,140:3');
  });

  it('renders only the configured component sets, and warns about names that match nothing', async () => {
    const result = await pull(config({ figma: { components: ['Header', 'Hedaer'] } }), createMemoryLogger(), {
      sleep: noSleep,
    });
    expect(result.renders).toBe(2);
    expect(result.warnings).toEqual(['figma selection "Hedaer" matched no page, frame or component']);
  });

  it('keeps the token and the expiring render URLs out of the snapshot', async () => {
    await pull(config(), createMemoryLogger(), { sleep: noSleep });
    const files = await listing(folder());
    const text = Object.values(files)
      .map((f) => Buffer.from(f.content, 'base64').toString('latin1'))
      .join('\n');
    expect(text).not.toContain(server.token);
    expect(text).not.toContain(server.url);
  });
});
