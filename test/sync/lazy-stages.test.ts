import { execFile } from 'node:child_process';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const repo = resolve(import.meta.dirname, '..', '..');
const run = promisify(execFile);

/** The packages loading these modules pulls in (a child Node with a resolution hook). */
async function packagesLoadedBy(modules: string[]): Promise<Set<string>> {
  const script = modules.map((m) => `await import(${JSON.stringify(pathToFileURL(join(repo, m)).href)});`).join('\n');
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
  it('loads neither TypeScript, esbuild nor Playwright with the sync and check stage modules', async () => {
    const loaded = await packagesLoadedBy(['generator/cli/commands/sync.ts', 'generator/check/run-checks.ts']);
    expect(loaded.has('style-dictionary')).toBe(true);
    for (const heavy of ['typescript', 'esbuild', 'playwright-core']) expect(loaded.has(heavy), heavy).toBe(false);
  }, 60_000);

  it('loads them once the check has stories to run', async () => {
    const loaded = await packagesLoadedBy(['generator/check/browser.ts', 'generator/check/typecheck.ts']);
    for (const heavy of ['typescript', 'playwright-core']) expect(loaded.has(heavy), heavy).toBe(true);
  }, 60_000);
});
