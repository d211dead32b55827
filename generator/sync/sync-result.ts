import { join, relative } from 'node:path';
import { modelUsageLine } from '../generate/model/model-usage-line.ts';
import { REPORT_FILES } from '../report/write-report.ts';
import type { SyncRun } from './run-sync.ts';
import { reportExists } from './sync-check.ts';
import { designFacts } from './sync-steps.ts';

/** The result of `design-sync sync` as data: a short human summary and one JSON document (`ok` false when checks failed). */

export interface SyncResult {
  /** The human summary, one line per fact. */
  text: string;
  /** The one JSON document of `sync --json`. */
  data: SyncResultData;
}

export type SyncResultData = ReturnType<typeof resultData>;

function count(ctx: SyncRun, kind: string): number {
  return ctx.applied.changes.filter((c) => c.kind === kind).length;
}

function pullRequestLines(ctx: SyncRun): string[] {
  const pr = ctx.published?.pullRequest;
  if (!pr) return [];
  if (pr.status === 'opened') return [`pull request #${pr.number} ${pr.action}: ${pr.url}`];
  const where = pr.spec.owner ? `${pr.spec.owner}/${pr.spec.repo}` : 'the repository';
  return [
    `would open a pull request in ${where} (${pr.reason}):`,
    `  ${pr.spec.head} -> ${pr.spec.base}: ${pr.spec.title}`,
    '',
    ...pr.spec.body
      .trimEnd()
      .split('\n')
      .map((line) => (line ? `  ${line}` : '')),
  ];
}

function modelLines(ctx: SyncRun): string[] {
  const model = ctx.generated.model;
  if (!model) return [];
  return [modelUsageLine(model)];
}

/** Where the report is, relative to the working folder; said even when this run left the last one in place. */
function reportLine(ctx: SyncRun, cwd: string): string[] {
  const html = join(ctx.config.paths.report, REPORT_FILES.html);
  const where = relative(cwd, html) || html;
  if (ctx.report && !ctx.flags.dryRun) return [`report: ${where}`];
  return !ctx.flags.dryRun && reportExists(ctx) ? [`report: ${where} (from the last run; nothing changed since)`] : [];
}

/** The run's result: a short human summary and one JSON document; the CLI exits 1 when `data.ok` is false. */
export function syncResult(ctx: SyncRun, totalMs: number, cwd: string = ctx.config.root): SyncResult {
  const plan = ctx.incremental;
  const changes = ctx.applied.changes.filter((c) => c.kind !== 'unchanged');
  const design = designFacts(ctx.design);
  const head = `${ctx.flags.dryRun ? 'dry run: ' : ''}${design.name || design.fileKey || 'design'}${design.version ? ` version ${design.version}` : ''}`;
  const lines = [
    ctx.design === undefined
      ? `${ctx.flags.dryRun ? 'dry run: ' : ''}tokens only (no design): ${ctx.tokens.stats.tokens} tokens from ${ctx.tokens.stats.sources.join(', ')}`
      : `${head}: ${plan.added.length} new, ${plan.changed.length} changed, ${plan.unchanged.length} unchanged, ${plan.removed.length} removed components`,
    ctx.noop
      ? 'nothing changed: design, tokens and generator are as last synced; no file written, nothing to commit'
      : `files: ${count(ctx, 'create')} created, ${count(ctx, 'update')} updated, ${count(ctx, 'merged')} merged into steward edits, ` +
        `${count(ctx, 'conflict')} conflicts, ${count(ctx, 'remove-proposed')} removals proposed`,
    ...changes
      .filter((c) => c.kind === 'conflict')
      .map((c) => `  conflict ${c.path}${c.proposal ? ` -> proposal ${c.proposal}` : ''}`),
    ...changes.filter((c) => c.kind === 'remove-proposed').map((c) => `  remove? ${c.path}`),
    ...(ctx.checks
      ? [
          `checks: ${ctx.checks.status} (${ctx.checks.counts.pass} pass, ${ctx.checks.counts.warn} warn, ${ctx.checks.counts.fail} fail)` +
            (ctx.checks.reused ? ', reused from the last report (no check input changed)' : ''),
        ]
      : []),
    ...(ctx.branch
      ? [`branch ${ctx.branch.branch}${ctx.published?.commit ? `, commit ${ctx.published.commit.slice(0, 12)}` : ''}`]
      : []),
    ...modelLines(ctx),
    ...pullRequestLines(ctx),
    ...reportLine(ctx, cwd),
    `done in ${(totalMs / 1000).toFixed(1)} s`,
  ];
  return { text: lines.join('\n'), data: resultData(ctx, totalMs) };
}

function resultData(ctx: SyncRun, totalMs: number) {
  const plan = ctx.incremental;
  const design = designFacts(ctx.design);
  return {
    ok: ctx.checks?.status !== 'fail',
    dryRun: ctx.flags.dryRun,
    noop: ctx.noop,
    design: { name: design.name, fileKey: design.fileKey ?? null, version: design.version ?? null },
    components: {
      added: plan.added,
      changed: plan.changed,
      unchanged: plan.unchanged,
      removed: plan.removed,
      reasons: plan.reasons,
      rejected: [...ctx.generated.rejected],
    },
    changes: ctx.applied.changes
      .filter((c) => c.kind !== 'unchanged')
      .map(({ content: _content, previous: _previous, ...rest }) => rest),
    written: [...new Set(ctx.written)].sort(),
    checks: ctx.checks ? { status: ctx.checks.status, counts: ctx.checks.counts } : null,
    /** Every check result came from the last report: nothing that feeds the check changed, no browser started. */
    checkReused: ctx.checks?.reused === true,
    model: ctx.generated.model ?? null,
    report:
      ctx.report && !ctx.flags.dryRun
        ? relative(ctx.config.root, join(ctx.config.paths.report, REPORT_FILES.json))
        : null,
    branch: ctx.branch?.branch ?? null,
    commit: ctx.published?.commit ?? null,
    pullRequest: ctx.published?.pullRequest ?? null,
    timings: { ...Object.fromEntries(ctx.timings.map((t) => [t.name, t.ms])), total: totalMs },
    skipped: Object.fromEntries(ctx.timings.flatMap((t) => (t.skipped ? [[t.name, t.skipped]] : []))),
    warnings: ctx.generated.warnings,
  };
}
