/** Layout fidelity in the default mode: the story's element boxes aligned with the Figma node's. */
import { alignLayout } from '../align-layout.ts';
import { scoreStatus, worstStatus } from '../statuses.ts';
import { scoreTextBlocks } from '../text-block-scores.ts';
import { domTextBlocks, figmaTextBlocks } from '../text-blocks.ts';
import type { ComponentCheck, LayoutResult, StoryCheck } from '../types.ts';
import type { Check } from './check.ts';

const LAYOUT_WORST = 5;

function summarize(stories: readonly StoryCheck[]): ComponentCheck['checks']['layout'] {
  const scored = stories.filter((s) => s.layout);
  if (!scored.length) return { status: 'skipped', summary: 'no Figma node' };
  const score = scored.reduce((sum, s) => sum + s.layout!.score, 0) / scored.length;
  const worst = scored.reduce((a, b) => (b.layout!.score < a.layout!.score ? b : a));
  const tail = scored.length > 1 ? ` (lowest: ${worst.name} ${worst.layout!.score.toFixed(2)})` : '';
  return {
    status: worstStatus(scored.map((s) => s.layout!.status)),
    summary: `${score.toFixed(2)} mean IoU${tail}`,
    score,
  };
}

export const layoutCheck: Check<'layout'> = {
  key: 'layout',
  labels: { heading: 'Layout fidelity', name: 'layout fidelity', short: 'layout' },
  run({ page, target, ctx, figmaBox }) {
    let result: LayoutResult | undefined;
    return {
      async inMode({ index }) {
        if (index !== 0 || !target.node || !figmaBox) return;
        const dom = await page.measure();
        const alignment = alignLayout(target.node, dom);
        // The screenshot is cut to the Figma node's box: both sides' blocks are on a page of that size.
        const screen = { width: figmaBox.width, height: figmaBox.height };
        const figmaText = figmaTextBlocks(target.node);
        const domText = domTextBlocks(dom, screen);
        const textBlocks =
          figmaText.length || domText.length
            ? scoreTextBlocks({ blocks: figmaText, ...screen }, { blocks: domText, ...screen })
            : undefined;
        result = {
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
          ...(textBlocks ? { textBlocks } : {}),
        };
      },
      // Measured in the default mode, so kept when a later mode fails.
      finish: async () => result,
    };
  },
  summarize,
};
