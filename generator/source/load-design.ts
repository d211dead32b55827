import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { join, relative } from 'node:path';
import type { ResolvedConfig } from '../core/resolve-config.ts';
import { inputError } from '../core/errors.ts';
import type { Logger } from '../core/logger.ts';
import type { Design, DesignAsset } from './design.ts';
import { parseFigmaRef } from './figma-url.ts';
import { readJsonFile } from './json-text.ts';
import { parseDesign } from './parse-design.ts';
import { parseVariables } from './parse-variables.ts';
import { parseSnapshotMeta, SNAPSHOT_META, snapshotFolder, type SnapshotMeta } from './snapshot.ts';

/**
 * Loads the design a command works on: `config.paths.source` when set (a snapshot folder or any
 * single Figma JSON file), else the snapshot of `config.figma.file`.
 */
export async function loadDesign(config: ResolvedConfig, logger: Logger): Promise<Design> {
  let path = config.paths.source;
  if (path === undefined) {
    if (config.figma.file === undefined) {
      throw inputError('input/no-source', 'no design to read: neither --source nor figma.file is set', {
        hint: 'Set figma.file in design-sync.config.json and run `design-sync pull`, or pass --source <snapshot folder or Figma JSON file>.',
      });
    }
    const { fileKey } = parseFigmaRef(config.figma.file);
    path = snapshotFolder(config.paths.snapshotDir, fileKey);
    if (!(await exists(join(path, SNAPSHOT_META)))) {
      throw inputError(
        'input/no-snapshot',
        `no snapshot of Figma file ${fileKey} at ${relative(config.root, path) || '.'}`,
        {
          hint: 'Run `design-sync pull` (needs FIGMA_TOKEN), or pass --source <snapshot folder or Figma JSON file>.',
        },
      );
    }
  }
  const design = await readDesign(path);
  logger.debug(`source: read ${design.shape ?? 'design'} ${design.origin} (${design.roots.length} roots)`);
  if (design.warnings.length > 0) {
    logger.warn(
      `source: ${design.warnings.length} warning(s) while reading ${design.origin}${logger.verbose ? '' : ' (see --verbose)'}`,
    );
    for (const warning of design.warnings) logger.debug(`source: ${warning}`);
  }
  return design;
}

/** Is a design configured: `--source` (paths.source) or figma.file? */
export function designConfigured(config: ResolvedConfig): boolean {
  return config.paths.source !== undefined || config.figma.file !== undefined;
}

/**
 * The design for a run that can do without one: tokens need no design when token files are one of
 * their sources. Undefined when none is configured and `tokens.sources` has "files"; otherwise
 * loadDesign (which says what is missing).
 */
export async function loadDesignIfConfigured(config: ResolvedConfig, logger: Logger): Promise<Design | undefined> {
  if (designConfigured(config) || !config.tokens.sources.includes('files')) return loadDesign(config, logger);
  const figma = config.tokens.sources.filter((source) => source !== 'files');
  if (figma.length > 0)
    logger.info(
      `source: no design configured (figma.file or --source): tokens from token files only, no ${figma.join(', ')}`,
    );
  return undefined;
}

/** Reads a snapshot folder or a single Figma JSON file of any supported shape. */
export async function readDesign(path: string): Promise<Design> {
  let isFolder: boolean;
  try {
    isFolder = (await stat(path)).isDirectory();
  } catch {
    throw inputError('input/missing', `${path}: not found`, {
      hint: 'Run `design-sync pull` to fetch the snapshot, or pass --source <snapshot folder or Figma JSON file>.',
    });
  }
  if (isFolder) return readSnapshot(path);
  const hash = createHash('sha256');
  const design = parseDesign(await readJsonFile(path, path, (text) => hash.update(text)), path);
  return { ...design, contentHash: hash.digest('hex') };
}

async function readSnapshot(folder: string): Promise<Design> {
  const metaPath = join(folder, SNAPSHOT_META);
  if (!(await exists(metaPath))) {
    throw inputError('input/not-a-snapshot', `${folder}: not a snapshot folder (no ${SNAPSHOT_META})`, {
      hint: 'Pass a snapshot folder written by `design-sync pull`, or a single Figma JSON file.',
    });
  }
  const meta = parseSnapshotMeta(await readJsonFile(metaPath), metaPath);
  const filePath = join(folder, meta.files.file);
  // Each text with its role, so a file moved into the variables' place is another content.
  const hash = createHash('sha256');
  const seen = (role: string) => (text: string) => hash.update(`${role}\0${text.length}\0`).update(text);
  const design = parseDesign(await readJsonFile(filePath, filePath, seen('file')), filePath);
  if (meta.files.variables !== undefined) {
    const variablesPath = join(folder, meta.files.variables);
    design.variables = parseVariables(
      await readJsonFile(variablesPath, variablesPath, seen('variables')),
      variablesPath,
    );
  }
  for (const [nodeId, render] of Object.entries(meta.renders)) {
    const renderPath = join(folder, render.file);
    if (await exists(renderPath)) design.renders[nodeId] = { nodeId, path: renderPath, scale: render.scale };
    else design.warnings.push(`render of ${nodeId} is listed in meta.json but ${render.file} is missing`);
  }
  design.assets = await storedAssets(folder, meta, design.warnings);
  for (const gap of meta.gaps ?? []) design.warnings.push(gap);
  return {
    ...design,
    origin: folder,
    fileKey: meta.fileKey,
    name: meta.name,
    version: meta.version,
    lastModified: meta.lastModified || design.lastModified,
    shape: 'snapshot',
    contentHash: hash.digest('hex'),
  };
}

/** The snapshot's asset files by node id: exported drawings, and image fills for every node they paint. */
async function storedAssets(
  folder: string,
  meta: SnapshotMeta,
  warnings: string[],
): Promise<Record<string, DesignAsset>> {
  const assets: Record<string, DesignAsset> = {};
  const present = new Map<string, boolean>();
  const check = async (file: string) => {
    if (!present.has(file)) present.set(file, await exists(join(folder, file)));
    return present.get(file)!;
  };
  for (const [ref, image] of Object.entries(meta.images ?? {})) {
    if (!(await check(image.file))) {
      warnings.push(`image fill ${ref} is listed in meta.json but ${image.file} is missing`);
      continue;
    }
    for (const nodeId of image.nodes ?? [])
      assets[nodeId] = { nodeId, path: join(folder, image.file), format: image.format };
  }
  for (const [nodeId, asset] of Object.entries(meta.assets ?? {})) {
    if (await check(asset.file)) {
      const path = join(folder, asset.file);
      assets[nodeId] = { nodeId, path, format: asset.format };
      if (asset.format === 'svg') {
        const text = await svgText(path);
        if (text === undefined) warnings.push(`asset of ${nodeId}: ${asset.file} is over ${MAX_INLINE_SVG} bytes`);
        else assets[nodeId].text = text;
      }
    } else warnings.push(`asset of ${nodeId} is listed in meta.json but ${asset.file} is missing`);
  }
  return assets;
}

/** Largest SVG read to inline as an icon (bigger ones are illustrations, kept as files). */
const MAX_INLINE_SVG = 256 * 1024;

async function svgText(path: string): Promise<string | undefined> {
  const info = await stat(path);
  return info.size > MAX_INLINE_SVG ? undefined : readFile(path, 'utf8');
}

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  );
}
