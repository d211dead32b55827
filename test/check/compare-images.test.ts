import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { compareImages, resizePng } from '../../generator/check/compare-images.ts';

function solid(width: number, height: number, [r, g, b]: [number, number, number]): Buffer {
  const png = new PNG({ width, height });
  for (let i = 0; i < png.data.length; i += 4) png.data.set([r, g, b, 255], i);
  return PNG.sync.write(png);
}

describe('compareImages', () => {
  it('finds no difference between identical images', () => {
    const result = compareImages(solid(20, 10, [29, 78, 216]), solid(20, 10, [29, 78, 216]));
    expect(result.mismatchedPixels).toBe(0);
    expect(result.mismatchRatio).toBe(0);
    expect(result.sizeMismatch).toBe(false);
  });

  it('counts every pixel of a changed colour and writes a diff image of the same size', () => {
    const result = compareImages(solid(20, 10, [29, 78, 216]), solid(20, 10, [220, 38, 38]));
    expect(result.mismatchRatio).toBe(1);
    const diff = PNG.sync.read(result.diff);
    expect([diff.width, diff.height]).toEqual([20, 10]);
  });

  it('compares images of different sizes on the larger canvas, counting the missing area', () => {
    const result = compareImages(solid(20, 10, [0, 0, 0]), solid(10, 10, [0, 0, 0]));
    expect(result.sizeMismatch).toBe(true);
    expect(result.mismatchRatio).toBeCloseTo(0.5);
  });
});

describe('resizePng', () => {
  it('scales a 1x image to 2x so it compares with a 2x screenshot', () => {
    const scaled = PNG.sync.read(resizePng(solid(4, 3, [1, 2, 3]), 2));
    expect([scaled.width, scaled.height]).toEqual([8, 6]);
    expect(compareImages(PNG.sync.write(scaled), solid(8, 6, [1, 2, 3])).mismatchedPixels).toBe(0);
  });
});
