import { execFile } from 'node:child_process';
import { cp, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { FIXTURES, tempRoot } from './helpers.ts';

const run = promisify(execFile);
const BIN = new URL('../../bin/design-sync.js', import.meta.url).pathname;

async function cli(cwd: string, ...args: string[]) {
  try {
    const { stdout, stderr } = await run(process.execPath, [BIN, ...args], {
      cwd,
      env: { ...process.env, FIGMA_TOKEN: '' },
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe('design-sync tokens', () => {
  it('writes tokens/ from a variables file and reports the same facts as JSON', { timeout: 30_000 }, async () => {
    const root = await tempRoot();
    await cp(join(FIXTURES, 'variables.json'), join(root, 'variables.json'));
    const first = await cli(root, 'tokens', '--source', 'variables.json', '--json');
    expect(first.code).toBe(0);
    const data = JSON.parse(first.stdout);
    expect(data.stats.tokens).toBe(21);
    expect(data.modes).toEqual(['light', 'dark']);
    expect(data.changes.map((c: { path: string; kind: string }) => `${c.kind} ${c.path}`)).toContain(
      'create tokens/build/tokens.css',
    );
    expect(data.diff.added).toHaveLength(21);
    expect(await readFile(join(root, 'tokens', 'build', 'tokens.css'), 'utf8')).toContain('[data-theme="dark"]');

    // Second run: nothing changes; then a change in Figma shows up in the diff.
    const second = JSON.parse((await cli(root, 'tokens', '--source', 'variables.json', '--json')).stdout);
    expect(second.changes.every((c: { kind: string }) => c.kind === 'unchanged')).toBe(true);
    expect(second.diff).toEqual({ added: [], removed: [], changed: [], renamed: [] });
    const raw = JSON.parse(await readFile(join(root, 'variables.json'), 'utf8'));
    raw.meta.variables['VariableID:1:10'].name = 'space/4';
    raw.meta.variables['VariableID:1:11'].valuesByMode['1:0'] = 10;
    await writeFile(join(root, 'variables.json'), JSON.stringify(raw));
    const dry = await cli(root, 'tokens', '--source', 'variables.json', '--dry-run');
    expect(dry.code).toBe(0);
    expect(dry.stdout).toContain('diff: 0 added, 0 removed, 1 changed, 1 renamed');
    expect(dry.stdout).toContain('would write');
    expect(await readFile(join(root, 'tokens', 'primitives.tokens.json'), 'utf8')).toContain('"spacing"');
  });

  it('exits 2 with the token path and file named when token files are broken', { timeout: 30_000 }, async () => {
    const root = await tempRoot();
    await writeFile(
      join(root, 'design-sync.config.json'),
      JSON.stringify({ tokens: { files: ['my.tokens.json'] }, source: 'empty.json' }),
    );
    await writeFile(join(root, 'my.tokens.json'), JSON.stringify({ a: { $type: 'color', $value: '{a}' } }));
    await writeFile(
      join(root, 'empty.json'),
      JSON.stringify({
        document: { id: '0:0', type: 'DOCUMENT', name: 'Doc', children: [] },
        components: {},
        componentSets: {},
        styles: {},
        name: 'Empty',
        version: '1',
        lastModified: '2026-01-01T00:00:00Z',
        schemaVersion: 0,
      }),
    );
    const result = await cli(root, 'tokens');
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('alias cycle: a -> a');
    expect(result.stderr).toContain('my.tokens.json');
  });
});
