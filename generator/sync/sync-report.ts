/**
 * The last steps of `sync`: the report (report.json, report.html, pr.md) and the commit, push and
 * pull request built from it.
 */
import { relative } from 'node:path';
import { VERSION } from '../core/version.ts';
import { redact } from '../core/redact.ts';
import type { Step, StepTiming } from '../core/run-steps.ts';
import { buildReport, type ReportComponentInput, type ReportInput } from '../report/build-report.ts';
import type { Report } from '../report/report-schema.ts';
import type { TokensResult } from '../tokens/build-tokens.ts';
import { reportToMarkdown } from '../report/report-to-markdown.ts';
import { writeReport } from '../report/write-report.ts';
import { commitMessage } from '../handoff/commit-message.ts';
import { pullRequestTitle, type HandoffSummary } from '../handoff/handoff-summary.ts';
import { publishSync, type PublishResult } from '../handoff/publish.ts';
import type { ApplyOutput } from './sync-apply.ts';
import type { CheckOutput, SkipInput } from './sync-check.ts';
import { reportSkip } from './sync-check.ts';
import type { SyncInput } from './sync-input.ts';
import {
  designFacts,
  type GenerateOutput,
  type PlanOutput,
  type SourceOutput,
  type TokensOutput,
} from './sync-steps.ts';
import { toPosix } from '../core/posix-path.ts';

/** Regenerated components count as changed only when a file of theirs changed (a token value change regenerates all). */
function touchedComponents(applied: ApplyOutput['applied']): Set<string> {
  return new Set(
    applied.changes.flatMap((c) => (c.kind !== 'unchanged' && c.component !== undefined ? [c.component] : [])),
  );
}

/** What the commit message and pull request say a sync did. */
export type SummaryInput = SourceOutput &
  Pick<PlanOutput, 'incremental'> &
  Pick<ApplyOutput, 'applied'> & { report: Report | undefined };

export function syncSummary(ctx: SummaryInput): HandoffSummary {
  const regenerated = ctx.incremental;
  const touched = touchedComponents(ctx.applied);
  const plan = {
    ...regenerated,
    changed: regenerated.changed.filter((name) => touched.has(name)),
    unchanged: [...regenerated.unchanged, ...regenerated.changed.filter((name) => !touched.has(name))].sort(),
  };
  const design = designFacts(ctx.design);
  const diff = ctx.report?.tokens.diff;
  return {
    design: {
      name: design.name || design.fileKey || 'design',
      ...(design.fileKey === undefined ? {} : { fileKey: design.fileKey }),
      ...(design.version === undefined ? {} : { version: design.version }),
    },
    components: { added: plan.added, changed: plan.changed, unchanged: plan.unchanged, removed: plan.removed },
    ...(diff
      ? {
          tokens: {
            added: diff.added.map((t) => t.path),
            changed: diff.changed.map((t) => t.path),
            removed: diff.removed.map((t) => t.path),
          },
        }
      : {}),
    changes: ctx.applied.changes,
  };
}

export type ReportStepInput = Pick<SyncInput, 'config' | 'flags'> &
  SourceOutput &
  Pick<TokensOutput, 'tokens'> &
  Pick<PlanOutput, 'components' | 'incremental'> &
  GenerateOutput &
  Pick<ApplyOutput, 'applied' | 'noop'> &
  Pick<CheckOutput, 'checks'> & {
    /** The steps so far, as the runner recorded them. */
    timings: readonly StepTiming[];
  };

export interface ReportOutput {
  report: Report | undefined;
  /** The pull-request body (pr.md, secrets redacted). */
  prBody: string;
  /** Project-relative report files written. */
  reportFiles: string[];
}

function reportComponents(ctx: ReportStepInput): ReportComponentInput[] {
  const plan = ctx.incremental;
  const changes = ctx.applied.changes;
  const touched = touchedComponents(ctx.applied);
  const change = (name: string): ReportComponentInput['change'] =>
    plan.added.includes(name) ? 'new' : plan.changed.includes(name) && touched.has(name) ? 'changed' : 'unchanged';
  const current = ctx.components.map((component): ReportComponentInput => {
    const generator = ctx.generated.generators.get(component.name);
    const reason = plan.reasons[component.name];
    const edited = changes.some((c) => c.component === component.name && c.stewardEdited);
    const findings = ctx.generated.findings.get(component.name) ?? [];
    return {
      name: component.name,
      ...(component.nodeIds[0] === undefined ? {} : { nodeId: component.nodeIds[0] }),
      change: change(component.name),
      ...(reason === undefined ? {} : { reason }),
      ...(generator === undefined ? {} : { generator }),
      ...(edited ? { stewardEdited: true } : {}),
      ...(findings.length > 0 ? { findings } : {}),
    };
  });
  const removed = plan.removed.map((name): ReportComponentInput => ({
    name,
    change: 'removed',
    reason: 'no longer in the design',
  }));
  return [...current, ...removed];
}

function reportTokens(tokens: TokensResult): NonNullable<ReportInput['tokens']> {
  const { diff } = tokens;
  return {
    total: tokens.stats.tokens,
    byType: tokens.stats.byType,
    modes: tokens.modes,
    diff: {
      added: diff.added.map((t) => ({ path: t.path, type: t.type, after: t.value })),
      changed: diff.changed.map((t) => ({
        path: t.path,
        before: t.before,
        after: t.after,
        ...(t.modes.length === 1 ? { mode: t.modes[0]! } : {}),
      })),
      removed: diff.removed.map((t) => ({ path: t.path, type: t.type, before: t.value })),
    },
    warnings: tokens.warnings,
  };
}

export const reportStep: Step<ReportStepInput & SkipInput, ReportOutput> = {
  name: 'report',
  skip: reportSkip,
  skipped: () => ({ report: undefined, prBody: '', reportFiles: [] }),
  run: async (ctx) => {
    const { config, tokens } = ctx;
    const design = designFacts(ctx.design);
    const report = buildReport({
      generatedAt: new Date().toISOString(),
      designSync: VERSION,
      root: config.root,
      design: {
        fileKey: design.fileKey,
        name: design.name,
        version: design.version,
        lastModified: design.lastModified,
      },
      tokens: reportTokens(tokens),
      components: reportComponents(ctx),
      files: ctx.applied.changes.filter((c) => c.kind !== 'unchanged'),
      ...(ctx.checks ? { checks: ctx.checks } : {}),
      shard: ctx.checks ? ctx.flags.shard : undefined,
      timings: Object.fromEntries(ctx.timings.filter((t) => !t.skipped).map((t) => [t.name, t.ms])),
      warnings: ctx.generated.warnings,
    });
    const prBody = redact(reportToMarkdown(report));
    if (ctx.flags.dryRun) return { report, prBody, reportFiles: [] };
    const paths = await writeReport(config.paths.report, report);
    const reportFiles = paths
      .map((path) => toPosix(relative(config.root, path)))
      .filter((rel) => !rel.startsWith('..'));
    return { report, prBody, reportFiles };
  },
};

export type PublishInput = Pick<SyncInput, 'config' | 'logger' | 'env' | 'flags'> &
  SummaryInput &
  Pick<ApplyOutput, 'noop' | 'branch'> &
  Pick<ReportOutput, 'prBody'> & {
    /** Every project-relative path this run wrote: the commit holds exactly these. */
    written: string[];
  };

export interface PublishOutput {
  published: PublishResult | undefined;
}

export const publishStep: Step<PublishInput, PublishOutput> = {
  name: 'publish',
  skip: (ctx) =>
    ctx.flags.dryRun
      ? 'dry run'
      : ctx.noop
        ? 'nothing changed'
        : ctx.branch === undefined
          ? 'no git (--no-pr, handoff.pullRequest false, or not a repository)'
          : undefined,
  skipped: () => ({ published: undefined }),
  run: async (ctx) => {
    const { config, branch } = ctx;
    // The apply step checks out a branch exactly when this run commits (skip above).
    if (branch === undefined) return { published: undefined };
    const summary = syncSummary(ctx);
    const published = await publishSync({
      cwd: config.root,
      branch: branch.branch,
      baseBranch: config.handoff.baseBranch,
      remote: 'origin',
      paths: [...new Set(ctx.written)].sort(),
      message: commitMessage(summary),
      title: pullRequestTitle(summary),
      body: ctx.prBody,
      github: { token: config.env.githubToken, apiUrl: config.env.githubApiUrl, env: ctx.env },
      logger: ctx.logger,
    });
    return { published };
  },
};
