import { join } from 'node:path';
import { writeFileAtomic } from '../../generator/core/fs-atomic.ts';
import { syntheticSnapshotFiles, type SyntheticSnapshot } from './synthetic-design.ts';

/** Writes a synthetic snapshot as `<snapshotDir>/<fileKey>/{meta,file,variables}.json`; returns the folder. */
export async function writeSynthetic(snapshotDir: string, snapshot: SyntheticSnapshot): Promise<string> {
  const folder = join(snapshotDir, snapshot.meta.fileKey);
  const files = syntheticSnapshotFiles(snapshot);
  // meta.json last: its presence marks a complete snapshot.
  await writeFileAtomic(join(folder, 'file.json'), files['file.json']);
  await writeFileAtomic(join(folder, 'variables.json'), files['variables.json']);
  await writeFileAtomic(join(folder, 'meta.json'), files['meta.json']);
  return folder;
}
