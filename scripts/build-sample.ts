/**
 * Writes the bundled sample design (`npm run sample`): the snapshot `.design-sync/snapshots/DesignSyncSampleKit01/`
 * that `npm run sync` reads when there is no Figma file. The design is built in code (scripts/sample/) so it stays
 * reviewable and its geometry always matches its auto-layout.
 */
import { rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeFileAtomic } from '../generator/core/fs-atomic.ts';
import { SAMPLE_FILE_KEY, sampleSnapshotFiles } from './sample/build-snapshot.ts';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const dir = join(root, '.design-sync', 'snapshots', SAMPLE_FILE_KEY);
const files = sampleSnapshotFiles();
// Asset files are content-addressed: drop the ones no longer referenced.
await rm(join(dir, 'assets'), { recursive: true, force: true });
for (const [name, text] of Object.entries(files)) {
  await writeFileAtomic(join(dir, name), text);
  process.stderr.write(`wrote ${join('.design-sync', 'snapshots', SAMPLE_FILE_KEY, name)} (${Math.round(text.length / 1024)} KiB)\n`);
}
