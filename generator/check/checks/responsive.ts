/** Responsive widths: a FILL-sized component rendered at each configured width, checked for overflow and overlaps. */
import { isResponsive } from '../node-geometry.ts';
import { worstStatus } from '../statuses.ts';
import type { CheckSummary, ResponsiveResult, StoryCheck } from '../types.ts';
import type { Check } from './check.ts';

function summarize(stories: readonly StoryCheck[]): CheckSummary {
  const results = stories.flatMap((s) => (s.responsive ? [s.responsive] : []));
  if (!results.length) return { status: 'skipped', summary: 'fixed size' };
  const widths = results.flatMap((r) => r.widths);
  const overflow = [...new Set(widths.filter((w) => w.overflow).map((w) => w.width))];
  const overlap = [...new Set(widths.filter((w) => w.overlaps.length).map((w) => w.width))];
  const problems = [
    ...(overflow.length ? [`overflow at ${overflow.join(', ')}px`] : []),
    ...(overlap.length ? [`overlap at ${overlap.join(', ')}px`] : []),
  ];
  const all = [...new Set(widths.map((w) => w.width))];
  return {
    status: worstStatus(results.map((r) => r.status)),
    summary: problems.length ? problems.join('; ') : `fits at ${all.join(', ')}px`,
  };
}

export const responsiveCheck: Check<'responsive'> = {
  key: 'responsive',
  labels: { heading: 'Responsive', name: 'responsive', short: 'responsive' },
  run(story) {
    const { page, target, ctx } = story;
    return {
      // Renders on its own, in the default mode, once every mode rendered.
      async finish(failed): Promise<ResponsiveResult | undefined> {
        const widths = ctx.thresholds.responsiveWidths;
        if (failed || !target.node || !isResponsive(target.node) || !widths.length) return undefined;
        const measured = [];
        for (const width of widths) {
          const rendered = await story.render({ mode: ctx.modes[0]!, width });
          const result = rendered.ok ? await page.responsive(width) : undefined;
          if (result) measured.push(result);
        }
        const problems = measured.some((w) => w.overflow || w.overlaps.length > 0);
        return { status: problems ? 'warn' : 'pass', widths: measured };
      },
    };
  },
  summarize,
};
