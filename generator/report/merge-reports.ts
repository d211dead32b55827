/**
 * Joins the report.json of every `check --shard i/n` machine into one report (`mergeReports`); pure.
 * Shards must come from one design version and one split, cover disjoint components, and be all there.
 */
import { inputError } from '../core/errors.ts';
import type { CheckStage } from '../check/types.ts';
import { reportSummary, worstStatus } from './build-report.ts';
import type { Report } from './report-schema.ts';

/** One shard's report and where it was read from, for error messages. */
export interface ShardReport {
  report: Report;
  where: string;
}

type RunCheck = NonNullable<Report['check']>;

type MergeCode = 'empty' | 'design' | 'shard-count' | 'overlap' | 'missing';
const fail = (code: MergeCode, message: string, hint: string) => inputError(`merge/${code}`, message, { hint });

const designOf = (report: Report) => `${report.source.fileKey ?? report.source.name}@${report.source.version ?? '?'}`;

function validate(shards: readonly ShardReport[]): void {
  if (shards.length === 0) {
    throw fail('empty', 'report --merge was given no report.json', 'Pass the folders or files the shards wrote.');
  }
  const [first] = shards;
  const design = designOf(first!.report);
  const owner = new Map<string, string>();
  const indexes = new Map<number, string>();
  for (const { report, where } of shards) {
    if (designOf(report) !== design) {
      throw fail(
        'design',
        `${where} checked ${designOf(report)}, ${first!.where} checked ${design}`,
        'Merge only the shards of one run: every shard must check the same design version.',
      );
    }
    if (report.shard && first!.report.shard && report.shard.count !== first!.report.shard.count) {
      throw fail(
        'shard-count',
        `${where} is shard ${report.shard.index}/${report.shard.count}, ${first!.where} is one of ${first!.report.shard.count}`,
        'Merge the shards of one matrix: every shard must be split the same n ways.',
      );
    }
    if (report.shard) {
      const other = indexes.get(report.shard.index);
      if (other !== undefined) {
        throw fail(
          'overlap',
          `${where} and ${other} are both shard ${report.shard.index}/${report.shard.count}`,
          'Pass each shard once.',
        );
      }
      indexes.set(report.shard.index, where);
    }
    for (const component of report.components) {
      const other = owner.get(component.name);
      if (other !== undefined) {
        throw fail(
          'overlap',
          `component ${component.name} is in both ${other} and ${where}`,
          'Shards must be disjoint: run `check --shard i/n` with the same n on every machine and merge each once.',
        );
      }
      owner.set(component.name, where);
    }
  }
  const count = first!.report.shard?.count;
  if (count !== undefined) {
    const missing = Array.from({ length: count }, (_, i) => i + 1).filter((i) => !indexes.has(i));
    if (missing.length) {
      throw fail(
        'missing',
        `shard${missing.length > 1 ? 's' : ''} ${missing.map((i) => `${i}/${count}`).join(', ')} missing from the merge`,
        'Pass the report of every shard of the matrix (a failed shard still writes its report).',
      );
    }
  }
}

const byKey = <T>(items: T[], key: (item: T) => string): T[] => {
  const seen = new Map<string, T>();
  for (const item of items) if (!seen.has(key(item))) seen.set(key(item), item);
  return [...seen.values()].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
};

/** Shards run side by side: a stage's wall time is the slowest shard's. */
function maxTimings<K extends string>(all: Array<Partial<Record<K, number>>>): Partial<Record<K, number>> {
  const out: Partial<Record<K, number>> = {};
  for (const timings of all)
    for (const [key, ms] of Object.entries(timings) as Array<[K, number]>) out[key] = Math.max(out[key] ?? 0, ms);
  return out;
}

function mergeChecks(checks: RunCheck[]): RunCheck | undefined {
  const [first] = checks;
  if (!first) return undefined;
  const sum = (pick: (c: RunCheck) => number) => checks.reduce((n, c) => n + pick(c), 0);
  const diagnostics = byKey(
    checks.flatMap((c) => c.typecheck.diagnostics),
    (d) =>
      `${d.file}\0${String(d.line).padStart(8, '0')}\0${String(d.column).padStart(8, '0')}\0${d.code}\0${d.message}`,
  );
  const findings = byKey(
    checks.flatMap((c) => c.tokenLint.findings),
    (f) => `${f.file}\0${String(f.line).padStart(8, '0')}\0${String(f.column).padStart(8, '0')}\0${f.message}`,
  );
  return {
    ...first,
    generatedAt: checks
      .map((c) => c.generatedAt)
      .sort()
      .at(-1)!,
    status: worstStatus(checks.map((c) => c.status)),
    counts: {
      components: sum((c) => c.counts.components),
      stories: sum((c) => c.counts.stories),
      pass: sum((c) => c.counts.pass),
      warn: sum((c) => c.counts.warn),
      fail: sum((c) => c.counts.fail),
      skipped: sum((c) => c.counts.skipped),
    },
    typecheck: { status: worstStatus(checks.map((c) => c.typecheck.status)), diagnostics },
    tokenLint: { status: worstStatus(checks.map((c) => c.tokenLint.status)), findings },
    timings: maxTimings<CheckStage>(checks.map((c) => c.timings)),
    throughput: {
      stories: sum((c) => c.throughput.stories),
      renders: sum((c) => c.throughput.renders),
      storiesPerSecond: sum((c) => c.throughput.storiesPerSecond),
    },
  };
}

/** One report from the shards' reports: components joined, counts recounted, run-wide check results combined. */
export function mergeReports(shards: readonly ShardReport[]): Report {
  validate(shards);
  const reports = shards.map((s) => s.report);
  const first = reports[0]!;
  const components = reports.flatMap((r) => r.components).sort((a, b) => (a.name < b.name ? -1 : 1));
  const check = mergeChecks(reports.flatMap((r) => (r.check ? [r.check] : [])));
  const summary = reportSummary(components);
  const status = worstStatus(reports.map((r) => r.status));
  const { shard: _shard, ...rest } = first;
  return {
    ...rest,
    generatedAt: reports
      .map((r) => r.generatedAt)
      .sort()
      .at(-1)!,
    status,
    summary,
    components,
    files: byKey(
      reports.flatMap((r) => r.files),
      (f) => f.path,
    ),
    ...(check ? { check } : {}),
    timings: maxTimings(reports.map((r) => r.timings)) as Record<string, number>,
    warnings: [...new Set(reports.flatMap((r) => r.warnings))],
  };
}
