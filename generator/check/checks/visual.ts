/**
 * Pixel diffs: a screenshot per mode, the default mode's against Figma's render of the node, every
 * mode's against its approved baseline (written when there is none).
 */
import { readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { writeFileAtomic } from '../../core/fs-atomic.ts';
import { compareImages, cropRenderToBox, resizePng } from '../compare-images.ts';
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

/** Compares, writes expected/actual/diff into images/ and returns paths relative to the report folder. */
async function comparison(
  expected: Buffer,
  actual: Buffer,
  name: string,
  ctx: StoryCheckContext,
  threshold: { fail: number; warn: number },
): Promise<VisualComparison> {
  const result = compareImages(expected, actual);
  const images = join(ctx.reportDir, 'images');
  const paths = {
    expected: `images/${name}.expected.png`,
    actual: `images/${name}.actual.png`,
    diff: `images/${name}.diff.png`,
  };
  if (!ctx.dryRun) {
    await Promise.all([
      writeFileAtomic(join(images, `${name}.expected.png`), expected),
      writeFileAtomic(join(images, `${name}.actual.png`), actual),
      writeFileAtomic(join(images, `${name}.diff.png`), result.diff),
    ]);
  }
  return {
    status: mismatchStatus(result.mismatchRatio, threshold),
    mismatchRatio: result.mismatchRatio,
    mismatchedPixels: result.mismatchedPixels,
    width: result.width,
    height: result.height,
    sizeMismatch: result.sizeMismatch,
    ...paths,
  };
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
  const result = await comparison(existing ?? shot, shot, `${name}.baseline`, ctx, ctx.thresholds.baselineMismatch);
  return { ...result, written: write, baselinePath: relative(ctx.root, baselinePath), mode };
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
          figma = await comparison(expected, shot, `${fileSafe(target.id)}.figma`, ctx, ctx.thresholds.pixelMismatch);
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
