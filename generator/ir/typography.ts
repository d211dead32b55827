/**
 * Text styles: family, weight, size, line height (px, % of font size, intrinsic), letter spacing,
 * case, decoration, alignment and truncation. A text style maps to its typography token's parts.
 */
import type { TokenRef } from '../tokens/token-index.ts';
import type { IrStyle, StyleValue } from './types.ts';
import type { TokenLookup } from './token-lookup.ts';
import { styleToken } from './style.ts';
import { fallbackStack } from '../fonts/fallback-stack.ts';
import { fontWeightOf } from '../fonts/font-weight.ts';
import { bool, boundId, num, obj, str, nodeId, textCharacters, type Json } from '../source/read-json.ts';

const kw = (value: string): StyleValue => ({ kind: 'keyword', value });

/** The sub-token of a composite typography token, e.g. "type.body" + "fontSize". */
function part(token: TokenRef | undefined, key: string, lookup: TokenLookup): TokenRef | undefined {
  if (!token) return undefined;
  const kebab = key.replace(/([A-Z])/g, '-$1').toLowerCase();
  return lookup.index.byPath(`${token.path}.${key}`) ?? lookup.index.byPath(`${token.path}.${kebab}`);
}

/** A text box no taller than one and a half lines: Figma draws it on one line. */
function isOneLineBox(node: Json, s: Json): boolean {
  const lineHeight = num(s, 'lineHeightPx');
  const height = num(obj(node, 'absoluteBoundingBox'), 'height');
  return lineHeight !== undefined && lineHeight > 0 && height !== undefined && height < 1.5 * lineHeight;
}

export function textStyle(node: Json, lookup: TokenLookup): IrStyle {
  const id = nodeId(node);
  const style: IrStyle = {};
  const s = obj(node, 'style') ?? {};
  const token = styleToken(node, 'text', lookup);
  const sub = (key: string) => {
    const t = part(token, key, lookup);
    return t ? lookup.exact(t) : undefined;
  };
  const bound = (key: string) => boundId(node, key) ?? boundId(s, key);

  const family = str(s, 'fontFamily');
  if (family)
    style['font-family'] =
      sub('fontFamily') ?? lookup.scalar('fontFamily', family, fallbackStack(family), id, bound('fontFamily'));
  const weight = fontWeightOf(s);
  if (weight !== undefined)
    style['font-weight'] =
      sub('fontWeight') ?? lookup.scalar('fontWeight', weight, String(weight), id, bound('fontWeight'));
  const size = num(s, 'fontSize');
  if (size !== undefined)
    style['font-size'] = sub('fontSize') ?? lookup.dimension(size, 'fontSize', id, bound('fontSize'));

  const unit = str(s, 'lineHeightUnit');
  const lineToken = sub('lineHeight');
  if (lineToken) style['line-height'] = lineToken;
  else if (unit === 'FONT_SIZE_%') {
    const ratio = Math.round((num(s, 'lineHeightPercentFontSize') ?? 100) * 100) / 10000;
    style['line-height'] = lookup.scalar('number', ratio, String(ratio), id, bound('lineHeight'));
  } else if (unit === 'INTRINSIC_%') {
    style['line-height'] = kw('normal');
  } else {
    const lh = num(s, 'lineHeightPx');
    if (lh !== undefined) style['line-height'] = lookup.dimension(lh, 'lineHeight', id, bound('lineHeight'));
  }
  const tracking = num(s, 'letterSpacing') ?? 0;
  const trackingToken = sub('letterSpacing');
  if (trackingToken) style['letter-spacing'] = trackingToken;
  else if (Math.abs(tracking) > 0.001)
    style['letter-spacing'] = lookup.dimension(tracking, 'letterSpacing', id, bound('letterSpacing'));

  if (bool(s, 'italic') === true) style['font-style'] = kw('italic');
  const textCase = str(s, 'textCase');
  if (textCase === 'UPPER') style['text-transform'] = kw('uppercase');
  else if (textCase === 'LOWER') style['text-transform'] = kw('lowercase');
  else if (textCase === 'TITLE') style['text-transform'] = kw('capitalize');
  else if (textCase === 'SMALL_CAPS' || textCase === 'SMALL_CAPS_FORCED') style['font-variant-caps'] = kw('small-caps');
  const decoration = str(s, 'textDecoration');
  if (decoration === 'UNDERLINE') style['text-decoration-line'] = kw('underline');
  else if (decoration === 'STRIKETHROUGH') style['text-decoration-line'] = kw('line-through');
  const align = str(s, 'textAlignHorizontal');
  if (align === 'CENTER') style['text-align'] = kw('center');
  else if (align === 'RIGHT') style['text-align'] = kw('right');
  else if (align === 'JUSTIFIED') style['text-align'] = kw('justify');

  const characters = textCharacters(node);
  const resize = str(s, 'textAutoResize');
  const truncate = str(s, 'textTruncation') === 'ENDING' || resize === 'TRUNCATE';
  const maxLines = num(s, 'maxLines');
  if (truncate) {
    style.overflow = kw('hidden');
    if (maxLines !== undefined && maxLines > 1) {
      style.display = kw('-webkit-box');
      style['-webkit-box-orient'] = kw('vertical');
      style['-webkit-line-clamp'] = kw(String(Math.floor(maxLines)));
    } else {
      style['white-space'] = kw('nowrap');
      style['text-overflow'] = kw('ellipsis');
    }
  } else if ((str(node, 'layoutSizingHorizontal') ?? (resize === 'WIDTH_AND_HEIGHT' ? 'HUG' : 'FIXED')) === 'HUG') {
    style['white-space'] = kw(characters.includes('\n') ? 'pre' : 'nowrap');
  } else if (characters.includes('\n')) {
    style['white-space'] = kw('pre-wrap');
  } else if (isOneLineBox(node, s)) {
    // Figma set it on one line: a wider fallback font overflows the box rather than wrap onto two.
    style['white-space'] = kw('nowrap');
  }
  const vertical = str(s, 'textAlignVertical');
  if (
    !truncate &&
    (vertical === 'CENTER' || vertical === 'BOTTOM') &&
    (resize === 'NONE' || str(node, 'layoutSizingVertical') === 'FIXED')
  ) {
    style.display = kw('flex');
    style['flex-direction'] = kw('column');
    style['justify-content'] = kw(vertical === 'CENTER' ? 'center' : 'flex-end');
  }
  return style;
}
