import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { configSchema } from '../../generator/core/config-schema.ts';
import { resolveConfig, type ResolvedConfig } from '../../generator/core/resolve-config.ts';
import { createMemoryLogger } from '../../generator/core/logger.ts';
import { generateComponents } from '../../generator/generate/generate-components.ts';
import { readDesign } from '../../generator/source/load-design.ts';
import { writeSnapshot } from '../../generator/source/write-snapshot.ts';
import type { SnapshotMeta } from '../../generator/source/snapshot.ts';
import { kitIndex } from '../ir/kit.ts';

/**
 * A snapshot with Figma's SVG exports and an image fill, through the real loader, ir, deterministic
 * generator and gate: icons are inline SVG in currentColor, named or hidden by the meaning rule.
 */

const ROOT = new URL('../..', import.meta.url).pathname;
const brand = {
  type: 'SOLID',
  color: { r: 0.2, g: 0.4, b: 1, a: 1 },
  boundVariables: { color: { type: 'VARIABLE_ALIAS', id: 'VariableID:1:1' } },
};
const at = (x: number, y: number, width: number, height: number) => ({ x, y, width, height });
const glyph = (id: string, x: number, y: number) => ({
  id,
  name: 'Vector',
  type: 'VECTOR',
  fills: [brand],
  strokes: [],
  absoluteBoundingBox: at(x, y, 16, 16),
});
const iconFrame = (id: string, name: string, x: number, y: number) => ({
  id,
  name,
  type: 'FRAME',
  fills: [],
  strokes: [],
  absoluteBoundingBox: at(x, y, 16, 16),
  children: [glyph(`${id}0`, x, y)],
});
const text = (id: string, characters: string, x: number, y: number) => ({
  id,
  name: characters,
  type: 'TEXT',
  characters,
  fills: [brand],
  style: { fontFamily: 'Inter', fontSize: 14, fontWeight: 400, lineHeightPx: 20 },
  absoluteBoundingBox: at(x, y, 40, 20),
});
const horizontal = {
  layoutMode: 'HORIZONTAL',
  itemSpacing: 8,
  primaryAxisSizingMode: 'AUTO',
  counterAxisSizingMode: 'AUTO',
};

const file = {
  name: 'Stored assets',
  version: '1',
  lastModified: '2026-12-01T00:00:00Z',
  components: { '1:1': { key: 'k', name: 'Toolbar', description: '' } },
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
          {
            id: '1:1',
            name: 'Toolbar',
            type: 'COMPONENT',
            fills: [],
            strokes: [],
            ...horizontal,
            absoluteBoundingBox: at(0, 0, 300, 40),
            children: [
              {
                id: '2:1',
                name: 'Save button',
                type: 'FRAME',
                fills: [],
                strokes: [],
                ...horizontal,
                absoluteBoundingBox: at(0, 0, 64, 20),
                children: [iconFrame('2:2', 'Save icon', 0, 2), text('2:3', 'Save', 24, 0)],
              },
              {
                id: '3:1',
                name: 'Close button',
                type: 'FRAME',
                fills: [],
                strokes: [],
                ...horizontal,
                absoluteBoundingBox: at(72, 0, 16, 16),
                children: [iconFrame('3:2', 'Frame 12', 72, 0)],
              },
              iconFrame('4:1', 'Warning <b>{x}</b>', 96, 0),
              {
                id: '5:1',
                name: 'Avatar photo',
                type: 'RECTANGLE',
                fills: [{ type: 'IMAGE', imageRef: 'ref-a', scaleMode: 'FILL' }],
                strokes: [],
                absoluteBoundingBox: at(120, 0, 32, 32),
              },
            ],
          },
        ],
      },
    ],
  },
};

/** What Figma's SVG export gives: one colour, a clip path with an id, and (hostile) a script and a handler. */
const exported = (id: string) =>
  `<svg width="16" height="16" viewBox="0 0 16 16" fill="none" xmlns="http://www.w3.org/2000/svg"><g clip-path="url(#clip0_${id})"><path d="M0 0H16V16Z" fill="#3366FF" onload="alert(1)"/></g><script>alert(1)</script><defs><clipPath id="clip0_${id}"><rect width="16" height="16" fill="white"/></clipPath></defs></svg>`;
/** Two colours (kept as a file), and hostile: an entity, a foreignObject, external references. */
const twoColours = `<!DOCTYPE svg [<!ENTITY boom "lol">]><svg viewBox="0 0 16 16" xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink"><path d="M0 0H8V16Z" fill="#ff0000"/><path d="M8 0H16V16Z" fill="#00ff00" style="fill:url(https://evil.test/p.svg#a)"/><foreignObject width="16" height="16"><div>&boom;</div></foreignObject><image xlink:href="https://evil.test/track.png" width="1" height="1"/><use href="https://evil.test/sprite.svg#x"/></svg>`;
const photo = (() => {
  const png = new PNG({ width: 2, height: 2 });
  png.data.fill(120);
  return PNG.sync.write(png);
})();
const sha = (n: string) => n.repeat(64);

let dir: string;
let files: Array<{ path: string; content: string }>;
let rejected: unknown[];

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'design-sync-stored-assets-'));
  const snapshot = join(dir, 'snap');
  const meta: SnapshotMeta = {
    fileKey: 'StoredAssets1',
    name: file.name,
    version: '1',
    lastModified: file.lastModified,
    fetchedAt: file.lastModified,
    files: { file: 'file.json' },
    renders: {},
    assets: {
      '2:2': { file: `assets/${sha('a')}.svg`, format: 'svg', source: 'x' },
      '3:2': { file: `assets/${sha('b')}.svg`, format: 'svg', source: 'x' },
      '4:1': { file: `assets/${sha('c')}.svg`, format: 'svg', source: 'x' },
    },
    images: { 'ref-a': { file: `assets/${sha('d')}.png`, format: 'png', nodes: ['5:1'] } },
  };
  await writeSnapshot(snapshot, {
    meta,
    json: { 'file.json': file },
    binary: {
      [`assets/${sha('a')}.svg`]: Buffer.from(exported('a')),
      [`assets/${sha('b')}.svg`]: Buffer.from(exported('b')),
      [`assets/${sha('c')}.svg`]: Buffer.from(twoColours),
      [`assets/${sha('d')}.png`]: photo,
    },
  });
  const config: ResolvedConfig = resolveConfig(
    configSchema.parse({ output: { components: 'tmp-stored-assets/src', stories: 'tmp-stored-assets/stories' } }),
    ROOT,
    undefined,
    {},
    {},
  );
  const result = await generateComponents(
    await readDesign(snapshot),
    { index: kitIndex() },
    config,
    createMemoryLogger(),
  );
  files = result.files;
  rejected = result.rejected ?? [];
}, 120_000);

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const tsx = () => files.find((f) => f.path.endsWith('Toolbar/Toolbar.tsx'))?.content ?? '';

describe('stored assets in generated components', () => {
  it('inlines the exported icons as SVG in currentColor, scripts and handlers gone, ids unique per icon', () => {
    const code = tsx();
    expect(code).not.toMatch(/<script|onload|alert/i);
    expect(code).toContain('fill="currentColor"');
    expect(code).not.toMatch(/#3366ff/i);
    expect(code).toContain('clipPath="url(#i2-2-a)"');
    expect(code).toContain('<clipPath id="i3-2-a">');
    const css = files.find((f) => f.path.endsWith('Toolbar.module.css'))?.content ?? '';
    expect(css).toMatch(/\.saveIcon \{[^}]*color: var\(--color-bg-brand\)/);
  });

  it('hides an icon beside text, and names an icon that is the only content of a button', () => {
    const code = tsx();
    expect(code).toMatch(/<svg[^>]*className=\{styles\.saveIcon\}/);
    expect(code).toMatch(
      /<svg\s+aria-hidden="true"\s+focusable="false"\s+viewBox="0 0 16 16"\s+fill="none"\s+className=\{styles\.saveIcon\}/,
    );
    expect(code).toMatch(
      /<svg\s+role="img"\s+focusable="false"\s+viewBox="0 0 16 16"\s+fill="none"\s+className=\{styles\.frame12\}\s*>\s*<title>Close button<\/title>/,
    );
  });

  it('keeps a many-coloured drawing as an optimised SVG file in an <img>, its layer name escaped in alt', () => {
    const code = tsx();
    const img = /<img\s+alt=("[^"]*")\s+src=\{(\w+)\}\s+width=\{16\}\s+height=\{16\}/.exec(code);
    expect(img?.[1]).toBe('"Warning b x b"');
    const file = files.find((f) => /Toolbar\/assets\/warning-b-x-b-4-1\.svg$/.test(f.path))?.content ?? '';
    expect(file).toContain('fill="red"');
    expect(file).toContain('fill="#0f0"');
    expect(file).not.toContain('width="16"');
    expect(file).not.toMatch(/evil\.test|href|url\(|<image|<use|foreignObject|<div|DOCTYPE|ENTITY|boom|lol/);
  });

  it('writes the image fill as a file beside the component, imported into an <img> with alt and size', () => {
    const code = tsx();
    expect(code).toMatch(/^import avatarPhoto5\w*Png from '\.\/assets\/avatar-photo-5-1\.png';$/m);
    expect(code).toMatch(/<img\s+alt="Avatar photo"\s+src=\{avatarPhoto5\w*Png\}\s+width=\{32\}\s+height=\{32\}/);
    const png = files.find((f) => f.path.endsWith('Toolbar/assets/avatar-photo-5-1.png'));
    expect(Buffer.from(png?.content ?? '', 'base64')).toEqual(photo);
  });

  it('passes the gate: the asset import is allowed and nothing is rejected', () => {
    expect(rejected).toEqual([]);
  });
});
