/** Number and label formatting shared by the HTML and Markdown writers. */
import type { CheckStatus } from '../check/types.ts';

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

/** Human names of the per-component checks, in report order. */
export const CHECK_LABEL = {
  typecheck: 'type-check',
  tokenLint: 'token lint',
  a11y: 'accessibility',
  layout: 'layout fidelity',
  visual: 'visual diff',
  responsive: 'responsive',
} as const;

/** The missing-font warning: which font, what it falls back to, what to do. */
export function fontWarning(font: { family: string; weights: number[]; fallback: string; hint: string }): string {
  return `Font "${font.family}" ${font.weights.join('/')} is not available: text falls back to ${font.fallback} (${font.hint}).`;
}
