/**
 * Component properties: Figma's componentPropertyDefinitions (or, in older files, the variant
 * names "Size=Large, State=Hover") become typed props with camelCase names and code values.
 */
import type { IrInteraction, IrProp, IrVariant } from './types.ts';
import { NameRegistry, camelCase, kebabCase } from './identifiers.ts';
import { children, isObject, nodeId, nodeType, obj, str, type Json } from '../source/read-json.ts';

/** "Size=Large, State=Hover" -> { Size: "Large", State: "Hover" }. */
export function parseVariantName(name: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const pair of name.split(',')) {
    const at = pair.indexOf('=');
    if (at <= 0) continue;
    const key = pair.slice(0, at).trim();
    if (key) out[key] = pair.slice(at + 1).trim();
  }
  return out;
}

/** A variant value as code: "Extra Large" -> "extra-large"; never empty. */
export function codeValue(value: string): string {
  return kebabCase(value) || 'default';
}

const INTERACTIONS: Record<string, IrInteraction> = {
  hover: 'hover',
  hovered: 'hover',
  pressed: 'active',
  active: 'active',
  focus: 'focus',
  focused: 'focus',
  disabled: 'disabled',
};

/** The interaction states of a "State" / "Interaction" variant property, if it has any. */
function interactionStates(figmaName: string, values: string[]): Record<string, IrInteraction> | undefined {
  if (!/^(state|states|interaction|interaction ?state)$/i.test(stripId(figmaName).trim())) return undefined;
  const out: Record<string, IrInteraction> = {};
  for (const value of values) {
    const state = INTERACTIONS[value];
    if (state) out[value] = state;
  }
  return Object.keys(out).length > 0 ? out : undefined;
}

export interface PropTable {
  props: IrProp[];
  /** Figma property name (with or without its #id suffix) -> prop. */
  byFigmaName: Map<string, IrProp>;
  variants: IrVariant[];
}

function stripId(name: string): string {
  return name.replace(/#[0-9]+:[0-9]+$/, '');
}

/** Reads the props of a component set or component, and its variants with their code values. */
export function readProps(node: Json): PropTable {
  const definitions = obj(node, 'componentPropertyDefinitions') ?? {};
  const registry = new NameRegistry(['className', 'children', 'style', 'id']);
  const props: IrProp[] = [];
  const byFigmaName = new Map<string, IrProp>();
  const variantNodes =
    nodeType(node) === 'COMPONENT_SET' ? children(node).filter((c) => nodeType(c) === 'COMPONENT') : [];
  const parsed = variantNodes.map((v) => parseVariantName(str(v, 'name') ?? ''));

  // Variant axes: from definitions, else from the variant names of older files.
  const axes = new Map<string, { values: string[]; defaultValue: string | undefined }>();
  for (const [figmaName, def] of Object.entries(definitions)) {
    if (!isObject(def) || str(def, 'type') !== 'VARIANT') continue;
    const options = Array.isArray(def.variantOptions)
      ? def.variantOptions.filter((v): v is string => typeof v === 'string')
      : [];
    axes.set(figmaName, { values: options, defaultValue: str(def, 'defaultValue') });
  }
  for (const values of parsed) {
    for (const [key, value] of Object.entries(values)) {
      const axis = axes.get(key) ?? { values: [], defaultValue: undefined };
      if (!axis.values.includes(value)) axis.values.push(value);
      axes.set(key, axis);
    }
  }
  for (const [figmaName, axis] of axes) {
    if (axis.values.length === 0) continue;
    const used = new NameRegistry();
    const values = axis.values.map((v) => used.take(codeValue(v)));
    const defaultFigma =
      axis.defaultValue !== undefined && axis.values.includes(axis.defaultValue)
        ? axis.defaultValue
        : (parsed[0]?.[figmaName] ?? axis.values[0]!);
    const booleanLike = values.length === 2 && values.includes('true') && values.includes('false');
    const interactions = interactionStates(figmaName, values);
    const prop: IrProp = {
      ...(booleanLike ? { boolean: true as const } : {}),
      ...(interactions ? { interactions } : {}),
      kind: 'variant',
      name: registry.take(camelCase(figmaName, 'variant')),
      figmaName,
      values,
      figmaValues: axis.values,
      default: values[axis.values.indexOf(defaultFigma)] ?? values[0]!,
      description: `Figma variant property "${stripId(figmaName)}".`,
    };
    props.push(prop);
    byFigmaName.set(figmaName, prop);
  }
  for (const [figmaName, def] of Object.entries(definitions)) {
    if (!isObject(def)) continue;
    const type = str(def, 'type');
    const label = stripId(figmaName);
    let prop: IrProp | undefined;
    if (type === 'BOOLEAN') {
      prop = {
        kind: 'boolean',
        name: registry.take(camelCase(figmaName, 'flag')),
        figmaName,
        default: def.defaultValue === true || def.defaultValue === 'true',
        description: `Shows or hides "${label}".`,
      };
    } else if (type === 'TEXT') {
      prop = {
        kind: 'text',
        name: registry.take(camelCase(figmaName, 'text')),
        figmaName,
        default: typeof def.defaultValue === 'string' ? def.defaultValue : '',
        description: `Text of "${label}".`,
      };
    } else if (type === 'INSTANCE_SWAP') {
      prop = {
        kind: 'slot',
        name: registry.take(camelCase(figmaName, 'slot')),
        figmaName,
        description: `Replaces "${label}"; the design's default renders when absent.`,
        defaultComponent: str(def, 'defaultValue') ?? '',
      };
    }
    if (!prop) continue;
    props.push(prop);
    byFigmaName.set(figmaName, prop);
    byFigmaName.set(stripId(figmaName), prop);
  }

  const variants: IrVariant[] = variantNodes.map((v, i) => {
    const values: Record<string, string> = {};
    for (const prop of props) {
      if (prop.kind !== 'variant') continue;
      const figmaValue = parsed[i]?.[prop.figmaName];
      const index = figmaValue === undefined ? -1 : prop.figmaValues.indexOf(figmaValue);
      values[prop.name] = index >= 0 ? prop.values[index]! : prop.default;
    }
    return { nodeId: nodeId(v), name: str(v, 'name') ?? '', values };
  });
  // The default variant first: the one whose values are all the defaults, else Figma's first.
  const isDefault = (v: IrVariant) => props.every((p) => p.kind !== 'variant' || v.values[p.name] === p.default);
  const first = variants.findIndex(isDefault);
  if (first > 0) variants.unshift(...variants.splice(first, 1));
  return { props, byFigmaName, variants };
}
