import { execFile } from 'node:child_process';
import { cp, mkdtemp, readFile, rm, symlink, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshBuild } from '../../bin/fresh-build.js';

const repo = resolve(import.meta.dirname, '..', '..');
const run = promisify(execFile);
const RECORD = join(repo, 'test', 'support', 'record-imports.mjs');
const { version } = JSON.parse(await readFile(join(repo, 'package.json'), 'utf8')) as { version: string };

/**
 * The bundled CLI (scripts/build-cli.ts) in a copy of the package, so the build and the edits below
 * never touch the dist/ other tests run: what bin/design-sync.js runs, and when it falls back to the
 * sources.
 */
describe('the bundled CLI', () => {
  let copy: string;
  beforeAll(async () => {
    copy = await mkdtemp(join(tmpdir(), 'design-sync-built-'));
    for (const part of ['generator', 'bin', 'scripts', 'package.json'])
      await cp(join(repo, part), join(copy, part), { recursive: true, preserveTimestamps: true });
    await symlink(join(repo, 'node_modules'), join(copy, 'node_modules'), 'dir');
    await build();
  }, 120_000);
  afterAll(() => rm(copy, { recursive: true, force: true }));
  const build = async () =>
    (await run(process.execPath, ['--import', 'tsx', join(copy, 'scripts', 'build-cli.ts')], { cwd: copy })).stdout;

  /** `design-sync --version` in the copy, with the packages it loaded. */
  const versionRun = async (env: NodeJS.ProcessEnv = {}) => {
    const { stdout, stderr } = await run(
      process.execPath,
      ['--import', RECORD, join(copy, 'bin', 'design-sync.js'), '--version'],
      {
        cwd: copy,
        env: { ...process.env, ...env },
      },
    );
    return { stdout: stdout.trim(), loaded: new Set([...stderr.matchAll(/^IMPORT (\S+)$/gm)].map((m) => m[1])) };
  };

  it('runs from dist/ while the sources are as built: the same CLI, without tsx', async () => {
    expect(freshBuild(copy)).toBe(true);
    const built = await versionRun();
    expect(built.stdout).toContain(version);
    expect(built.loaded.has('tsx')).toBe(false);
    // DESIGN_SYNC_FROM_SOURCE=1 runs the sources whatever the build.
    const source = await versionRun({ DESIGN_SYNC_FROM_SOURCE: '1' });
    expect(source.stdout).toBe(built.stdout);
    expect(source.loaded.has('tsx')).toBe(true);
  }, 60_000);

  it('runs the sources through tsx once a bundled file changed, and without a build', async () => {
    const file = join(copy, 'generator', 'core', 'version.ts');
    // Same size, later modification time: an edit that kept the length is still an edit.
    const later = new Date(Date.now() + 5_000);
    await utimes(file, later, later);
    expect(freshBuild(copy)).toBe(false);
    expect((await versionRun()).loaded.has('tsx')).toBe(true);

    await writeFile(join(copy, 'dist', 'cli', 'inputs.json'), '{}');
    expect(freshBuild(copy)).toBe(false);
    await rm(join(copy, 'dist'), { recursive: true });
    expect(freshBuild(copy)).toBe(false);
    const unbuilt = await versionRun();
    expect(unbuilt.stdout).toContain(version);
    expect(unbuilt.loaded.has('tsx')).toBe(true);
  }, 60_000);

  it('writes no stamp for a build whose sources changed while it ran, so the sources run', async () => {
    // A file saved just now may have been read before the save: the build cannot tell, so it is not fresh.
    const now = new Date();
    await utimes(join(copy, 'generator', 'core', 'version.ts'), now, now);
    expect(await build()).toContain('changed during the build');
    expect(freshBuild(copy)).toBe(false);
    expect((await versionRun()).loaded.has('tsx')).toBe(true);
  }, 60_000);
});
