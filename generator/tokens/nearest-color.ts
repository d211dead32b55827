import { differenceCiede2000, type Lab65 } from '../core/culori.ts';

/**
 * The nearest colour token by CIEDE2000 without comparing against every token: candidates sorted
 * by lightness, scanned outwards from the query's, stopping where lightness alone puts them
 * further away than the best so far. The result is the one a full scan gives (ties to the earliest).
 */

export interface ColorCandidate<T> {
  value: T;
  lab: Lab65;
  alpha: number;
}

/** Alpha is not part of CIEDE2000; colours whose alpha differs by more than this are different colours. */
const ALPHA_TOLERANCE = 0.02;

/** CIEDE2000's lightness weight S_L (k_L = 1): the lightness term alone is |ΔL| / S_L. */
const lightnessWeight = (meanL: number) => 1 + (0.015 * (meanL - 50) ** 2) / Math.sqrt(20 + (meanL - 50) ** 2);

export function nearestColorFinder<T>(
  candidates: readonly ColorCandidate<T>[],
): (lab: Lab65, alpha: number) => { value: T; distance: number } | undefined {
  const difference = differenceCiede2000();
  const sorted = candidates.map((candidate, order) => ({ ...candidate, order })).sort((a, b) => a.lab.l - b.lab.l);
  const lightest = sorted.at(-1)?.lab.l ?? 50;
  const darkest = sorted[0]?.lab.l ?? 50;
  return (lab, alpha) => {
    // S_L grows with the mean lightness's distance from 50: its largest value over every pair bounds it.
    const far = Math.max(Math.abs(darkest - 50), Math.abs(lightest - 50), Math.abs(lab.l - 50));
    const maxWeight = lightnessWeight(50 + far);
    let best: { value: T; distance: number; order: number } | undefined;
    let up = lowerBound(sorted, lab.l);
    let down = up - 1;
    while (down >= 0 || up < sorted.length) {
      const below = down >= 0 ? lab.l - sorted[down]!.lab.l : Infinity;
      const above = up < sorted.length ? sorted[up]!.lab.l - lab.l : Infinity;
      const gap = Math.min(below, above);
      if (best && gap / maxWeight > best.distance) break;
      const candidate = below <= above ? sorted[down--]! : sorted[up++]!;
      if (Math.abs(candidate.alpha - alpha) > ALPHA_TOLERANCE) continue;
      const distance = difference(lab, candidate.lab);
      if (!best || distance < best.distance || (distance === best.distance && candidate.order < best.order))
        best = { value: candidate.value, distance, order: candidate.order };
    }
    return best && { value: best.value, distance: best.distance };
  };
}

/** The first index whose lightness is at least `l`. */
function lowerBound(sorted: readonly { lab: Lab65 }[], l: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]!.lab.l < l) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
