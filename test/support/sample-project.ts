/**
 * A temporary copy of the bundled sample project (config, snapshot, tokens, components, stories),
 * optionally cut down to a few components so browser tests stay short on a loaded machine.
 */
import { cp, mkdir, mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const REPO_ROOT = resolve(import.meta.dirname, '..', '..');
export const SAMPLE_SNAPSHOT = join(REPO_ROOT, '.design-sync', 'snapshots', 'DesignSyncSampleKit01');

/**
 * Sample components that import no other component: any subset of them type-checks and renders
 * on its own. Together 12 stories.
 */
export const STANDALONE_COMPONENTS = ['Badge', 'CheckIcon', 'Switch', 'Tab'] as const;

/**
 * The sample's component sets a config can select by name (`figma.components`) that import no
 * other component: a sync of only these generates, checks and renders them on their own.
 */
export const SYNCED_COMPONENTS = ['Badge', 'Switch', 'Tab'] as const;

export interface SampleProject {
  root: string;
  cleanup(): Promise<void>;
}

/**
 * Copies the sample into a fresh temp folder. With `components`, only those component folders and
 * their stories are copied (the generated index, which exports every component, is left out).
 */
export async function copySampleProject(
  options: { components?: readonly string[]; prefix?: string; into?: string } = {},
): Promise<SampleProject> {
  const root = options.into ?? (await mkdtemp(join(tmpdir(), options.prefix ?? 'ds-sample-')));
  for (const file of ['design-sync.config.json', 'design-sync.lock.json', 'tokens']) {
    await cp(join(REPO_ROOT, file), join(root, file), { recursive: true });
  }
  await cp(SAMPLE_SNAPSHOT, join(root, '.design-sync', 'snapshots', 'DesignSyncSampleKit01'), { recursive: true });
  if (options.components === undefined) {
    await cp(join(REPO_ROOT, 'src'), join(root, 'src'), { recursive: true });
    await cp(join(REPO_ROOT, 'stories'), join(root, 'stories'), { recursive: true });
  } else {
    await mkdir(join(root, 'stories'), { recursive: true });
    for (const name of options.components) {
      await cp(join(REPO_ROOT, 'src', name), join(root, 'src', name), { recursive: true });
      await cp(join(REPO_ROOT, 'stories', `${name}.stories.tsx`), join(root, 'stories', `${name}.stories.tsx`));
    }
    for (const entry of await readdir(join(REPO_ROOT, 'src'))) {
      if (entry.endsWith('.d.ts')) await cp(join(REPO_ROOT, 'src', entry), join(root, 'src', entry));
    }
  }
  return { root, cleanup: () => rm(root, { recursive: true, force: true }) };
}
