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
  /** Exported drawings by node id (content-addressed files), with the hash of the node they came from. */
  assets?: Record<string, SnapshotAsset & { source: string }>;
  /** Image fills by Figma imageRef (content-addressed files), with the nodes painted with each. */
  images?: Record<string, SnapshotAsset & { nodes: string[] }>;
  /** Gaps the pull reported (nodes or renders Figma returned null for, variables not available). */
  gaps?: string[];
}

/** The formats an asset file is stored in (image fills keep the bytes the designer uploaded). */
export const ASSET_FORMATS = ['svg', 'png', 'jpg'] as const;
export type AssetFormat = (typeof ASSET_FORMATS)[number];

/** One stored asset file: `assets/<sha256>.<format>`, relative to the snapshot folder. */
export interface SnapshotAsset {
  file: string;
  format: AssetFormat;
}

/** The content-addressed name of an asset file. */
export function assetFileName(sha256: string, format: AssetFormat): string {
  return `assets/${sha256}.${format}`;
}

/** The format of asset bytes by their signature, or undefined for anything else (not stored). */
export function sniffAssetFormat(bytes: Uint8Array): AssetFormat | undefined {
  if (bytes[0] === 0x89 && bytes[1] === 0x50 && bytes[2] === 0x4e && bytes[3] === 0x47) return 'png';
  if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'jpg';
  const head = Buffer.from(bytes.subarray(0, 512)).toString('utf8').trimStart();
  if (/^(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*<svg[\s>]/.test(head)) return 'svg';
  return undefined;
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
  for (const key of ['assets', 'images'] as const) {
    const map = raw[key] ?? {};
    if (!isPlainObject(map)) throw fail(`$.${key}: expected an object map`);
    for (const [id, asset] of Object.entries(map)) {
      if (
        !isPlainObject(asset) ||
        typeof asset.file !== 'string' ||
        !(ASSET_FORMATS as readonly unknown[]).includes(asset.format) ||
        !/^assets\/[0-9a-f]{64}\.(svg|png|jpg)$/.test(asset.file) ||
        (key === 'images' && !(Array.isArray(asset.nodes) && asset.nodes.every((n) => typeof n === 'string')))
      )
        throw fail(`$.${key}[${JSON.stringify(id)}]: expected { file: "assets/<sha256>.<svg|png|jpg>", format }`);
    }
  }
  return { lastModified: '', fetchedAt: '', ...raw, renders } as SnapshotMeta;
}
