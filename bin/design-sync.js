#!/usr/bin/env node
// Entry shim: the bundled CLI (dist/cli/, built by `npm install` or `npm run build`) while it matches
// the sources; otherwise the TypeScript sources through tsx, so a clone with no build, or with edits
// since the build, runs its sources as they are. DESIGN_SYNC_FROM_SOURCE=1 always runs the sources.
/* global process, URL */
import { fileURLToPath } from 'node:url';
import { freshBuild } from './fresh-build.js';

const root = fileURLToPath(new URL('..', import.meta.url));
if (process.env.DESIGN_SYNC_FROM_SOURCE !== '1' && freshBuild(root)) {
  await import('../dist/cli/main.js');
} else {
  const { register } = await import('tsx/esm/api');
  register();
  await import('../generator/cli/main.ts');
}
