import { createHash } from 'node:crypto';

/** Hands out Figma-style node ids ("12:34") from one block, so each part of the sample keeps stable ids when others grow. */
export interface IdSpace {
  next(): string;
}

export function idSpace(block: number, start = 1): IdSpace {
  let n = start;
  return { next: () => `${block}:${n++}` };
}

/** A 40-hex key like the ones Figma gives published components, styles and variables; derived, so rebuilds are identical. */
export function figmaKey(seed: string): string {
  return createHash('sha1').update(`design-sync-sample:${seed}`).digest('hex');
}

/** Rounds to 1/100 px: the sample's geometry must serialise the same way on every run. */
export function round2(value: number): number {
  return Math.round(value * 100) / 100 + 0;
}
