import { median } from './measure.ts';
import { ROWS, STAGE_ROWS, type Figure, type RowName, type SizeReport } from './figures.ts';
import type { StorybookComparison } from './storybook-ratio.ts';

export interface BenchResults {
  date: string;
  machine: { cores: number; cpu: string; memoryGb: number; node: string; loadAverage: number[]; browser?: string };
  runs: { runs: number; heavyRuns: number };
  sizes: SizeReport[];
  storybook: StorybookComparison[];
  model: string[];
  durationS: number;
}

const seconds = (ms: number) => (ms >= 100_000 ? `${Math.round(ms / 1000)} s` : ms >= 1000 ? `${(ms / 1000).toFixed(1)} s` : `${Math.round(ms)} ms`);

export function cell(figure: Figure | undefined): string {
  if (figure === undefined) return '';
  if (figure.kind === 'na') return 'n/a (not available)';
  if (figure.kind === 'count') return figure.text;
  const runs = figure.ms.length === 1 ? ' (1 run)' : '';
  return `${seconds(median(figure.ms))} · ${Math.round(median(figure.rssMb))} MB${runs}${figure.note ? ` ${figure.note}` : ''}`;
}

function table(header: string[], rows: string[][]): string {
  const line = (cells: string[]) => `| ${cells.map((c) => c.replaceAll('|', '\\|')).join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

/** The slowest pipeline stage (by median) of one design, for the closing note. */
export function slowestStage(size: SizeReport): { stage: RowName; ms: number } | undefined {
  let slowest: { stage: RowName; ms: number } | undefined;
  for (const stage of STAGE_ROWS) {
    const figure = size.figures[stage];
    if (figure?.kind !== 'timed') continue;
    const ms = median(figure.ms);
    if (!slowest || ms > slowest.ms) slowest = { stage, ms };
  }
  return slowest;
}

const ratio = (a: number | undefined, b: number | undefined) => (a === undefined || b === undefined || b === 0 ? 'n/a' : `${(a / b).toFixed(2)}x`);

/** results.md (and the stdout table): the machine, the figures per design, the comparisons. */
export function formatResults(r: BenchResults): string {
  const main = table(
    ['measurement (median time · peak RSS of the Node process)', ...r.sizes.map((s) => s.label)],
    ROWS.map((row) => [row, ...r.sizes.map((s) => cell(s.figures[row]))]),
  );
  const storybook = table(
    ['design', 'stories (check / vitest, failing in vitest)', 'design-sync check', 'vitest --project storybook', 'with --no-isolate', 'check / vitest', 'check / vitest --no-isolate'],
    r.storybook.map((c) => [
      c.label,
      `${c.stories ?? 'n/a'} / ${c.vitestTests ?? 'n/a'}, ${c.vitestFailed ?? 0} failing`,
      c.checkMs === undefined ? 'n/a (not available)' : seconds(c.checkMs),
      c.isolatedMs === undefined ? `n/a (${c.note ?? 'not available'})` : seconds(c.isolatedMs),
      c.sharedMs === undefined ? 'n/a' : seconds(c.sharedMs),
      ratio(c.checkMs, c.isolatedMs),
      ratio(c.checkMs, c.sharedMs),
    ]),
  );
  const slowest = r.sizes.map((s) => {
    const found = slowestStage(s);
    return `- ${s.label}: ${found ? `${found.stage}, ${seconds(found.ms)}` : 'n/a'}`;
  });
  const m = r.machine;
  return [
    '# design-sync benchmark',
    '',
    `${r.date} · ${m.cores} cores (${m.cpu}) · ${m.memoryGb} GB · Node ${m.node}${m.browser ? ` · ${m.browser}` : ''} · load average at start ${m.loadAverage.map((l) => l.toFixed(1)).join(' / ')} · whole bench ${Math.round(r.durationS)} s`,
    '',
    `Medians of ${r.runs.runs} runs for source, tokens, ir and the no-op re-sync; ${r.runs.heavyRuns} run${r.runs.heavyRuns === 1 ? '' : 's'} (\`--heavy-runs\`) for generate, check, fresh sync and the one-change re-sync, which take tens of seconds to minutes each.`,
    'Stage rows time the stage alone inside its own child process (inputs built first, untimed); sync rows are the whole CLI process (`design-sync sync --no-pr --json`, Node start-up included). Peak RSS is the Node process, not the Chromium or tsc processes it starts.',
    '',
    main,
    '',
    '## Slowest stage',
    '',
    ...slowest,
    '',
    '## Check stage vs Storybook\'s Vitest addon (same stories)',
    '',
    'vitest runs only the default theme mode with axe; design-sync check renders every mode, takes screenshots, measures layout and diffs pixels. vitest time is the whole process; check time is the stage inside its process.',
    '',
    storybook,
    '',
    '## Model path (prompt / completion tokens per component, local OpenAI-compatible server)',
    '',
    ...r.model.map((line) => `- ${line}`),
    '',
  ].join('\n');
}
