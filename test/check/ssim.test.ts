import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { ssim } from '../../generator/check/ssim.ts';

function png(width: number, height: number, paint: (x: number, y: number) => number): Buffer {
  const image = new PNG({ width, height });
  for (let y = 0; y < height; y++)
    for (let x = 0; x < width; x++) {
      const i = (y * width + x) * 4;
      const v = paint(x, y);
      image.data[i] = v;
      image.data[i + 1] = v;
      image.data[i + 2] = v;
      image.data[i + 3] = 255;
    }
  return PNG.sync.write(image);
}

describe('ssim', () => {
  const stripes = png(32, 32, (x) => (x % 4 < 2 ? 0 : 255));

  it('is 1 for identical images', () => {
    expect(
      ssim(
        stripes,
        png(32, 32, (x) => (x % 4 < 2 ? 0 : 255)),
      ),
    ).toBeCloseTo(1, 6);
  });

  it('is clearly lower for a changed image', () => {
    const changed = png(32, 32, (x, y) => (y < 16 ? (x % 4 < 2 ? 0 : 255) : 128));
    const value = ssim(stripes, changed);
    expect(value).toBeLessThan(0.8);
    expect(value).toBeGreaterThanOrEqual(-1);
  });
});
