/**
 * The apply step of `sync`: decide what changes, put the work on its branch and write it
 * steward-safely, manifest last.
 */
import { join, relative, sep } from 'node:path';
import type { ResolvedConfig } from '../core/resolve-config.ts';
import { configError } from '../core/errors.ts';
import { readTextIfExists } from '../core/fs-atomic.ts';
import type { PlannedFile } from '../core/plan.ts';
import type { Step } from '../core/run-steps.ts';
import {
  planStewardApply,
  writeStewardPlan,
  type FileProvenance,
  type StewardApplyOptions,
  type StewardApplyResult,
} from '../handoff/apply-steward-plan.ts';
import { branchName } from '../handoff/branch-name.ts';
import { readManifest, serializeManifest, writeManifest, type Manifest } from '../handoff/manifest.ts';
import { prepareSyncBranch, type BranchState } from '../handoff/publish.ts';
import type { SyncInput } from './sync-input.ts';
import {
  designFacts,
  type GenerateOutput,
  type PlanOutput,
  type SourceOutput,
  type TokensOutput,
} from './sync-steps.ts';
import { toPosix } from '../core/posix-path.ts';

const STORIES = /^(.+)\.stories\.[cm]?[jt]sx?$/;

/** Where design-sync keeps its copy of what it generated last time (the merge base), committed. */
export function baseDirOf(root: string): string {
  return join(root, '.design-sync', 'generated');
}

/** The component a file belongs to, by the generated layout: `<components>/<Name>/…` or `<stories>/<Name>.stories.tsx`. */
export function ownerOf(path: string, ctx: { config: ResolvedConfig }, names: ReadonlySet<string>): string | undefined {
  const inComponents = toPosix(relative(ctx.config.paths.components, path)).split('/');
  if (inComponents.length > 1 && inComponents[0] !== '..' && names.has(inComponents[0]!)) return inComponents[0];
  const story = STORIES.exec(toPosix(relative(ctx.config.paths.stories, path)))?.[1];
  return story !== undefined && names.has(story) ? story : undefined;
}

function assertConflictsOutside(config: ResolvedConfig): void {
  const { paths } = config;
  for (const dir of [paths.components, paths.stories, paths.tokens]) {
    const rel = relative(dir, paths.conflicts);
    if (rel === '' || (!rel.startsWith('..') && !rel.startsWith(sep))) {
      throw configError(
        'config/conflicts-dir',
        `handoff.conflictsDir (${paths.conflicts}) is inside an output folder (${dir})`,
        {
          hint: 'Proposals must live outside src/, stories/ and tokens/; use the default ".design-sync/conflicts".',
        },
      );
    }
  }
}

/** Paths sync writes, relative to the root: they must hold no uncommitted work when it starts. */
export function guardedPaths(ctx: { config: ResolvedConfig }): string[] {
  const { config } = ctx;
  const dirs = [
    config.paths.tokens,
    config.paths.components,
    config.paths.stories,
    config.paths.manifest,
    baseDirOf(config.root),
    config.paths.conflicts,
  ];
  return dirs.map((dir) => toPosix(relative(config.root, dir))).filter((rel) => rel !== '' && !rel.startsWith('..'));
}

export type ApplyInput = Pick<SyncInput, 'config' | 'logger' | 'flags' | 'useGit'> &
  SourceOutput &
  TokensOutput &
  Pick<PlanOutput, 'manifest' | 'stamp' | 'components' | 'incremental'> &
  GenerateOutput;

export interface ApplyOutput {
  /** The apply result (a preview in a dry run or a no-op run). */
  applied: StewardApplyResult;
  /** Nothing to write: the design, tokens and generator are unchanged and no file differs. */
  noop: boolean;
  /** The sync branch this run commits on (checked out), when it uses git and writes. */
  branch: BranchState | undefined;
  /** Project-relative paths written (files, base copies, proposals, manifest). */
  filesWritten: string[];
}

function applyOptions(input: ApplyInput, manifest: Manifest): Omit<StewardApplyOptions, 'dryRun'> {
  const { config } = input;
  const components = new Map(input.components.map((c) => [c.name, c]));
  const names = new Set(components.keys());
  const provenance = (file: PlannedFile): FileProvenance => {
    const name = ownerOf(file.path, input, names);
    const source = name === undefined ? undefined : components.get(name);
    return {
      ...(name === undefined ? {} : { component: name }),
      nodeIds: file.nodeIds ?? source?.nodeIds ?? [],
      ...(source === undefined ? {} : { sourceHash: source.sourceHash }),
      tokensHash: input.tokensHash,
      generator: input.stamp,
    };
  };
  return {
    root: config.root,
    manifest,
    baseDir: baseDirOf(config.root),
    conflictsDir: config.paths.conflicts,
    allowedDirs: [config.paths.tokens, config.paths.components, config.paths.stories],
    provenance,
    kept: new Set([...input.incremental.unchanged, ...input.generated.rejected]),
  };
}

/**
 * Decides once what the planned files change; when nothing would, the run is a no-op and writes
 * nothing at all. Otherwise checks out the sync branch, writes the decided files, then the manifest.
 */
export const applyStep: Step<ApplyInput, ApplyOutput> = {
  name: 'apply',
  run: async (input) => {
    const { config, flags } = input;
    const design = designFacts(input.design);
    assertConflictsOutside(config);
    const planned = [...input.tokens.files, ...input.generated.files];
    const withFileKey = (manifest: Manifest): Manifest => ({
      ...manifest,
      ...(design.fileKey === undefined ? {} : { fileKey: design.fileKey }),
    });
    let plan = await planStewardApply(planned, applyOptions(input, input.manifest));
    const manifestChanged =
      serializeManifest(withFileKey(plan.manifest)) !== (await readTextIfExists(config.paths.manifest));
    const noop = plan.touched.length === 0 && !manifestChanged;
    const result = (filesWritten: string[], branch?: BranchState): ApplyOutput => ({
      applied: { changes: plan.changes, manifest: withFileKey(plan.manifest), touched: plan.touched },
      noop,
      branch,
      filesWritten,
    });
    if (flags.dryRun || noop) return result([]);
    let branch: BranchState | undefined;
    if (input.useGit) {
      branch = await prepareSyncBranch({
        cwd: config.root,
        branch: branchName(config.handoff.branchPrefix, design.fileKey ?? design.name, design.version),
        baseBranch: config.handoff.baseBranch,
        remote: 'origin',
        guardedPaths: guardedPaths(input),
      });
      if (branch.created) input.logger.info(`created branch ${branch.branch} from ${branch.startedOn ?? 'HEAD'}`);
      // An existing sync branch (same design version, run again) has its own files and a newer manifest.
      if (!branch.created && branch.startedOn !== branch.branch)
        plan = await planStewardApply(planned, applyOptions(input, await readManifest(config.paths.manifest)));
    }
    await writeStewardPlan(plan);
    const filesWritten = [...plan.touched];
    if (await writeManifest(config.paths.manifest, withFileKey(plan.manifest)))
      filesWritten.push(toPosix(relative(config.root, config.paths.manifest)));
    return result(filesWritten, branch);
  },
};
