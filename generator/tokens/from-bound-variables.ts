import type { FigmaNode } from '../source/design.ts';
import type { TokenType } from './token-index.ts';
import type { DraftCollection, DraftToken, TokenProblem } from './token-model.ts';
import { isPlainObject, rgbaToColor } from './token-values.ts';
import { walkNodes } from '../source/figma-nodes.ts';

/**
 * Tokens for variables bound on nodes that the variables response does not define, named by type
 * and id, so bound values still resolve to a token.
 */

type Loose = Record<string, unknown>;

const NUMERIC_FIELDS: Record<string, TokenType> = {
  itemSpacing: 'dimension',
  counterAxisSpacing: 'dimension',
  paddingLeft: 'dimension',
  paddingRight: 'dimension',
  paddingTop: 'dimension',
  paddingBottom: 'dimension',
  cornerRadius: 'dimension',
  topLeftRadius: 'dimension',
  topRightRadius: 'dimension',
  bottomLeftRadius: 'dimension',
  bottomRightRadius: 'dimension',
  strokeWeight: 'dimension',
  minWidth: 'dimension',
  maxWidth: 'dimension',
  minHeight: 'dimension',
  maxHeight: 'dimension',
  opacity: 'number',
};

/**
 * Variables bound on nodes that the variables response does not define (no Enterprise plan, or no
 * response at all). Their value is known from the node they are bound on, their name is not: they
 * become "var.<type>-<id>" tokens so that bound values still resolve to a token exactly.
 */
export function fromBoundVariables(
  roots: readonly FigmaNode[],
  known: ReadonlySet<string>,
  source: string,
): { collections: DraftCollection[]; problems: TokenProblem[] } {
  const found = new Map<string, { type: TokenType; value: unknown }>();
  const conflicts = new Set<string>();
  const note = (ref: unknown, type: TokenType, value: unknown) => {
    const alias = Array.isArray(ref) ? ref[0] : ref;
    if (!isPlainObject(alias) || typeof alias.id !== 'string' || known.has(alias.id) || value === undefined) return;
    const existing = found.get(alias.id);
    if (existing && JSON.stringify(existing.value) !== JSON.stringify(value)) conflicts.add(alias.id);
    if (!existing) found.set(alias.id, { type, value });
  };
  walkNodes(roots, (raw) => {
    const node = raw as unknown as Loose;
    for (const key of ['fills', 'strokes']) {
      const paints = node[key];
      if (!Array.isArray(paints)) continue;
      for (const paint of paints) {
        if (isPlainObject(paint) && isPlainObject(paint.boundVariables) && isPlainObject(paint.color)) {
          const c = paint.color;
          note(
            paint.boundVariables.color,
            'color',
            rgbaToColor(Number(c.r), Number(c.g), Number(c.b), typeof c.a === 'number' ? c.a : 1),
          );
        }
      }
    }
    const bound = isPlainObject(node.boundVariables) ? node.boundVariables : undefined;
    if (bound) {
      for (const [field, type] of Object.entries(NUMERIC_FIELDS)) {
        if (bound[field] !== undefined && typeof node[field] === 'number') {
          note(bound[field], type, type === 'dimension' ? { value: node[field], unit: 'px' } : node[field]);
        }
      }
    }
  });
  const tokens: DraftToken[] = [...found.entries()]
    .sort(([a], [b]) => a.localeCompare(b, 'en', { numeric: true }))
    .map(([id, { type, value }]) => ({
      path: ['var', `${type}-${id.replace(/^VariableID:/, '').replace(/[^A-Za-z0-9]+/g, '-')}`],
      type,
      values: { default: value },
      collection: 'bound-variables',
      source,
      origin: 'figma-bound' as const,
      variableId: id,
    }));
  const problems: TokenProblem[] = [];
  if (tokens.length > 0) {
    problems.push({
      severity: 'warning',
      kind: 'inferred-variable',
      message: `${tokens.length} variable(s) bound on nodes are not in the variables response; tokens were inferred from their bound values (names unknown: var.<type>-<id>)`,
      source,
    });
  }
  if (conflicts.size > 0) {
    problems.push({
      severity: 'warning',
      kind: 'inferred-variable-modes',
      message: `${conflicts.size} bound variable(s) show different values on different nodes (modes?); the first value seen was used`,
      source,
    });
  }
  return {
    collections: tokens.length > 0 ? [{ name: 'bound-variables', modes: ['default'], source, tokens }] : [],
    problems,
  };
}
