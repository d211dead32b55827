/**
 * Structural similarity (SSIM) of two PNGs: luminance of each pixel composited over white, mean
 * SSIM over 8x8 windows (Wang et al. 2004 constants). 1 is identical; sizes are padded to the larger.
 */
import { PNG } from 'pngjs';

const WINDOW = 8;
const C1 = (0.01 * 255) ** 2;
const C2 = (0.03 * 255) ** 2;

/** Luminance of every pixel over white, in a width x height grid (outside the image: white). */
function luminance(image: PNG, width: number, height: number): Float64Array {
  const out = new Float64Array(width * height).fill(255);
  for (let y = 0; y < image.height; y++)
    for (let x = 0; x < image.width; x++) {
      const i = (y * image.width + x) * 4;
      const a = image.data[i + 3]! / 255;
      const over = (c: number) => c * a + 255 * (1 - a);
      out[y * width + x] =
        0.299 * over(image.data[i]!) + 0.587 * over(image.data[i + 1]!) + 0.114 * over(image.data[i + 2]!);
    }
  return out;
}

export function ssim(expectedPng: Buffer, actualPng: Buffer): number {
  const a = PNG.sync.read(expectedPng);
  const b = PNG.sync.read(actualPng);
  const width = Math.max(a.width, b.width);
  const height = Math.max(a.height, b.height);
  const la = luminance(a, width, height);
  const lb = luminance(b, width, height);
  let total = 0;
  let windows = 0;
  for (let wy = 0; wy < height; wy += WINDOW)
    for (let wx = 0; wx < width; wx += WINDOW) {
      const h = Math.min(WINDOW, height - wy);
      const w = Math.min(WINDOW, width - wx);
      const n = w * h;
      let sa = 0;
      let sb = 0;
      for (let y = wy; y < wy + h; y++)
        for (let x = wx; x < wx + w; x++) {
          sa += la[y * width + x]!;
          sb += lb[y * width + x]!;
        }
      const ma = sa / n;
      const mb = sb / n;
      let va = 0;
      let vb = 0;
      let cov = 0;
      for (let y = wy; y < wy + h; y++)
        for (let x = wx; x < wx + w; x++) {
          const da = la[y * width + x]! - ma;
          const db = lb[y * width + x]! - mb;
          va += da * da;
          vb += db * db;
          cov += da * db;
        }
      const div = Math.max(1, n - 1);
      total += ((2 * ma * mb + C1) * ((2 * cov) / div + C2)) / ((ma * ma + mb * mb + C1) * (va / div + vb / div + C2));
      windows++;
    }
  return windows === 0 ? 1 : total / windows;
}
