import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  emptyManifest,
  parseManifest,
  readManifest,
  serializeManifest,
  writeManifest,
  type Manifest,
} from '../../generator/handoff/manifest.ts';
import { hashJson, stableJson } from '../../generator/handoff/hash.ts';
import { isDesignSyncError } from '../../generator/core/errors.ts';

const stamp = { settings: 's1', version: '0.1.0', kind: 'deterministic' };
const sample: Manifest = {
  version: 1,
  fileKey: 'KEY',
  files: {
    'src/b/B.tsx': {
      tokensHash: 't',
      producer: 'generate/deterministic',
      sha256: 'b'.repeat(64),
      nodeIds: ['2:1'],
      component: 'B',
      sourceHash: 'h2',
      generator: stamp,
    },
    'src/a/A.tsx': {
      sha256: 'a'.repeat(64),
      producer: 'generate/deterministic',
      component: 'A',
      nodeIds: ['1:1'],
      sourceHash: 'h1',
      tokensHash: 't',
      generator: { ...stamp, model: 'm' },
    },
    'src/c/C.tsx': {
      sha256: 'd'.repeat(64),
      producer: 'generate/deterministic',
      component: 'C',
      nodeIds: [],
      sourceHash: 'h3',
      tokensHash: 't',
      generator: stamp,
      pending: { tokensHash: 't2', sha256: 'e'.repeat(64), generator: stamp, sourceHash: 'h4' },
    },
    'tokens/color.tokens.json': {
      sha256: 'c'.repeat(64),
      producer: 'tokens/dtcg',
      nodeIds: [],
      tokensHash: 't',
      generator: stamp,
    },
  },
};

describe('manifest', () => {
  it('round-trips through its text form unchanged', () => {
    const text = serializeManifest(sample);
    const back = parseManifest(text, 'design-sync.lock.json');
    expect(back).toEqual(sample);
    expect(serializeManifest(back)).toBe(text);
  });

  it('writes paths sorted and keys in a fixed order whatever order they were built in', () => {
    const text = serializeManifest(sample);
    expect(text.indexOf('src/a/A.tsx')).toBeLessThan(text.indexOf('src/b/B.tsx'));
    const entry = JSON.parse(text).files['src/b/B.tsx'] as Record<string, unknown>;
    expect(Object.keys(entry)).toEqual([
      'sha256',
      'producer',
      'component',
      'nodeIds',
      'sourceHash',
      'tokensHash',
      'generator',
    ]);
    expect(Object.keys(entry.generator as object)).toEqual(['kind', 'version', 'settings']);
    expect(text.endsWith('}\n')).toBe(true);
  });

  it('reads a missing manifest as an empty one and writes only when the text changes', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ds-manifest-'));
    const path = join(dir, 'design-sync.lock.json');
    expect(await readManifest(path)).toEqual(emptyManifest());
    expect(await writeManifest(path, sample)).toBe(true);
    expect(await writeManifest(path, sample)).toBe(false);
    expect(parseManifest(readFileSync(path, 'utf8'), path)).toEqual(sample);
  });

  it('rejects a corrupted manifest with an input error naming the file and key', () => {
    const bad = JSON.stringify({ version: 1, files: { 'src/A.tsx': { sha256: 'nothex' } } });
    try {
      parseManifest(bad, 'design-sync.lock.json');
      expect.unreachable();
    } catch (error) {
      expect(isDesignSyncError(error) && error.code).toBe('handoff/manifest-invalid');
      expect((error as Error).message).toContain('design-sync.lock.json: files.src/A.tsx');
    }
    expect(() => parseManifest('{', 'x.json')).toThrow(/x.json is not valid JSON/);
  });

  it('hashes JSON independently of key order', () => {
    expect(stableJson({ b: 1, a: { d: [1, { y: 1, x: 2 }], c: null } })).toBe(
      '{"a":{"c":null,"d":[1,{"x":2,"y":1}]},"b":1}',
    );
    expect(hashJson({ a: 1, b: 2 })).toBe(hashJson({ b: 2, a: 1 }));
    expect(hashJson({ a: 1 })).not.toBe(hashJson({ a: 2 }));
  });
});
