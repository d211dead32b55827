import { realpathSync } from 'node:fs';
import { dirname, isAbsolute, relative, resolve, sep } from 'node:path';
import { inputError } from './errors.ts';

/**
 * Refuses file paths outside the output folders, lexically and after following symlinks, because
 * paths built from Figma names are untrusted.
 */

function inside(dir: string, path: string): boolean {
  const rel = relative(dir, path);
  return rel !== '' && !rel.startsWith(`..${sep}`) && rel !== '..' && !isAbsolute(rel);
}

/** The real path of the nearest existing ancestor, so a symlinked folder cannot lead outside. */
function realAncestor(path: string): string {
  let current = path;
  for (;;) {
    try {
      return resolve(realpathSync(current), relative(current, path));
    } catch {
      const parent = dirname(current);
      if (parent === current) return path;
      current = parent;
    }
  }
}

/**
 * Paths built from Figma names are untrusted: a component called "../../etc" must not write
 * outside the output folders. Throws unless `path` lies inside one of `dirs`, lexically and after
 * following symlinks.
 */
export function assertInside(path: string, dirs: string[]): string {
  const absolute = resolve(path);
  const ok = dirs.some((dir) => {
    const root = resolve(dir);
    return inside(root, absolute) && inside(realAncestor(root), realAncestor(absolute));
  });
  if (!ok || absolute.includes('\0')) {
    throw inputError(
      'handoff/path-escape',
      `refusing to write ${JSON.stringify(path)}: it is outside the output folders (${dirs.join(', ')})`,
      {
        hint: 'A Figma layer or component name produced this path; rename it in Figma, or report the generator bug.',
      },
    );
  }
  return absolute;
}
