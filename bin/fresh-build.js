// Whether dist/cli/ (scripts/build-cli.ts) was built from the sources as they are now: every module
// it bundled still has the size and modification time it was built from. Plain JavaScript, read
// before anything is compiled.
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** True when `<root>/dist/cli/inputs.json` exists and no file it lists changed since the build. */
export function freshBuild(root) {
  let inputs;
  try {
    inputs = JSON.parse(readFileSync(join(root, 'dist', 'cli', 'inputs.json'), 'utf8'));
  } catch {
    return false;
  }
  const entries = Object.entries(inputs);
  if (entries.length === 0) return false;
  for (const [path, built] of entries) {
    try {
      const now = statSync(join(root, path));
      if (now.mtimeMs !== built.mtimeMs || now.size !== built.size) return false;
    } catch {
      return false;
    }
  }
  return true;
}
