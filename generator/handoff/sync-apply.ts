/**
 * The handoff steps of `sync` before the checks: decide what changes, put the work on its branch
 * and write it steward-safely, manifest last.
 */
import { join, relative, sep } from 'node:path';
import { configError } from '../core/errors.ts';
import { readTextIfExists } from '../core/fs-atomic.ts';
import type { PlannedFile } from '../core/plan.ts';
import { applyStewardPlan, type FileProvenance, type StewardApplyOptions } from './apply-steward-plan.ts';
import { branchName } from './branch-name.ts';
import { readManifest, serializeManifest, writeManifest } from './manifest.ts';
import { prepareSyncBranch } from './publish.ts';
import type { SyncContext } from './sync-context.ts';

const posix = (path: string) => path.split(sep).join('/');
const STORIES = /^(.+)\.stories\.[cm]?[jt]sx?$/;

/** Where design-sync keeps its copy of what it generated last time (the merge base), committed. */
export function baseDirOf(root: string): string {
  return join(root, '.design-sync', 'generated');
}

/** The component a file belongs to, by the generated layout: `<components>/<Name>/…` or `<stories>/<Name>.stories.tsx`. */
export function ownerOf(
  path: string,
  ctx: Pick<SyncContext, 'config'>,
  names: ReadonlySet<string>,
): string | undefined {
  const inComponents = posix(relative(ctx.config.paths.components, path)).split('/');
  if (inComponents.length > 1 && inComponents[0] !== '..' && names.has(inComponents[0]!)) return inComponents[0];
  const story = STORIES.exec(posix(relative(ctx.config.paths.stories, path)))?.[1];
  return story !== undefined && names.has(story) ? story : undefined;
}

function assertConflictsOutside(ctx: SyncContext): void {
  const { paths } = ctx.config;
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

function applyOptions(ctx: SyncContext): Omit<StewardApplyOptions, 'dryRun'> {
  const { config } = ctx;
  const components = new Map((ctx.components ?? []).map((c) => [c.name, c]));
  const names = new Set(components.keys());
  const provenance = (file: PlannedFile): FileProvenance => {
    const name = ownerOf(file.path, ctx, names);
    const source = name === undefined ? undefined : components.get(name);
    return {
      ...(name === undefined ? {} : { component: name }),
      nodeIds: file.nodeIds ?? source?.nodeIds ?? [],
      ...(source === undefined ? {} : { sourceHash: source.sourceHash }),
      tokensHash: ctx.tokensHash ?? '',
      generator: ctx.stamp!,
    };
  };
  return {
    root: config.root,
    manifest: ctx.manifest!,
    baseDir: baseDirOf(config.root),
    conflictsDir: config.paths.conflicts,
    allowedDirs: [config.paths.tokens, config.paths.components, config.paths.stories],
    provenance,
    kept: new Set([...(ctx.incremental?.unchanged ?? []), ...ctx.rejected]),
  };
}

/** Paths sync writes, relative to the root: they must hold no uncommitted work when it starts. */
export function guardedPaths(ctx: SyncContext): string[] {
  const { config } = ctx;
  const dirs = [
    config.paths.tokens,
    config.paths.components,
    config.paths.stories,
    config.paths.manifest,
    baseDirOf(config.root),
    config.paths.conflicts,
  ];
  return dirs.map((dir) => posix(relative(config.root, dir))).filter((rel) => rel !== '' && !rel.startsWith('..'));
}

/**
 * Previews the apply; when nothing would change the run is a no-op and writes nothing at all.
 * Otherwise checks out the sync branch, applies, and writes the manifest.
 */
export async function applySync(ctx: SyncContext): Promise<void> {
  const { config } = ctx;
  assertConflictsOutside(ctx);
  const options = applyOptions(ctx);
  const preview = await applyStewardPlan(ctx.planned, { ...options, dryRun: true });
  const manifest = {
    ...preview.manifest,
    ...(ctx.design?.fileKey === undefined ? {} : { fileKey: ctx.design.fileKey }),
  };
  const manifestChanged = serializeManifest(manifest) !== (await readTextIfExists(config.paths.manifest));
  ctx.noop = preview.touched.length === 0 && !manifestChanged;
  if (ctx.flags.dryRun || ctx.noop) {
    ctx.applied = { ...preview, manifest };
    return;
  }
  if (ctx.useGit) {
    ctx.branch = await prepareSyncBranch({
      cwd: config.root,
      branch: branchName(config.handoff.branchPrefix, ctx.design?.fileKey ?? ctx.design?.name, ctx.design?.version),
      baseBranch: config.handoff.baseBranch,
      remote: 'origin',
      guardedPaths: guardedPaths(ctx),
    });
    if (ctx.branch.created)
      ctx.logger.info(`created branch ${ctx.branch.branch} from ${ctx.branch.startedOn ?? 'HEAD'}`);
  }
  // An existing sync branch (same design version, run again) has its own, newer manifest.
  if (ctx.branch && !ctx.branch.created && ctx.branch.startedOn !== ctx.branch.branch)
    options.manifest = await readManifest(config.paths.manifest);
  const applied = await applyStewardPlan(ctx.planned, { ...options, dryRun: false });
  ctx.applied = {
    ...applied,
    manifest: { ...applied.manifest, ...(ctx.design?.fileKey === undefined ? {} : { fileKey: ctx.design.fileKey }) },
  };
  ctx.written.push(...applied.touched);
  if (await writeManifest(config.paths.manifest, ctx.applied.manifest))
    ctx.written.push(posix(relative(config.root, config.paths.manifest)));
}
