/**
 * The asset part of `pull`: drawings exported as SVG in batched /images calls (PNG at the render
 * scale where Figma has no SVG for a node), image fills through /files/:key/images, all stored
 * content-addressed so an unchanged drawing or image is taken from the previous snapshot instead of
 * fetched again. A download that fails (an expired URL twice, a timeout, an oversized or unknown
 * file) is a gap in the snapshot, never a failed or half-written pull.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { isDesignSyncError } from '../core/errors.ts';
import type { Logger } from '../core/logger.ts';
import { mapConcurrent } from '../core/map-concurrent.ts';
import type { FigmaNode } from './design.ts';
import type { FigmaClient } from './figma-client.ts';
import { assetTargets } from './asset-targets.ts';
import { assetFileName, sniffAssetFormat, type SnapshotAsset, type SnapshotMeta } from './snapshot.ts';

/** Ids per SVG export call: exports are heavier for Figma than PNG renders. */
export const SVG_IDS_PER_CALL = 50;
/** Largest asset kept in the snapshot (a 40 MB photo is a gap, not a cached asset). */
export const MAX_SNAPSHOT_ASSET_BYTES = 16 * 1024 * 1024;

/** Download failures that leave a gap instead of failing the pull. */
const DOWNLOAD_FAILURES = new Set([
  'figma/render-download',
  'figma/download-expired',
  'figma/download-too-large',
  'figma/timeout',
  'figma/network',
]);

export interface AssetPullInput {
  client: FigmaClient;
  fileKey: string;
  /** The selected nodes (components, sets, frames): assets are looked for under these. */
  roots: readonly FigmaNode[];
  scale: number;
  concurrency: number;
  /** The snapshot being replaced, whose files are reused when their source did not change. */
  previous: { meta: SnapshotMeta; folder: string } | undefined;
  logger: Logger;
}

export interface AssetPull {
  assets: NonNullable<SnapshotMeta['assets']>;
  images: NonNullable<SnapshotMeta['images']>;
  /** Asset bytes by file name relative to the snapshot folder. */
  binary: Record<string, Uint8Array>;
  fetched: number;
  reused: number;
  gaps: string[];
}

/** Fetches (or reuses) every asset under the selected nodes. */
export async function pullAssets(input: AssetPullInput): Promise<AssetPull> {
  const targets = assetTargets(input.roots);
  const out: AssetPull = { assets: {}, images: {}, binary: {}, fetched: 0, reused: 0, gaps: [] };
  const store = (bytes: Uint8Array, what: string): SnapshotAsset | undefined => {
    if (bytes.length > MAX_SNAPSHOT_ASSET_BYTES) {
      out.gaps.push(
        `${what}: ${bytes.length} bytes is over the ${MAX_SNAPSHOT_ASSET_BYTES}-byte asset cap; not stored`,
      );
      return undefined;
    }
    const format = sniffAssetFormat(bytes);
    if (format === undefined) {
      out.gaps.push(`${what}: not an SVG, PNG or JPEG file; not stored`);
      return undefined;
    }
    const file = assetFileName(createHash('sha256').update(bytes).digest('hex'), format);
    out.binary[file] = bytes;
    return { file, format };
  };
  const reuse = async (asset: SnapshotAsset | undefined): Promise<boolean> => {
    if (!asset || !input.previous) return false;
    const bytes = await readFile(join(input.previous.folder, asset.file)).catch(() => undefined);
    if (bytes === undefined) return false;
    out.binary[asset.file] = new Uint8Array(bytes);
    out.reused++;
    return true;
  };

  const wanted: string[] = [];
  for (const id of targets.drawings) {
    const source = targets.sources.get(id)!;
    const old = input.previous?.meta.assets?.[id];
    if (old?.source === source && (await reuse(old))) out.assets[id] = old;
    else wanted.push(id);
  }
  if (wanted.length > 0) {
    input.logger.progress(`pull: exporting ${wanted.length} drawings as SVG`);
    const svgGaps = await exportDrawings(input, wanted, 'svg', out, store, targets.sources);
    // Figma answers null for what it cannot export as SVG (an image inside, say): a PNG instead.
    const pngGaps = await exportDrawings(input, svgGaps, 'png', out, store, targets.sources);
    for (const id of pngGaps) out.gaps.push(`asset of ${id}: Figma exported neither SVG nor PNG`);
  }

  const refs: string[] = [];
  for (const [ref, nodes] of targets.images) {
    const old = input.previous?.meta.images?.[ref];
    if (await reuse(old)) out.images[ref] = { file: old!.file, format: old!.format, nodes };
    else refs.push(ref);
  }
  if (refs.length > 0) await fetchImageFills(input, refs, targets.images, out, store);
  return out;
}

type Store = (bytes: Uint8Array, what: string) => SnapshotAsset | undefined;

/** Exports drawings in one format; returns the ids Figma answered null for. */
async function exportDrawings(
  input: AssetPullInput,
  ids: string[],
  format: 'svg' | 'png',
  out: AssetPull,
  store: Store,
  sources: ReadonlyMap<string, string>,
): Promise<string[]> {
  if (ids.length === 0) return [];
  const query = format === 'svg' ? { format, scale: 1, idsPerCall: SVG_IDS_PER_CALL } : { format, scale: input.scale };
  const urls = await input.client.images(input.fileKey, ids, query);
  const refresh = async (stale: string[]) => (await input.client.images(input.fileKey, stale, query)).value;
  const bytes = await downloadAll(input, urls.value, refresh, (id) => `${format.toUpperCase()} export of ${id}`, out);
  for (const id of ids) {
    const got = bytes.get(id);
    if (got === undefined) continue;
    const asset = store(got, `asset of ${id}`);
    if (asset) {
      out.assets[id] = { ...asset, source: sources.get(id)! };
      out.fetched++;
    }
  }
  return urls.gaps;
}

async function fetchImageFills(
  input: AssetPullInput,
  refs: string[],
  users: ReadonlyMap<string, string[]>,
  out: AssetPull,
  store: Store,
): Promise<void> {
  input.logger.progress(`pull: downloading ${refs.length} image fills`);
  const all = await input.client.imageFills(input.fileKey);
  const urls: Record<string, string> = {};
  for (const ref of refs) {
    if (all[ref] !== undefined) urls[ref] = all[ref];
    else out.gaps.push(`image fill ${ref} (on ${users.get(ref)!.join(', ')}): Figma returned no URL for it`);
  }
  const refresh = async () => input.client.imageFills(input.fileKey);
  const bytes = await downloadAll(input, urls, refresh, (ref) => `image fill ${ref}`, out);
  for (const ref of refs) {
    const got = bytes.get(ref);
    if (got === undefined) continue;
    const asset = store(got, `image fill ${ref}`);
    if (asset) {
      out.images[ref] = { ...asset, nodes: users.get(ref)! };
      out.fetched++;
    }
  }
}

/**
 * Downloads every URL; the ones that answer 403 (expired) get one fresh URL each and one more try.
 * What still fails is a gap.
 */
async function downloadAll(
  input: AssetPullInput,
  urls: Record<string, string>,
  refresh: (stale: string[]) => Promise<Record<string, string>>,
  what: (key: string) => string,
  out: AssetPull,
): Promise<Map<string, Uint8Array>> {
  const bytes = new Map<string, Uint8Array>();
  const expired: string[] = [];
  const attempt = async (entries: Array<[string, string]>, retry: boolean) =>
    mapConcurrent(entries, input.concurrency, async ([key, url]) => {
      try {
        bytes.set(key, await input.client.download(url, MAX_SNAPSHOT_ASSET_BYTES));
      } catch (error) {
        if (!isDesignSyncError(error) || !DOWNLOAD_FAILURES.has(error.code)) throw error;
        if (error.code === 'figma/download-expired' && retry) expired.push(key);
        else out.gaps.push(`${what(key)}: ${error.message}`);
      }
    });
  await attempt(Object.entries(urls), true);
  if (expired.length > 0) {
    input.logger.debug(`pull: ${expired.length} download URLs expired; asking for fresh ones`);
    const fresh = await refresh(expired);
    const again: Array<[string, string]> = [];
    for (const key of expired) {
      if (fresh[key] !== undefined) again.push([key, fresh[key]]);
      else out.gaps.push(`${what(key)}: the URL expired and Figma gave no new one`);
    }
    await attempt(again, false);
  }
  return bytes;
}
