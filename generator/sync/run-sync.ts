/**
 * `design-sync sync` as its ordered steps: source -> tokens -> plan -> generate -> apply -> check ->
 * report -> publish. Each step gets the typed outputs of the steps before it and returns its own.
 */
import { stepRunner, type StepTiming } from '../core/run-steps.ts';
import { applyStep, type ApplyOutput } from './sync-apply.ts';
import { checkStep, type CheckOutput } from './sync-check.ts';
import type { SyncInput } from './sync-input.ts';
import { publishStep, reportStep, type PublishOutput, type ReportOutput } from './sync-report.ts';
import {
  generateStep,
  planStep,
  sourceStep,
  tokensStep,
  type GenerateOutput,
  type PlanOutput,
  type SourceOutput,
  type TokensOutput,
} from './sync-steps.ts';

/** Everything one sync run knew when it finished: its input and every step's output. */
export type SyncRun = SyncInput &
  SourceOutput &
  TokensOutput &
  PlanOutput &
  GenerateOutput &
  ApplyOutput &
  CheckOutput &
  ReportOutput &
  PublishOutput & {
    /** Project-relative paths written this run (files, base copies, proposals, manifest, baselines, report). */
    written: string[];
    timings: readonly StepTiming[];
  };

/** Runs the sync steps in order; a step that throws stops the run and the error carries on unchanged. */
export async function runSync(input: SyncInput): Promise<SyncRun> {
  const steps = stepRunner({ logger: input.logger, signal: input.signal });
  const source = { ...input, ...(await steps.run(sourceStep, input)) };
  const tokens = { ...source, ...(await steps.run(tokensStep, source)) };
  const plan = { ...tokens, ...(await steps.run(planStep, tokens)) };
  const generated = { ...plan, ...(await steps.run(generateStep, plan)) };
  const applied = { ...generated, ...(await steps.run(applyStep, generated)) };
  const checked = { ...applied, ...(await steps.run(checkStep, applied)) };
  const reported = { ...checked, ...(await steps.run(reportStep, { ...checked, timings: steps.timings })) };
  const written = [...applied.filesWritten, ...checked.baselines, ...reported.reportFiles];
  const published = await steps.run(publishStep, { ...reported, written });
  return { ...reported, ...published, written, timings: steps.timings };
}
