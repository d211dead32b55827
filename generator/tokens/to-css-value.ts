import type { TokenType } from './token-index.ts';
import { isCssPassthrough } from './evaluate-expression.ts';
import { splitAlias } from './token-names.ts';
import {
  colorToCss,
  dimensionToCss,
  fontFamilyToCss,
  isPlainObject,
  toColor,
  toDimension,
  toDuration,
} from './token-values.ts';

/**
 * A token value (literal, alias "{a.b}" or composite with aliases) as CSS text. Aliases stay as
 * "{a.b}" placeholders, which the Style Dictionary step turns into `var(--a-b)`.
 */
export function toCssValue(value: unknown, type: TokenType): string {
  if (typeof value === 'string' && splitAlias(value)) return value.trim();
  if (isCssPassthrough(value)) return value.css;
  switch (type) {
    case 'color': {
      const color = toColor(value);
      return color ? colorToCss(color) : String(value);
    }
    case 'dimension': {
      const dim = toDimension(value);
      return dim ? dimensionToCss(dim) : String(value);
    }
    case 'duration': {
      const duration = toDuration(value);
      return duration ? `${duration.value}${duration.unit}` : String(value);
    }
    case 'fontFamily':
      return typeof value === 'string' || Array.isArray(value)
        ? fontFamilyToCss(value as string | string[])
        : String(value);
    case 'cubicBezier':
      return Array.isArray(value) ? `cubic-bezier(${value.join(', ')})` : String(value);
    case 'string':
      return typeof value === 'number' ? String(value) : JSON.stringify(String(value));
    case 'shadow':
      return (Array.isArray(value) ? value : [value]).map(shadowLayer).join(', ');
    case 'border':
      return isPlainObject(value)
        ? [
            field(value.width, 'dimension'),
            field(value.style ?? 'solid', 'strokeStyle'),
            field(value.color, 'color'),
          ].join(' ')
        : String(value);
    case 'transition':
      return isPlainObject(value)
        ? [
            field(value.duration, 'duration'),
            field(value.timingFunction, 'cubicBezier'),
            field(value.delay ?? { value: 0, unit: 'ms' }, 'duration'),
          ].join(' ')
        : String(value);
    case 'gradient':
      return Array.isArray(value)
        ? `linear-gradient(90deg, ${value.map((stop) => (isPlainObject(stop) ? `${field(stop.color, 'color')} ${Math.round(Number(stop.position ?? 0) * 10000) / 100}%` : '')).join(', ')})`
        : String(value);
    case 'strokeStyle':
      return typeof value === 'string' ? value : 'solid';
    case 'typography':
      return typographyShorthand(value);
    default:
      return String(value);
  }
}

function field(value: unknown, type: TokenType): string {
  return toCssValue(value, type);
}

function shadowLayer(layer: unknown): string {
  if (!isPlainObject(layer)) return String(layer);
  const parts = [layer.offsetX, layer.offsetY, layer.blur, layer.spread].map((part) =>
    field(part ?? { value: 0, unit: 'px' }, 'dimension'),
  );
  return `${layer.inset === true ? 'inset ' : ''}${parts.join(' ')} ${field(layer.color, 'color')}`;
}

/** The sub-properties a typography token expands into, with the CSS suffix of each variable. */
export const TYPOGRAPHY_PARTS: readonly { field: string; suffix: string; type: TokenType }[] = [
  { field: 'fontFamily', suffix: 'font-family', type: 'fontFamily' },
  { field: 'fontSize', suffix: 'font-size', type: 'dimension' },
  { field: 'fontWeight', suffix: 'font-weight', type: 'fontWeight' },
  { field: 'fontStyle', suffix: 'font-style', type: 'strokeStyle' },
  { field: 'lineHeight', suffix: 'line-height', type: 'number' },
  { field: 'letterSpacing', suffix: 'letter-spacing', type: 'dimension' },
  { field: 'textCase', suffix: 'text-transform', type: 'strokeStyle' },
  { field: 'textDecoration', suffix: 'text-decoration', type: 'strokeStyle' },
];

/** CSS for one typography field ("lineHeight" may be a number or a dimension). */
export function typographyFieldCss(value: unknown, type: TokenType): string {
  if (typeof value === 'string' && splitAlias(value)) return value.trim();
  if (type === 'number' && isPlainObject(value)) return toCssValue(value, 'dimension');
  if (type === 'strokeStyle') return typeof value === 'string' ? value : String(value);
  return toCssValue(value, type);
}

/** `font` shorthand (style weight size/line-height family); letter-spacing has its own variable. */
export function typographyShorthand(value: unknown): string {
  if (!isPlainObject(value)) return String(value);
  const part = (name: string, type: TokenType) =>
    value[name] === undefined ? undefined : typographyFieldCss(value[name], type);
  const size = part('fontSize', 'dimension');
  const family = part('fontFamily', 'fontFamily');
  if (size === undefined || family === undefined) return '';
  const line = part('lineHeight', 'number');
  return [
    part('fontStyle', 'strokeStyle'),
    part('fontWeight', 'fontWeight'),
    line === undefined ? size : `${size}/${line}`,
    family,
  ]
    .filter((p) => p !== undefined && p !== 'normal')
    .join(' ');
}
