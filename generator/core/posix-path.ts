import { sep } from 'node:path';

/** A file system path with `/` separators, as manifests, reports, git and import specifiers write it. */
export function toPosix(path: string): string {
  return path.split(sep).join('/');
}
