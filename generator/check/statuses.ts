/** Pure judgement of figures against config.check thresholds. */
import type { ResolvedConfig } from '../core/resolve-config.ts';
import { AXE_IMPACTS, type A11yViolation, type AxeImpact, type CheckStatus } from './types.ts';

export type CheckThresholds = ResolvedConfig['check'];

const RANK: Record<CheckStatus, number> = { skipped: 0, pass: 1, warn: 2, fail: 3 };

/** The worst of several statuses; `skipped` only when nothing ran. */
export function worstStatus(statuses: Iterable<CheckStatus>): CheckStatus {
  let worst: CheckStatus = 'skipped';
  for (const status of statuses) if (RANK[status] > RANK[worst]) worst = status;
  return worst;
}

/** Higher is better (layout IoU). */
export function scoreStatus(score: number, threshold: { fail: number; warn: number }): CheckStatus {
  return score < threshold.fail ? 'fail' : score < threshold.warn ? 'warn' : 'pass';
}

/** Lower is better (pixel mismatch ratios). */
export function mismatchStatus(ratio: number, threshold: { fail: number; warn: number }): CheckStatus {
  return ratio > threshold.fail ? 'fail' : ratio > threshold.warn ? 'warn' : 'pass';
}

export function impactAtLeast(impact: AxeImpact | null, floor: AxeImpact): boolean {
  return impact !== null && AXE_IMPACTS.indexOf(impact) >= AXE_IMPACTS.indexOf(floor);
}

/** Fails on a violation at or above the configured impact; any other violation warns. */
export function a11yStatus(violations: readonly A11yViolation[], failImpact: AxeImpact): CheckStatus {
  if (violations.some((v) => impactAtLeast(v.impact, failImpact))) return 'fail';
  return violations.length ? 'warn' : 'pass';
}
