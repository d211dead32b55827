/**
 * A re-sync whose check inputs did not change reuses the last report's check results and starts
 * no browser; changing one token re-checks only the components that use it. Real CLI runs on the
 * sample cut down to three components by its config.
 */
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli, type CliRun } from '../cli/run-cli.ts';
import { SampleDesign } from '../handoff/sample-design.ts';
import { NOT_IN_A_NOOP } from '../support/noop-packages.ts';
import { SAMPLE_SNAPSHOT, SYNCED_COMPONENTS } from '../support/sample-project.ts';

interface SyncJson {
  noop: boolean;
  checkReused: boolean;
  checks: { counts: { components: number } } | null;
  timings: { total: number };
}

interface ReportJson {
  check: { reused?: boolean };
  components: Array<{ name: string; check: { rechecked: boolean; fingerprint?: string } }>;
}

const CHROMIUM = /stories on \d+ pages? in /;
// Two browser checks (all three components, then one) and a no-op between: minutes on a loaded machine.
const SLOW = 600_000;

describe.runIf(existsSync(join(SAMPLE_SNAPSHOT, 'file.json')))(
  'sync reuses the check when its inputs did not change',
  () => {
    let dir: string;
    const runs: CliRun[] = [];
    const json = (run: CliRun) => JSON.parse(run.stdout) as SyncJson;
    const report = async () =>
      JSON.parse(await readFile(join(dir, '.design-sync/report/report.json'), 'utf8')) as ReportJson;
    const sync = (env: Record<string, string> = {}) =>
      runCli(['sync', '--no-pr', '--json', '--cwd', dir], { timeout: 300_000, env });

    beforeAll(async () => {
      dir = await mkdtemp(join(tmpdir(), 'ds-reuse-'));
      const config = { figma: { file: 'DesignSyncSampleKit01', frames: [], components: [...SYNCED_COMPONENTS] } };
      await writeFile(join(dir, 'design-sync.config.json'), JSON.stringify(config));
      await cp(SAMPLE_SNAPSHOT, join(dir, '.design-sync/snapshots/DesignSyncSampleKit01'), { recursive: true });
      runs.push(await sync());
    }, SLOW);
    afterAll(async () => {
      if (dir) await rm(dir, { recursive: true, force: true });
    });

    it(
      'a second sync on the unchanged sample starts no browser and reuses every result',
      async () => {
        const first = runs[0]!;
        expect([0, 1], first.stderr).toContain(first.code);
        expect(first.stderr).toMatch(CHROMIUM);
        const before = await report();
        expect(before.components.map((c) => c.name)).toEqual([...SYNCED_COMPONENTS].sort());
        expect(before.components.every((c) => c.check.rechecked && c.check.fingerprint)).toBe(true);
        expect(json(first).checkReused).toBe(false);

        // The no-op run records every package the pipeline's modules import (test/support/record-imports.mjs).
        const recordImports = `--import ${join(import.meta.dirname, '..', 'support', 'record-imports.mjs')}`;
        const second = await sync({ NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} ${recordImports}`.trim() });
        runs.push(second);
        expect(second.code, second.stderr).toBe(first.code);
        expect(json(second)).toMatchObject({ noop: true, checkReused: true, checks: { counts: { components: 3 } } });
        expect(second.stderr).not.toMatch(CHROMIUM);
        expect(second.stderr).toContain('check: 0 of 3 components');
        // Nothing to check, so neither the type-checker, the token lint's parser, the bundler nor the browser driver
        // loads; no token input changed, so the token build comes from the cache and Style Dictionary does not load;
        // no SVG is optimised and no pull request opened.
        const loaded = new Set([...second.stderr.matchAll(/^IMPORT (\S+)$/gm)].map((m) => m[1]));
        expect(loaded.has('zod')).toBe(true);
        for (const heavy of NOT_IN_A_NOOP) expect(loaded.has(heavy), heavy).toBe(false);
        // The report is left as it was: nothing in it changed.
        expect(await report()).toEqual(before);
        console.info(
          `sync on 3 sample components: first ${json(first).timings.total} ms, no-op re-sync ${json(second).timings.total} ms (loaded machine)`,
        );
      },
      SLOW,
    );

    it(
      'after one token changes, re-checks only the component whose styles use it',
      async () => {
        const before = await report();
        const design = new SampleDesign(join(dir, '.design-sync/snapshots/DesignSyncSampleKit01'));
        // color/amber/100 is what --color-warning-subtle aliases in light mode: only Badge's warning tone uses it.
        design.setColor('color/amber/100', { r: 1, g: 0.9, b: 0.6, a: 1 });
        design.save('2147483647000000002');
        const third = await sync();
        expect([0, 1], third.stderr).toContain(third.code);
        expect(json(third)).toMatchObject({ noop: false, checkReused: false });
        expect(third.stderr).toMatch(CHROMIUM);
        expect(third.stderr).toContain('check: 1 of 3 components');
        const after = await report();
        expect(after.components.map((c) => [c.name, c.check.rechecked])).toEqual([
          ['Badge', true],
          ['Switch', false],
          ['Tab', false],
        ]);
        const fingerprint = (r: ReportJson, name: string) =>
          r.components.find((c) => c.name === name)!.check.fingerprint;
        expect(fingerprint(after, 'Badge')).not.toBe(fingerprint(before, 'Badge'));
        expect(fingerprint(after, 'Switch')).toBe(fingerprint(before, 'Switch'));
      },
      SLOW,
    );
  },
);
