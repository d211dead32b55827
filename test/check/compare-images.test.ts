import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import {
  compareImages,
  cropRenderToBox,
  mismatchOutside,
  pngSize,
  resizePng,
} from '../../generator/check/compare-images.ts';

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

describe('pngSize', () => {
  it('reads the size from the header without decoding', () => {
    expect(pngSize(solid(37, 5, [0, 0, 0]))).toEqual({ width: 37, height: 5 });
  });

  it('refuses bytes that are not a PNG', () => {
    expect(() => pngSize(Buffer.from('GIF89a not a png at all, longer than 24 bytes'))).toThrow(/not a PNG/);
    expect(() => pngSize(solid(2, 2, [0, 0, 0]).subarray(0, 20))).toThrow(/not a PNG/);
  });
});

describe('resizePng', () => {
  it('scales a 1x image to 2x so it compares with a 2x screenshot', () => {
    const scaled = PNG.sync.read(resizePng(solid(4, 3, [1, 2, 3]), 2));
    expect([scaled.width, scaled.height]).toEqual([8, 6]);
    expect(compareImages(PNG.sync.write(scaled), solid(8, 6, [1, 2, 3])).mismatchedPixels).toBe(0);
  });
});

describe('cropRenderToBox', () => {
  // A 2x render of a 10x5 frame whose drop shadow spreads its render bounds by 2 on every side.
  const bounds = { x: 98, y: 48, width: 14, height: 9 };
  const box = { x: 100, y: 50, width: 10, height: 5 };
  function shadowed(): Buffer {
    const png = new PNG({ width: 28, height: 18 });
    for (let y = 0; y < 18; y++)
      for (let x = 0; x < 28; x++) {
        const inside = x >= 4 && x < 24 && y >= 4 && y < 14;
        png.data.set(inside ? [29, 78, 216, 255] : [0, 0, 0, 60], (y * 28 + x) * 4);
      }
    return PNG.sync.write(png);
  }

  it("cuts the shadow margin off, leaving exactly the node's box at the render's scale", () => {
    const cropped = PNG.sync.read(cropRenderToBox(shadowed(), bounds, box, 2));
    expect([cropped.width, cropped.height]).toEqual([20, 10]);
    expect(compareImages(PNG.sync.write(cropped), solid(20, 10, [29, 78, 216])).mismatchedPixels).toBe(0);
  });

  it('leaves a render alone when its size does not fit its render bounds', () => {
    const other = solid(30, 30, [0, 0, 0]);
    expect(cropRenderToBox(other, bounds, box, 2)).toBe(other);
  });
});

describe('mismatchOutside', () => {
  // 20x10: the left half differs (blue vs red), the right half is the same grey.
  function halves(left: [number, number, number]): Buffer {
    const png = new PNG({ width: 20, height: 10 });
    for (let y = 0; y < 10; y++)
      for (let x = 0; x < 20; x++) png.data.set([...(x < 10 ? left : [128, 128, 128]), 255], (y * 20 + x) * 4);
    return PNG.sync.write(png);
  }
  const diff = compareImages(halves([29, 78, 216]), halves([220, 38, 38])).diff;

  it('counts the mismatch of the pixels no box covers, over those pixels', () => {
    expect(mismatchOutside(diff, [])).toEqual({ coveredRatio: 0, mismatchRatio: 0.5 });
    // A box over the differing half leaves only matching pixels outside.
    expect(mismatchOutside(diff, [{ x: 0, y: 0, width: 10, height: 10 }])).toEqual({
      coveredRatio: 0.5,
      mismatchRatio: 0,
    });
    // A box over the matching half leaves only differing ones.
    expect(mismatchOutside(diff, [{ x: 10, y: 0, width: 10, height: 10 }])).toEqual({
      coveredRatio: 0.5,
      mismatchRatio: 1,
    });
  });

  it('counts overlapping boxes once and clips boxes to the image', () => {
    const boxes = [
      { x: -5, y: -5, width: 10, height: 10 },
      { x: 0, y: 0, width: 5, height: 5 },
    ];
    // Covered: the 5x5 corner of the differing half, so 100 - 25 differing pixels of the 175 outside.
    expect(mismatchOutside(diff, boxes)).toEqual({ coveredRatio: 25 / 200, mismatchRatio: 75 / 175 });
  });
});
