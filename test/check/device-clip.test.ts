import { describe, expect, it } from 'vitest';
import { deviceClip } from '../../generator/check/story-page.ts';

// The box a screenshot captures, as Playwright's page.screenshot computed it when the approved
// baselines were recorded: a change here changes every baseline's size.
describe('deviceClip', () => {
  const viewport = { width: 1280, height: 800 };

  it.each([
    [
      'keeps a whole-pixel box inside the viewport as it is',
      { x: 0, y: 0, width: 120, height: 40 },
      { x: 0, y: 0, width: 120, height: 40 },
    ],
    [
      'rounds a fractional size down to whole CSS pixels',
      { x: 0, y: 0, width: 120.6, height: 39.9995 },
      { x: 0, y: 0, width: 120, height: 40 },
    ],
    [
      'trims a box that runs past the viewport',
      { x: 1200, y: -10, width: 200, height: 100 },
      { x: 1200, y: 0, width: 80, height: 90 },
    ],
  ])('%s', (_name, box, clip) => {
    expect(deviceClip(box, viewport)).toEqual(clip);
  });
});
