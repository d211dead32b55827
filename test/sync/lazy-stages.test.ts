import { execFile } from 'node:child_process';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { NOT_IN_A_NOOP } from '../support/noop-packages.ts';

const repo = resolve(import.meta.dirname, '..', '..');
const run = promisify(execFile);

/** The packages loading these modules pulls in (a child Node with a resolution hook). */
function packagesLoadedBy(modules: string[]): Promise<Set<string>> {
  return packagesLoadedByScript(
    modules.map((m) => `await import(${JSON.stringify(pathToFileURL(join(repo, m)).href)});`).join('\n'),
  );
}

/** The packages running this ES module script pulls in. */
async function packagesLoadedByScript(script: string): Promise<Set<string>> {
  const { stderr } = await run(
    process.execPath,
    [
      '--import',
      join(repo, 'test', 'support', 'record-imports.mjs'),
      '--import',
      'tsx',
      '--input-type=module',
      '-e',
      script,
    ],
    { cwd: repo },
  );
  return new Set([...stderr.matchAll(/^IMPORT (\S+)$/gm)].map((m) => m[1]!));
}

// A no-op sync reuses every check result: it must not pay for loading the type-checker, the bundler
// or the browser driver (seconds of a run that does nothing else).
describe('what a sync loads before it knows there is work', () => {
  it('loads neither TypeScript, esbuild, Playwright, Style Dictionary nor SVGO with the sync and check stage modules', async () => {
    const loaded = await packagesLoadedBy(['generator/cli/commands/sync.ts', 'generator/check/run-checks.ts']);
    expect(loaded.has('zod')).toBe(true);
    for (const heavy of NOT_IN_A_NOOP) expect(loaded.has(heavy), heavy).toBe(false);
  }, 60_000);

  it('loads them once there is work: stories to check, tokens to build, an SVG to optimise', async () => {
    const loaded = await packagesLoadedBy([
      'generator/check/browser.ts',
      'generator/check/typecheck.ts',
      'generator/tokens/build-tokens.ts',
    ]);
    for (const heavy of ['typescript', 'playwright-core', 'style-dictionary'])
      expect(loaded.has(heavy), heavy).toBe(true);
    const script = [
      `const { sdTransforms } = await import(${JSON.stringify(pathToFileURL(join(repo, 'generator/tokens/sd-transforms.ts')).href)});`,
      `const { optimizeSvg } = await import(${JSON.stringify(pathToFileURL(join(repo, 'generator/svg/optimize-svg.ts')).href)});`,
      `sdTransforms(); optimizeSvg('<svg xmlns="http://www.w3.org/2000/svg"><rect width="1" height="1"/></svg>', 'x');`,
    ];
    const used = await packagesLoadedByScript(script.join('\n'));
    for (const heavy of ['@tokens-studio/sd-transforms', 'svgo']) expect(used.has(heavy), heavy).toBe(true);
  }, 60_000);
});
