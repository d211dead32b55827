import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';
import type { Box } from './types.ts';

/**
 * Pixel comparison of a screenshot with a Figma render or an approved baseline (pixelmatch), with a
 * diff image; also rescales renders taken at another scale.
 */

export interface ImageComparison {
  mismatchedPixels: number;
  /** Mismatched pixels over the pixels of the larger image. */
  mismatchRatio: number;
  width: number;
  height: number;
  sizeMismatch: boolean;
  /** The diff image: differing pixels red over a faded copy of the expected image. */
  diff: Buffer;
}

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** A PNG's size from its header (the IHDR chunk comes first), without decoding it. */
export function pngSize(png: Buffer): { width: number; height: number } {
  if (png.length < 24 || !png.subarray(0, 8).equals(PNG_SIGNATURE) || png.toString('latin1', 12, 16) !== 'IHDR') {
    throw new Error('not a PNG image');
  }
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

/** Copies an image onto a transparent canvas of the given size (top-left aligned). */
function pad(image: PNG, width: number, height: number): PNG {
  if (image.width === width && image.height === height) return image;
  const out = new PNG({ width, height });
  PNG.bitblt(image, out, 0, 0, Math.min(image.width, width), Math.min(image.height, height), 0, 0);
  return out;
}

/** Nearest-neighbour resize, for a Figma render taken at another scale than the screenshot. */
export function resizePng(png: Buffer, factor: number): Buffer {
  if (factor === 1) return png;
  const image = PNG.sync.read(png);
  const width = Math.max(1, Math.round(image.width * factor));
  const height = Math.max(1, Math.round(image.height * factor));
  const out = new PNG({ width, height });
  for (let y = 0; y < height; y++) {
    const sy = Math.min(image.height - 1, Math.floor(y / factor));
    for (let x = 0; x < width; x++) {
      const sx = Math.min(image.width - 1, Math.floor(x / factor));
      image.data.copy(out.data, (y * width + x) * 4, (sy * image.width + sx) * 4, (sy * image.width + sx) * 4 + 4);
    }
  }
  return PNG.sync.write(out);
}

/**
 * The part of a Figma render that shows the node's own box. Figma renders a node's render bounds
 * (drop shadows and strokes outside it included), while the screenshot is taken of its box, so
 * the margin is cut off first. A render whose size does not fit its bounds is left as it is.
 */
export function cropRenderToBox(png: Buffer, renderBounds: Box, box: Box, scale: number): Buffer {
  const image = PNG.sync.read(png);
  const fits =
    Math.abs(image.width - renderBounds.width * scale) <= 2 &&
    Math.abs(image.height - renderBounds.height * scale) <= 2;
  const x = Math.round((box.x - renderBounds.x) * scale);
  const y = Math.round((box.y - renderBounds.y) * scale);
  const width = Math.round(box.width * scale);
  const height = Math.round(box.height * scale);
  if (!fits || (x === 0 && y === 0 && width === image.width && height === image.height)) return png;
  if (x < 0 || y < 0 || width <= 0 || height <= 0) return png;
  const out = new PNG({ width, height });
  PNG.bitblt(image, out, x, y, Math.min(width, image.width - x), Math.min(height, image.height - y), 0, 0);
  return PNG.sync.write(out);
}

/**
 * Compares two PNGs pixel by pixel (pixelmatch, anti-aliased pixels not counted). Images of
 * different sizes are compared on the larger canvas, so missing area counts as mismatch.
 */
export function compareImages(expectedPng: Buffer, actualPng: Buffer): ImageComparison {
  const expected = PNG.sync.read(expectedPng);
  const actual = PNG.sync.read(actualPng);
  const width = Math.max(expected.width, actual.width);
  const height = Math.max(expected.height, actual.height);
  const diff = new PNG({ width, height });
  const mismatchedPixels = pixelmatch(
    pad(expected, width, height).data,
    pad(actual, width, height).data,
    diff.data,
    width,
    height,
    {
      threshold: 0.1,
    },
  );
  return {
    mismatchedPixels,
    mismatchRatio: width * height ? mismatchedPixels / (width * height) : 0,
    width,
    height,
    sizeMismatch: expected.width !== actual.width || expected.height !== actual.height,
    diff: PNG.sync.write(diff),
  };
}

/** Mismatch counted apart inside and outside some boxes of the compared images. */
export interface MismatchOutside {
  /** Pixels under at least one box, over all pixels. */
  coveredRatio: number;
  /** Mismatched pixels outside every box over the pixels outside every box (0 when the boxes cover all). */
  mismatchRatio: number;
}

/**
 * Reads a diff image of `compareImages` (mismatched pixels pure red, the rest grey or anti-alias
 * yellow) and splits its mismatch by `boxes` (device pixels): how much of the image they cover,
 * and how much of the rest differs.
 */
export function mismatchOutside(diffPng: Buffer, boxes: readonly Box[]): MismatchOutside {
  const diff = PNG.sync.read(diffPng);
  const { width, height, data } = diff;
  const covered = new Uint8Array(width * height);
  for (const b of boxes) {
    const x0 = Math.max(0, Math.floor(b.x));
    const y0 = Math.max(0, Math.floor(b.y));
    const x1 = Math.min(width, Math.ceil(b.x + b.width));
    const y1 = Math.min(height, Math.ceil(b.y + b.height));
    for (let y = y0; y < y1; y++) covered.fill(1, y * width + x0, Math.max(y * width + x0, y * width + x1));
  }
  let inside = 0;
  let mismatchedOutside = 0;
  for (let i = 0; i < width * height; i++) {
    if (covered[i]) {
      inside++;
      continue;
    }
    const o = i * 4;
    if (data[o] === 255 && data[o + 1] === 0 && data[o + 2] === 0) mismatchedOutside++;
  }
  const outside = width * height - inside;
  return {
    coveredRatio: width * height ? inside / (width * height) : 0,
    mismatchRatio: outside ? mismatchedOutside / outside : 0,
  };
}
