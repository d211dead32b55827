import { sdTransforms } from './sd-transforms.ts';
import type { TokenType } from './token-index.ts';
import { toTokenType } from './token-types.ts';
import { splitAlias } from './token-names.ts';
import { isInnerShadow, studioLetterSpacing, studioPercent } from './studio-values.ts';
import {
  isPlainObject,
  toColor,
  toDimension,
  toDuration,
  toFontWeight,
  toNumber,
  type BareUnit,
} from './token-values.ts';

/**
 * Parses composite token values (shadow, typography, border, transition) from DTCG or Tokens Studio
 * field names into DTCG shapes. The Tokens Studio conventions inside them (percent line heights and
 * letter spacing, weight names, inner shadows, composition property types) are sd-transforms' rules
 * (studio-values.ts, its expand types map); what stays here is the field mapping to DTCG (`x` ->
 * `offsetX`), which sd-transforms leaves to Style Dictionary's expand and CSS shorthand formats.
 */

/** The sub-value types of the composite tokens, used to parse and to type-check aliases inside them. */
export const FIELD_TYPES: Record<string, Record<string, TokenType>> = {
  shadow: {
    color: 'color',
    offsetX: 'dimension',
    offsetY: 'dimension',
    blur: 'dimension',
    spread: 'dimension',
    inset: 'boolean',
  },
  typography: {
    fontFamily: 'fontFamily',
    fontSize: 'dimension',
    fontWeight: 'fontWeight',
    lineHeight: 'number',
    letterSpacing: 'dimension',
    fontStyle: 'string',
    textCase: 'string',
    textDecoration: 'string',
    paragraphSpacing: 'dimension',
    paragraphIndent: 'dimension',
  },
  border: { color: 'color', width: 'dimension', style: 'string' },
  transition: { duration: 'duration', delay: 'duration', timingFunction: 'cubicBezier' },
};

/**
 * The Tokens Studio type of a composition property: sd-transforms' expand types map (boxShadow,
 * spacing, sizing, ...), the type names a property is called after (fill, fontSizes, ...), and
 * box-model names (paddingTop, width, itemSpacing, ...). Undefined: the value's own shape decides.
 */
export function compositionPropertyType(property: string): string | undefined {
  const fromExpand = (sdTransforms().expandTypesMap.composition as Record<string, string>)[property];
  if (fromExpand !== undefined) return fromExpand;
  if (COMPOSITION_NAMES[property] !== undefined) return COMPOSITION_NAMES[property];
  if (toTokenType(property) !== undefined) return property;
  if (
    /^(padding|margin|gap|itemSpacing|width|height|min|max|inset|top|right|bottom|left|border(Top|Right|Bottom|Left)?(Width|Radius))/i.test(
      property,
    )
  )
    return 'dimension';
  return undefined;
}

const COMPOSITION_NAMES: Record<string, string> = {
  fill: 'color',
  backgroundColor: 'color',
  borderColor: 'color',
  fontFamily: 'fontFamilies',
  fontWeight: 'fontWeights',
  fontSize: 'fontSizes',
  lineHeight: 'lineHeights',
};

export type CompositeResult = { ok: true; value: unknown; computed: boolean } | { ok: false };

const SHADOW_KEYS: Record<string, string> = {
  x: 'offsetX',
  y: 'offsetY',
  offsetX: 'offsetX',
  offsetY: 'offsetY',
  blur: 'blur',
  spread: 'spread',
  color: 'color',
};

/** Parses a composite value (DTCG or Tokens Studio field names) into DTCG field names and shapes. */
export function parseComposite(type: TokenType, raw: unknown, bareUnit: BareUnit = 'px'): CompositeResult {
  if (type === 'shadow') {
    const layers = Array.isArray(raw) ? raw : [raw];
    const out: Record<string, unknown>[] = [];
    let computed = false;
    for (const layer of layers) {
      if (!isPlainObject(layer)) return { ok: false };
      const shadow: Record<string, unknown> = {};
      for (const [key, value] of Object.entries(layer)) {
        const field = SHADOW_KEYS[key];
        if (field === undefined) continue;
        const parsed = parseField(FIELD_TYPES.shadow?.[field] ?? 'string', value, field, bareUnit);
        if (!parsed.ok) return { ok: false };
        computed ||= parsed.computed;
        shadow[field] = parsed.value;
      }
      shadow.inset = layer.inset === true || isInnerShadow(layer);
      for (const field of ['offsetX', 'offsetY', 'blur', 'spread']) shadow[field] ??= { value: 0, unit: 'px' };
      if (shadow.color === undefined) return { ok: false };
      out.push(shadow);
    }
    return { ok: true, value: Array.isArray(raw) ? out : out[0], computed };
  }
  if (type === 'gradient') {
    if (typeof raw === 'string') return { ok: true, value: raw, computed: raw.includes('{') };
    if (!Array.isArray(raw)) return { ok: false };
    const stops: unknown[] = [];
    let computed = false;
    for (const stop of raw) {
      if (!isPlainObject(stop)) return { ok: false };
      const color = parseField('color', stop.color, 'color', bareUnit);
      if (!color.ok) return { ok: false };
      computed ||= color.computed;
      stops.push({ color: color.value, position: toNumber(stop.position) ?? 0 });
    }
    return { ok: true, value: stops, computed };
  }
  const fields = FIELD_TYPES[type];
  if (!fields || !isPlainObject(raw)) return { ok: false };
  const out: Record<string, unknown> = {};
  let computed = false;
  for (const [key, value] of Object.entries(raw)) {
    const parsed = parseField(fields[key] ?? 'string', value, key, bareUnit);
    if (!parsed.ok) return { ok: false };
    computed ||= parsed.computed;
    out[key] = parsed.value;
  }
  if (
    type === 'typography' &&
    out.fontStyle === undefined &&
    typeof raw.fontWeight === 'string' &&
    /italic|oblique/i.test(raw.fontWeight) &&
    !raw.fontWeight.includes('{')
  )
    out.fontStyle = 'italic';
  return { ok: true, value: out, computed };
}

/** One field: alias kept, literal parsed, a string with math or references kept as an expression. */
export function parseField(type: TokenType, raw: unknown, field: string, bareUnit: BareUnit = 'px'): CompositeResult {
  if (typeof raw === 'string' && splitAlias(raw)) return { ok: true, value: raw.trim(), computed: false };
  const literal = fieldLiteral(type, raw, field, bareUnit);
  if (literal !== undefined) return { ok: true, value: literal, computed: false };
  if (typeof raw === 'string') return { ok: true, value: raw, computed: true };
  return { ok: false };
}

export function fieldLiteral(type: TokenType, raw: unknown, field: string, bareUnit: BareUnit = 'px'): unknown {
  switch (type) {
    case 'color':
      return toColor(raw);
    case 'dimension':
      if (field === 'letterSpacing' && typeof raw === 'string' && raw.trim().endsWith('%'))
        return studioLetterSpacing(raw);
      return toDimension(raw, bareUnit);
    case 'number':
      if (field === 'lineHeight') {
        if (typeof raw === 'string' && raw.trim().endsWith('%')) return studioPercent(raw, 'lineHeight');
        if (typeof raw === 'string' && /px|rem|em$/.test(raw.trim())) return toDimension(raw);
        if (isPlainObject(raw)) return toDimension(raw);
      }
      return toNumber(raw);
    case 'fontWeight':
      return toFontWeight(raw);
    case 'fontFamily':
      return typeof raw === 'string' || Array.isArray(raw) ? raw : undefined;
    case 'duration':
      return toDuration(raw);
    case 'cubicBezier':
      return Array.isArray(raw) && raw.length === 4 ? raw : undefined;
    case 'boolean':
      return typeof raw === 'boolean' ? raw : undefined;
    default:
      return typeof raw === 'string' || typeof raw === 'number' || isPlainObject(raw) ? raw : undefined;
  }
}
