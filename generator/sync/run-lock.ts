import { mkdir, open, readFile, rm } from 'node:fs/promises';
import { dirname } from 'node:path';
import { hostname } from 'node:os';
import { DesignSyncError } from '../core/errors.ts';

/**
 * The run lock file that keeps two syncs from writing the same tree at once; a lock left by a dead
 * process is taken over.
 */

export interface RunLock {
  path: string;
  release(): Promise<void>;
}

interface LockInfo {
  pid: number;
  host: string;
  startedAt: string;
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

async function readLock(path: string): Promise<LockInfo | undefined> {
  try {
    const info = JSON.parse(await readFile(path, 'utf8')) as Partial<LockInfo>;
    return typeof info.pid === 'number'
      ? { pid: info.pid, host: String(info.host ?? ''), startedAt: String(info.startedAt ?? '') }
      : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Takes the run lock (`.design-sync/lock`, holding the pid) so two syncs cannot write the same
 * tree at once. A lock left by a process that no longer runs on this host is stale and taken over.
 */
export async function acquireRunLock(path: string): Promise<RunLock> {
  await mkdir(dirname(path), { recursive: true });
  for (let attempt = 0; attempt < 2; attempt += 1) {
    try {
      const handle = await open(path, 'wx');
      const info: LockInfo = { pid: process.pid, host: hostname(), startedAt: new Date().toISOString() };
      await handle.writeFile(`${JSON.stringify(info)}\n`);
      await handle.close();
      let released = false;
      return {
        path,
        release: async () => {
          if (released) return;
          released = true;
          const current = await readLock(path);
          if (current?.pid === process.pid) await rm(path, { force: true });
        },
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = await readLock(path);
      const stale = holder === undefined ? false : holder.host === hostname() && !alive(holder.pid);
      if (stale && attempt === 0) {
        await rm(path, { force: true });
        continue;
      }
      const who = holder
        ? `process ${holder.pid} on ${holder.host || 'unknown host'} since ${holder.startedAt}`
        : 'another process';
      throw new DesignSyncError('handoff/locked', `another design-sync run holds the lock ${path} (${who})`, {
        hint: 'Wait for it to finish. If no run is active, delete the lock file.',
      });
    }
  }
  throw new DesignSyncError('handoff/locked', `could not take the lock ${path}`, {
    hint: 'Delete the lock file if no run is active.',
  });
}
