/** axe on the story in every theme mode; the component's summary counts violations per mode. */
import { a11yStatus, worstStatus } from '../statuses.ts';
import { AXE_IMPACTS, type A11yModeResult, type CheckSummary, type StoryCheck } from '../types.ts';
import type { Check } from './check.ts';

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

function summarize(stories: readonly StoryCheck[]): CheckSummary {
  const results = stories.flatMap((s) => s.a11y);
  if (!results.length) return { status: 'skipped', summary: 'not run' };
  const byMode = new Map<string, { count: number; worst: number }>();
  for (const result of results) {
    const entry = byMode.get(result.mode) ?? { count: 0, worst: -1 };
    entry.count += result.violations.length;
    for (const v of result.violations)
      entry.worst = Math.max(entry.worst, v.impact ? AXE_IMPACTS.indexOf(v.impact) : -1);
    byMode.set(result.mode, entry);
  }
  const failing = [...byMode].filter(([, e]) => e.count > 0);
  const summary = failing.length
    ? failing
        .map(
          ([mode, e]) =>
            `${plural(e.count, 'violation')}${e.worst >= 0 ? ` (${AXE_IMPACTS[e.worst]})` : ''} in ${mode}`,
        )
        .join(', ')
    : `no violations in ${[...byMode.keys()].join(', ')}`;
  return { status: worstStatus(results.map((r) => r.status)), summary };
}

export const a11yCheck: Check<'a11y'> = {
  key: 'a11y',
  labels: { heading: 'Accessibility (axe)', name: 'accessibility', short: 'a11y' },
  run({ page, ctx }) {
    const modes: A11yModeResult[] = [];
    return {
      async inMode({ mode }) {
        const violations = await page.axe();
        modes.push({
          mode,
          status: a11yStatus(violations, ctx.thresholds.axeFailImpact),
          violations,
          contrastViolations: violations.filter((v) => v.id === 'color-contrast').length,
        });
      },
      // The modes that rendered, also when a later one failed.
      finish: async () => modes,
    };
  },
  summarize,
};
