import { cp, mkdir, rm, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';

/** A scratch design-system repository the bench runs the CLI in: a config reading one snapshot folder. */
export interface BenchProject {
  label: string;
  dir: string;
  /** The snapshot folder the config's `source` points at. */
  snapshot: string;
}

/** Everything a sync writes; removed to get back to a never-synced project. */
const OUTPUTS = ['tokens', 'src', 'stories', '.design-sync', 'design-sync.lock.json'];

/**
 * Creates `<outDir>/<label>/` with `snapshots/<key>/` copied from `snapshotFolder` and a config that
 * reads it (`source`), with pull requests off: the bench measures the pipeline, not git.
 */
export async function createProject(outDir: string, label: string, snapshotFolder: string, frames: string[] = []): Promise<BenchProject> {
  const dir = join(outDir, label);
  await rm(dir, { recursive: true, force: true });
  const snapshot = join(dir, 'snapshots', 'design');
  await mkdir(snapshot, { recursive: true });
  await cp(snapshotFolder, snapshot, { recursive: true });
  const config = { source: relative(dir, snapshot), figma: { frames }, handoff: { pullRequest: false } };
  await writeFile(join(dir, 'design-sync.config.json'), `${JSON.stringify(config, null, 2)}\n`);
  return { label, dir, snapshot };
}

export async function resetOutputs(project: BenchProject): Promise<void> {
  for (const name of OUTPUTS) await rm(join(project.dir, name), { recursive: true, force: true });
}
