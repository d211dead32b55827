import { afterEach, describe, expect, it } from 'vitest';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { acquireRunLock } from '../../generator/sync/run-lock.ts';
import { tempDir as makeTemp } from '../handoff/git-repo.ts';

const dirs: string[] = [];
const tempDir = (prefix: string) => {
  const dir = makeTemp(prefix);
  dirs.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('acquireRunLock', () => {
  it('locks out a second run while the first holds the lock, and frees it on release', async () => {
    const path = join(tempDir('lock'), '.design-sync', 'lock');
    const first = await acquireRunLock(path);
    expect(JSON.parse(readFileSync(path, 'utf8'))).toMatchObject({ pid: process.pid });
    await expect(acquireRunLock(path)).rejects.toMatchObject({ code: 'handoff/locked', kind: 'locked' });
    await first.release();
    expect(existsSync(path)).toBe(false);
    const second = await acquireRunLock(path);
    await second.release();
  });

  it('lets exactly one of two simultaneous runs through', async () => {
    const path = join(tempDir('lock'), 'lock');
    const results = await Promise.allSettled([acquireRunLock(path), acquireRunLock(path)]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    for (const r of results) if (r.status === 'fulfilled') await r.value.release();
  });

  it('takes over a stale lock left by a process that has exited', async () => {
    const path = join(tempDir('lock'), 'lock');
    const dead = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
    writeFileSync(
      path,
      JSON.stringify({ pid: Number(dead.stdout), host: hostname(), startedAt: '2020-01-01T00:00:00Z' }),
    );
    const lock = await acquireRunLock(path);
    expect(JSON.parse(readFileSync(path, 'utf8')).pid).toBe(process.pid);
    await lock.release();
  });
});
