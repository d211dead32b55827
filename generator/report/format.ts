/** Number and label formatting shared by the HTML and Markdown writers. */
import type { Check, StoryCheckKey } from '../check/checks/check.ts';
import { STORY_CHECKS } from '../check/checks/index.ts';
import type { CheckStatus, ComponentCheck } from '../check/types.ts';

export const STATUS_LABEL: Record<CheckStatus, string> = {
  pass: 'pass',
  warn: 'warning',
  fail: 'fail',
  skipped: 'skipped',
};

/** A symbol beside the word, so status never depends on color alone. */
export const STATUS_ICON: Record<CheckStatus, string> = { pass: '✓', warn: '!', fail: '✗', skipped: '–' };

export const percent = (ratio: number, digits = 1) => `${(ratio * 100).toFixed(digits)}%`;
export const score = (value: number) => value.toFixed(2);
export const usd = (value: number) => `$${value.toFixed(value > 0 && value < 0.01 ? 4 : 2)}`;
export const ms = (value: number) => (value >= 1000 ? `${(value / 1000).toFixed(1)} s` : `${Math.round(value)} ms`);
export const plural = (n: number, word: string, many = `${word}s`) => `${n} ${n === 1 ? word : many}`;

/** The per-component checks in report order: the two over files, then the per-story list. */
export const CHECK_LABELS: ReadonlyArray<{ key: keyof ComponentCheck['checks'] } & Check<StoryCheckKey>['labels']> = [
  { key: 'typecheck', heading: 'Type-check', name: 'type-check', short: 'types' },
  { key: 'tokenLint', heading: 'Token lint', name: 'token lint', short: 'tokens' },
  ...STORY_CHECKS.map((check) => ({ key: check.key, ...check.labels })),
];

/** Human names of the per-component checks, by key. */
export const CHECK_LABEL: Record<string, string> = Object.fromEntries(CHECK_LABELS.map((c) => [c.key, c.name]));

/** The missing-font warning: which font, what it falls back to, what to do. */
export function fontWarning(font: { family: string; weights: number[]; fallback: string; hint: string }): string {
  return `Font "${font.family}" ${font.weights.join('/')} is not available: text falls back to ${font.fallback} (${font.hint}).`;
}
