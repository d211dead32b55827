/**
 * The tokens a component may use: every token its ir references, the nearest token of each raw
 * value, and siblings of used tokens (the hover or pressed shade next to a used colour), bounded.
 */
import type { CssValue, IrComponent, IrNode } from '../../ir/types.ts';
import type { TokenIndex, TokenRef } from '../../tokens/token-index.ts';

export interface PromptToken {
  cssVar: string;
  type: string;
  value: string;
}

function collect(value: CssValue, used: Map<string, TokenRef>, raw: CssValue[]): void {
  if (value.kind === 'token') used.set(value.token.cssVar, value.token);
  else if (value.kind === 'raw') {
    raw.push(value);
    if (value.nearest) used.set(value.nearest.token.cssVar, value.nearest.token);
  } else if (value.kind === 'list') value.items.forEach((v) => collect(v, used, raw));
  else if (value.kind === 'fn') value.args.forEach((v) => collect(v, used, raw));
}

function walk(node: IrNode, visit: (value: CssValue) => void): void {
  for (const value of Object.values(node.style)) visit(value);
  for (const o of node.overrides) for (const value of Object.values(o.style)) visit(value);
  const content = node.content;
  if (content.kind === 'children') content.children.forEach((c) => walk(c, visit));
  if (content.kind === 'slot' && content.fallback) walk(content.fallback, visit);
  if (content.kind === 'svg') for (const p of content.paths) [p.fill, p.stroke].forEach((v) => v && visit(v));
}

/** A token value as short CSS-like text: "#2563eb", "16px", "Inter". */
export function tokenValueText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value !== 'object') return String(value);
  const v = value as Record<string, unknown>;
  if (typeof v.hex === 'string') return typeof v.alpha === 'number' && v.alpha < 1 ? `${v.hex} / ${v.alpha}` : v.hex;
  if (typeof v.value === 'number' && typeof v.unit === 'string') return `${v.value}${v.unit}`;
  return JSON.stringify(value).slice(0, 120);
}

const family = (path: string) => path.split('.').slice(0, -1).join('.');

export function relevantTokens(
  component: IrComponent,
  index: TokenIndex,
  limit = 60,
): { tokens: PromptToken[]; rawValues: string[] } {
  const used = new Map<string, TokenRef>();
  const raw: CssValue[] = [];
  walk(component.root, (value) => collect(value, used, raw));
  const families = new Set([...used.values()].map((t) => family(t.path)).filter((f) => f !== ''));
  const siblings = index.tokens.filter((t) => !used.has(t.cssVar) && families.has(family(t.path)));
  const chosen = [...used.values()].sort((a, b) => a.path.localeCompare(b.path));
  for (const t of siblings.sort((a, b) => a.path.localeCompare(b.path))) {
    if (chosen.length >= limit) break;
    chosen.push(t);
  }
  const rawValues = [...new Set(raw.map((r) => (r.kind === 'raw' ? r.value : '')))].filter(Boolean).sort();
  return { tokens: chosen.map((t) => ({ cssVar: t.cssVar, type: t.type, value: tokenValueText(t.value) })), rawValues };
}
