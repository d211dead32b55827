import { fileURLToPath } from 'node:url';
import { type Figure, notAvailable, type RowName } from './figures.ts';
import { measureNode, type Sample } from './measure.ts';
import { resetOutputs, type BenchProject } from './project.ts';
import type { Stage } from './stage-child.ts';
import { touchSnapshot } from './touch-snapshot.ts';

const BIN = fileURLToPath(new URL('../bin/design-sync.js', import.meta.url));
const STAGE_CHILD = fileURLToPath(new URL('./stage-child.ts', import.meta.url));

export interface SizeOptions {
  /** Runs of the cheap measurements (source, tokens, ir, the no-op re-sync). */
  runs: number;
  /** Runs of the measurements that take tens of seconds to minutes (generate, check, fresh sync, one-change re-sync). */
  heavyRuns: number;
  log(message: string): void;
}

const lastLine = (text: string) => text.trim().split('\n').filter((l) => !l.startsWith('npm warn')).at(-1) ?? 'no output';

/** Adds one sample to a figure, or turns it into "n/a" with the reason the child gave. */
function record(figure: Figure | undefined, sample: Sample, ok: boolean, ms = sample.ms): Figure {
  if (!ok) return notAvailable(lastLine(sample.stderr) || `exit code ${sample.exitCode}`);
  if (figure?.kind === 'na') return figure;
  const timed = figure?.kind === 'timed' ? figure : { kind: 'timed' as const, ms: [], rssMb: [] };
  return { ...timed, ms: [...timed.ms, ms], rssMb: [...timed.rssMb, sample.rssMb] };
}

interface SyncJson {
  noop?: boolean;
  timings?: Record<string, number>;
}

function parseSync(sample: Sample): SyncJson | undefined {
  // Exit code 1 is "checks failed": the run itself completed.
  if (sample.exitCode !== 0 && sample.exitCode !== 1) return undefined;
  try {
    return JSON.parse(sample.stdout) as SyncJson;
  } catch {
    return undefined;
  }
}

const stepsText = (timings: Record<string, number> | undefined) =>
  Object.entries(timings ?? {})
    .filter(([name, ms]) => name !== 'total' && ms >= 50)
    .map(([name, ms]) => `${name} ${(ms / 1000).toFixed(1)}`)
    .join(', ') || 'all under 0.05 s';

/**
 * Every figure of one design: each stage in its own child process, then the real CLI: a fresh
 * sync, a no-op re-sync and a re-sync after a one-component edit. Leaves the project synced.
 */
export async function measureSize(project: BenchProject, options: SizeOptions): Promise<Partial<Record<RowName, Figure>>> {
  const figures: Partial<Record<RowName, Figure>> = {};
  const stage = async (name: Stage, row: RowName, runs: number) => {
    for (let run = 0; run < runs && figures[row]?.kind !== 'na'; run++) {
      options.log(`${project.label}: ${name} (${run + 1}/${runs})`);
      const sample = await measureNode([STAGE_CHILD, name, project.dir], { cwd: project.dir, tsx: true });
      let inner: { ms: number } | undefined;
      try {
        inner = JSON.parse(lastLine(sample.stdout)) as { ms: number };
      } catch {
        inner = undefined;
      }
      figures[row] = record(figures[row], sample, sample.exitCode === 0 && inner !== undefined, inner?.ms);
    }
  };
  const sync = async (row: RowName, label: string) => {
    options.log(`${project.label}: ${label}`);
    const sample = await measureNode([BIN, 'sync', '--no-pr', '--json'], { cwd: project.dir });
    const json = parseSync(sample);
    figures[row] = record(figures[row], sample, json !== undefined);
    return json;
  };

  await resetOutputs(project);
  await stage('source', 'source', options.runs);
  await stage('tokens', 'tokens', options.runs);
  await stage('ir', 'ir', options.runs);
  await stage('generate', 'generate (incl. gate)', options.heavyRuns);

  let fresh: SyncJson | undefined;
  for (let run = 0; run < options.heavyRuns; run++) {
    await resetOutputs(project);
    fresh = (await sync('sync (fresh)', `fresh sync (${run + 1}/${options.heavyRuns})`)) ?? fresh;
  }
  if (fresh) figures['sync steps (fresh)'] = { kind: 'count', text: stepsText(fresh.timings) };
  // The check stage needs the files a sync wrote.
  if (figures['sync (fresh)']?.kind === 'timed') await stage('check', 'check', options.heavyRuns);
  else figures.check = notAvailable('needs a completed sync');

  for (let run = 0; run < options.runs && figures['sync (fresh)']?.kind === 'timed'; run++) {
    const json = await sync('re-sync, nothing changed', `no-op re-sync (${run + 1}/${options.runs})`);
    if (json && json.noop !== true) figures['re-sync, nothing changed'] = notAvailable('the re-sync was not a no-op');
  }
  let changed: SyncJson | undefined;
  for (let run = 0; run < options.heavyRuns && figures['sync (fresh)']?.kind === 'timed'; run++) {
    // Each edit flips the last set's texts, so every run is a one-component change from the one before.
    await touchSnapshot(project.snapshot);
    changed = (await sync('re-sync, 1 component changed', `one-change re-sync (${run + 1}/${options.heavyRuns})`)) ?? changed;
  }
  if (changed) figures['re-sync steps (1 changed)'] = { kind: 'count', text: stepsText(changed.timings) };
  return figures;
}
