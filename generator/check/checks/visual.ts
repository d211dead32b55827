/**
 * Pixel diffs: a screenshot per mode, the default mode's against Figma's render of the node, every
 * mode's against its approved baseline (written when there is none).
 */
import { readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { writeFileAtomic } from '../../core/fs-atomic.ts';
import { compareImages, cropRenderToBox, pngSize, resizePng } from '../compare-images.ts';
import { renderBounds } from '../node-geometry.ts';
import { mismatchStatus, worstStatus } from '../statuses.ts';
import type { BaselineComparison, ComponentCheck, StoryCheck, VisualComparison, VisualResult } from '../types.ts';
import type { Check, StoryCheckContext, StoryTarget } from './check.ts';

function fileSafe(text: string): string {
  return text.replace(/[^A-Za-z0-9._-]+/g, '-');
}

async function readIfExists(path: string): Promise<Buffer | undefined> {
  try {
    return await readFile(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

type ImagePaths = Pick<VisualComparison, 'expected' | 'actual' | 'diff'>;
type Measured = Omit<VisualComparison, keyof ImagePaths>;

/** Compares two screenshots' pixels against a threshold; the diff image comes back with the figures. */
function measure(expected: Buffer, actual: Buffer, threshold: { fail: number; warn: number }) {
  const result = compareImages(expected, actual);
  const measured: Measured = {
    status: mismatchStatus(result.mismatchRatio, threshold),
    mismatchRatio: result.mismatchRatio,
    mismatchedPixels: result.mismatchedPixels,
    width: result.width,
    height: result.height,
    sizeMismatch: result.sizeMismatch,
  };
  return { measured, diff: result.diff };
}

/** Writes expected/actual/diff into images/ and returns their paths relative to the report folder. */
async function writeImages(
  name: string,
  images: { expected: Buffer; actual: Buffer; diff: Buffer },
  ctx: StoryCheckContext,
): Promise<ImagePaths> {
  const paths: ImagePaths = {
    expected: `images/${name}.expected.png`,
    actual: `images/${name}.actual.png`,
    diff: `images/${name}.diff.png`,
  };
  if (!ctx.dryRun) {
    await Promise.all(
      (Object.keys(paths) as Array<keyof ImagePaths>).map((key) =>
        writeFileAtomic(join(ctx.reportDir, paths[key]), images[key]),
      ),
    );
  }
  return paths;
}

/** A screenshot equal byte for byte to its baseline: no mismatch, and nothing to show. */
function identical(shot: Buffer): Measured {
  const { width, height } = pngSize(shot);
  return { status: 'pass', mismatchRatio: 0, mismatchedPixels: 0, width, height, sizeMismatch: false };
}

async function baselineComparison(
  shot: Buffer,
  target: StoryTarget,
  mode: string,
  ctx: StoryCheckContext,
): Promise<(BaselineComparison & { mode: string }) | undefined> {
  const name = `${fileSafe(target.id)}--${fileSafe(mode)}`;
  const baselinePath = join(ctx.baselineDir, `${name}.png`);
  const existing = ctx.approve ? undefined : await readIfExists(baselinePath);
  if (!existing && ctx.recordBaselines === false) return undefined;
  const write = !existing && !ctx.dryRun;
  if (write) await writeFileAtomic(baselinePath, shot);
  const where = { written: write, baselinePath: relative(ctx.root, baselinePath), mode };
  // The same bytes are the same pixels: nothing to decode, and no images to look at.
  if (!existing || existing.equals(shot)) return { ...identical(shot), ...where };
  const { measured, diff } = measure(existing, shot, ctx.thresholds.baselineMismatch);
  // Images only where there is a difference to look at (the report shows them only then).
  if (measured.mismatchedPixels === 0) return { ...measured, ...where };
  const images = await writeImages(`${name}.baseline`, { expected: existing, actual: shot, diff }, ctx);
  return { ...measured, ...images, ...where };
}

const percent = (ratio: number) => `${(ratio * 100).toFixed(ratio < 0.01 && ratio > 0 ? 2 : 1)}%`;

function summarize(stories: readonly StoryCheck[]): ComponentCheck['checks']['visual'] {
  const visuals = stories.flatMap((s) => (s.visual ? [s.visual] : []));
  if (!visuals.length) return { status: 'skipped', summary: 'not run' };
  const figma = visuals.flatMap((v) => (v.figma ? [v.figma.mismatchRatio] : []));
  const baseline = visuals.flatMap((v) => v.baseline.filter((b) => !b.written).map((b) => b.mismatchRatio));
  const written = visuals.some((v) => v.baseline.some((b) => b.written));
  const parts = [
    figma.length ? `Figma ${percent(Math.max(...figma))}` : 'no Figma render',
    baseline.length ? `baseline ${percent(Math.max(...baseline))}` : written ? 'baseline written' : 'no baseline',
  ];
  return {
    status: worstStatus(visuals.map((v) => v.status)),
    summary: parts.join(', '),
    ...(figma.length ? { figmaMismatch: Math.max(...figma) } : {}),
    ...(baseline.length ? { baselineMismatch: Math.max(...baseline) } : {}),
  };
}

export const visualCheck: Check<'visual'> = {
  key: 'visual',
  labels: { heading: 'Visual diff', name: 'visual diff', short: 'visual' },
  run({ page, target, ctx, figmaBox }) {
    let figma: VisualComparison | undefined;
    const baseline: VisualResult['baseline'] = [];
    return {
      async inMode({ mode, index, box }) {
        const clip = figmaBox
          ? { x: 0, y: 0, width: figmaBox.width, height: figmaBox.height }
          : { x: 0, y: 0, width: Math.max(1, Math.ceil(box.width)), height: Math.max(1, Math.ceil(box.height)) };
        const shot = await page.screenshot(clip);
        if (index === 0 && target.node && figmaBox && target.render) {
          // Figma's render covers the node's render bounds (shadows, strokes outside): cut it to the node's box.
          const bounds = renderBounds(target.node);
          const render = await readFile(target.render.path);
          const own = bounds ? cropRenderToBox(render, bounds, figmaBox, target.render.scale) : render;
          const expected = resizePng(own, ctx.scale / target.render.scale);
          const { measured, diff } = measure(expected, shot, ctx.thresholds.pixelMismatch);
          const images = await writeImages(`${fileSafe(target.id)}.figma`, { expected, actual: shot, diff }, ctx);
          figma = { ...measured, ...images };
        }
        const againstBaseline = await baselineComparison(shot, target, mode, ctx);
        if (againstBaseline) baseline.push(againstBaseline);
      },
      finish: async (failed) =>
        failed
          ? undefined
          : {
              status: worstStatus([...(figma ? [figma.status] : []), ...baseline.map((b) => b.status)]),
              ...(figma ? { figma } : {}),
              baseline,
              scale: ctx.scale,
            },
    };
  },
  summarize,
};
