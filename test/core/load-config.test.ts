import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadConfig, parseConfig } from '../../generator/core/load-config.ts';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'design-sync-config-'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

const writeConfig = (value: unknown) => writeFile(join(dir, 'design-sync.config.json'), JSON.stringify(value));

describe('loadConfig', () => {
  it('applies defaults and absolute paths when there is no config file', async () => {
    const config = await loadConfig({ cwd: dir, env: {} });
    expect(config.configPath).toBeUndefined();
    expect(config.figma).toMatchObject({ renderScale: 2, maxRetryAfterSeconds: 120, timeoutMs: 30_000 });
    expect(config.paths.snapshotDir).toBe(join(dir, '.design-sync/snapshots'));
    expect(config.env.figmaApiUrl).toBe('https://api.figma.com');
  });

  it('resolves precedence flags > environment > file > defaults', async () => {
    await writeConfig({ figma: { file: 'FromFile123' }, source: 'from-file.json' });
    const fileOnly = await loadConfig({ cwd: dir, env: {} });
    expect(fileOnly.figma.file).toBe('FromFile123');
    expect(fileOnly.paths.source).toBe(join(dir, 'from-file.json'));
    const withEnv = await loadConfig({
      cwd: dir,
      env: { FIGMA_FILE: 'FromEnv123', DESIGN_SYNC_SOURCE: 'from-env.json' },
    });
    expect(withEnv.figma.file).toBe('FromEnv123');
    expect(withEnv.paths.source).toBe(join(dir, 'from-env.json'));
    const withFlags = await loadConfig({
      cwd: dir,
      env: { FIGMA_FILE: 'FromEnv123' },
      overrides: { 'figma.file': 'FromFlag123', source: '/abs/flag.json' },
    });
    expect(withFlags.figma.file).toBe('FromFlag123');
    expect(withFlags.paths.source).toBe('/abs/flag.json');
  });

  it('takes secrets and the API base URL only from the environment, trailing slash removed', async () => {
    const config = await loadConfig({
      cwd: dir,
      env: { FIGMA_TOKEN: 'figd_abc', FIGMA_API_URL: 'http://127.0.0.1:9/' },
    });
    expect(config.env).toMatchObject({ figmaToken: 'figd_abc', figmaApiUrl: 'http://127.0.0.1:9' });
    await writeConfig({ figma: { token: 'figd_abc' } });
    await expect(loadConfig({ cwd: dir, env: {} })).rejects.toMatchObject({ code: 'config/invalid' });
  });

  it('names the file and the key of an invalid value, and reports a missing explicit config', async () => {
    await writeConfig({ check: { layout: { fail: -1, warn: 0.8 } } });
    await expect(loadConfig({ cwd: dir, env: {} })).rejects.toMatchObject({
      kind: 'config',
      message: expect.stringMatching(/design-sync\.config\.json: check\.layout\.fail: /),
    });
    await expect(loadConfig({ cwd: dir, configPath: 'nope.json', env: {} })).rejects.toMatchObject({
      code: 'config/missing',
    });
  });

  it('accepts a BOM and rejects broken JSON with a config error', () => {
    expect(parseConfig('\uFEFF{"figma":{"file":"Abc123"}}', 'c.json').figma.file).toBe('Abc123');
    expect(() => parseConfig('{', 'c.json')).toThrow(expect.objectContaining({ code: 'config/json', kind: 'config' }));
  });

  it('maps Figma font families to a fontsource package or font files by weight, and names a bad entry', () => {
    const fonts = {
      'Garamond Premier Pro': '@fontsource/eb-garamond',
      'Brand Sans': { files: { '400': 'fonts/brand-400.woff2' } },
    };
    expect(parseConfig(JSON.stringify({ fonts }), 'c.json').fonts).toEqual(fonts);
    expect(parseConfig('{}', 'c.json').fonts).toEqual({});
    expect(() => parseConfig(JSON.stringify({ fonts: { Brand: 'brand-font' } }), 'c.json')).toThrow(
      expect.objectContaining({ kind: 'config', message: expect.stringContaining('fonts.Brand') }),
    );
    expect(() => parseConfig(JSON.stringify({ fonts: { Brand: { files: { bold: 'b.woff2' } } } }), 'c.json')).toThrow(
      expect.objectContaining({ kind: 'config' }),
    );
  });
});
