/**
 * Variants of a component set become ONE tree: layers are aligned by name and order, differences
 * become style overrides keyed by the prop that explains them (`size="large"`), and layers that
 * exist only in some variants get a visibility condition. No markup is duplicated per variant.
 */
import { cssValue } from './css-value.ts';
import type { CssValue, IrCondition, IrNode, IrOverride, IrProp, IrPropValue, IrStyle, IrVariant } from './types.ts';

/** Serialises a CSS value for comparison (token identity, not its resolved value). */
export function valueKey(value: CssValue | undefined): string {
  return value === undefined ? '' : cssValue(value);
}

const UNSET: CssValue = { kind: 'keyword', value: 'unset' };

interface Axis {
  name: string;
  values: string[];
}

/** Every way to pick `k` of the axes, in their order. */
function combinations(axes: Axis[], k: number): Axis[][] {
  if (k === 0) return [[]];
  return axes.flatMap((axis, i) => combinations(axes.slice(i + 1), k - 1).map((rest) => [axis, ...rest]));
}

/**
 * The fewest variant props whose values decide `f` across the present variants: `size` alone,
 * else `variant` with `state`, and so on. Undefined when no combination does (duplicate variants).
 */
function explainingAxes(
  axes: Axis[],
  variants: IrVariant[],
  present: number[],
  f: (i: number) => string,
): Axis[] | undefined {
  for (let k = 1; k <= axes.length; k++) {
    for (const subset of combinations(axes, k)) {
      const seen = new Map<string, string>();
      const ok = present.every((i) => {
        const v = subset.map((axis) => variants[i]?.values[axis.name] ?? '').join('\u0000');
        const prev = seen.get(v);
        seen.set(v, f(i));
        return prev === undefined || prev === f(i);
      });
      if (ok) return subset;
    }
  }
  return undefined;
}

/** The condition under which variant `i` is told apart: its values of the explaining props. */
function conditionFor(subset: Axis[] | undefined, variant: IrVariant | undefined): IrCondition {
  if (!subset) return { ...variant?.values };
  return Object.fromEntries(subset.map((axis) => [axis.name, variant?.values[axis.name] ?? '']));
}

function conditionKey(when: IrCondition): string {
  return Object.entries(when)
    .map(([k, v]) => `${k}=${String(v)}`)
    .join('&');
}

function mergeStyles(
  nodes: Array<IrNode | undefined>,
  variants: IrVariant[],
  axes: Axis[],
): { style: IrStyle; overrides: IrOverride[] } {
  const present = nodes.flatMap((n, i) => (n ? [i] : []));
  const baseIndex = present[0] ?? 0;
  const baseNode = nodes[baseIndex]!;
  const style: IrStyle = { ...baseNode.style };
  const byCondition = new Map<string, IrOverride>();
  const add = (when: IrCondition, property: string, value: CssValue) => {
    const key = conditionKey(when);
    let override = byCondition.get(key);
    if (!override) {
      override = { when, style: {} };
      byCondition.set(key, override);
    }
    override.style[property] = value;
  };
  const properties = new Set<string>();
  for (const i of present) for (const p of Object.keys(nodes[i]!.style)) properties.add(p);
  for (const property of properties) {
    const valueAt = (i: number) => valueKey(nodes[i]?.style[property]);
    const baseKey = valueAt(baseIndex);
    if (present.every((i) => valueAt(i) === baseKey)) continue;
    const subset = explainingAxes(axes, variants, present, valueAt);
    const done = new Set<string>();
    for (const i of present) {
      const when = conditionFor(subset, variants[i]);
      if (done.has(conditionKey(when)) || valueAt(i) === baseKey) continue;
      done.add(conditionKey(when));
      add(when, property, nodes[i]!.style[property] ?? UNSET);
    }
  }
  // Single-prop overrides first, then combinations, so more specific rules come later in CSS.
  const overrides = [...byCondition.values()].sort((a, b) => Object.keys(a.when).length - Object.keys(b.when).length);
  return { style, overrides };
}

function presenceCondition(
  nodes: Array<IrNode | undefined>,
  variants: IrVariant[],
  axes: Axis[],
): IrCondition[] | undefined {
  const all = nodes.map((_, i) => i);
  if (nodes.every((n) => n !== undefined)) return undefined;
  const subset = explainingAxes(axes, variants, all, (i) => (nodes[i] ? '1' : '0'));
  const conditions = new Map<string, IrCondition>();
  for (const i of all) {
    if (!nodes[i]) continue;
    const when = conditionFor(subset, variants[i]);
    conditions.set(conditionKey(when), when);
  }
  return [...conditions.values()];
}

function and(a: IrCondition[] | undefined, b: IrCondition[] | undefined): IrCondition[] | undefined {
  if (!a) return b;
  if (!b) return a;
  return a.flatMap((x) => b.map((y) => ({ ...x, ...y })));
}

/** Aligns children of the same parent across variants by layer name and occurrence. */
function alignChildren(lists: Array<IrNode[] | undefined>): Array<Array<IrNode | undefined>> {
  const order: string[] = [];
  const keyed = lists.map((list) => {
    const count = new Map<string, number>();
    const map = new Map<string, IrNode>();
    let previous: string | undefined;
    for (const node of list ?? []) {
      const n = (count.get(node.name) ?? 0) + 1;
      count.set(node.name, n);
      const key = `${node.name}\u0000${n}`;
      map.set(key, node);
      if (!order.includes(key)) {
        const at = previous === undefined ? 0 : order.indexOf(previous) + 1;
        order.splice(at, 0, key);
      }
      previous = key;
    }
    return map;
  });
  return order.map((key) => keyed.map((map) => map.get(key)));
}

function mergeNodes(nodes: Array<IrNode | undefined>, variants: IrVariant[], axes: Axis[]): IrNode {
  const base = (nodes[0] ?? nodes.find((n) => n !== undefined))!;
  const { style, overrides } = mergeStyles(nodes, variants, axes);
  const merged: IrNode = { ...base, style, overrides };
  const visibleWhen = and(base.visibleWhen, presenceCondition(nodes, variants, axes));
  if (visibleWhen) merged.visibleWhen = visibleWhen;
  else delete merged.visibleWhen;
  if (base.content.kind === 'text' && !base.content.prop) {
    const texts = nodes.map((n) => (n?.content.kind === 'text' ? n.content.text : undefined));
    const baseText = base.content.text;
    const present = texts.flatMap((t, i) => (t !== undefined ? [i] : []));
    if (present.some((i) => texts[i] !== baseText)) {
      const subset = explainingAxes(axes, variants, present, (i) => texts[i] ?? '');
      const seen = new Set<string>();
      const others: Array<{ when: IrCondition; text: string }> = [];
      for (const i of present) {
        const text = texts[i]!;
        if (text === baseText) continue;
        const when = conditionFor(subset, variants[i]);
        const key = conditionKey(when);
        if (seen.has(key)) continue;
        seen.add(key);
        others.push({ when, text });
      }
      merged.content = { kind: 'text', text: baseText, variants: others };
    }
  }
  if (base.content.kind === 'instance') {
    const baseContent = base.content;
    const key = (n: IrNode | undefined) => (n?.content.kind === 'instance' ? n.content.component : undefined);
    const present = nodes.flatMap((n, i) => (key(n) !== undefined ? [i] : []));
    if (present.some((i) => key(nodes[i]) !== baseContent.component)) {
      const subset = explainingAxes(axes, variants, present, (i) => key(nodes[i]) ?? '');
      const seen = new Set<string>();
      const alternatives: Array<{ when: IrCondition; component: string; props: Record<string, IrPropValue> }> = [];
      for (const i of present) {
        const content = nodes[i]!.content;
        if (content.kind !== 'instance' || content.component === baseContent.component) continue;
        const when = conditionFor(subset, variants[i]);
        if (seen.has(conditionKey(when))) continue;
        seen.add(conditionKey(when));
        alternatives.push({ when, component: content.component, props: content.props });
      }
      merged.content = { ...baseContent, alternatives };
    }
  }
  // A layer with children in some variants only (a checkbox's box holds the check when checked).
  const someChildren = nodes.some((n) => n?.content.kind === 'children');
  if (someChildren && (base.content.kind === 'children' || base.content.kind === 'empty')) {
    const lists = nodes.map((n) => (n?.content.kind === 'children' ? n.content.children : n ? [] : undefined));
    const aligned = alignChildren(lists);
    merged.content = { kind: 'children', children: aligned.map((group) => mergeNodes(group, variants, axes)) };
  }
  return merged;
}

/** Merges the variant trees (trees[i] is variants[i]'s tree; index 0 is the default). */
export function mergeVariants(trees: IrNode[], variants: IrVariant[], props: IrProp[]): IrNode {
  const axes: Axis[] = props.flatMap((p) => (p.kind === 'variant' ? [{ name: p.name, values: p.values }] : []));
  if (trees.length <= 1) return trees[0]!;
  return mergeNodes(trees, variants, axes);
}
