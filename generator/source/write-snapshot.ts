import { mkdir, rename, rm, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { writeFileAtomic, writeJsonAtomic } from '../core/fs-atomic.ts';
import { SNAPSHOT_META, type SnapshotMeta } from './snapshot.ts';

/** Writes a whole snapshot folder through a temporary sibling and a rename, so readers never see half of one. */

export interface SnapshotContent {
  meta: SnapshotMeta;
  /** Parsed JSON responses by file name relative to the folder (file.json, variables.json). */
  json: Record<string, unknown>;
  /** PNG bytes by file name relative to the folder (renders/1-2.png). */
  binary: Record<string, Uint8Array>;
}

/**
 * Writes a whole snapshot folder so readers never see half of one: everything goes into a sibling
 * temporary folder (meta.json last), which then replaces the old folder by rename.
 * Returns the file names written, relative to the folder.
 */
export async function writeSnapshot(folder: string, content: SnapshotContent): Promise<string[]> {
  const parent = dirname(folder);
  const suffix = `${process.pid}-${randomBytes(4).toString('hex')}`;
  const tmp = join(parent, `.${basename(folder)}.tmp-${suffix}`);
  const old = join(parent, `.${basename(folder)}.old-${suffix}`);
  await mkdir(tmp, { recursive: true });
  const written: string[] = [];
  try {
    for (const [name, value] of Object.entries(content.json)) {
      await writeJsonAtomic(join(tmp, name), value);
      written.push(name);
    }
    for (const [name, bytes] of Object.entries(content.binary)) {
      await writeFileAtomic(join(tmp, name), bytes);
      written.push(name);
    }
    await writeJsonAtomic(join(tmp, SNAPSHOT_META), content.meta);
    written.push(SNAPSHOT_META);
    const hadOld = await stat(folder).then(
      () => true,
      () => false,
    );
    if (hadOld) await rename(folder, old);
    await rename(tmp, folder);
    if (hadOld) await rm(old, { recursive: true, force: true });
  } catch (error) {
    await rm(tmp, { recursive: true, force: true });
    throw error;
  }
  return written;
}
