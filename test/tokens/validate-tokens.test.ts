import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isDesignSyncError } from '../../generator/core/errors.ts';
import { createMemoryLogger } from '../../generator/core/logger.ts';
import { readTokenFiles } from '../../generator/tokens/read-token-files.ts';
import { resolveTokens } from '../../generator/tokens/resolve-tokens.ts';
import { configFor, designWith, tempRoot, buildTokensFromDisk } from './helpers.ts';

async function problemsOf(doc: unknown, name = 'bad.tokens.json') {
  const root = await tempRoot();
  await writeFile(join(root, name), typeof doc === 'string' ? doc : JSON.stringify(doc));
  const files = await readTokenFiles([join(root, name)], root);
  const resolved = resolveTokens(files.collections);
  return { problems: [...files.problems, ...resolved.problems], resolved };
}

const color = (value: string) => ({ $type: 'color', $value: value });

describe('token validation', () => {
  it('reports an alias cycle with the whole chain and the file, and leaves the tokens out', async () => {
    const { problems, resolved } = await problemsOf({
      a: color('{b}'),
      b: color('{c}'),
      c: color('{a}'),
      ok: color('#fff'),
    });
    const cycle = problems.find((p) => p.kind === 'cycle');
    expect(cycle?.severity).toBe('error');
    expect(cycle?.message).toMatch(/alias cycle: (a -> b -> c -> a|b -> c -> a -> b|c -> a -> b -> c)/);
    expect(cycle?.message).toContain('bad.tokens.json');
    expect([...resolved.byPath.keys()]).toEqual(['ok']);
  });

  it('reports a reference to a missing token by path and file', async () => {
    const { problems } = await problemsOf({ color: { brand: color('{color.nope}') } });
    expect(problems).toContainEqual(
      expect.objectContaining({
        severity: 'error',
        kind: 'missing-ref',
        path: 'color.brand',
        source: 'bad.tokens.json',
      }),
    );
    expect(problems[0]?.message).toContain('{color.nope}');
  });

  it('reports a type mismatch between an alias and its target', async () => {
    const { problems } = await problemsOf({ size: { $type: 'dimension', $value: '4px' }, brand: color('{size}') });
    expect(problems).toContainEqual(
      expect.objectContaining({ kind: 'type-mismatch', path: 'brand', severity: 'error' }),
    );
    expect(problems.find((p) => p.kind === 'type-mismatch')?.message).toMatch(
      /expects a color but \{size\} is a dimension/,
    );
  });

  it('type-checks aliases inside composite tokens', async () => {
    const { problems } = await problemsOf({
      red: color('#f00'),
      body: {
        $type: 'typography',
        $value: { fontFamily: 'Inter', fontSize: '{red}', fontWeight: 400, lineHeight: 1.5 },
      },
    });
    expect(problems).toContainEqual(expect.objectContaining({ kind: 'type-mismatch', path: 'body' }));
  });

  it('reports names that collide after normalisation', async () => {
    const { problems } = await problemsOf({
      color: { 'Brand Primary': color('#f00'), 'brand-primary': color('#0f0') },
    });
    expect(problems).toContainEqual(expect.objectContaining({ severity: 'error', kind: 'duplicate' }));
    expect(problems.find((p) => p.kind === 'duplicate')?.message).toMatch(
      /brand-primary.*Brand Primary|Brand Primary.*brand-primary/,
    );
  });

  it('warns about an unknown $type and keeps the token as a string', async () => {
    const { problems, resolved } = await problemsOf({ odd: { $type: 'sparkle', $value: 'x' } });
    expect(problems).toEqual([expect.objectContaining({ severity: 'warning', kind: 'unknown-type', path: 'odd' })]);
    expect(resolved.byPath.get('odd')?.type).toBe('string');
  });

  it('warns about a mode without a value and uses the default mode', async () => {
    const doc = {
      $extensions: { 'dev.design-sync': { modes: ['Light', 'Dark'] } },
      bg: { $type: 'color', $value: '#fff', $extensions: { 'dev.design-sync': { modes: {} } } },
    };
    const { problems, resolved } = await problemsOf(doc);
    expect(problems).toEqual([expect.objectContaining({ severity: 'warning', kind: 'missing-mode', path: 'bg' })]);
    expect(resolved.byPath.get('bg')?.resolved.Dark).toMatchObject({ hex: '#ffffff' });
  });

  it('reports a value that does not fit its type instead of guessing', async () => {
    const { problems } = await problemsOf({ size: { $type: 'dimension', $value: true } });
    expect(problems).toContainEqual(expect.objectContaining({ severity: 'error', kind: 'bad-value', path: 'size' }));
  });

  it('never throws on odd documents: arrays, nulls and empty objects', async () => {
    for (const doc of [[], {}, { a: null, b: { c: 3 } }, { $value: 1 }]) {
      const { problems } = await problemsOf(doc);
      expect(Array.isArray(problems)).toBe(true);
    }
  });

  it('fails the build with one input error that lists each problem with token path and file', async () => {
    const root = await tempRoot();
    await mkdir(join(root, 'design'), { recursive: true });
    await writeFile(join(root, 'design', 'broken.json'), JSON.stringify({ a: color('{missing}'), b: color('{b}') }));
    const error = await buildTokensFromDisk(
      designWith(),
      configFor(root, { files: ['design/broken.json'] }),
      createMemoryLogger(),
    ).catch((e: unknown) => e);
    expect(isDesignSyncError(error)).toBe(true);
    if (!isDesignSyncError(error)) return;
    expect(error.code).toBe('tokens/invalid');
    expect(error.exitCode).toBe(2);
    expect(error.message).toContain('2 token error(s)');
    expect(error.message).toContain('a (design/broken.json): references {missing}');
    expect(error.message).toContain('alias cycle: b -> b');
    expect(error.hint).toBeTruthy();
  });

  it('names the file when a token file is not valid JSON', async () => {
    const root = await tempRoot();
    await writeFile(join(root, 'x.json'), '{ nope');
    const error = await readTokenFiles([join(root, 'x.json')], root).catch((e: unknown) => e);
    expect(isDesignSyncError(error) && error.code).toBe('tokens/bad-json');
    expect((error as Error).message).toBe("x.json:1:3: not valid JSON: expected property name or '}'");
  });

  it('names the path when a configured token file does not exist', async () => {
    const root = await tempRoot();
    const error = await buildTokensFromDisk(
      designWith(),
      configFor(root, { files: ['missing.json'] }),
      createMemoryLogger(),
    ).catch((e: unknown) => e);
    expect(isDesignSyncError(error) && error.code).toBe('tokens/file-missing');
  });

  it('with keepGoing, leaves broken tokens out and reports them as warnings', async () => {
    const root = await tempRoot();
    await writeFile(join(root, 't.json'), JSON.stringify({ a: color('{missing}'), ok: color('#123456') }));
    const result = await buildTokensFromDisk(
      designWith(),
      configFor(root, { files: ['t.json'] }),
      createMemoryLogger(),
      {
        keepGoing: true,
      },
    );
    expect(result.index.tokens.map((t) => t.path)).toEqual(['ok']);
    expect(result.warnings.join('\n')).toContain('references {missing}');
  });
});
