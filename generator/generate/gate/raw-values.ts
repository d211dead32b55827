/**
 * Finds raw style values (colours, px/rem dimensions, font families and weights, shadow parts) in
 * one CSS declaration and looks each up in the token index. Shared by the gate (reject a raw value
 * where a token exists) and token lint (report every raw value with the nearest token).
 */
import { converter, parse } from '../../core/culori.ts';
import type { DimensionUse, Rgba, TokenIndex, TokenMatch } from '../../tokens/token-index.ts';
import { isGenericFontName } from '../../core/generic-fonts.ts';

export type RawValueKind = 'color' | 'dimension' | 'font' | 'shadow';

export interface RawValue {
  kind: RawValueKind;
  /** The text as written, e.g. "#FF0000", "13px", "Inter". */
  text: string;
  /** Canonical form, comparable across spellings: "#ff0000", "13px", "inter". */
  normalised: string;
  property: string;
  /** Offset of `text` in the declaration value. */
  offset: number;
  match: TokenMatch;
}

const toRgb = converter('rgb');

const COLOR_FUNCTIONS = new Set(['rgb', 'rgba', 'hsl', 'hsla', 'hwb', 'lab', 'lch', 'oklab', 'oklch', 'color']);
const COLOR_KEYWORDS = new Set(['transparent', 'currentcolor', 'inherit', 'initial', 'unset', 'revert', 'none']);
/** Properties whose bare identifiers may be named colours ("red"). Hex and rgb() count anywhere. */
const NAMED_COLOR_PROPERTY =
  /^(color|background(-color)?|border(-(top|right|bottom|left|block|inline)(-start|-end)?)?(-color)?|outline(-color)?|fill|stroke|caret-color|accent-color|text-decoration(-color)?|column-rule(-color)?|box-shadow|text-shadow|--.*)$/;

/**
 * Which properties carry dimensions a token system covers, and as what. Sizes and positions
 * (width, top, transform) are layout geometry, not tokens, and are not checked.
 */
function dimensionUse(property: string): DimensionUse | 'shadow' | undefined {
  if (/^(padding|margin)(-(top|right|bottom|left|block|inline)(-start|-end)?)?$/.test(property)) return 'spacing';
  if (/^((row|column|grid)-)?gap$/.test(property)) return 'spacing';
  if (/^border(-(top|bottom)-(left|right)|-(start|end)-(start|end))?-radius$/.test(property)) return 'radius';
  if (/^(border(-(top|right|bottom|left|block|inline))?(-width)?|outline(-width)?|stroke-width)$/.test(property))
    return 'borderWidth';
  if (property === 'outline-offset') return 'spacing';
  if (property === 'font-size' || property === 'font') return 'fontSize';
  if (property === 'line-height') return 'lineHeight';
  if (property === 'letter-spacing') return 'letterSpacing';
  if (property === 'filter' || property === 'backdrop-filter') return 'blur';
  if (property === 'box-shadow' || property === 'text-shadow') return 'shadow';
  if (property.startsWith('--')) return 'any';
  return undefined;
}

/** Shadow parts in order: x, y, blur, spread (the ir looks them up the same way). */
const SHADOW_USES: DimensionUse[] = ['spacing', 'spacing', 'blur', 'spacing'];

const TOKEN =
  /(--[\w-]+)|([a-zA-Z-][\w-]*)\(|#([0-9a-fA-F]+)\b|(-?(?:\d+\.?\d*|\.\d+))(px|rem)\b|(-?(?:\d+\.?\d*|\.\d+)[a-z%]*)|"([^"]*)"|'([^']*)'|([a-zA-Z_][\w-]*)|([,)])/g;

const round = (n: number) => Math.round(n * 100) / 100;

export function colorToRgba(text: string): Rgba | undefined {
  const parsed = parse(text);
  const rgb = parsed ? toRgb(parsed) : undefined;
  if (!rgb) return undefined;
  return { r: rgb.r, g: rgb.g, b: rgb.b, a: rgb.alpha ?? 1 };
}

const hex2 = (n: number) =>
  Math.round(Math.min(1, Math.max(0, n)) * 255)
    .toString(16)
    .padStart(2, '0');

/** "#rrggbb" or "#rrggbbaa", lower case. */
export function normaliseColor(c: Rgba): string {
  const alpha = c.a >= 0.999 ? '' : hex2(c.a);
  return `#${hex2(c.r)}${hex2(c.g)}${hex2(c.b)}${alpha}`;
}

/** Every raw value in one declaration, each with its token match. */
export function scanRawValues(property: string, value: string, index: TokenIndex): RawValue[] {
  const found: RawValue[] = [];
  const use = dimensionUse(property);
  const shadow = use === 'shadow';
  const plainUse = use === 'shadow' ? undefined : use;
  const push = (kind: RawValueKind, text: string, normalised: string, offset: number, match: TokenMatch) =>
    found.push({ kind: shadow && kind !== 'font' ? 'shadow' : kind, text, normalised, property, offset, match });

  if (property === 'font-family') return scanFontFamilies(value, index);
  if (property === 'font-weight') {
    const weight = Number(value.trim());
    if (Number.isFinite(weight) && value.trim() !== '')
      push('font', value.trim(), String(weight), 0, index.matchValue('fontWeight', weight));
    return found;
  }

  // Functions whose arguments are skipped: the first argument of var() is a token name, url() is a path.
  const stack: string[] = [];
  let shadowPart = 0;
  let varName = false;
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(value); m; m = TOKEN.exec(value)) {
    const [text] = m;
    const at = m.index;
    if (m[1] !== undefined) {
      varName = false;
      continue;
    }
    if (m[2] !== undefined) {
      const fn = m[2].toLowerCase();
      if (COLOR_FUNCTIONS.has(fn)) {
        const end = closingParen(value, at + text.length - 1);
        const whole = value.slice(at, end + 1);
        TOKEN.lastIndex = end + 1;
        if (/var\(/i.test(whole)) continue;
        const rgba = colorToRgba(whole);
        if (rgba) push('color', whole, normaliseColor(rgba), at, index.matchColor(rgba));
        continue;
      }
      if (fn === 'url') {
        TOKEN.lastIndex = closingParen(value, at + text.length - 1) + 1;
        continue;
      }
      stack.push(fn);
      varName = fn === 'var';
      continue;
    }
    if (m[3] !== undefined) {
      const rgba = [3, 4, 6, 8].includes(m[3].length) ? colorToRgba(text) : undefined;
      if (rgba) push('color', text, normaliseColor(rgba), at, index.matchColor(rgba));
      continue;
    }
    if (m[4] !== undefined && m[5] !== undefined) {
      const px = Number(m[4]) * (m[5] === 'rem' ? 16 : 1);
      const dimUse = shadow ? (SHADOW_USES[shadowPart] ?? 'spacing') : plainUse;
      if (shadow) shadowPart++;
      if (dimUse === undefined || px === 0 || varName) continue;
      push('dimension', text, `${round(Math.abs(px))}px`, at, index.matchDimension(Math.abs(px), dimUse));
      continue;
    }
    if (m[6] !== undefined) {
      if (shadow) shadowPart++;
      continue;
    }
    if (m[9] !== undefined) {
      const word = m[9].toLowerCase();
      if (varName || COLOR_KEYWORDS.has(word) || !NAMED_COLOR_PROPERTY.test(property)) continue;
      const rgba = colorToRgba(word);
      if (rgba) push('color', text, normaliseColor(rgba), at, index.matchColor(rgba));
      continue;
    }
    if (m[10] === ')') {
      stack.pop();
      varName = false;
    } else if (m[10] === ',') {
      if (stack.length === 0) shadowPart = 0;
      varName = false;
    }
  }
  return found;
}

function scanFontFamilies(value: string, index: TokenIndex): RawValue[] {
  const found: RawValue[] = [];
  let offset = 0;
  for (const part of splitTopLevel(value)) {
    const name = part
      .trim()
      .replace(/^(["'])(.*)\1$/, '$2')
      .trim();
    const at = value.indexOf(part, offset);
    offset = at + part.length;
    if (name === '' || /\bvar\(/i.test(name) || isGenericFontName(name.toLowerCase())) continue;
    found.push({
      kind: 'font',
      text: name,
      normalised: name.toLowerCase(),
      property: 'font-family',
      offset: Math.max(0, at),
      match: index.matchValue('fontFamily', name),
    });
  }
  return found;
}

function splitTopLevel(value: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < value.length; i++) {
    const ch = value[i];
    if (ch === '(') depth++;
    else if (ch === ')') depth--;
    else if (ch === ',' && depth === 0) {
      parts.push(value.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(value.slice(start));
  return parts;
}

function closingParen(value: string, open: number): number {
  let depth = 0;
  for (let i = open; i < value.length; i++) {
    if (value[i] === '(') depth++;
    else if (value[i] === ')' && --depth === 0) return i;
  }
  return value.length - 1;
}

/** True when a token covers this value (exactly or within tolerance): then the raw value is a violation. */
export function tokenExists(match: TokenMatch): boolean {
  return match.kind !== 'raw';
}

/** The token to suggest: the match, else the nearest one beyond tolerance. */
export function suggestedToken(match: TokenMatch) {
  if (match.kind === 'exact') return { token: match.token, distance: 0, unit: 'px' as const };
  if (match.kind === 'approximate') return { token: match.token, distance: match.distance, unit: match.unit };
  return match.nearest;
}
