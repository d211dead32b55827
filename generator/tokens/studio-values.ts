import { sdTransforms } from './sd-transforms.ts';

/**
 * Tokens Studio's literal conventions, read with sd-transforms' own helpers so both agree: weight
 * names ("Semi Bold Italic"), percentages for line heights and opacities ("150%" -> 1.5), letter
 * spacing in percent ("-5%" -> -0.05em) and inner shadows (`type: "innerShadow"`).
 */

const STYLES = new Set(['italic', 'oblique', 'normal']);

/** A weight name or number (sd-transforms' table, which knows German names too) -> 1..1000; "Italic" alone is 400. */
export function studioFontWeight(raw: string): number | undefined {
  // sd-transforms drops spaces between words ("Semi Bold"); hyphens and underscores are the same separator.
  const text = raw.trim().replace(/[-_]+/g, ' ');
  if (STYLES.has(text.toLowerCase())) return 400;
  const mapped = sdTransforms().transformFontWeight({ value: text, type: 'fontWeight' } as never) as unknown;
  const weight = typeof mapped === 'number' ? mapped : Number(String(mapped).split(' ')[0]);
  return Number.isFinite(weight) && weight >= 1 && weight <= 1000 ? weight : undefined;
}

/** "150%" as a unitless number (1.5): line heights by sd-transforms' line-height rule, the rest by its opacity rule. */
export function studioPercent(raw: string, declared: string): number | undefined {
  const text = raw.trim();
  if (!/^-?\d*\.?\d+%$/.test(text)) return undefined;
  const value = /^lineHeights?$/.test(declared)
    ? (sdTransforms().transformLineHeight({ value: text, type: declared } as never) as unknown)
    : (sdTransforms().transformOpacity(text) as unknown);
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

/** Letter spacing in percent of the font size as CSS em ("-5%" -> { -0.05, em }), by sd-transforms' CSS rule. */
export function studioLetterSpacing(raw: string): { value: number; unit: 'em' } | undefined {
  const text = raw.trim();
  if (!/^-?\d*\.?\d+%$/.test(text)) return undefined;
  const css = String(sdTransforms().transformLetterSpacingForCSS({ value: text, type: 'letterSpacing' } as never));
  const match = /^(-?\d*\.?\d+(?:e-?\d+)?)em$/.exec(css);
  return match ? { value: Number(match[1]), unit: 'em' } : undefined;
}

/** Is a Tokens Studio shadow layer an inner shadow (`type: "innerShadow"` or "inset")? */
export function isInnerShadow(layer: Record<string, unknown>): boolean {
  // A layer with no type (every DTCG shadow) is a drop shadow, as sd-transforms reads it too.
  if (layer.type === undefined) return false;
  return (sdTransforms().transformShadow({ type: layer.type } as never) as { type?: unknown }).type === 'inset';
}
