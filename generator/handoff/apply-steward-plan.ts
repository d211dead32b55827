import { join, relative } from 'node:path';
import { rm } from 'node:fs/promises';
import type { FileChange, PlannedFile } from '../core/plan.ts';
import { readTextIfExists, writeFileAtomic } from '../core/fs-atomic.ts';
import { decideChange } from './decide-change.ts';
import { sha256 } from './hash.ts';
import type { GeneratorStamp, Manifest, ManifestFile } from './manifest.ts';
import { assertInside } from '../core/safe-path.ts';
import { toPosix } from '../core/posix-path.ts';

/**
 * Applies a sync's planned files without losing a person's edit: updates, three-way merges,
 * conflict proposals and proposed removals.
 */

/** Where a planned file came from, recorded in the manifest. */
export interface FileProvenance {
  component?: string;
  nodeIds: string[];
  sourceHash?: string;
  tokensHash: string;
  generator: GeneratorStamp;
}

/** A file change as handoff reports it: which component, whether a person had edited it, where a proposal went. */
export interface HandoffChange extends FileChange {
  component?: string;
  stewardEdited?: boolean;
  /** Project-relative path of the proposal written for a conflict. */
  proposal?: string;
}

export interface StewardApplyOptions {
  root: string;
  dryRun: boolean;
  /** The manifest of the last sync (empty on the first). */
  manifest: Manifest;
  /** Copies of what was generated last time, the base of three-way merges. */
  baseDir: string;
  /** Proposals a steward must resolve; outside the output folders. */
  conflictsDir: string;
  /** Output folders; no planned file may land outside them. */
  allowedDirs: string[];
  provenance(file: PlannedFile): FileProvenance;
  /**
   * Components not regenerated this run: their manifest entries carry over as they are. Shared
   * files (no component) carry over when no planned file comes from their stage.
   */
  kept: ReadonlySet<string>;
}

export interface StewardApplyResult {
  changes: HandoffChange[];
  /** The manifest describing this generation (write it after the files). */
  manifest: Manifest;
  /** Project-relative paths this run created, changed or deleted (files, proposals, base copies). */
  touched: string[];
}

/** One write the decisions call for: new content for a file, or its removal. */
export type StewardWrite = { absolute: string; content: string } | { absolute: string; remove: true };

/** What applying the planned files would do, decided once; `writeStewardPlan` carries it out. */
export interface StewardPlan extends StewardApplyResult {
  /** In order; only files whose content on disk differs (or that exist, for removals). */
  writes: StewardWrite[];
}

/** "generate/deterministic" -> "generate". */
const stageOf = (producer: string) => producer.split('/')[0] ?? producer;

/**
 * Applies planned files without ever losing a person's edit: files that still hold what
 * design-sync generated are updated, edited files get a three-way merge, conflicts leave the file
 * alone and put a proposal in the conflicts folder, and files of removed components are proposed
 * for removal, not deleted.
 */
export async function applyStewardPlan(
  files: PlannedFile[],
  options: StewardApplyOptions,
): Promise<StewardApplyResult> {
  const { writes, ...result } = await planStewardApply(files, options);
  if (!options.dryRun) await writeStewardPlan({ writes });
  return result;
}

/** Carries out a decided plan's writes, in order, each atomically. */
export async function writeStewardPlan(plan: Pick<StewardPlan, 'writes'>): Promise<void> {
  for (const write of plan.writes) {
    if ('remove' in write) await rm(write.absolute, { force: true });
    else await writeFileAtomic(write.absolute, write.content);
  }
}

/**
 * Decides what `applyStewardPlan` does, reading the files, base copies and proposals on disk but
 * writing nothing: the changes, the next manifest and the writes.
 */
export async function planStewardApply(
  files: PlannedFile[],
  options: Omit<StewardApplyOptions, 'dryRun'>,
): Promise<StewardPlan> {
  const { root } = options;
  for (const file of files) assertInside(file.path, options.allowedDirs);
  const previous = options.manifest.files;
  const next: Record<string, ManifestFile> = {};
  const changes: HandoffChange[] = [];
  const touched: string[] = [];
  const writes: StewardWrite[] = [];
  const write = async (rel: string, absolute: string, content: string) => {
    if ((await readTextIfExists(absolute)) === content) return;
    touched.push(rel);
    writes.push({ absolute, content });
  };
  const remove = async (rel: string, absolute: string) => {
    if ((await readTextIfExists(absolute)) === undefined) return;
    touched.push(rel);
    writes.push({ absolute, remove: true });
  };
  const baseOf = (rel: string) => join(options.baseDir, rel);
  const proposalOf = (rel: string) => assertInside(join(options.conflictsDir, rel), [options.conflictsDir]);
  const relToRoot = (absolute: string) => toPosix(relative(root, absolute));

  const planned = new Set<string>();
  for (const file of files) {
    const rel = toPosix(relative(root, file.path));
    planned.add(rel);
    const last = previous[rel];
    const current = await readTextIfExists(file.path);
    const base = last === undefined ? undefined : await readTextIfExists(baseOf(rel));
    const decision = decideChange({ path: rel, generated: file.content, current, lastSha: last?.sha256, base });
    const origin = options.provenance(file);
    const change: HandoffChange = {
      path: rel,
      kind: decision.kind,
      producer: file.producer,
      ...(origin.component === undefined ? {} : { component: origin.component }),
      ...(decision.stewardEdited ? { stewardEdited: true } : {}),
      ...(decision.note === undefined ? {} : { note: decision.note }),
      ...(current === undefined ? {} : { previous: current }),
    };
    if (decision.write !== undefined) {
      change.content = decision.write;
      await write(rel, file.path, decision.write);
    }
    const proposalPath = proposalOf(rel);
    if (decision.proposal !== undefined) {
      change.proposal = relToRoot(proposalPath);
      await write(change.proposal, proposalPath, decision.proposal);
    } else {
      await remove(relToRoot(proposalPath), proposalPath);
    }
    const inputs = {
      ...(origin.sourceHash === undefined ? {} : { sourceHash: origin.sourceHash }),
      tokensHash: origin.tokensHash,
      generator: origin.generator,
    };
    if (decision.record) {
      next[rel] = {
        sha256: sha256(file.content),
        producer: file.producer,
        ...(origin.component === undefined ? {} : { component: origin.component }),
        nodeIds: origin.nodeIds,
        ...inputs,
      };
      await write(relToRoot(baseOf(rel)), baseOf(rel), file.content);
    } else if (last !== undefined) {
      // The last applied generation stays the merge base; the proposal is remembered as pending.
      const { pending: _stale, ...kept } = last;
      next[rel] = { ...kept, pending: { sha256: sha256(file.content), ...inputs } };
    }
    changes.push(change);
  }

  const stagesRun = new Set(files.map((file) => stageOf(file.producer)));
  for (const [rel, entry] of Object.entries(previous)) {
    if (planned.has(rel)) continue;
    // A file of a component not regenerated, or a shared file whose stage did not run, is kept as is.
    const skipped =
      entry.component === undefined ? !stagesRun.has(stageOf(entry.producer)) : options.kept.has(entry.component);
    if (skipped) {
      next[rel] = entry;
      const proposal = proposalOf(rel);
      if (entry.pending !== undefined && (await readTextIfExists(proposal)) !== undefined) {
        changes.push({
          path: rel,
          kind: 'conflict',
          producer: entry.producer,
          ...(entry.component === undefined ? {} : { component: entry.component }),
          stewardEdited: true,
          proposal: relToRoot(proposal),
          note: 'unresolved conflict from an earlier sync',
        });
      }
      continue;
    }
    const absolute = join(root, rel);
    const current = await readTextIfExists(absolute);
    if (current === undefined) {
      await remove(relToRoot(baseOf(rel)), baseOf(rel));
      continue;
    }
    next[rel] = entry;
    const edited = sha256(current) !== entry.sha256;
    changes.push({
      path: rel,
      kind: 'remove-proposed',
      producer: entry.producer,
      ...(entry.component === undefined ? {} : { component: entry.component }),
      ...(edited ? { stewardEdited: true } : {}),
      note:
        entry.component === undefined
          ? 'no longer generated; delete it if nothing uses it'
          : `component "${entry.component}" is no longer in the design; delete its files when nothing uses them`,
    });
  }

  const manifest: Manifest = { ...options.manifest, files: next };
  return { changes, manifest, touched: [...new Set(touched)].sort(), writes };
}
