import valueParser from 'postcss-value-parser';
import type { CssBlock } from './css-blocks.ts';

/**
 * The custom properties one element sees when it matches the given selectors: every block whose
 * selectors include one of them, in stylesheet order (later wins), with each var() resolved
 * against that same set, as the browser computes custom properties on that element.
 */
export function effectiveValues(blocks: readonly CssBlock[], selectors: readonly string[]): Map<string, string> {
  const wanted = new Set(selectors.map(normaliseSelector));
  const raw = new Map<string, string>();
  for (const block of blocks)
    if (block.selectors.some((s) => wanted.has(normaliseSelector(s))))
      for (const [name, value] of block.props) raw.set(name, value);
  return resolveVars(raw);
}

/** Replaces every var(--x[, fallback]) with --x's value (recursively; a cycle or a missing name keeps the fallback, else the var() text). */
export function resolveVars(raw: ReadonlyMap<string, string>): Map<string, string> {
  const done = new Map<string, string>();
  const visiting = new Set<string>();
  const resolve = (name: string): string | undefined => {
    const cached = done.get(name);
    if (cached !== undefined) return cached;
    const value = raw.get(name);
    if (value === undefined || visiting.has(name)) return undefined;
    visiting.add(name);
    const out = substitute(value, resolve);
    visiting.delete(name);
    done.set(name, out);
    return out;
  };
  for (const name of raw.keys()) resolve(name);
  return done;
}

function substitute(value: string, lookup: (name: string) => string | undefined): string {
  if (!value.includes('var(')) return value;
  const parsed = valueParser(value);
  parsed.walk((node) => {
    if (node.type !== 'function' || node.value !== 'var') return;
    const name = node.nodes.find((n) => n.type === 'word')?.value ?? '';
    const comma = node.nodes.findIndex((n) => n.type === 'div' && n.value === ',');
    const fallback = comma >= 0 ? valueParser.stringify(node.nodes.slice(comma + 1)).trim() : undefined;
    const found = lookup(name);
    const text = found ?? (fallback !== undefined ? substitute(fallback, lookup) : undefined);
    if (text === undefined) return false;
    (node as unknown as { type: string; value: string }).type = 'word';
    (node as unknown as { type: string; value: string }).value = text;
    return false;
  });
  return valueParser.stringify(parsed.nodes);
}

function normaliseSelector(selector: string): string {
  return selector.replace(/\s+/g, ' ').replace(/'/g, '"').trim();
}
