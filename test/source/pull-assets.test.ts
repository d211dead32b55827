import { mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { configSchema } from '../../generator/core/config-schema.ts';
import { resolveConfig, type ResolvedConfig } from '../../generator/core/resolve-config.ts';
import { createMemoryLogger } from '../../generator/core/logger.ts';
import { readDesign } from '../../generator/source/load-design.ts';
import { pull } from '../../generator/source/pull.ts';
import { MAX_SNAPSHOT_ASSET_BYTES, SVG_IDS_PER_CALL } from '../../generator/source/pull-assets.ts';
import { assetTargets } from '../../generator/source/asset-targets.ts';
import type { FigmaNode } from '../../generator/source/design.ts';
import { startFigmaServer, type FigmaServer, type FigmaServerFile } from '../support/figma-server.ts';

const KEY = 'AssetsKey0001';
const ICONS = 60;
let server: FigmaServer;
let root: string;

const bounds = (x: number, y: number, width: number, height: number) => ({ x, y, width, height });
const solid = { type: 'SOLID', color: { r: 0.1, g: 0.1, b: 0.1, a: 1 } };
const vector = (id: string, x = 0) => ({
  id,
  name: 'Vector',
  type: 'VECTOR',
  fills: [solid],
  strokes: [],
  absoluteBoundingBox: bounds(x + 2, 2, 20, 20),
  fillGeometry: [{ path: 'M0 0L20 0L20 20Z', windingRule: 'NONZERO' }],
});
const icon = (i: number) => ({
  id: `3:${i}`,
  name: `Icon/${i}`,
  type: 'COMPONENT',
  fills: [],
  strokes: [],
  absoluteBoundingBox: bounds(i * 30, 0, 24, 24),
  children: [vector(`4:${i}`, i * 30)],
});

const photo = (() => {
  const png = new PNG({ width: 2, height: 2 });
  png.data.fill(90);
  return PNG.sync.write(png);
})();

function file(version: string): FigmaServerFile['file'] {
  return {
    name: 'Assets',
    version,
    lastModified: '2026-12-01T00:00:00Z',
    components: {},
    componentSets: {},
    styles: {},
    schemaVersion: 0,
    document: {
      id: '0:0',
      name: 'Document',
      type: 'DOCUMENT',
      children: [
        {
          id: '0:1',
          name: 'Page',
          type: 'CANVAS',
          children: [
            ...Array.from({ length: ICONS }, (_, i) => icon(i)),
            {
              id: '5:1',
              name: 'Avatar',
              type: 'COMPONENT',
              fills: [],
              absoluteBoundingBox: bounds(0, 100, 40, 40),
              children: [
                {
                  id: '5:2',
                  name: 'Photo',
                  type: 'RECTANGLE',
                  fills: [{ type: 'IMAGE', imageRef: 'ref-photo', scaleMode: 'FILL' }],
                  absoluteBoundingBox: bounds(0, 100, 40, 40),
                },
              ],
            },
          ],
        },
      ],
    },
  };
}

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'design-sync-pull-assets-'));
  server = await startFigmaServer({
    files: {
      [KEY]: {
        file: file('1'),
        variables: { status: 200, error: false, meta: { variables: {}, variableCollections: {} } },
        svgs: {
          '3:0':
            '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24"><script>alert(1)</script><path d="M0 0H24V24Z" fill="#111"/></svg>',
        },
        nullSvgs: ['3:1'],
        imageFills: { 'ref-photo': photo },
      },
    },
  });
});

afterEach(async () => {
  await server.close();
  await rm(root, { recursive: true, force: true });
});

function config(figma: Record<string, unknown> = {}): ResolvedConfig {
  const parsed = configSchema.parse({ figma: { file: KEY, ...figma } });
  return resolveConfig(parsed, root, undefined, { FIGMA_TOKEN: server.token, FIGMA_API_URL: server.url }, {});
}

const noSleep = async () => {};
const folder = () => join(root, '.design-sync', 'snapshots', KEY);
const svgCalls = () => server.apiCalls().filter((r) => r.route === 'images' && r.query.get('format') === 'svg');
const meta = async () => JSON.parse(await readFile(join(folder(), 'meta.json'), 'utf8'));

describe('assetTargets', () => {
  it('takes each icon component whole, and image fills by imageRef', () => {
    const targets = assetTargets([file('1').document as FigmaNode]);
    expect(targets.drawings).toHaveLength(ICONS);
    expect(targets.drawings[0]).toBe('3:0');
    expect(targets.drawings).not.toContain('4:0');
    expect([...targets.images]).toEqual([['ref-photo', ['5:2']]]);
  });

  it('gives a drawing the same source hash wherever it sits on the canvas, and a new one when it changes', () => {
    const a = assetTargets([icon(0) as FigmaNode]).sources.get('3:0');
    const moved = { ...icon(0), absoluteBoundingBox: bounds(500, 500, 24, 24) };
    expect(assetTargets([moved as FigmaNode]).sources.get('3:0')).toBe(a);
    const recoloured = {
      ...icon(0),
      children: [{ ...vector('4:0'), fills: [{ ...solid, color: { r: 1, g: 0, b: 0, a: 1 } }] }],
    };
    expect(assetTargets([recoloured as FigmaNode]).sources.get('3:0')).not.toBe(a);
  });
});

describe('pull with assets', () => {
  it('exports drawings as SVG in batched calls, PNG where Figma has no SVG, and downloads image fills', async () => {
    const result = await pull(config(), createMemoryLogger(), { sleep: noSleep });
    expect(result.status).toBe('pulled');
    expect(svgCalls().map((r) => r.query.get('ids')!.split(',').length)).toEqual([
      SVG_IDS_PER_CALL,
      ICONS - SVG_IDS_PER_CALL,
    ]);
    const pngExports = server.apiCalls().filter((r) => r.route === 'images' && r.query.get('ids') === '3:1');
    expect(pngExports).toHaveLength(1);
    expect(pngExports[0]!.query.get('format')).toBe('png');
    expect(server.apiCalls().filter((r) => r.route === 'image-fills')).toHaveLength(1);
    expect(result.assets).toEqual({ fetched: ICONS + 1, reused: 0 });

    const m = await meta();
    expect(m.assets['3:0'].format).toBe('svg');
    expect(m.assets['3:0'].file).toMatch(/^assets\/[0-9a-f]{64}\.svg$/);
    expect(m.assets['3:1'].format).toBe('png');
    expect(m.images['ref-photo']).toMatchObject({ format: 'png', nodes: ['5:2'] });
    // Content-addressed: the 58 identical default squares share one file.
    expect(m.assets['3:2'].file).toBe(m.assets['3:3'].file);
    const stored = await readdir(join(folder(), 'assets'));
    expect(stored).toHaveLength(4);
    expect(await readFile(join(folder(), m.images['ref-photo'].file))).toEqual(photo);

    const design = await readDesign(folder());
    expect(design.assets?.['3:0']).toMatchObject({ format: 'svg', path: join(folder(), m.assets['3:0'].file) });
    expect(design.assets?.['5:2']).toMatchObject({ format: 'png' });
  });

  it('fetches no asset again on a second pull when the drawings and images did not change', async () => {
    await pull(config(), createMemoryLogger(), { sleep: noSleep });
    const before = server.requests.length;
    server.files[KEY]!.file = file('2');
    const result = await pull(config(), createMemoryLogger(), { sleep: noSleep });
    expect(result.status).toBe('pulled');
    const again = server.requests.slice(before).map((r) => `${r.route}:${r.query.get('format') ?? ''}`);
    // The renders of the components are fetched again (they are checked against); assets are not.
    expect(new Set(again)).toEqual(new Set(['meta:', 'file:', 'variables:', 'images:png', 'render:']));
    expect(result.assets).toEqual({ fetched: 0, reused: ICONS + 1 });
    const design = await readDesign(folder());
    expect(Object.keys(design.assets ?? {})).toHaveLength(ICONS + 1);
  });

  it('exports only the drawing that changed', async () => {
    await pull(config(), createMemoryLogger(), { sleep: noSleep });
    const changed = file('2');
    const page = (changed.document as { children: Array<{ children: Array<Record<string, unknown>> }> }).children[0]!;
    page.children[5] = { ...icon(5), name: 'Icon/renamed' };
    server.files[KEY]!.file = changed;
    const before = svgCalls().length;
    const result = await pull(config(), createMemoryLogger(), { sleep: noSleep });
    expect(
      svgCalls()
        .slice(before)
        .map((r) => r.query.get('ids')),
    ).toEqual(['3:5']);
    expect(result.assets).toEqual({ fetched: 1, reused: ICONS });
  });

  it('asks once for a fresh URL when a download URL expired (403), then records a gap', async () => {
    server.fail('fill', { status: 403, body: 'AccessDenied' }, { status: 403, body: 'AccessDenied' });
    const result = await pull(config(), createMemoryLogger(), { sleep: noSleep });
    expect(server.apiCalls().filter((r) => r.route === 'image-fills')).toHaveLength(2);
    expect(result.gaps).toContainEqual(
      `image fill ref-photo: download failed with 403 (the URL expired): GET /fills/${KEY}/ref-photo`,
    );
    const m = await meta();
    expect(m.images).toBeUndefined();
    expect(m.gaps).toContainEqual(expect.stringContaining('image fill ref-photo'));
    expect(Object.keys(m.assets)).toHaveLength(ICONS);
  });

  it('recovers when the fresh URL works after an expired one', async () => {
    server.fail('export', { status: 403 });
    const result = await pull(config(), createMemoryLogger(), { sleep: noSleep });
    expect(result.gaps.filter((g) => g.includes('SVG export'))).toEqual([]);
    expect(svgCalls().length).toBe(3);
    expect(result.assets.fetched).toBe(ICONS + 1);
  });

  it('turns a download slower than the client timeout into a gap and still writes a whole snapshot', async () => {
    server.fail('fill', { slowBody: true }, { slowBody: true });
    const result = await pull(config({ timeoutMs: 300 }), createMemoryLogger(), { sleep: noSleep });
    expect(result.gaps).toContainEqual(
      `image fill ref-photo: Figma did not answer within 300 ms: GET /fills/${KEY}/ref-photo`,
    );
    const m = await meta();
    expect(Object.keys(m.assets)).toHaveLength(ICONS);
    const entries = await readdir(join(root, '.design-sync', 'snapshots'));
    expect(entries).toEqual([KEY]);
  });

  it('records a gap for a drawing Figma renders neither as SVG nor as PNG, and pulls the rest', async () => {
    server.files[KEY]!.nullRenders = ['3:1'];
    const result = await pull(config(), createMemoryLogger(), { sleep: noSleep });
    expect(result.status).toBe('pulled');
    expect(result.gaps).toContainEqual('asset of 3:1: Figma exported neither SVG nor PNG');
    const m = await meta();
    expect(m.assets['3:1']).toBeUndefined();
    expect(Object.keys(m.assets)).toHaveLength(ICONS - 1);
    expect(m.gaps).toContainEqual('asset of 3:1: Figma exported neither SVG nor PNG');
  });

  it.each([
    ['declared', false, (n: number) => `of ${n} bytes is over`],
    ['streamed without a length', true, () => 'passed'],
  ])(
    'stops reading a 40 MB image fill (%s) at the asset cap and records a gap instead of storing it',
    async (_label, chunked, said) => {
      const huge = Buffer.alloc(40 * 1024 * 1024);
      photo.copy(huge);
      Object.assign(server.files[KEY]!, { imageFills: { 'ref-photo': huge }, chunkedFills: chunked });
      const result = await pull(config(), createMemoryLogger(), { sleep: noSleep });
      expect(result.status).toBe('pulled');
      expect(result.gaps).toContainEqual(
        `image fill ref-photo: download ${said(huge.length)} the ${MAX_SNAPSHOT_ASSET_BYTES}-byte cap: GET /fills/${KEY}/ref-photo`,
      );
      const m = await meta();
      expect(m.images).toBeUndefined();
      expect(Object.keys(m.assets)).toHaveLength(ICONS);
      const sizes = await Promise.all(
        (await readdir(join(folder(), 'assets'))).map(async (f) => (await stat(join(folder(), 'assets', f))).size),
      );
      expect(Math.max(...sizes)).toBeLessThan(MAX_SNAPSHOT_ASSET_BYTES);
    },
  );

  it('records a gap for an image fill that is not an image file, and stores nothing for it', async () => {
    server.files[KEY]!.imageFills = { 'ref-photo': Buffer.from('<html>Access denied</html>') };
    const result = await pull(config(), createMemoryLogger(), { sleep: noSleep });
    expect(result.gaps).toContainEqual('image fill ref-photo: not an SVG, PNG or JPEG file; not stored');
    expect((await meta()).images).toBeUndefined();
  });

  it('stores Figma SVG as it came (the generate stage sanitises it) and keeps URLs out of the snapshot', async () => {
    await pull(config(), createMemoryLogger(), { sleep: noSleep });
    const m = await meta();
    const svg = await readFile(join(folder(), m.assets['3:0'].file), 'utf8');
    expect(svg).toContain('<script>');
    const text = JSON.stringify(m);
    expect(text).not.toContain(server.url);
    expect(text).not.toContain(server.token);
  });
});
