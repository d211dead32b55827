import type { Design, FigmaNode } from '../source/design.ts';
import type { TokenType } from './token-index.ts';
import type { DraftCollection, DraftToken, TokenProblem } from './token-model.ts';
import { cleanSegment, kebab } from './token-names.ts';
import { isPlainObject, rgbaToColor } from './token-values.ts';
import { walkNodes } from '../source/figma-nodes.ts';

/** Turns Figma styles into a "styles" token collection, taking each value from a node that uses the style. */

const PREFIX: Record<string, { prefix: string; type: TokenType }> = {
  FILL: { prefix: 'color', type: 'color' },
  TEXT: { prefix: 'typography', type: 'typography' },
  EFFECT: { prefix: 'shadow', type: 'shadow' },
};

type Loose = Record<string, unknown>;

/**
 * Figma styles -> a "styles" collection. The styles map only names a style; its value comes from a
 * node that uses it (node.styles.fill/text/effect), and a value bound to a variable stays an alias.
 */
export function fromStyles(
  design: Design,
  pathByVariableId: Map<string, string>,
  source: string,
): { collections: DraftCollection[]; problems: TokenProblem[] } {
  const problems: TokenProblem[] = [];
  const users = new Map<string, FigmaNode>();
  walkNodes(design.roots, (node) => {
    const styles = (node as { styles?: Record<string, string> }).styles;
    if (!isPlainObject(styles)) return;
    for (const id of Object.values(styles)) if (typeof id === 'string' && !users.has(id)) users.set(id, node);
  });
  const tokens: DraftToken[] = [];
  const unused: string[] = [];
  const skipped: string[] = [];
  const ids = Object.keys(design.styles).sort(
    (a, b) => (design.styles[a]?.name ?? '').localeCompare(design.styles[b]?.name ?? '') || a.localeCompare(b),
  );
  for (const id of ids) {
    const style = design.styles[id];
    if (!style) continue;
    const kind = PREFIX[style.styleType];
    if (!kind) {
      skipped.push(style.name);
      continue;
    }
    const node = users.get(id) as Loose | undefined;
    if (!node) {
      unused.push(style.name);
      continue;
    }
    const segments = style.name.split('/').map((s) => cleanSegment(s));
    const first = kebab(segments[0] ?? '');
    const path = first === kind.prefix || first === `${kind.prefix}s` ? segments : [kind.prefix, ...segments];
    const alias = (bound: unknown): string | undefined => {
      const ref = Array.isArray(bound) ? bound[0] : bound;
      return isPlainObject(ref) && typeof ref.id === 'string' && pathByVariableId.has(ref.id)
        ? `{${pathByVariableId.get(ref.id)}}`
        : undefined;
    };
    const value = styleValue(style.styleType, node, alias);
    if (value === undefined) {
      skipped.push(style.name);
      continue;
    }
    const token: DraftToken = {
      path,
      type: value.type,
      values: { default: value.value },
      collection: 'styles',
      source,
      origin: 'figma-styles',
      styleIds: [id],
    };
    if (style.description) token.description = style.description;
    tokens.push(token);
  }
  if (unused.length > 0)
    problems.push({
      severity: 'warning',
      kind: 'unused-style',
      message: `${unused.length} style(s) are not used by any node, so their values are unknown: ${unused.slice(0, 5).join(', ')}${unused.length > 5 ? ', …' : ''}`,
      source,
    });
  if (skipped.length > 0)
    problems.push({
      severity: 'warning',
      kind: 'skipped-style',
      message: `${skipped.length} style(s) have no token equivalent (grids, blurs, image fills): ${skipped.slice(0, 5).join(', ')}${skipped.length > 5 ? ', …' : ''}`,
      source,
    });
  return { collections: tokens.length > 0 ? [{ name: 'styles', modes: ['default'], source, tokens }] : [], problems };
}

function styleValue(
  styleType: string,
  node: Loose,
  alias: (bound: unknown) => string | undefined,
): { type: TokenType; value: unknown } | undefined {
  if (styleType === 'FILL') {
    const fills = (Array.isArray(node.fills) ? node.fills : []).filter(
      (p): p is Loose => isPlainObject(p) && p.visible !== false,
    );
    const paint = fills[fills.length - 1];
    if (!paint) return undefined;
    if (paint.type === 'SOLID' && isPlainObject(paint.color)) {
      const bound = isPlainObject(paint.boundVariables) ? alias(paint.boundVariables.color) : undefined;
      return { type: 'color', value: bound ?? figmaColor(paint.color, paint.opacity) };
    }
    if (typeof paint.type === 'string' && paint.type.startsWith('GRADIENT') && Array.isArray(paint.gradientStops)) {
      const stops = paint.gradientStops
        .filter(isPlainObject)
        .map((stop) => ({ color: figmaColor(stop.color, paint.opacity), position: Number(stop.position ?? 0) }));
      return { type: 'gradient', value: stops };
    }
    return undefined;
  }
  if (styleType === 'TEXT') {
    const style = isPlainObject(node.style) ? node.style : undefined;
    if (!style) return undefined;
    const bound = isPlainObject(node.boundVariables) ? node.boundVariables : {};
    const value: Loose = {};
    value.fontFamily = alias(bound.fontFamily) ?? style.fontFamily;
    value.fontSize = alias(bound.fontSize) ?? { value: Number(style.fontSize ?? 16), unit: 'px' };
    value.fontWeight = alias(bound.fontWeight) ?? Number(style.fontWeight ?? 400);
    if (style.italic === true) value.fontStyle = 'italic';
    const lineHeight = alias(bound.lineHeight);
    if (lineHeight) value.lineHeight = lineHeight;
    else if (style.lineHeightUnit === 'FONT_SIZE_%' && typeof style.lineHeightPercentFontSize === 'number')
      value.lineHeight = Math.round(style.lineHeightPercentFontSize) / 100;
    else if (typeof style.lineHeightPx === 'number' && style.lineHeightUnit !== 'INTRINSIC_%')
      value.lineHeight = { value: Math.round(style.lineHeightPx * 100) / 100, unit: 'px' };
    const letterSpacing = alias(bound.letterSpacing);
    if (letterSpacing) value.letterSpacing = letterSpacing;
    else if (typeof style.letterSpacing === 'number' && style.letterSpacing !== 0)
      value.letterSpacing = { value: Math.round(style.letterSpacing * 100) / 100, unit: 'px' };
    const textCase: Record<string, string> = { UPPER: 'uppercase', LOWER: 'lowercase', TITLE: 'capitalize' };
    if (typeof style.textCase === 'string' && textCase[style.textCase]) value.textCase = textCase[style.textCase];
    if (style.textDecoration === 'UNDERLINE') value.textDecoration = 'underline';
    if (style.textDecoration === 'STRIKETHROUGH') value.textDecoration = 'line-through';
    return { type: 'typography', value };
  }
  if (styleType === 'EFFECT') {
    const effects = (Array.isArray(node.effects) ? node.effects : []).filter(
      (e): e is Loose =>
        isPlainObject(e) && e.visible !== false && (e.type === 'DROP_SHADOW' || e.type === 'INNER_SHADOW'),
    );
    if (effects.length === 0) return undefined;
    const layers = effects.map((effect) => {
      const offset = isPlainObject(effect.offset) ? effect.offset : {};
      const bound = isPlainObject(effect.boundVariables) ? effect.boundVariables : {};
      const px = (n: unknown) => ({ value: Math.round(Number(n ?? 0) * 100) / 100, unit: 'px' });
      return {
        color: alias(bound.color) ?? figmaColor(effect.color, undefined),
        offsetX: alias(bound.offsetX) ?? px(offset.x),
        offsetY: alias(bound.offsetY) ?? px(offset.y),
        blur: alias(bound.radius) ?? px(effect.radius),
        spread: alias(bound.spread) ?? px(effect.spread),
        inset: effect.type === 'INNER_SHADOW',
      };
    });
    return { type: 'shadow', value: layers.length === 1 ? layers[0] : layers };
  }
  return undefined;
}

function figmaColor(color: unknown, opacity: unknown) {
  const c = isPlainObject(color) ? color : {};
  const a = (typeof c.a === 'number' ? c.a : 1) * (typeof opacity === 'number' ? opacity : 1);
  return rgbaToColor(Number(c.r ?? 0), Number(c.g ?? 0), Number(c.b ?? 0), a);
}
