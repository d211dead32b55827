/**
 * Solid paints stacked on one node composited to the one colour Figma shows: bottom to top, each
 * with its own opacity and blend mode (W3C compositing, separable blend modes).
 */
import { blend, type Rgb } from '../core/culori.ts';
import type { Rgba } from '../tokens/token-index.ts';

/** Figma blend modes the separable formulas cover; NORMAL and PASS_THROUGH paint over. */
const SEPARABLE: Record<string, (b: number, s: number) => number> = {
  NORMAL: (_b, s) => s,
  PASS_THROUGH: (_b, s) => s,
  MULTIPLY: (b, s) => b * s,
  SCREEN: (b, s) => b + s - b * s,
  DARKEN: Math.min,
  LIGHTEN: Math.max,
  DIFFERENCE: (b, s) => Math.abs(b - s),
  EXCLUSION: (b, s) => b + s - 2 * b * s,
  // Hard light is multiply or screen by the source; overlay is hard light with the layers swapped.
  HARD_LIGHT: (b, s) => (s <= 0.5 ? b * 2 * s : b + (2 * s - 1) - b * (2 * s - 1)),
  OVERLAY: (b, s) => (b <= 0.5 ? s * 2 * b : s + (2 * b - 1) - s * (2 * b - 1)),
  COLOR_DODGE: (b, s) => (b === 0 ? 0 : s >= 1 ? 1 : Math.min(1, b / (1 - s))),
  COLOR_BURN: (b, s) => (b >= 1 ? 1 : s <= 0 ? 0 : 1 - Math.min(1, (1 - b) / s)),
  LINEAR_DODGE: (b, s) => Math.min(1, b + s),
  LINEAR_BURN: (b, s) => Math.max(0, b + s - 1),
};

/** One solid layer of a stack: its colour with the paint's opacity applied, and its blend mode. */
export interface SolidLayer {
  color: Rgba;
  blendMode?: string | undefined;
}

/** Whether a blend mode can be composited here (the non-separable HUE, COLOR, ... cannot). */
export function isSeparable(blendMode: string | undefined): boolean {
  return blendMode === undefined || blendMode in SEPARABLE;
}

const toCulori = (c: Rgba): Rgb => ({ mode: 'rgb', r: c.r, g: c.g, b: c.b, alpha: c.a });

/** The stack, listed bottom-up as Figma lists fills, composited to one colour. */
export function compositeSolids(layers: readonly SolidLayer[]): Rgba | undefined {
  let result: Rgb | undefined;
  for (const layer of layers) {
    const source = toCulori(layer.color);
    if (!result) {
      result = source;
      continue;
    }
    const fn = SEPARABLE[layer.blendMode ?? 'NORMAL'] ?? SEPARABLE.NORMAL!;
    result = blend([result, source], fn);
  }
  if (!result) return undefined;
  return { r: result.r, g: result.g, b: result.b, a: result.alpha ?? 1 };
}
