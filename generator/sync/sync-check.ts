/**
 * The check step of `sync`: when it runs, and what the check stage is given. A no-op sync skips the
 * checks and the report, except when no report exists yet (a fresh clone: the report is not
 * committed), so a new user still sees one; that run adds no files besides the report.
 */
import { existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { ResolvedConfig } from '../core/resolve-config.ts';
import type { Step } from '../core/run-steps.ts';
import type { RunChecksInput } from '../check/run-checks.ts';
import { previousChecks } from '../report/previous-checks.ts';
import { REPORT_FILES } from '../report/write-report.ts';
import { lintTokenFiles } from '../check/token-lint.ts';
import type { CheckResults } from '../check/types.ts';
import { regenerated } from './plan-incremental.ts';
import type { ApplyOutput } from './sync-apply.ts';
import type { SyncInput } from './sync-input.ts';
import type { PlanOutput, SourceOutput, TokensOutput } from './sync-steps.ts';
import { toPosix } from '../core/posix-path.ts';

export function reportExists(ctx: { config: ResolvedConfig }): boolean {
  return existsSync(join(ctx.config.paths.report, REPORT_FILES.json));
}

/** What decides whether the check and report steps run. */
export type SkipInput = Pick<SyncInput, 'config' | 'flags'> & Pick<ApplyOutput, 'noop'>;

/** A no-op run that still owes the user a report. */
const reportOnly = (ctx: SkipInput) => ctx.noop && !ctx.flags.dryRun && !reportExists(ctx);

export function checkSkip(ctx: SkipInput): string | undefined {
  if (ctx.flags.skipCheck) return '--skip-check';
  if (ctx.flags.dryRun) return 'dry run';
  if (ctx.noop && !reportOnly(ctx)) return 'nothing changed';
  return undefined;
}

export function reportSkip(ctx: SkipInput): string | undefined {
  return ctx.noop && !reportOnly(ctx) ? 'nothing changed' : undefined;
}

export type CheckInput = Pick<SyncInput, 'config' | 'logger' | 'flags' | 'signal'> &
  SourceOutput &
  Pick<TokensOutput, 'tokens'> &
  Pick<PlanOutput, 'incremental'> &
  Pick<ApplyOutput, 'noop'>;

export interface CheckOutput {
  checks: CheckResults | undefined;
  /** Baselines the checks recorded (project-relative): committed with the run's files. */
  baselines: string[];
}

/** What the check stage gets from a sync run: only regenerated components are re-checked, token lint included. */
export async function syncCheckInput(ctx: CheckInput): Promise<RunChecksInput> {
  const { config, tokens } = ctx;
  const fresh = ctx.noop;
  return {
    config,
    logger: ctx.logger,
    design: ctx.design,
    modes: tokens.modes,
    // A no-op run's report covers every component; nothing of a previous run is carried over.
    changed: fresh ? undefined : regenerated(ctx.incremental),
    previous: fresh ? undefined : await previousChecks(config.paths.report, ctx.logger),
    tokenLint: (files) => lintTokenFiles(files, tokens.index, config.root),
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
            b.written ? [toPosix(relative(root, join(root, b.baselinePath)))] : [],
          ),
        )
      : [],
  );
}

export const checkStep: Step<CheckInput, CheckOutput> = {
  name: 'check',
  skip: checkSkip,
  skipped: () => ({ checks: undefined, baselines: [] }),
  run: async (input) => {
    const { runChecks } = await import('../check/run-checks.ts');
    const checks = await runChecks(await syncCheckInput(input));
    return { checks, baselines: writtenBaselines(checks, input.config.root) };
  },
};
