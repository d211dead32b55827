/**
 * `npm run bench`: how fast design-sync is, stage by stage, and how its cost grows with the design
 * system. Synthetic design systems (10 and 100 component sets; `--large` adds 500) and the bundled
 * sample, each in a scratch project under bench/out/. Prints the table and writes bench/results.md.
 * Flags: --large, --runs <n> (default 3; source, tokens, ir, no-op re-sync), --heavy-runs <n> (default 1;
 * generate, check, fresh sync, one-change re-sync: tens of seconds to minutes each), --sizes <a,b>, --no-storybook, --no-sample, --keep (keep the
 * scratch projects; they hold generated .tsx files that a repository-wide tsc would otherwise see).
 */
import { readFile, rm, writeFile } from 'node:fs/promises';
import { availableParallelism, cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findBrowser } from '../generator/check/browser.ts';
import type { Figure, SizeReport } from './figures.ts';
import { median } from './measure.ts';
import { measureModelTokens, type ModelTokens } from './model-tokens.ts';
import { measureSize } from './measure-size.ts';
import { createProject, type BenchProject } from './project.ts';
import { measurePullCalls, type PullDesign } from './pull-calls.ts';
import { formatResults, type BenchResults } from './results-table.ts';
import { compareWithStorybook, type StorybookComparison } from './storybook-ratio.ts';
import { syntheticSnapshot } from './synthetic/synthetic-design.ts';
import { writeSynthetic } from './synthetic/write-synthetic.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const OUT = join(ROOT, 'bench', 'out');
const SAMPLE = join(ROOT, '.design-sync', 'snapshots', 'DesignSyncSampleKit01');

const args = process.argv.slice(2);
const flag = (name: string) => args.includes(`--${name}`);
const value = (name: string) => {
  const at = args.indexOf(`--${name}`);
  return at === -1 ? undefined : args[at + 1];
};
const runs = Math.max(1, Number(value('runs') ?? 3));
const heavy = Math.max(1, Number(value('heavy-runs') ?? 1));
const sizes = (value('sizes') ?? (flag('large') ? '10,100,500' : '10,100')).split(',').map(Number).filter((n) => n > 0);
// The browser the check would pick, for Storybook's Vitest run too: both sides render in the same binary.
const browser = findBrowser(process.env.DESIGN_SYNC_BROWSER);
const log = (message: string) => process.stderr.write(`bench: ${message}\n`);

interface Design {
  label: string;
  project: BenchProject;
  pull: PullDesign;
  describe: string;
}

async function sampleDesign(): Promise<Design> {
  const read = async (name: string) => JSON.parse(await readFile(join(SAMPLE, name), 'utf8')) as Record<string, unknown>;
  const [meta, file, variables] = await Promise.all([read('meta.json'), read('file.json'), read('variables.json')]);
  const sets = Object.keys(file.componentSets as object).length;
  const components = Object.keys(file.components as object).length;
  const kib = Math.round((await readFile(join(SAMPLE, 'file.json'))).length / 1024);
  return {
    label: 'sample',
    project: await createProject(OUT, 'sample', SAMPLE, ['Sign in']),
    pull: { fileKey: String(meta.fileKey), file, variables },
    describe: `${sets} sets, ${components} components, ${kib} KiB`,
  };
}

async function synthetic(sets: number): Promise<Design> {
  const snapshot = syntheticSnapshot({ sets });
  const folder = await writeSynthetic(join(OUT, 'snapshots'), snapshot);
  const kib = Math.round((await readFile(join(folder, 'file.json'))).length / 1024);
  const variables = Object.keys(snapshot.variables.meta.variables).length;
  return {
    label: `${sets} sets`,
    project: await createProject(OUT, `sets-${sets}`, folder),
    pull: { fileKey: snapshot.meta.fileKey, file: snapshot.file, variables: snapshot.variables },
    describe: `${snapshot.stats.variants} variants, ${snapshot.stats.nested} nesting, ${variables} variables, ${kib} KiB`,
  };
}

const started = performance.now();
const loadAverage = loadavg();
const designs: Design[] = [];
if (!flag('no-sample')) designs.push(await sampleDesign());
for (const sets of sizes) designs.push(await synthetic(sets));

const reports: SizeReport[] = [];
const storybook: StorybookComparison[] = [];
const model: string[] = [];
for (const design of designs) {
  // The Storybook comparison is slow: only for the sample and designs of up to 10 sets.
  const small = design.label === 'sample' || Number.parseInt(design.label, 10) <= 10;
  const figures = await measureSize(design.project, { runs, heavyRuns: heavy, log });
  log(`${design.label}: pull against the local Figma server`);
  const calls = await measurePullCalls(design.pull).catch((error: Error) => error);
  figures.design = { kind: 'count', text: design.describe };
  figures['pull: Figma API calls'] =
    calls instanceof Error
      ? { kind: 'na', reason: calls.message }
      : { kind: 'count', text: `${calls.first} (+${calls.renders} render downloads); ${calls.upToDate} when unchanged` };
  reports.push({ label: design.label, figures });
  if (small) {
    log(`${design.label}: model path against the local OpenAI-compatible server`);
    model.push(await measureModelTokens(design.project).then(modelLine, (error: Error) => `${design.label}: n/a (not available): ${error.message.split('\n')[0]}`));
  }
  if (small && !flag('no-storybook')) {
    const check: Figure | undefined = figures.check;
    const stories = check?.kind === 'timed' ? await storyCount(design.project) : undefined;
    storybook.push(await compareWithStorybook(design.project, check?.kind === 'timed' ? { ms: check.ms, stories } : undefined, { runs: 1, browser, log }));
  }
}

function modelLine(m: ModelTokens): string {
  const per = (n: number) => Math.round(n / Math.max(1, m.components));
  return `${m.label}: ${per(m.prompt)} prompt + ${per(m.completion)} completion tokens per component (${m.components} components, ${m.calls} calls, ${m.prompt} + ${m.completion} in all)`;
}

/** Stories the check ran, from the report the sync wrote. */
async function storyCount(project: BenchProject): Promise<number | undefined> {
  try {
    const report = JSON.parse(await readFile(join(project.dir, '.design-sync', 'report', 'report.json'), 'utf8')) as { check?: { counts?: { stories?: number } } };
    return report.check?.counts?.stories;
  } catch {
    return undefined;
  }
}

const results: BenchResults = {
  date: new Date().toISOString().slice(0, 16).replace('T', ' '),
  machine: {
    cores: availableParallelism(),
    cpu: cpus()[0]?.model.trim() ?? 'unknown CPU',
    memoryGb: Math.round(totalmem() / 2 ** 30),
    node: process.version,
    loadAverage,
    browser,
  },
  runs: { runs, heavyRuns: heavy },
  sizes: reports,
  storybook,
  model,
  durationS: (performance.now() - started) / 1000,
};
const text = formatResults(results);
process.stdout.write(`${text}\n`);
await writeFile(join(ROOT, 'bench', 'results.md'), text);
await writeFile(join(OUT, 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
if (!flag('keep')) for (const design of designs) await rm(design.project.dir, { recursive: true, force: true });
log(`wrote bench/results.md in ${Math.round(results.durationS)} s; medians: ${reports.map((r) => `${r.label} sync ${r.figures['sync (fresh)']?.kind === 'timed' ? median((r.figures['sync (fresh)'] as { ms: number[] }).ms) : 'n/a'} ms`).join(', ')}`);
