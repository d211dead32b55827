/**
 * The asset files of generated components: stored SVG/PNG bytes copied, render crops cut out of
 * the Figma render with pngjs, written to `<component>/assets/`. An asset that is too large or
 * cannot be decoded is a finding and the file is left out, never a crash.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import type { PlannedFile } from '../core/plan.ts';
import type { IrAsset, IrComponent, IrFinding } from '../ir/types.ts';
import { ASSET_DIR, componentAssets } from './render-asset.ts';
import { optimizeSvg } from '../svg/optimize-svg.ts';

/**
 * Largest asset file written (a 40 MB image fill is a finding, not a component). A photo cropped
 * from a 2x render as PNG is 2-4 MB, so the cap leaves room for one.
 */
export const MAX_ASSET_BYTES = 8 * 1024 * 1024;
/** Largest render decoded to crop from (pixels). */
const MAX_RENDER_PIXELS = 64 * 1024 * 1024;

export const ASSET_PRODUCER = 'generate/assets';

/** Decoded renders shared by the crops of one run. */
export type RenderCache = Map<string, Promise<PNG>>;

async function decodeRender(path: string, cache: RenderCache): Promise<PNG> {
  let png = cache.get(path);
  if (!png) {
    png = readFile(path).then((bytes) => {
      const image = PNG.sync.read(bytes);
      if (image.width * image.height > MAX_RENDER_PIXELS) throw new Error(`render ${path} is too large to crop from`);
      return image;
    });
    cache.set(path, png);
  }
  return png;
}

/** The rectangle of a render, clamped to the image (outside pixels stay transparent). */
export function cropPng(image: PNG, rect: { x: number; y: number; width: number; height: number }): Buffer {
  const out = new PNG({ width: rect.width, height: rect.height });
  const x0 = Math.max(0, rect.x);
  const y0 = Math.max(0, rect.y);
  const x1 = Math.min(image.width, rect.x + rect.width);
  const y1 = Math.min(image.height, rect.y + rect.height);
  if (x1 > x0 && y1 > y0) PNG.bitblt(image, out, x0, y0, x1 - x0, y1 - y0, x0 - rect.x, y0 - rect.y);
  return PNG.sync.write(out);
}

async function assetBytes(asset: IrAsset, cache: RenderCache): Promise<string> {
  const source = asset.source;
  if (source.kind === 'crop') return cropPng(await decodeRender(source.render, cache), source).toString('base64');
  const bytes = await readFile(source.path);
  if (bytes.length > MAX_ASSET_BYTES) throw new Error(`${bytes.length} bytes is over the ${MAX_ASSET_BYTES}-byte cap`);
  if (asset.format === 'svg') return optimizeSvg(bytes.toString('utf8'), asset.binding);
  checkRaster(bytes, asset.format);
  return bytes.toString('base64');
}

/** A PNG must decode; a JPEG must at least carry its start and end markers (no decoder here). */
export function checkRaster(bytes: Buffer, format: 'png' | 'jpg'): void {
  if (format === 'png') {
    PNG.sync.read(bytes);
    return;
  }
  const n = bytes.length;
  if (n < 4 || bytes[0] !== 0xff || bytes[1] !== 0xd8 || bytes[2] !== 0xff)
    throw new Error('not a JPEG file (no start-of-image marker)');
  // Trailing padding after the end-of-image marker is common; look for it near the end.
  if (!bytes.subarray(Math.max(0, n - 64)).includes(Buffer.from([0xff, 0xd9])))
    throw new Error('JPEG file is truncated (no end-of-image marker)');
}

function placeholder(asset: IrAsset): string {
  const width = Math.max(1, Math.min(2048, Math.round(asset.width)));
  const height = Math.max(1, Math.min(2048, Math.round(asset.height)));
  if (asset.format === 'svg')
    return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}"/>\n`;
  return PNG.sync.write(new PNG({ width, height })).toString('base64');
}

export interface AssetFiles {
  files: PlannedFile[];
  findings: IrFinding[];
}

/** The planned asset files of one component (`componentDir` is its folder). */
export async function assetFiles(
  component: IrComponent,
  componentDir: string,
  cache: RenderCache = new Map(),
): Promise<AssetFiles> {
  const files: PlannedFile[] = [];
  const findings: IrFinding[] = [];
  for (const asset of componentAssets(component)) {
    const path = join(componentDir, ASSET_DIR, asset.file);
    const nodeIds = [asset.nodeId];
    try {
      const content = await assetBytes(asset, cache);
      const size = asset.format === 'svg' ? Buffer.byteLength(content) : Buffer.byteLength(content, 'base64');
      if (size > MAX_ASSET_BYTES) throw new Error(`${size} bytes is over the ${MAX_ASSET_BYTES}-byte cap`);
      files.push({ path, content, producer: ASSET_PRODUCER, nodeIds });
    } catch (error) {
      // The import must still resolve: a transparent placeholder of the element's size stands in.
      files.push({ path, content: placeholder(asset), producer: ASSET_PRODUCER, nodeIds });
      findings.push({
        nodeId: asset.nodeId,
        kind: 'asset-fallback',
        message: `asset ${asset.file} could not be used (${(error as Error).message}): left a transparent placeholder`,
      });
    }
  }
  return { files, findings };
}
