/**
 * Gate rules for asset files and their imports: a PNG must decode and stay under the size cap, an
 * SVG must already be clean (nothing the sanitiser would drop), and a component may import an
 * asset only from its own `assets/` folder, and only one this run writes.
 */
import { existsSync } from 'node:fs';
import { extname } from 'node:path';
import type { GateReason } from './types.ts';
import { sanitizeSvg } from '../../svg/sanitize-svg.ts';
import { checkRaster, MAX_ASSET_BYTES } from '../asset-files.ts';

export const ASSET_EXTENSIONS: ReadonlySet<string> = new Set(['.svg', '.png', '.jpg']);

/** The relative import of an asset file the generated code may write. */
export const ASSET_IMPORT = /^\.\/assets\/[A-Za-z0-9_-][A-Za-z0-9_.-]*\.(svg|png|jpg)$/;

export function checkAsset(path: string, content: string): GateReason[] {
  const ext = extname(path);
  if (!/[\\/]assets[\\/][^\\/]+$/.test(path))
    return [{ rule: 'path/unexpected', message: `asset ${JSON.stringify(path)} is not in an assets/ folder` }];
  const bytes = ext === '.svg' ? Buffer.from(content, 'utf8') : Buffer.from(content, 'base64');
  if (bytes.length > MAX_ASSET_BYTES)
    return [{ rule: 'file/too-large', message: `asset is larger than ${MAX_ASSET_BYTES / 1024 / 1024} MB` }];
  if (ext === '.png' || ext === '.jpg') {
    try {
      // A JPEG that could not be used is replaced by a transparent PNG (browsers sniff image bytes).
      checkRaster(bytes, ext === '.jpg' && bytes[0] === 0xff ? 'jpg' : 'png');
      return [];
    } catch (error) {
      return [
        {
          rule: 'asset/undecodable',
          message: `${ext.slice(1).toUpperCase()} does not decode: ${(error as Error).message}`,
        },
      ];
    }
  }
  const { removed } = sanitizeSvg(content);
  return removed.length === 0
    ? []
    : [{ rule: 'svg/unsafe', message: `SVG holds what the sanitiser removes: ${removed.slice(0, 5).join(', ')}` }];
}

/** Asset imports (resolved paths) that no planned file and no file on disk provides. */
export function missingAssets(imports: string[], planned: ReadonlySet<string>): GateReason[] {
  return imports
    .filter((i) => ASSET_EXTENSIONS.has(extname(i)) && !planned.has(i) && !existsSync(i))
    .map((i) => ({ rule: 'import/missing-asset', message: `imports ${i}, which is not generated` }));
}
