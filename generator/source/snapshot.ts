import { join } from 'node:path';
import { inputError } from '../core/errors.ts';
import { isPlainObject } from './validate-tree.ts';

/** The snapshot folder layout (`<snapshotDir>/<fileKey>/`): its meta.json type and parser, and render file names. */

/** `meta.json` of a snapshot folder `<snapshotDir>/<fileKey>/`; written last, so its presence means the snapshot is complete. */
export interface SnapshotMeta {
  fileKey: string;
  name: string;
  version: string;
  lastModified: string;
  /** ISO time of the pull. */
  fetchedAt: string;
  files: { file: string; variables?: string };
  /** Renders by node id, paths relative to the snapshot folder. */
  renders: Record<string, { file: string; scale: number }>;
  /** Gaps the pull reported (nodes or renders Figma returned null for, variables not available). */
  gaps?: string[];
}

export const SNAPSHOT_META = 'meta.json';

export function snapshotFolder(snapshotDir: string, fileKey: string): string {
  return join(snapshotDir, fileKey);
}

/** A file name for a node id: `1:2` -> `1-2`, `I1:2;3:4` -> `I1-2_3-4`. */
export function renderFileName(nodeId: string): string {
  return `renders/${nodeId
    .replace(/:/g, '-')
    .replace(/;/g, '_')
    .replace(/[^A-Za-z0-9_-]/g, '')}.png`;
}

/** Validates a parsed meta.json. */
export function parseSnapshotMeta(raw: unknown, where: string): SnapshotMeta {
  const fail = (what: string) =>
    inputError('input/snapshot-meta', `${where}: ${what}`, {
      hint: 'Run `design-sync pull` to fetch the snapshot again.',
    });
  if (!isPlainObject(raw)) throw fail('$: expected an object');
  for (const key of ['fileKey', 'name', 'version'] as const) {
    if (typeof raw[key] !== 'string') throw fail(`$.${key}: expected a string`);
  }
  if (!isPlainObject(raw.files) || typeof raw.files.file !== 'string') throw fail('$.files.file: expected a string');
  if (raw.files.variables !== undefined && typeof raw.files.variables !== 'string')
    throw fail('$.files.variables: expected a string');
  const renders = raw.renders ?? {};
  if (!isPlainObject(renders)) throw fail('$.renders: expected an object map');
  for (const [id, render] of Object.entries(renders)) {
    if (!isPlainObject(render) || typeof render.file !== 'string')
      throw fail(`$.renders[${JSON.stringify(id)}]: expected { file, scale }`);
  }
  return { lastModified: '', fetchedAt: '', ...raw, renders } as SnapshotMeta;
}
