import { readdir, readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { ComponentGeneratorInfo } from './types.ts';

/**
 * Finds the components to check (component folders and stories files, matched by name) and who
 * generated each, from its header line.
 */

export interface DiscoveredComponent {
  name: string;
  /** Absolute path of stories/<Name>.stories.tsx, when there is one. */
  storiesFile: string | undefined;
  /** Absolute paths: the component folder's files and the stories file. */
  files: string[];
  generator: ComponentGeneratorInfo;
}

const STORIES = /^(.+)\.stories\.(tsx|ts|jsx|js)$/;

async function list(dir: string): Promise<Array<{ name: string; dir: boolean }>> {
  try {
    const entries = await readdir(dir, { withFileTypes: true });
    return entries.map((e) => ({ name: e.name, dir: e.isDirectory() })).sort((a, b) => a.name.localeCompare(b.name));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
}

/** Reads who made a component from the one-line header generated files start with. */
export function generatorFromHeader(firstLine: string | undefined): ComponentGeneratorInfo {
  const header = firstLine?.trim();
  if (!header || !/^(\/\/|\/\*)/.test(header) || !/design-sync/i.test(header)) return { kind: 'hand-written' };
  const version = /design-sync[\s@v]*(\d+\.\d+\.\d+[\w.-]*)/i.exec(header)?.[1];
  const model = /model[\s:=]+([\w./:-]+)/i.exec(header)?.[1];
  return {
    kind: /\bmodel\b/i.test(header) ? 'model' : 'deterministic',
    ...(version ? { version } : {}),
    ...(model ? { model } : {}),
    header,
  };
}

/** Components are the stories files and the component folders (src/<Name>/), matched by name. */
export async function discoverComponents(componentsDir: string, storiesDir: string): Promise<DiscoveredComponent[]> {
  const stories = new Map<string, string>();
  for (const entry of await list(storiesDir)) {
    const match = entry.dir ? null : STORIES.exec(entry.name);
    if (match) stories.set(match[1]!, join(storiesDir, entry.name));
  }
  const folders = new Set((await list(componentsDir)).filter((e) => e.dir).map((e) => e.name));
  const names = [...new Set([...stories.keys(), ...folders])].sort((a, b) => a.localeCompare(b));
  return Promise.all(
    names.map(async (name) => {
      const folder = join(componentsDir, name);
      const own = folders.has(name) ? (await list(folder)).filter((e) => !e.dir).map((e) => join(folder, e.name)) : [];
      const main = own.find((file) => basename(file) === `${name}.tsx`) ?? own.find((file) => /\.(tsx|ts)$/.test(file));
      const firstLine = main ? (await readFile(main, 'utf8')).split('\n', 1)[0] : undefined;
      const storiesFile = stories.get(name);
      return {
        name,
        storiesFile,
        files: [...own, ...(storiesFile ? [storiesFile] : [])],
        generator: generatorFromHeader(firstLine),
      };
    }),
  );
}
