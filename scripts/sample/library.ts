import type { Component, ComponentPropertyDefinition, ComponentSet, Paint } from '@figma/rest-api-spec';
import { scalePath } from './geometry.ts';
import { figmaKey, round2 } from './ids.ts';
import type { BoxSpec, NodeFactory, SNode } from './nodes.ts';

/** A component property as the sample declares it; Figma's key gets a "#<id>" suffix except for variants. */
export type PropSpec =
  | { name: string; type: 'VARIANT'; options: string[] }
  | { name: string; type: 'BOOLEAN'; default: boolean }
  | { name: string; type: 'TEXT'; default: string }
  | { name: string; type: 'INSTANCE_SWAP'; default: SNode; preferred: SNode[] };

type Values = Record<string, string | boolean | SNode>;

/** Every component and component set of the file, so instances can be made from them and the file's maps written. */
export class Library {
  readonly components = new Map<string, { node: SNode; setId?: string }>();
  readonly sets = new Map<string, SNode>();
  componentsMap(): Record<string, Component> {
    const map: Record<string, Component> = {};
    for (const [id, { node, setId }] of this.components) {
      map[id] = {
        key: figmaKey(`component:${id}`), name: node.name, description: String(node.description ?? ''), remote: false,
        ...(setId ? { componentSetId: setId } : {}), documentationLinks: [],
      };
    }
    return map;
  }

  componentSetsMap(): Record<string, ComponentSet> {
    const map: Record<string, ComponentSet> = {};
    for (const [id, node] of this.sets) {
      map[id] = { key: figmaKey(`component:${id}`), name: node.name, description: String(node.description ?? ''), remote: false, documentationLinks: [] };
    }
    return map;
  }
}

function definitions(f: NodeFactory, props: PropSpec[]) {
  const keys = new Map<string, string>();
  const defs: Record<string, ComponentPropertyDefinition> = {};
  for (const p of props) {
    const key = p.type === 'VARIANT' ? p.name : `${p.name}#${f.nextId()}`;
    keys.set(p.name, key);
    defs[key] =
      p.type === 'VARIANT' ? { type: 'VARIANT', defaultValue: p.options[0] ?? '', variantOptions: p.options }
      : p.type === 'INSTANCE_SWAP' ? { type: 'INSTANCE_SWAP', defaultValue: p.default.id, preferredValues: p.preferred.map((c) => ({ type: 'COMPONENT', key: figmaKey(`component:${c.id}`) })) }
      : { type: p.type, defaultValue: p.default };
  }
  return { keys, defs };
}

function combinations(props: PropSpec[]): Record<string, string>[] {
  return props.reduce<Record<string, string>[]>(
    (acc, p) => (p.type === 'VARIANT' ? acc.flatMap((combo) => p.options.map((o) => ({ ...combo, [p.name]: o }))) : acc),
    [{}],
  );
}

export interface SetSpec {
  name: string;
  description: string;
  props: PropSpec[];
  /** Width of the set frame; variants wrap inside it. */
  width: number;
  at: [number, number];
  /** Builds one variant's content; `key(name)` gives the property key for componentPropertyReferences. */
  variant(values: Record<string, string>, key: (name: string) => string): BoxSpec;
}

/** A COMPONENT_SET with one COMPONENT per combination of variant values, named "Prop=Value, Prop=Value" as Figma does. */
export function componentSet(lib: Library, f: NodeFactory, spec: SetSpec): SNode {
  const setId = f.nextId();
  const { keys, defs } = definitions(f, spec.props);
  const key = (name: string) => keys.get(name) ?? name;
  const variants = combinations(spec.props).map((values) => {
    const node = f.box({ ...spec.variant(values, key), type: 'COMPONENT', name: Object.entries(values).map(([k, v]) => `${k}=${v}`).join(', ') });
    lib.components.set(node.id, { node, setId });
    return node;
  });
  const set = f.box({
    name: spec.name, layout: 'WRAP', w: spec.width, pad: 20, gap: 20, rowGap: 20, at: spec.at, children: variants, radius: 5,
    stroke: { paint: { blendMode: 'NORMAL', type: 'SOLID', color: { r: 0.592, g: 0.278, b: 1, a: 1 } }, dashes: [10, 5] },
  });
  Object.assign(set, { id: setId, type: 'COMPONENT_SET', componentPropertyDefinitions: defs, description: spec.description });
  lib.sets.set(setId, set);
  return set;
}

/** A standalone COMPONENT, optionally with (non-variant) properties. */
export function component(lib: Library, f: NodeFactory, spec: BoxSpec & { description: string; props?: PropSpec[] }, build?: (key: (name: string) => string) => SNode[]): SNode {
  const { keys, defs } = definitions(f, spec.props ?? []);
  const node = f.box({ ...spec, type: 'COMPONENT', children: build ? build((name) => keys.get(name) ?? name) : (spec.children ?? []) });
  if (spec.props?.length) node.componentPropertyDefinitions = defs;
  node.description = spec.description;
  lib.components.set(node.id, { node });
  return node;
}

export interface InstanceOptions {
  /** Property values by property name (variant values pick the variant). Swaps take the component node. */
  props?: Values;
  /** Resize with SCALE constraints (icons): every vector's geometry scales with it. */
  size?: number;
  /** Recolor every vector (icon tint), as an override. */
  tint?: Paint[];
  w?: 'fill' | 'hug';
  name?: string;
}

/** Makes an INSTANCE the way Figma returns one: a copy of the main component with "I<instance>;<source>" ids and overrides applied. */
export function instantiate(lib: Library, f: NodeFactory, main: SNode, options: InstanceOptions = {}, id = f.nextId()): SNode {
  const setId = lib.components.get(main.id)?.setId;
  const set = setId === undefined ? undefined : lib.sets.get(setId);
  const chosen = set ? pickVariant(lib, set, main, options.props ?? {}) : main;
  const clone = structuredClone(chosen);
  const overrides = new Map<string, Set<string>>();
  const override = (nodeId: string, field: string) => overrides.set(nodeId, (overrides.get(nodeId) ?? new Set()).add(field));
  const values = new Map<string, string | boolean | SNode>();
  const props: Record<string, unknown> = {};
  const defs = ((set ?? chosen).componentPropertyDefinitions ?? {}) as Record<string, ComponentPropertyDefinition>;
  for (const [key, def] of Object.entries(defs)) {
    const name = key.split('#')[0] ?? key;
    const given = options.props?.[name];
    const value = def.type === 'VARIANT' ? variantValues(chosen)[name] ?? def.defaultValue : given ?? def.defaultValue;
    values.set(key, value);
    props[key] = def.type === 'VARIANT' ? { value, type: def.type, boundVariables: {} } : { value: typeof value === 'object' ? value.id : value, type: def.type };
  }
  Object.assign(clone, { id, type: 'INSTANCE', name: options.name ?? set?.name ?? chosen.name, componentId: chosen.id, componentProperties: props });
  for (const k of ['componentPropertyDefinitions', 'description', 'relativeTransform']) delete clone[k];
  if (options.w === 'fill') {
    // A FILL width is no longer a hugging width: Figma flips the sizing mode of that axis to FIXED.
    clone.layoutSizingHorizontal = 'FILL';
    clone[clone.layoutMode === 'HORIZONTAL' ? 'primaryAxisSizingMode' : 'counterAxisSizingMode'] = 'FIXED';
  }

  const walk = (node: SNode) => {
    const refs = (node.componentPropertyReferences ?? {}) as Record<string, string>;
    for (const [field, key] of Object.entries(refs)) {
      const value = values.get(key);
      if (field === 'characters' && typeof value === 'string' && value !== node.characters) {
        node.characters = value;
        override(node.id, 'characters');
      }
      if (field === 'visible' && typeof value === 'boolean' && value !== (node.visible !== false)) {
        if (value) delete node.visible;
        else node.visible = false;
        override(node.id, 'visible');
      }
      if (field === 'mainComponent' && typeof value === 'object' && value.id !== node.componentId) {
        const tint = firstVectorFills(node);
        const swapped = instantiate(lib, f, value, { size: sizeOf(node), ...(tint ? { tint } : {}) }, node.id);
        Object.assign(node, swapped, { componentPropertyReferences: refs, visible: node.visible });
        if (node.visible === undefined) delete node.visible;
        override(node.id, 'mainComponent');
      }
    }
    node.children?.forEach(walk);
  };
  clone.children?.forEach(walk);
  if (options.size !== undefined) scaleTo(clone, options.size);
  const tint = options.tint;
  if (tint) {
    forEachVector(clone, (v) => {
      setFills(v, tint);
      override(v.id, 'fills');
    });
  }
  renumber(clone, id);
  clone.overrides = [...overrides].map(([nodeId, fields]) => ({ id: renumberId(nodeId, id), overriddenFields: [...fields].sort() }));
  return clone;
}

const sizeOf = (node: SNode) => (node.size as { x: number } | undefined)?.x ?? 0;

function variantValues(variant: SNode): Record<string, string> {
  return Object.fromEntries(variant.name.split(', ').map((pair) => pair.split('=') as [string, string]));
}

function pickVariant(lib: Library, set: SNode, main: SNode, props: Values): SNode {
  const wanted = { ...variantValues(main), ...Object.fromEntries(Object.entries(props).filter(([, v]) => typeof v === 'string')) };
  const name = Object.keys(variantValues(main)).map((k) => `${k}=${wanted[k]}`).join(', ');
  const found = (set.children ?? []).find((c) => c.name === name && lib.components.has(c.id));
  if (!found) throw new Error(`sample: ${set.name} has no variant "${name}"`);
  return found;
}

function forEachVector(node: SNode, visit: (v: SNode) => void) {
  if (node.type === 'VECTOR') visit(node);
  node.children?.forEach((c) => forEachVector(c, visit));
}

function setFills(node: SNode, fills: Paint[]) {
  node.fills = fills;
  const aliases = fills.flatMap((p) => (p.type === 'SOLID' && p.boundVariables?.color ? [p.boundVariables.color] : []));
  const { fills: _old, ...rest } = (node.boundVariables ?? {}) as Record<string, unknown>;
  const bound = aliases.length ? { ...rest, fills: aliases } : rest;
  if (Object.keys(bound).length) node.boundVariables = bound;
  else delete node.boundVariables;
}

function firstVectorFills(node: SNode): Paint[] | undefined {
  let fills: Paint[] | undefined;
  forEachVector(node, (v) => (fills ??= v.fills as Paint[]));
  return fills;
}

function scaleTo(node: SNode, size: number) {
  const factor = size / sizeOf(node);
  node.size = { x: size, y: size };
  const scale = (n: SNode) => {
    const t = n.relativeTransform as number[][] | undefined;
    if (t) n.relativeTransform = t.map((row) => [row[0] ?? 0, row[1] ?? 0, round2((row[2] ?? 0) * factor)]);
    const s = n.size as { x: number; y: number };
    n.size = { x: round2(s.x * factor), y: round2(s.y * factor) };
    for (const k of ['fillGeometry', 'strokeGeometry'] as const) {
      const paths = n[k] as { path: string }[] | undefined;
      if (paths) n[k] = paths.map((p) => ({ ...p, path: scalePath(p.path, factor) }));
    }
    n.children?.forEach(scale);
  };
  node.children?.forEach(scale);
}

/** Instance sublayer ids: "I<instance>;<source id>", nesting as "I<outer>;<inner>;<source>". */
function renumberId(sourceId: string, instanceId: string): string {
  return sourceId.startsWith(`I${instanceId};`) ? sourceId : `I${instanceId};${sourceId.replace(/^I/, '')}`;
}

function renumber(instance: SNode, instanceId: string) {
  const visit = (n: SNode) => {
    n.id = renumberId(n.id, instanceId);
    n.children?.forEach(visit);
  };
  instance.children?.forEach(visit);
}
