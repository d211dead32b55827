import type { ResolvedConfig } from '../core/config.ts';
import type { Logger } from '../core/logger.ts';
import type { PlannedFile } from '../core/plan.ts';
import type { Design } from '../source/design.ts';
import type { CheckResults } from '../check/types.ts';
import type { Shard } from '../check/shard.ts';
import type { Report } from '../report/report-schema.ts';
import type { GeneratorInfo } from '../generate/generator.ts';
import type { ModelRunStats } from '../generate/model/model-generator.ts';
import type { HandoffChange, StewardApplyResult } from './apply-steward-plan.ts';
import type { GeneratorStamp, Manifest } from './manifest.ts';
import type { ComponentSource, IncrementalPlan } from './plan-incremental.ts';
import type { BranchState, PublishResult } from './publish.ts';
import type { StepTiming } from './run-steps.ts';
import type { TokensResult } from '../tokens/build-tokens.ts';

/** `SyncContext`: everything one sync run knows, filled in step by step. */

export interface SyncFlags {
  dryRun: boolean;
  skipCheck: boolean;
  /** Only write files: no branch, commit, push or pull request. */
  noPr: boolean;
  /** Check only this shard of the components (`--shard i/n`). */
  shard?: Shard | undefined;
}

/** Everything one sync run knows; each step reads what earlier steps left and adds its part. */
export interface SyncContext {
  config: ResolvedConfig;
  logger: Logger;
  flags: SyncFlags;
  env: NodeJS.ProcessEnv;
  signal: AbortSignal;
  design?: Design;
  tokens?: TokensResult;
  /** sha of the token files: part of every file's provenance. */
  tokensHash?: string;
  stamp?: GeneratorStamp;
  manifest?: Manifest;
  components?: ComponentSource[];
  incremental?: IncrementalPlan;
  /** Files planned this run (tokens + regenerated components). */
  planned: PlannedFile[];
  generators: Map<string, GeneratorInfo>;
  /** Model calls, cache hits, tokens and cost of this run, when the model generator ran. */
  model?: ModelRunStats;
  /** Components the validation gate rejected: nothing of theirs is written, their old files stay. */
  rejected: Set<string>;
  /** The apply result (a preview in a dry run). */
  applied?: StewardApplyResult;
  /** Nothing to write: the design, tokens and generator are unchanged and no file differs. */
  noop: boolean;
  /** Whether this run commits on a branch (a git repository, not --no-pr, not a dry run). */
  useGit: boolean;
  branch?: BranchState;
  checks?: CheckResults;
  report?: Report;
  prBody?: string;
  published?: PublishResult;
  /** Project-relative paths written this run (files, base copies, proposals, manifest, report). */
  written: string[];
  warnings: string[];
  /** Filled by the step runner as steps finish (the report records them). */
  timings: StepTiming[];
}

export function changesOf(ctx: SyncContext): HandoffChange[] {
  return ctx.applied?.changes ?? [];
}
