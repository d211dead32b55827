import { mapConcurrent } from '../core/map-concurrent.ts';
import { join, relative } from 'node:path';
import type { GetFileResponse } from '@figma/rest-api-spec';
import type { ResolvedConfig } from '../core/resolve-config.ts';
import { configError, isDesignSyncError, upstreamError } from '../core/errors.ts';
import type { Logger } from '../core/logger.ts';
import type { Design, FigmaNode } from './design.ts';
import { createFigmaClient, type FigmaClient } from './figma-client.ts';
import type { FigmaCallStats, Sleep } from './figma-http.ts';
import { parseFigmaRef } from './figma-url.ts';
import { parseDesign } from './parse-design.ts';
import { readJsonFile } from './json-text.ts';
import { renderIds, selectNodes } from './select-nodes.ts';
import { parseSnapshotMeta, renderFileName, SNAPSHOT_META, snapshotFolder, type SnapshotMeta } from './snapshot.ts';
import { writeSnapshot } from './write-snapshot.ts';
import { pullAssets } from './pull-assets.ts';

/**
 * Fetches a Figma file, its variables and renders into its snapshot folder, after one cheap version
 * check that skips the rest when the snapshot is current.
 */

export interface PullOptions {
  /** File key or Figma URL; defaults to config.figma.file. */
  file?: string | undefined;
  dryRun?: boolean;
  /** Fetch even when the snapshot's version is current. */
  force?: boolean;
  sleep?: Sleep;
  signal?: AbortSignal;
  /** Parallel render downloads (default 4). */
  downloadConcurrency?: number;
}

export interface PullResult {
  fileKey: string;
  name: string | undefined;
  version: string;
  previousVersion: string | undefined;
  status: 'up-to-date' | 'pulled' | 'dry-run';
  /** Snapshot folder relative to the project root. */
  folder: string;
  /** Files written, relative to the snapshot folder (empty when up to date or dry run). */
  written: string[];
  renders: number;
  /** Asset files fetched from Figma, and taken unchanged from the previous snapshot. */
  assets: { fetched: number; reused: number };
  variables: 'fetched' | 'unavailable' | 'not-fetched';
  /** What a dry run would fetch. */
  wouldFetch: string[];
  /** Nulls in nodes/images maps, variables not available, renders that failed. */
  gaps: string[];
  warnings: string[];
  stats: FigmaCallStats;
}

/**
 * Fetches a Figma file into its snapshot folder. One cheap version check first; when the snapshot
 * already has that version nothing else is called and nothing is written (file calls are rationed).
 */
export async function pull(config: ResolvedConfig, logger: Logger, options: PullOptions = {}): Promise<PullResult> {
  const fileInput = options.file ?? config.figma.file;
  if (fileInput === undefined) {
    throw configError('config/no-file', 'no Figma file to pull: figma.file is not set', {
      hint: 'Set figma.file in design-sync.config.json (a key or URL), or pass --file <key or URL>.',
    });
  }
  const ref = parseFigmaRef(fileInput);
  const folder = snapshotFolder(config.paths.snapshotDir, ref.fileKey);
  const client = createFigmaClient({
    baseUrl: config.env.figmaApiUrl,
    token: config.env.figmaToken,
    timeoutMs: config.figma.timeoutMs,
    maxRetryAfterSeconds: config.figma.maxRetryAfterSeconds,
    logger,
    ...(options.sleep ? { sleep: options.sleep } : {}),
    ...(options.signal ? { signal: options.signal } : {}),
  });
  const previous = await readPreviousMeta(folder, logger);
  const version = await currentVersion(client, ref.fileKey);
  const result: PullResult = {
    fileKey: ref.fileKey,
    name: previous?.name,
    version,
    previousVersion: previous?.version,
    status: 'up-to-date',
    folder: relative(config.root, folder) || '.',
    written: [],
    renders: 0,
    assets: { fetched: 0, reused: 0 },
    variables: 'not-fetched',
    wouldFetch: [],
    gaps: [],
    warnings: [],
    stats: client.stats,
  };
  if (previous?.version === version && !options.force) {
    logger.info(`pull: snapshot of ${ref.fileKey} is current (version ${version}); nothing fetched`);
    return result;
  }
  if (options.dryRun) {
    result.status = 'dry-run';
    result.wouldFetch = [
      `GET /v1/files/${ref.fileKey}?geometry=paths`,
      `GET /v1/files/${ref.fileKey}/variables/local`,
      `GET /v1/images/${ref.fileKey}?format=png&scale=${config.figma.renderScale} for the selected components and frames, then download each PNG`,
      `GET /v1/images/${ref.fileKey}?format=svg for drawings that changed (PNG where Figma has no SVG), then download each`,
      `GET /v1/files/${ref.fileKey}/images for image fills not in the snapshot, then download each`,
    ];
    return result;
  }

  logger.progress(`pull: fetching ${ref.fileKey} (version ${version})`);
  const raw = await client.file(ref.fileKey, { geometry: 'paths' });
  const design = parseUpstream(raw, ref.fileKey);
  result.name = design.name;
  result.warnings.push(...design.warnings);

  const variables = await fetchVariables(client, ref.fileKey, result);
  const picked = pickRenders(design, config, ref.nodeId, result);
  const renderIds = picked.ids;
  const renders = await fetchRenders(
    client,
    ref.fileKey,
    renderIds,
    config.figma.renderScale,
    options.downloadConcurrency ?? 4,
    result,
    logger,
  );
  const assets = await pullAssets({
    client,
    fileKey: ref.fileKey,
    roots: picked.roots,
    scale: config.figma.renderScale,
    concurrency: options.downloadConcurrency ?? 4,
    previous: previous ? { meta: previous, folder } : undefined,
    logger,
  });
  result.gaps.push(...assets.gaps);
  result.assets = { fetched: assets.fetched, reused: assets.reused };

  const meta: SnapshotMeta = {
    fileKey: ref.fileKey,
    name: raw.name,
    version: raw.version ?? version,
    lastModified: raw.lastModified,
    fetchedAt: new Date().toISOString(),
    files: { file: 'file.json', ...(variables === undefined ? {} : { variables: 'variables.json' }) },
    renders: Object.fromEntries(
      Object.keys(renders).map((id) => [id, { file: renderFileName(id), scale: config.figma.renderScale }]),
    ),
    ...(Object.keys(assets.assets).length > 0 ? { assets: assets.assets } : {}),
    ...(Object.keys(assets.images).length > 0 ? { images: assets.images } : {}),
    ...(result.gaps.length > 0 ? { gaps: result.gaps } : {}),
  };
  result.written = await writeSnapshot(folder, {
    meta,
    json: { 'file.json': raw, ...(variables === undefined ? {} : { 'variables.json': variables }) },
    binary: {
      ...Object.fromEntries(Object.entries(renders).map(([id, bytes]) => [renderFileName(id), bytes])),
      ...assets.binary,
    },
  });
  result.status = 'pulled';
  result.version = meta.version;
  result.renders = Object.keys(renders).length;
  return result;
}

async function readPreviousMeta(folder: string, logger: Logger): Promise<SnapshotMeta | undefined> {
  const path = join(folder, SNAPSHOT_META);
  try {
    return parseSnapshotMeta(await readJsonFile(path), path);
  } catch (error) {
    if (isDesignSyncError(error) && error.code === 'input/missing') return undefined;
    logger.warn(`pull: ignoring the unreadable snapshot at ${folder}: ${(error as Error).message}`);
    return undefined;
  }
}

/** The file's version from the cheap metadata endpoint, falling back to a depth-1 file read. */
async function currentVersion(client: FigmaClient, fileKey: string): Promise<string> {
  const meta = await client.fileMeta(fileKey);
  if (typeof meta?.file?.version === 'string') return meta.file.version;
  const shallow = await client.file(fileKey, { depth: 1 });
  if (typeof shallow?.version === 'string') return shallow.version;
  throw upstreamError('figma/no-version', `Figma answered without a file version for ${fileKey}`, {
    hint: 'Check FIGMA_API_URL points at the Figma REST API.',
  });
}

function parseUpstream(raw: GetFileResponse, fileKey: string): Design {
  try {
    return parseDesign(raw, `GET /v1/files/${fileKey}`);
  } catch (error) {
    if (!isDesignSyncError(error)) throw error;
    throw upstreamError('figma/unexpected', `Figma answered with an unexpected file: ${error.message}`, {
      cause: error,
    });
  }
}

async function fetchVariables(client: FigmaClient, fileKey: string, result: PullResult): Promise<unknown> {
  try {
    const variables = await client.localVariables(fileKey);
    result.variables = 'fetched';
    return variables;
  } catch (error) {
    if (!isDesignSyncError(error) || error.code !== 'figma/variables-forbidden') throw error;
    result.variables = 'unavailable';
    result.gaps.push(
      'variables: not available (403; the variables API needs an Enterprise plan); use token files in tokens/',
    );
    return undefined;
  }
}

/** The nodes to render, and the selected nodes whose assets are fetched. */
function pickRenders(
  design: Design,
  config: ResolvedConfig,
  nodeId: string | undefined,
  result: PullResult,
): { ids: string[]; roots: FigmaNode[] } {
  let roots = design.roots;
  const extra: string[] = [];
  if (nodeId !== undefined) {
    const node = findNode(design.roots, nodeId);
    if (node === undefined) result.warnings.push(`node ${nodeId} from the URL is not in the file`);
    else {
      roots = [node];
      if (node.type === 'FRAME' || node.type === 'COMPONENT') extra.push(node.id);
    }
  }
  const selected = selectNodes(roots, config.figma);
  for (const name of selected.unmatched)
    result.warnings.push(`figma selection "${name}" matched no page, frame or component`);
  const ids = [...new Set([...extra, ...renderIds(selected.selections)])];
  const chosen = selected.selections.map((s) => s.node);
  return { ids, roots: nodeId !== undefined && chosen.length === 0 ? roots : chosen };
}

async function fetchRenders(
  client: FigmaClient,
  fileKey: string,
  ids: string[],
  scale: number,
  concurrency: number,
  result: PullResult,
  logger: Logger,
): Promise<Record<string, Uint8Array>> {
  if (ids.length === 0) return {};
  logger.progress(`pull: rendering ${ids.length} nodes`);
  const urls = await client.images(fileKey, ids, { format: 'png', scale });
  for (const id of urls.gaps) result.gaps.push(`render of ${id}: Figma returned no image (empty or invisible node)`);
  const renders: Record<string, Uint8Array> = {};
  const entries = Object.entries(urls.value);
  const counter = logger.count('pull: renders downloaded', entries.length);
  await mapConcurrent(entries, concurrency, async ([id, url]) => {
    try {
      renders[id] = await client.download(url);
    } catch (error) {
      if (!isDesignSyncError(error) || !['figma/render-download', 'figma/download-expired'].includes(error.code))
        throw error;
      result.gaps.push(`render of ${id}: ${error.message}`);
    }
    counter.tick();
  }).finally(() => counter.done());
  return Object.fromEntries(
    Object.keys(urls.value)
      .filter((id) => id in renders)
      .map((id) => [id, renders[id]!]),
  );
}

function findNode(roots: FigmaNode[], id: string): FigmaNode | undefined {
  const stack = [...roots];
  for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
    if (node.id === id) return node;
    if ('children' in node && Array.isArray(node.children)) stack.push(...(node.children as FigmaNode[]));
  }
  return undefined;
}
