import { describe, expect, it } from 'vitest';
import { deviceClip } from '../../generator/check/story-page.ts';

// The box a screenshot captures, as Playwright's page.screenshot computed it when the approved
// baselines were recorded: a change here changes every baseline's size.
describe('deviceClip', () => {
  const viewport = { width: 1280, height: 800 };

  it('keeps a whole-pixel box inside the viewport as it is', () => {
    expect(deviceClip({ x: 0, y: 0, width: 120, height: 40 }, viewport)).toEqual({
      x: 0,
      y: 0,
      width: 120,
      height: 40,
    });
  });

  it('rounds a fractional size down to whole CSS pixels', () => {
    expect(deviceClip({ x: 0, y: 0, width: 120.6, height: 39.9995 }, viewport)).toEqual({
      x: 0,
      y: 0,
      width: 120,
      height: 40,
    });
  });

  it('trims a box that runs past the viewport', () => {
    expect(deviceClip({ x: 1200, y: -10, width: 200, height: 100 }, viewport)).toEqual({
      x: 1200,
      y: 0,
      width: 80,
      height: 90,
    });
  });
});
