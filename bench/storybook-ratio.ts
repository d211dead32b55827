import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { measureNode, median } from './measure.ts';
import type { BenchProject } from './project.ts';
import { writeStorybookSetup } from './storybook-project.ts';

// vitest's bin is not in its exports map; it sits beside package.json.
const VITEST = join(dirname(createRequire(import.meta.url).resolve('vitest/package.json')), 'vitest.mjs');

// vitest colours its summary even with NO_COLOR in some set-ups.
const stripAnsi = (text: string) => text.replace(new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, 'g'), '');

export interface StorybookComparison {
  label: string;
  stories: number | undefined;
  /** The check stage's median (ms), from the same bench run. */
  checkMs: number | undefined;
  isolatedMs: number | undefined;
  sharedMs: number | undefined;
  /** Tests vitest ran (one per story) and how many failed (axe violations fail a story). */
  vitestTests?: number | undefined;
  vitestFailed?: number;
  note?: string;
}

/**
 * Storybook's own Vitest-addon run of the same stories (`vitest run --project storybook`), with and
 * without `--no-isolate`, on a synced bench project. Wall time of the whole vitest process.
 */
export async function compareWithStorybook(
  project: BenchProject,
  check: { ms: number[]; stories: number | undefined } | undefined,
  options: { runs: number; browser: string; log(message: string): void },
): Promise<StorybookComparison> {
  await writeStorybookSetup(project.dir, options.browser);
  let tests: number | undefined;
  let failed = 0;
  const run = async (flag: '--isolate' | '--no-isolate') => {
    const times: number[] = [];
    for (let i = 0; i < options.runs; i++) {
      options.log(`${project.label}: vitest --project storybook ${flag} (${i + 1}/${options.runs})`);
      const sample = await measureNode([VITEST, 'run', '--project', 'storybook', flag], { cwd: project.dir, env: { CI: '1', NO_COLOR: '1' } });
      // A failing story still ran; only a run that did not start counts as unavailable.
      const summary = /Tests\s+([^\n]*)\((\d+)\)/.exec(stripAnsi(sample.stdout));
      if (!summary) return undefined;
      tests = Number(summary[2]);
      failed = Number(/(\d+) failed/.exec(summary[1] ?? '')?.[1] ?? 0);
      times.push(sample.ms);
    }
    return median(times);
  };
  const isolatedMs = await run('--isolate');
  const sharedMs = await run('--no-isolate');
  return {
    label: project.label,
    stories: check?.stories,
    checkMs: check ? median(check.ms) : undefined,
    isolatedMs,
    sharedMs,
    vitestTests: tests,
    vitestFailed: failed,
    ...(isolatedMs === undefined || sharedMs === undefined ? { note: 'vitest did not run' } : {}),
  };
}
