/**
 * One selected Figma node to one ir component: props, the merged variant tree, the root's role,
 * element and ARIA, the label and image props that accessibility and image fills need.
 */
import type { IrComponent, IrNode, IrProp, IrRole, IrVariant } from './types.ts';
import type { Selection } from '../source/select-nodes.ts';
import type { PropTable } from './props.ts';
import { buildNode, type GeneratedLookup, type GeneratedRef } from './node.ts';
import type { AssetSources } from './asset.ts';
import { mergeVariants } from './variants.ts';
import { TokenLookup } from './token-lookup.ts';
import { INTERACTIVE, humanize, roleFromName, roleOverride, rootTag } from './semantics.ts';
import { isVectorOnly } from '../source/drawn-asset-kind.ts';
import { walkIr as walk } from './walk.ts';
import { NameRegistry, camelCase, kebabCase } from './identifiers.ts';
import { box, children, nodeId, nodeType, str, type Json } from '../source/read-json.ts';
import type { TokenIndex } from '../tokens/token-index.ts';

export interface ComponentPlan {
  /** The selected node, read as untrusted JSON. */
  selection: Omit<Selection, 'node'> & { node: Json };
  name: string;
  props: PropTable;
  role: IrRole;
}

const CHECKED = /^(checked|selected|on|active|value|toggled|state|status|is ?checked|is ?on|is ?selected)$/i;
const TRUTHY = /(^|[^a-z])(true|on|checked|yes|selected|active|1)([^a-z]|$)/i;
const DISABLED = /(^|[^a-z])(disabled|inactive)([^a-z]|$)/i;
const INVALID = /^(error|invalid)$/i;

/** The role of a component: config override, then its name, then its drawing. */
export function componentRole(node: Json, name: string, semantics: Record<string, string>): IrRole {
  const figmaName = str(node, 'name') ?? '';
  const override = roleOverride(semantics, [name, figmaName]);
  if (override) return override;
  const named = roleFromName(figmaName);
  if (named && INTERACTIVE.has(named)) return named;
  // Drawn only with vectors: an icon, even when named "image" or "list".
  const sample = nodeType(node) === 'COMPONENT_SET' ? children(node)[0] : node;
  if (sample && isVectorOnly(sample)) return 'icon';
  return named && named !== 'heading' ? named : 'container';
}

/** Whether the tree shows text, itself or through nested components that have text props. */
function hasText(root: IrNode, withText: Pick<ReadonlySet<string>, 'has'>): boolean {
  let found = false;
  walk(root, (n) => {
    if (n.content.kind === 'text' && (n.content.text.trim() !== '' || n.content.prop)) found = true;
    if (n.content.kind === 'instance' && withText.has(n.content.component)) found = true;
  });
  return found;
}

const textPropsCache = new WeakMap<ReadonlyMap<string, GeneratedRef>, ReadonlySet<string>>();

/** Names of the generated components with a text prop, worked out once per map (not once per component). */
function withTextProps(generated: ReadonlyMap<string, GeneratedRef>): ReadonlySet<string> {
  let names = textPropsCache.get(generated);
  if (!names) {
    names = new Set([...generated.values()].filter((g) => g.props.some((p) => p.kind === 'text')).map((g) => g.name));
    textPropsCache.set(generated, names);
  }
  return names;
}

/** Unique class names in tree order; the root is always `root`. */
function assignClassNames(root: IrNode): void {
  const registry = new NameRegistry(['root']);
  root.className = 'root';
  walk(root, (n) => {
    if (n !== root) n.className = registry.take(n.className || 'layer');
  });
}

function stateBindings(role: IrRole, props: IrProp[], root: IrNode): void {
  const bindings = root.bindings ?? [];
  // Only form controls have a real disabled state; links and wrappers announce it.
  const disabledAttribute = root.tag === 'button' || root.tag === 'input' ? 'disabled' : 'aria-disabled';
  if (role === 'checkbox' || role === 'switch') {
    const checked = props.find(
      (p) => (p.kind === 'variant' || p.kind === 'boolean') && CHECKED.test(p.figmaName.replace(/#[0-9]+:[0-9]+$/, '')),
    );
    if (checked?.kind === 'variant') {
      const values = checked.values.filter((v, i) => TRUTHY.test(checked.figmaValues[i] ?? v));
      if (values.length > 0) bindings.push({ attribute: 'aria-checked', prop: checked.name, values });
    } else if (checked?.kind === 'boolean') {
      bindings.push({ attribute: 'aria-checked', prop: checked.name, values: [true] });
    }
    if (!bindings.some((b) => b.attribute === 'aria-checked')) root.attributes['aria-checked'] = 'false';
  }
  for (const prop of props) {
    if (prop.kind === 'variant' && role === 'input') {
      const invalid = prop.values.filter((v, i) => INVALID.test(prop.figmaValues[i] ?? v));
      if (invalid.length > 0) bindings.push({ attribute: 'aria-invalid', prop: prop.name, values: invalid });
    }
    if (prop.kind === 'variant') {
      const values = prop.values.filter((v, i) => DISABLED.test(prop.figmaValues[i] ?? v));
      if (values.length > 0 && INTERACTIVE.has(role))
        bindings.push({ attribute: disabledAttribute, prop: prop.name, values });
    } else if (
      prop.kind === 'boolean' &&
      DISABLED.test(prop.figmaName.replace(/#[0-9]+:[0-9]+$/, '')) &&
      INTERACTIVE.has(role)
    ) {
      bindings.push({ attribute: disabledAttribute, prop: prop.name, values: [true] });
    }
  }
  if (bindings.length > 0) root.bindings = bindings;
}

const kw = (value: string) => ({ kind: 'keyword', value }) as const;

/**
 * A text field draws its value as text; the generated component renders a real <input> there,
 * which receives the consumer's props (value, onChange) and is named by the label prop.
 */
function makeInput(root: IrNode, props: IrProp[], figmaName: string): IrNode {
  const texts: IrNode[] = [];
  walk(root, (n) => {
    if (n.content.kind === 'text') texts.push(n);
  });
  const pattern = /placeholder|value|input|query|search/i;
  const target =
    texts.find((t) => pattern.test(t.name) || (t.content.kind === 'text' && pattern.test(t.content.prop ?? ''))) ??
    texts.find((t) => !/label|helper|hint|error/i.test(t.name));
  if (!target || target.content.kind !== 'text') return root;
  const labelProp = props.find((p) => p.kind === 'text' && /label/i.test(p.name));
  // The visible label becomes a real <label for>; helper texts describe the input.
  const labelNode = texts.find(
    (t) => t !== target && t.content.kind === 'text' && labelProp && t.content.prop === labelProp.name,
  );
  const descriptions = texts.filter(
    (t) => t !== target && t !== labelNode && /helper|hint|error|description|message/i.test(t.name),
  );
  target.tag = 'input';
  target.role = 'input';
  target.host = true;
  target.elementId = '';
  target.attributes = { type: 'text', ...(labelNode || labelProp ? {} : { 'aria-label': humanize(figmaName) }) };
  target.propAttributes = {
    ...(target.content.prop ? { placeholder: target.content.prop } : {}),
    ...(labelProp && !labelNode ? { 'aria-label': labelProp.name } : {}),
  };
  if (labelNode) {
    labelNode.tag = 'label';
    labelNode.idRefs = { htmlFor: [''] };
  }
  const described = new NameRegistry(['']);
  for (const d of descriptions) d.elementId = described.take(kebabCase(d.name) || 'description');
  if (descriptions.length > 0) target.idRefs = { 'aria-describedby': descriptions.map((d) => d.elementId ?? '') };
  if (!target.content.prop) target.attributes.placeholder = target.content.text;
  target.content = { kind: 'empty' };
  target.style = {
    ...target.style,
    flex: kw('1 1 0'),
    'min-width': kw('0'),
    border: kw('none'),
    background: kw('transparent'),
    padding: kw('0'),
  };
  delete target.style['white-space'];
  return target;
}

export interface BuildComponentOptions {
  index: TokenIndex;
  generated: Map<string, GeneratedRef>;
  /** Stored assets and renders to crop drawings from. */
  assets?: AssetSources;
}

export function buildComponent(plan: ComponentPlan, options: BuildComponentOptions): IrComponent {
  const { selection, name, props: table, role } = plan;
  const node = selection.node;
  const lookup = new TokenLookup(options.index);
  const dependencies = new Set<string>();
  // Instances of this very component inside itself are drawn inline, never imported. A view, not a
  // copy: the map holds every variant of every component, and copying it per component is quadratic.
  const others = (id: string) => {
    const ref = options.generated.get(id);
    return ref?.name === name ? undefined : ref;
  };
  const generated: GeneratedLookup = { get: others, has: (id) => others(id) !== undefined };
  const ctx = {
    lookup,
    props: table,
    generated,
    dependencies,
    depth: 0,
    ...(options.assets ? { assets: options.assets } : {}),
  };
  const interactive = INTERACTIVE.has(role) && role !== 'input';
  const variantNodes = new Map(children(node).map((c) => [nodeId(c), c]));
  const variants: IrVariant[] = table.variants;
  const sources =
    selection.kind === 'component-set'
      ? variants.map((v) => variantNodes.get(v.nodeId)).filter((n): n is Json => n !== undefined)
      : [node];
  if (sources.length === 0) sources.push(node);
  const trees = sources.map((source) => {
    const tree = buildNode(
      { ...source, visible: true },
      { parent: undefined, interactive, control: INTERACTIVE.has(role) },
      ctx,
    );
    return (
      tree ?? {
        id: nodeId(source),
        name: str(source, 'name') ?? '',
        className: 'root',
        tag: 'div',
        role: 'container' as IrRole,
        attributes: {},
        style: {},
        overrides: [],
        content: { kind: 'empty' as const },
      }
    );
  });
  const root = mergeVariants(trees, variants.slice(0, trees.length), table.props);
  root.id = nodeId(node);
  root.name = str(node, 'name') ?? '';
  delete root.visibleWhen;

  const props = [...table.props];
  if (root.tag !== 'svg' && root.tag !== 'img') {
    root.role = role === 'heading' ? 'container' : role;
    root.tag = rootTag(root.role);
    root.attributes = { ...root.attributes };
    if (role === 'button' || role === 'checkbox' || role === 'switch') root.attributes.type = 'button';
    if (role === 'checkbox' || role === 'switch') root.attributes.role = role;
    if (role === 'list') delete root.attributes.role;
  } else {
    root.role = root.tag === 'svg' ? 'icon' : 'image';
  }
  if (role === 'list' && root.content.kind === 'children') {
    // A <ul> holds <li>s: children that are plain elements become list items.
    for (const child of root.content.children) {
      if (child.content.kind !== 'instance' && /^(div|span|p)$/.test(child.tag)) {
        child.tag = 'li';
        delete child.attributes.role;
      } else child.attributes = { ...child.attributes, role: 'listitem' };
    }
  }
  const host = role === 'input' ? makeInput(root, props, str(node, 'name') ?? name) : root;
  stateBindings(role, props, host);
  if (host !== root && host.bindings?.some((b) => b.attribute === 'disabled')) {
    // The label and helper text are part of the inactive field too (WCAG exempts inactive
    // components from contrast): the field is a group that says so.
    root.attributes = { ...root.attributes, role: 'group' };
    root.bindings = [
      ...(root.bindings ?? []),
      ...host.bindings.filter((b) => b.attribute === 'disabled').map((b) => ({ ...b, attribute: 'aria-disabled' })),
    ];
  }
  const labelName = new NameRegistry(props.map((p) => p.name)).take('label');
  if (root.role === 'icon') {
    props.push({
      kind: 'label',
      name: labelName,
      figmaName: '',
      default: '',
      description: 'Accessible name; without one the icon is decorative and hidden from assistive technology.',
    });
  } else if (
    INTERACTIVE.has(role) &&
    !hasText(root, { has: (component) => component !== name && withTextProps(options.generated).has(component) })
  ) {
    props.push({
      kind: 'label',
      name: labelName,
      figmaName: '',
      default: humanize(str(node, 'name') ?? name),
      description: 'Accessible name (the design shows no text).',
    });
  }
  const images = new NameRegistry(props.map((p) => p.name));
  let firstImage = true;
  walk(root, (n) => {
    if (n.content.kind !== 'image' && n.backgroundImage === undefined) return;
    const propName = images.take(firstImage ? 'src' : `${camelCase(n.name, 'image')}Src`);
    firstImage = false;
    if (n.content.kind === 'image') n.content = { kind: 'image', prop: propName };
    else n.backgroundImage = propName;
    props.push({ kind: 'image', name: propName, figmaName: n.name, description: `Image URL for "${n.name}".` });
  });
  assignClassNames(root);
  // Only what the merged tree renders is imported (other variants' swapped instances are gone).
  const used = new Set<string>();
  walk(root, (n) => {
    if (n.content.kind !== 'instance') return;
    used.add(n.content.component);
    for (const alternative of n.content.alternatives ?? []) used.add(alternative.component);
  });
  let nodes = 0;
  walk(root, () => nodes++);
  const b = box(sources[0] ?? node);
  return {
    name,
    figmaName: str(node, 'name') ?? '',
    nodeId: nodeId(node),
    kind: selection.kind,
    description: str(node, 'description') ?? '',
    role: root.role,
    props,
    variants,
    root,
    dependencies: [...dependencies].filter((d) => used.has(d)).sort(),
    findings: lookup.findings,
    stats: { ...lookup.stats, nodes },
    size: { width: b.width, height: b.height },
  };
}
