/**
 * The check step of `sync`: when it runs, and what the check stage is given. A no-op sync reuses
 * the last report's results (no browser) and skips the report, except when no report exists yet
 * (a fresh clone: the report is not committed), so a new user still sees one; that run adds no
 * files besides the report.
 */
import { existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { ResolvedConfig } from '../core/resolve-config.ts';
import type { Step } from '../core/run-steps.ts';
import type { RunChecksInput } from '../check/run-checks.ts';
import { previousChecks } from '../report/previous-checks.ts';
import { REPORT_FILES } from '../report/write-report.ts';
import type { CheckResults } from '../check/types.ts';
import { regenerated } from './plan-incremental.ts';
import type { ApplyOutput } from './sync-apply.ts';
import type { SyncInput } from './sync-input.ts';
import { NO_DESIGN, type PlanOutput, type SourceOutput, type TokensOutput } from './sync-steps.ts';
import { toPosix } from '../core/posix-path.ts';

export function reportExists(ctx: { config: ResolvedConfig }): boolean {
  return existsSync(join(ctx.config.paths.report, REPORT_FILES.json));
}

/** What decides whether the check and report steps run. */
export type SkipInput = Pick<SyncInput, 'config' | 'flags'> &
  Pick<ApplyOutput, 'noop'> & {
    /** The check step's results, once it ran: the report step reads whether they were all reused. */
    checks?: CheckResults | undefined;
  };

/** A no-op run that still owes the user a report. */
const reportOnly = (ctx: SkipInput) => ctx.noop && !ctx.flags.dryRun && !reportExists(ctx);

/**
 * A no-op run still runs the check step: each component whose check fingerprint is unchanged
 * keeps its last results, so when nothing that feeds the check changed no browser starts.
 */
export function checkSkip(ctx: SkipInput): string | undefined {
  if (ctx.flags.skipCheck) return '--skip-check';
  if (ctx.flags.dryRun) return 'dry run';
  return undefined;
}

/** A no-op run rewrites the report only when the check re-ran something (its inputs changed). */
export function reportSkip(ctx: SkipInput): string | undefined {
  return ctx.noop && !reportOnly(ctx) && ctx.checks?.reused !== false ? 'nothing changed' : undefined;
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

/**
 * What the check stage gets from a sync run: the previous report's results, kept for every
 * component whose check fingerprint is unchanged (token lint included). A no-op run without a
 * report (a fresh clone) checks everything.
 */
export async function syncCheckInput(ctx: CheckInput): Promise<RunChecksInput> {
  const { config, tokens } = ctx;
  const fresh = ctx.noop && !reportExists(ctx);
  return {
    config,
    logger: ctx.logger,
    design: ctx.design,
    modes: tokens.modes,
    // Reports without fingerprints (older versions) fall back to: unchanged unless regenerated.
    changed: fresh ? undefined : ctx.noop ? [] : regenerated(ctx.incremental),
    previous: fresh ? undefined : await previousChecks(config.paths.report, ctx.logger),
    // Loaded only when components are re-checked: the linter brings TypeScript, a no-op run needs neither.
    tokenLint: async (files) =>
      (await import('../check/token-lint.ts')).lintTokenFiles(files, tokens.index, config.root),
    // A no-op sync must leave git status clean: no new baseline files.
    recordBaselines: !ctx.noop,
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
  skip: (ctx) => checkSkip(ctx) ?? (ctx.design === undefined ? NO_DESIGN : undefined),
  skipped: () => ({ checks: undefined, baselines: [] }),
  run: async (input) => {
    const { runChecks } = await import('../check/run-checks.ts');
    const checks = await runChecks(await syncCheckInput(input));
    return { checks, baselines: writtenBaselines(checks, input.config.root) };
  },
};
