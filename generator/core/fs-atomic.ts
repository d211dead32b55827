import { mkdir, rename, rm, writeFile, readFile } from 'node:fs/promises';
import { dirname, basename, join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { isBinaryPath } from './binary-path.ts';

/**
 * Writes a file so that a crash or Ctrl-C leaves either the old or the new content: write to a
 * temporary file in the same folder, then rename over the target (atomic on POSIX).
 */
export async function writeFileAtomic(path: string, data: string | Uint8Array): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    // Planned binary files (PNG assets) carry their bytes as base64 text.
    await writeFile(tmp, typeof data === 'string' && isBinaryPath(path) ? Buffer.from(data, 'base64') : data);
    await rename(tmp, path);
  } catch (error) {
    await rm(tmp, { force: true });
    throw error;
  }
}

export async function writeJsonAtomic(path: string, value: unknown): Promise<void> {
  await writeFileAtomic(path, `${JSON.stringify(value, null, 2)}\n`);
}

/** Reads a file as text (a binary file as base64), or undefined when it does not exist. */
export async function readTextIfExists(path: string): Promise<string | undefined> {
  try {
    return isBinaryPath(path) ? (await readFile(path)).toString('base64') : await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}
