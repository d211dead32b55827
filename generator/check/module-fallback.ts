/**
 * Packages the checked files import that the project cannot resolve itself (a project without
 * node_modules yet), resolved from design-sync's own install instead: the validation gate's rule
 * (generator/generate/gate/type-check.ts), expressed as tsc `paths` so tsc can run in a child process.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import ts from 'typescript';
import { PACKAGE_ROOT } from '../core/package-root.ts';

/** The `react-jsx` transform imports these without a line of source saying so. */
const IMPLICIT = ['react/jsx-runtime', 'react/jsx-dev-runtime'];

/** Bare module names imported by the given TypeScript texts (relative imports excluded). */
export function bareImports(texts: string[]): string[] {
  const names = new Set<string>();
  for (const text of texts)
    for (const { fileName } of ts.preProcessFile(text, true, false).importedFiles)
      if (!fileName.startsWith('.') && !fileName.startsWith('/')) names.add(fileName);
  return [...names].sort();
}

/**
 * tsc `paths` entries (module name -> declaration file in design-sync's install) for every bare
 * import that does not resolve from `root`. Names the project resolves keep its own version.
 */
export async function fallbackPaths(
  root: string,
  files: string[],
  jsonOptions: Record<string, unknown>,
  packageRoot: string = PACKAGE_ROOT,
): Promise<Record<string, string[]>> {
  const sources = files.filter((file) => /\.[cm]?tsx?$/.test(file) && !file.endsWith('.d.ts'));
  const texts = await Promise.all(sources.map((file) => readFile(file, 'utf8').catch(() => '')));
  const names = [...new Set([...bareImports(texts), ...(jsonOptions.jsx === 'react-jsx' ? IMPLICIT : [])])];
  const { options } = ts.convertCompilerOptionsFromJson(jsonOptions, root);
  const resolveFrom = (dir: string, name: string) =>
    ts.resolveModuleName(name, join(dir, 'index.ts'), options, ts.sys).resolvedModule?.resolvedFileName;
  const paths: Record<string, string[]> = {};
  for (const name of names) {
    if (resolveFrom(root, name) !== undefined) continue;
    const fallback = resolveFrom(packageRoot, name);
    if (fallback !== undefined) paths[name] = [fallback];
  }
  return paths;
}
