import { existsSync } from 'node:fs';
import { cp, mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createMemoryLogger } from '../../generator/core/logger.ts';
import { readDesign } from '../../generator/source/load-design.ts';
import { buildTokens, type TokensResult } from '../../generator/tokens/build-tokens.ts';
import { readTokenInputs } from '../../generator/tokens/read-token-inputs.ts';
import {
  buildTokensCached,
  codeFingerprint,
  tokensCacheKey,
  tokensCachePath,
} from '../../generator/tokens/tokens-cache.ts';
import { configFor, designWith, fixtureVariables, tempRoot } from './helpers.ts';

const SAMPLE = new URL('../../.design-sync/snapshots/DesignSyncSampleKit01/', import.meta.url).pathname;

/** Everything a result carries but its build time. */
const comparable = (result: TokensResult) => {
  const { index, stats, ...rest } = result;
  return { ...rest, stats: { ...stats, ms: 0 }, indexTokens: index.tokens, indexModes: index.modes };
};

describe.skipIf(!existsSync(SAMPLE))('the tokens cache', () => {
  it('gives a second run of the same inputs the first build, equal to a fresh one down to the index lookups', async () => {
    const design = await readDesign(SAMPLE);
    const config = configFor(await tempRoot());
    const input = await readTokenInputs(design, config);
    const first = createMemoryLogger();
    await buildTokensCached(input, config, first);
    expect(existsSync(tokensCachePath(config.root))).toBe(true);
    expect(first.lines.join('\n')).not.toContain('reused');

    const second = createMemoryLogger();
    const cached = await buildTokensCached(input, config, second);
    expect(second.lines.join('\n')).toContain('inputs unchanged since the last build; reused it');
    const fresh = await buildTokens(input, config, createMemoryLogger());
    expect(comparable(cached)).toEqual(comparable(fresh));
    // The rebuilt index answers as the built one does.
    for (const id of Object.keys(design.variables?.variables ?? {}))
      expect(cached.index.byVariableId(id)?.path, id).toBe(fresh.index.byVariableId(id)?.path);
    for (const rgba of [
      { r: 0.1, g: 0.35, b: 0.9, a: 1 },
      { r: 1, g: 1, b: 1, a: 1 },
      { r: 0.5, g: 0.5, b: 0.52, a: 0.6 },
    ])
      expect(cached.index.matchColor(rgba)).toEqual(fresh.index.matchColor(rgba));
    expect(cached.index.matchDimension(12, 'spacing')).toEqual(fresh.index.matchDimension(12, 'spacing'));
  });

  it('keys on every input of the build: the design text, the tokens config, the output folder and the token files', async () => {
    const design = await readDesign(SAMPLE);
    const config = configFor(await tempRoot());
    const input = await readTokenInputs(design, config);
    const key = tokensCacheKey(input, config);
    expect(key).toMatch(/^[0-9a-f]{64}$/);
    expect(tokensCacheKey({ ...input }, config)).toBe(key);
    const others = [
      tokensCacheKey({ ...input, design: { ...design, contentHash: 'another text' } }, config),
      tokensCacheKey(input, configFor(config.root, { colorTolerance: 3 })),
      tokensCacheKey(input, configFor(await tempRoot())),
      tokensCacheKey({ ...input, files: [{ label: 'extra.json', directory: false, documents: [] }] }, config),
    ];
    for (const other of others) expect(other).not.toBe(key);
    expect(new Set(others).size).toBe(others.length);
    // The code that builds is an input too, whatever the package version says.
    expect(tokensCacheKey(input, config, 'other code')).not.toBe(key);
    // JSON5 token files may hold NaN and Infinity, which JSON text would both turn into null.
    const document = (value: number) => ({ ...input.files[0], label: 'n.json5', directory: false, documents: [value] });
    const withNumber = (value: number) => tokensCacheKey({ ...input, files: [document(value) as never] }, config);
    expect(new Set([withNumber(Number.NaN), withNumber(Infinity), withNumber(-Infinity)]).size).toBe(3);
  });

  it('fingerprints the code: every generator source file and the versions of the packages the build runs', async () => {
    const root = await tempRoot();
    const write = async (path: string, text: string) => {
      await mkdir(join(root, path, '..'), { recursive: true });
      await writeFile(join(root, path), text);
    };
    await write('generator/tokens/build.ts', 'export const a = 1;\n');
    await write('node_modules/style-dictionary/package.json', '{"version":"5.0.0"}');
    const base = codeFingerprint(root);
    expect(codeFingerprint(root)).toBe(base);
    const edited = await tempRoot();
    await cp(root, edited, { recursive: true });
    await writeFile(join(edited, 'generator/tokens/build.ts'), 'export const a = 2;\n');
    const bumped = await tempRoot();
    await cp(root, bumped, { recursive: true });
    await writeFile(join(bumped, 'node_modules/style-dictionary/package.json'), '{"version":"5.0.1"}');
    const added = await tempRoot();
    await cp(root, added, { recursive: true });
    await writeFile(join(added, 'generator/tokens/new.ts'), '');
    const prints = [base, codeFingerprint(edited), codeFingerprint(bumped), codeFingerprint(added)];
    expect(new Set(prints).size).toBe(4);
    expect(codeFingerprint()).toMatch(/^[0-9a-f]{64}$/);
  });

  it('takes the diff against the committed files of this run, not those of the run it reuses', async () => {
    const design = await readDesign(SAMPLE);
    const config = configFor(await tempRoot());
    const first = await buildTokensCached(await readTokenInputs(design, config), config, createMemoryLogger());
    expect(first.diff.added.length).toBeGreaterThan(0);
    // As the first sync leaves it: design-sync's DTCG files committed.
    const committed = Object.fromEntries(
      first.stats.collections.map((c) => [c.file, first.files.find((f) => f.path.endsWith(c.file))!.content]),
    );
    const input = { ...(await readTokenInputs(design, config)), committed };
    const logger = createMemoryLogger();
    const second = await buildTokensCached(input, config, logger);
    expect(logger.lines.join('\n')).toContain('reused');
    expect(second.diff).toEqual({ added: [], removed: [], changed: [], renamed: [] });
    expect(second.diff).toEqual((await buildTokens(input, config, createMemoryLogger())).diff);
  });

  it('reads the design text into the key: a snapshot with one variable changed is another build', async () => {
    const copy = await tempRoot();
    await cp(SAMPLE, copy, { recursive: true });
    const before = await readDesign(copy);
    const variablesPath = join(copy, 'variables.json');
    const text = await readFile(variablesPath, 'utf8');
    const edited = text.replace(/"r":\s*([0-9.]+)/, (_, r: string) => `"r": ${Number(r) === 0 ? 0.5 : 0}`);
    expect(edited).not.toBe(text);
    await writeFile(variablesPath, edited);
    const after = await readDesign(copy);
    expect(before.contentHash).toMatch(/^[0-9a-f]{64}$/);
    expect(after.contentHash).not.toBe(before.contentHash);

    const config = configFor(await tempRoot());
    const built = await buildTokensCached(await readTokenInputs(before, config), config, createMemoryLogger());
    const logger = createMemoryLogger();
    const rebuilt = await buildTokensCached(await readTokenInputs(after, config), config, logger);
    expect(logger.lines.join('\n')).not.toContain('reused');
    expect(rebuilt.files.map((f) => f.content)).not.toEqual(built.files.map((f) => f.content));
  });

  it('never caches a design built in memory, and takes an unreadable cache for none', async () => {
    const config = configFor(await tempRoot());
    const inMemory = await readTokenInputs(designWith({ variables: await fixtureVariables() }), config);
    expect(tokensCacheKey(inMemory, config)).toBeUndefined();
    await buildTokensCached(inMemory, config, createMemoryLogger());
    expect(existsSync(tokensCachePath(config.root))).toBe(false);

    const design = await readDesign(SAMPLE);
    const input = await readTokenInputs(design, config);
    await buildTokensCached(input, config, createMemoryLogger());
    await writeFile(tokensCachePath(config.root), '{"key": ');
    const logger = createMemoryLogger();
    const result = await buildTokensCached(input, config, logger);
    expect(logger.lines.join('\n')).not.toContain('reused');
    expect(comparable(result)).toEqual(comparable(await buildTokens(input, config, createMemoryLogger())));
    expect(JSON.parse(await readFile(tokensCachePath(config.root), 'utf8')).key).toBe(tokensCacheKey(input, config));
  });
});
