import { readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { writeFileAtomic } from '../core/fs-atomic.ts';
import { alignLayout } from './align-layout.ts';
import { compareImages, cropRenderToBox, resizePng } from './compare-images.ts';
import { boundingBox, isResponsive, renderBounds } from './node-geometry.ts';
import type { PageStory } from './page/page-api.ts';
import { a11yStatus, mismatchStatus, scoreStatus, worstStatus, type CheckThresholds } from './statuses.ts';
import type { StoryPage } from './story-page.ts';
import type {
  A11yModeResult,
  BaselineComparison,
  Box,
  LayoutResult,
  ResponsiveResult,
  StoryCheck,
  VisualComparison,
  VisualResult,
} from './types.ts';
import type { DesignRender, FigmaNode } from '../source/design.ts';

/**
 * Runs every check of one story on one page: axe per theme mode, layout against the Figma node,
 * pixel diffs against Figma's render and the approved baseline, responsive widths.
 */

export interface StoryCheckContext {
  root: string;
  /** Absolute report folder; images go to its images/. */
  reportDir: string;
  baselineDir: string;
  thresholds: CheckThresholds;
  /** Theme modes; the first is the default (layout, Figma diff and responsive run in it). */
  modes: string[];
  /** Device pixels per CSS px of the pages' screenshots. */
  scale: number;
  /** Write baselines even where one exists (--approve). */
  approve: boolean;
  /** false: a missing baseline is not recorded (a run that must not add files); default true. */
  recordBaselines?: boolean;
  /** --dry-run: compare and report, but write no image and no baseline. */
  dryRun?: boolean;
}

export interface StoryTarget {
  /** Storybook's id, used for file names. */
  id: string;
  story: PageStory;
  node: FigmaNode | undefined;
  render: DesignRender | undefined;
}

const LAYOUT_WORST = 5;

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

function layoutResult(
  node: FigmaNode,
  figmaBox: Box,
  dom: Awaited<ReturnType<StoryPage['measure']>>,
  ctx: StoryCheckContext,
): LayoutResult {
  const alignment = alignLayout(node, dom);
  return {
    status: scoreStatus(alignment.score, ctx.thresholds.layout),
    score: alignment.score,
    matchedMeanIoU: alignment.matchedMeanIoU,
    figmaNodes: alignment.figmaNodes,
    matched: alignment.matched,
    size: {
      figma: { width: figmaBox.width, height: figmaBox.height },
      dom: { width: dom?.box.width ?? 0, height: dom?.box.height ?? 0 },
    },
    worst: [...alignment.nodes].sort((a, b) => a.iou - b.iou).slice(0, LAYOUT_WORST),
  };
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

async function responsiveResult(
  page: StoryPage,
  target: StoryTarget,
  ctx: StoryCheckContext,
): Promise<ResponsiveResult> {
  const widths = [];
  for (const width of ctx.thresholds.responsiveWidths) {
    const rendered = await page.render(target.story.key, { mode: ctx.modes[0]!, width });
    const measured = rendered.ok ? await page.responsive(width) : undefined;
    if (measured) widths.push(measured);
  }
  const problems = widths.some((w) => w.overflow || w.overlaps.length > 0);
  return { status: problems ? 'warn' : 'pass', widths };
}

/**
 * Every check of one story on one page: axe in each mode; in the default mode layout against the
 * Figma node, a screenshot diffed with Figma's render; per mode against the approved baseline;
 * then, for FILL-sized components, renders at the responsive widths.
 */
export async function checkStory(page: StoryPage, target: StoryTarget, ctx: StoryCheckContext): Promise<StoryCheck> {
  const started = performance.now();
  const figmaBox = target.node ? boundingBox(target.node) : undefined;
  const check: StoryCheck = {
    id: target.id,
    exportName: target.story.exportName,
    name: target.story.name,
    status: 'skipped',
    ...(target.story.designSync
      ? {
          figma: {
            fileKey: target.story.designSync.fileKey,
            nodeId: target.story.designSync.nodeId,
            ...(target.node ? { name: target.node.name } : {}),
          },
        }
      : {}),
    a11y: [],
    ms: 0,
  };
  const a11y: A11yModeResult[] = [];
  const baseline: VisualResult['baseline'] = [];
  let figma: VisualComparison | undefined;
  for (const [index, mode] of ctx.modes.entries()) {
    const rendered = await page.render(target.story.key, { mode, width: figmaBox?.width, height: figmaBox?.height });
    if (!rendered.ok) {
      check.error = `${mode}: ${rendered.error}`;
      break;
    }
    const violations = await page.axe();
    a11y.push({
      mode,
      status: a11yStatus(violations, ctx.thresholds.axeFailImpact),
      violations,
      contrastViolations: violations.filter((v) => v.id === 'color-contrast').length,
    });
    const clip = figmaBox
      ? { x: 0, y: 0, width: figmaBox.width, height: figmaBox.height }
      : {
          x: 0,
          y: 0,
          width: Math.max(1, Math.ceil(rendered.box.width)),
          height: Math.max(1, Math.ceil(rendered.box.height)),
        };
    const shot = await page.screenshot(clip);
    if (index === 0 && target.node && figmaBox) {
      check.layout = layoutResult(target.node, figmaBox, await page.measure(), ctx);
      if (target.render) {
        const bounds = renderBounds(target.node);
        const render = await readFile(target.render.path);
        const own = bounds ? cropRenderToBox(render, bounds, figmaBox, target.render.scale) : render;
        const expected = resizePng(own, ctx.scale / target.render.scale);
        figma = await comparison(expected, shot, `${fileSafe(target.id)}.figma`, ctx, ctx.thresholds.pixelMismatch);
      }
    }
    const againstBaseline = await baselineComparison(shot, target, mode, ctx);
    if (againstBaseline) baseline.push(againstBaseline);
  }
  if (!check.error && target.node && isResponsive(target.node) && ctx.thresholds.responsiveWidths.length) {
    check.responsive = await responsiveResult(page, target, ctx);
  }
  check.a11y = a11y;
  if (!check.error) {
    check.visual = {
      status: worstStatus([...(figma ? [figma.status] : []), ...baseline.map((b) => b.status)]),
      ...(figma ? { figma } : {}),
      baseline,
      scale: ctx.scale,
    };
  }
  check.status = check.error
    ? 'fail'
    : worstStatus([
        ...a11y.map((a) => a.status),
        check.layout?.status ?? 'skipped',
        check.visual?.status ?? 'skipped',
        check.responsive?.status ?? 'skipped',
      ]);
  check.ms = Math.round(performance.now() - started);
  return check;
}
