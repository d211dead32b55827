import { formatHex, parse, rgb as toRgb } from '../core/culori.ts';
import { isGenericFontName } from '../core/generic-fonts.ts';
import { studioFontWeight } from './studio-values.ts';

/** Parses literal token values (colour, dimension, duration, font weight, number) into DTCG 2025.10 shapes. */

/** DTCG 2025.10 colour value (sRGB, components 0..1). */
export interface DtcgColor {
  colorSpace: 'srgb';
  components: [number, number, number];
  alpha: number;
  hex: string;
}

export interface DtcgDimension {
  value: number;
  unit: 'px' | 'rem' | 'em' | '%';
}

export interface DtcgDuration {
  value: number;
  unit: 'ms' | 's';
}

const round = (value: number, digits = 4) => {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
};

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function rgbaToColor(r: number, g: number, b: number, a = 1): DtcgColor {
  const clamp = (v: number) => Math.min(1, Math.max(0, v));
  const components: [number, number, number] = [round(clamp(r)), round(clamp(g)), round(clamp(b))];
  return {
    colorSpace: 'srgb',
    components,
    alpha: round(clamp(a)),
    hex: formatHex({ mode: 'rgb', r: clamp(r), g: clamp(g), b: clamp(b) }),
  };
}

/** Any colour a token file or Figma gives: Figma RGBA, DTCG object, hex, rgb()/hsl()/named CSS. */
export function toColor(input: unknown): DtcgColor | undefined {
  if (isPlainObject(input)) {
    if (typeof input.r === 'number' && typeof input.g === 'number' && typeof input.b === 'number') {
      return rgbaToColor(input.r, input.g, input.b, typeof input.a === 'number' ? input.a : 1);
    }
    if (Array.isArray(input.components)) {
      const alpha = typeof input.alpha === 'number' ? input.alpha : 1;
      if (input.colorSpace === 'srgb' || input.colorSpace === undefined) {
        const [r, g, b] = input.components.map((c) => (typeof c === 'number' ? c : 0));
        return rgbaToColor(r ?? 0, g ?? 0, b ?? 0, alpha);
      }
      const converted = toRgb({
        mode: CULORI_MODES[String(input.colorSpace)] ?? String(input.colorSpace),
        ...componentsFor(String(input.colorSpace), input.components),
        alpha,
      } as never) as { r: number; g: number; b: number } | undefined;
      if (converted) return rgbaToColor(converted.r, converted.g, converted.b, alpha);
      if (typeof input.hex === 'string') return toColor(input.hex);
      return undefined;
    }
    if (typeof input.hex === 'string') return toColor(input.hex);
    return undefined;
  }
  if (typeof input !== 'string') return undefined;
  // culori also reads hex digits without "#" ("700" as #770000); CSS does not, and a font weight "700" is no colour.
  if (/^[0-9a-f]+$/i.test(input.trim())) return undefined;
  const parsed = parse(input.trim());
  if (!parsed) return undefined;
  const color = toRgb(parsed);
  return rgbaToColor(color.r, color.g, color.b, color.alpha ?? 1);
}

/** DTCG 2025.10 colour space names that culori spells differently. */
const CULORI_MODES: Record<string, string> = {
  'display-p3': 'p3',
  'srgb-linear': 'lrgb',
  'a98-rgb': 'a98',
  'prophoto-rgb': 'prophoto',
  'xyz-d65': 'xyz65',
  'xyz-d50': 'xyz50',
};

/**
 * DTCG components by channel name. DTCG writes HSL saturation/lightness and HWB whiteness/blackness
 * as 0-100 (like CSS percentages); culori takes them as 0-1.
 */
function componentsFor(space: string, components: unknown[]): Record<string, unknown> {
  const names: Record<string, string[]> = {
    hsl: ['h', 's', 'l'],
    hwb: ['h', 'w', 'b'],
    lab: ['l', 'a', 'b'],
    lch: ['l', 'c', 'h'],
    oklab: ['l', 'a', 'b'],
    oklch: ['l', 'c', 'h'],
  };
  const keys = names[space] ?? ['r', 'g', 'b'];
  const percent = space === 'hsl' || space === 'hwb';
  return Object.fromEntries(
    keys.map((key, i) => {
      const c = components[i];
      return [key, percent && i > 0 && typeof c === 'number' ? c / 100 : c];
    }),
  );
}

/** The unit a dimension written as a bare number is in (`tokens.unitlessDimensions`; Tokens Studio's 8 is 8px). */
export type BareUnit = 'px' | 'rem';

/** "16px", "1.5rem", 16 (px) -> {value, unit}; undefined when it is not a plain dimension. */
export function toDimension(input: unknown, bareUnit: DtcgDimension['unit'] = 'px'): DtcgDimension | undefined {
  if (typeof input === 'number' && Number.isFinite(input)) return { value: round(input), unit: bareUnit };
  if (isPlainObject(input) && typeof input.value === 'number' && typeof input.unit === 'string') {
    return ['px', 'rem', 'em', '%'].includes(input.unit)
      ? { value: round(input.value), unit: input.unit as DtcgDimension['unit'] }
      : undefined;
  }
  if (typeof input !== 'string') return undefined;
  const match = /^\s*(-?\d*\.?\d+(?:e-?\d+)?)\s*(px|rem|em|%)?\s*$/i.exec(input);
  if (!match) return undefined;
  return {
    value: round(Number(match[1])),
    unit: (match[2]?.toLowerCase() as DtcgDimension['unit'] | undefined) ?? bareUnit,
  };
}

export function toDuration(input: unknown): DtcgDuration | undefined {
  if (typeof input === 'number') return { value: input, unit: 'ms' };
  if (isPlainObject(input) && typeof input.value === 'number' && (input.unit === 'ms' || input.unit === 's'))
    return { value: input.value, unit: input.unit };
  if (typeof input !== 'string') return undefined;
  const match = /^\s*(-?\d*\.?\d+)\s*(ms|s)?\s*$/.exec(input);
  return match ? { value: Number(match[1]), unit: (match[2] as 'ms' | 's' | undefined) ?? 'ms' } : undefined;
}

/** 700, "700", "Bold", "Semi Bold Italic" -> a number 1..1000 (names as sd-transforms maps them). */
export function toFontWeight(input: unknown): number | undefined {
  if (typeof input === 'number') return input >= 1 && input <= 1000 ? input : undefined;
  if (typeof input !== 'string') return undefined;
  const text = input.trim();
  if (/^\d+$/.test(text)) return toFontWeight(Number(text));
  return text === '' ? undefined : studioFontWeight(text);
}

export function toNumber(input: unknown): number | undefined {
  if (typeof input === 'number' && Number.isFinite(input)) return input;
  if (typeof input === 'string' && /^\s*-?\d*\.?\d+(e-?\d+)?\s*$/.test(input)) return Number(input);
  return undefined;
}

/** A dimension in px (rem/em at 16px), for nearest-match arithmetic. */
export function dimensionToPx(dimension: DtcgDimension): number | undefined {
  if (dimension.unit === 'px') return dimension.value;
  if (dimension.unit === 'rem' || dimension.unit === 'em') return dimension.value * 16;
  return undefined;
}

/** "#rrggbbaa" (alpha in the last two digits), or "#rrggbb" when opaque. */
export function hexWithAlpha(color: DtcgColor): string {
  if (color.alpha >= 1) return color.hex;
  return `${color.hex}${Math.round(color.alpha * 255)
    .toString(16)
    .padStart(2, '0')}`;
}

export function colorToCss(color: DtcgColor): string {
  if (color.alpha >= 1) return color.hex;
  const [r, g, b] = color.components.map((c) => Math.round(c * 255));
  return `rgba(${r}, ${g}, ${b}, ${round(color.alpha, 3)})`;
}

export function dimensionToCss(dimension: DtcgDimension): string {
  return `${dimension.value}${dimension.unit}`;
}

export function fontFamilyToCss(value: string | string[]): string {
  const families = Array.isArray(value) ? value : value.split(',');
  return families
    .map((family) => family.trim().replace(/^['"]|['"]$/g, ''))
    .filter((family) => family !== '')
    .map((family) =>
      isGenericFontName(family) || /^[A-Za-z-]+$/.test(family) ? family : `"${family.replace(/"/g, '\\"')}"`,
    )
    .join(', ');
}
