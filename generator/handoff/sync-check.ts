/**
 * The check and report steps of `sync`: when they run, and what the check stage is given. A no-op
 * sync skips both, except when no report exists yet (a fresh clone: the report is not committed),
 * so a new user still sees one; that run adds no files besides the report.
 */
import { existsSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { RunChecksInput } from '../check/run-checks.ts';
import { REPORT_FILES } from '../report/write-report.ts';
import { lintTokenFiles } from '../check/token-lint.ts';
import type { CheckResults } from '../check/types.ts';
import type { SyncContext } from './sync-context.ts';
import { previousChecks } from './sync-report.ts';

const posix = (path: string) => path.split(sep).join('/');

/** Components regenerated this run (new or changed). */
export const regenerated = (ctx: SyncContext): string[] => [
  ...(ctx.incremental?.added ?? []),
  ...(ctx.incremental?.changed ?? []),
];

export function reportExists(ctx: Pick<SyncContext, 'config'>): boolean {
  return existsSync(join(ctx.config.paths.report, REPORT_FILES.json));
}

/** A no-op run that still owes the user a report. */
const reportOnly = (ctx: SyncContext) => ctx.noop && !ctx.flags.dryRun && !reportExists(ctx);

export function checkSkip(ctx: SyncContext): string | undefined {
  if (ctx.flags.skipCheck) return '--skip-check';
  if (ctx.flags.dryRun) return 'dry run';
  if (ctx.noop && !reportOnly(ctx)) return 'nothing changed';
  return undefined;
}

export function reportSkip(ctx: SyncContext): string | undefined {
  return ctx.noop && !reportOnly(ctx) ? 'nothing changed' : undefined;
}

/** What the check stage gets from a sync run: only regenerated components are re-checked, token lint included. */
export async function syncCheckInput(ctx: SyncContext): Promise<RunChecksInput> {
  const { config } = ctx;
  const tokens = ctx.tokens;
  const fresh = ctx.noop;
  return {
    config,
    logger: ctx.logger,
    design: ctx.design,
    modes: tokens?.modes,
    // A no-op run's report covers every component; nothing of a previous run is carried over.
    changed: fresh ? undefined : regenerated(ctx),
    previous: fresh ? undefined : await previousChecks(ctx),
    tokenLint: tokens ? (files) => lintTokenFiles(files, tokens.index, config.root) : undefined,
    // A no-op sync must leave git status clean: no new baseline files.
    recordBaselines: !fresh,
    signal: ctx.signal,
    shard: ctx.flags.shard,
  };
}

/** Baselines the checks recorded this run (project-relative): they are committed with the run's files. */
export function writtenBaselines(checks: CheckResults, root: string): string[] {
  return checks.components.flatMap((component) =>
    component.rechecked
      ? component.stories.flatMap((story) =>
          (story.visual?.baseline ?? []).flatMap((b) =>
            b.written ? [posix(relative(root, join(root, b.baselinePath)))] : [],
          ),
        )
      : [],
  );
}

export async function checkStep(ctx: SyncContext): Promise<void> {
  const { runChecks } = await import('../check/run-checks.ts');
  ctx.checks = await runChecks(await syncCheckInput(ctx));
  ctx.written.push(...writtenBaselines(ctx.checks, ctx.config.root));
}
