// `npm run build` (and `prepare`, so `npm install` runs it): the CLI bundled into dist/cli/ with
// esbuild, so `design-sync` starts in plain Node instead of compiling ~250 TypeScript modules through
// tsx on every run (a no-op sync: 1.35 s -> 0.5 s on the sample). Packages stay external (loaded from
// node_modules as before) and every dynamic import stays its own chunk, so the stages still load
// only when a run needs them. dist/cli/ sits two folders down, as generator/<stage>/ does, so the
// paths the code resolves from import.meta.url (package.json, the package root) are the same.
// bin/design-sync.js runs the bundle only while every source file in inputs.json is unchanged
// (bin/fresh-build.js); after any edit it runs the sources through tsx, as without a build.
import { rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { build } from 'esbuild';

const ROOT = join(import.meta.dirname, '..');
const OUT = join(ROOT, 'dist', 'cli');
const started = performance.now();

// The stamp goes first and comes back last: an interrupted build is never taken for a fresh one.
await rm(OUT, { recursive: true, force: true });
// File times have a coarser grain than the clock on some file systems: a second of margin.
const buildStarted = Date.now() - 1000;
const result = await build({
  absWorkingDir: ROOT,
  entryPoints: ['generator/cli/main.ts'],
  outdir: OUT,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  packages: 'external',
  metafile: true,
  logLevel: 'warning',
});
const inputs: Record<string, { mtimeMs: number; size: number }> = {};
const changed: string[] = [];
for (const path of Object.keys(result.metafile.inputs).sort()) {
  const { mtimeMs, size } = await stat(join(ROOT, path));
  inputs[path] = { mtimeMs, size };
  // Saved while esbuild read it: the bundle may hold the older text, so this build is never fresh.
  if (mtimeMs >= buildStarted) changed.push(path);
}
if (changed.length > 0) {
  process.stdout.write(
    `dist/cli: ${changed[0]} changed during the build; design-sync runs the sources until \`npm run build\`\n`,
  );
  process.exit(0);
}
await writeFile(join(OUT, 'inputs.json'), `${JSON.stringify(inputs)}\n`);
const chunks = Object.keys(result.metafile.outputs).length;
process.stdout.write(
  `dist/cli: ${Object.keys(inputs).length} modules in ${chunks} chunks, ${Math.round(performance.now() - started)} ms\n`,
);
