/**
 * The ir stage: Design + TokenIndex -> one IrComponent per component set, component and selected
 * frame. Pure: no files, no network. Malformed input gives clear input errors, never a crash.
 */
import type { Design } from '../source/design.ts';
import type { TokenIndex } from '../tokens/token-index.ts';
import type { ResolvedConfig } from '../core/resolve-config.ts';
import type { IrComponent } from './types.ts';
import { inputError, isDesignSyncError } from '../core/errors.ts';
import { selectNodes, type NodeSelection } from '../source/select-nodes.ts';
import { readProps, type PropTable } from './props.ts';
import { buildComponent, componentRole, type ComponentPlan } from './component.ts';
import type { GeneratedRef } from './node.ts';
import { assetSources } from './asset.ts';
import { NameRegistry, pascalCase } from './identifiers.ts';
import { children, nodeId, nodeType, str, type Json } from '../source/read-json.ts';

/** What the ir reads of the config: the node selection and the role overrides. */
export type IrOptions = { figma: NodeSelection } & { generator: Pick<ResolvedConfig['generator'], 'semantics'> };

/** Identifiers the generated modules use themselves. */
const RESERVED_NAMES = [
  'React',
  'ReactNode',
  'ComponentPropsWithoutRef',
  'Meta',
  'StoryObj',
  'Styles',
  'Index',
  'Props',
];

/** Browser and JavaScript globals a component must not shadow (`Image`, `Text`, `Map`, ...). */
const GLOBALS = new Set(
  (
    'Image Option Audio Text Node Element Document Window Map Set WeakMap Object Array String Number Boolean Date Error Promise ' +
    'Symbol Function File Blob URL Event Request Response Headers Location History Navigator Screen Storage Range Selection ' +
    'Comment Attr Math JSON Proxy Reflect Intl Worker Notification Animation Credential Touch Plugin Option Infinity'
  ).split(' '),
);

const EMPTY_TABLE: PropTable = { props: [], byFigmaName: new Map(), variants: [] };

/** Names, props and roles of every selected node, before any tree is built (instances need them). */
export function planComponents(design: Design, options: IrOptions): ComponentPlan[] {
  const { selections } = selectNodes(design.roots, options.figma);
  const registry = new NameRegistry(RESERVED_NAMES);
  return selections.map(({ node, kind, page }) => {
    // The ir reads Figma JSON through checked accessors (read.ts), not its declared types.
    const selection = { node: node as unknown as Json, kind, page };
    const figmaName = str(selection.node, 'name') ?? '';
    const props = selection.kind === 'frame' ? EMPTY_TABLE : readProps(selection.node);
    let base = pascalCase(figmaName);
    const role = componentRole(selection.node, base, options.generator.semantics);
    if (role === 'icon' && !/Icon$/.test(base)) base = `${base.replace(/^Icons?(?=[A-Z0-9])/, '')}Icon`;
    if (GLOBALS.has(base)) base = `${base}${role === 'icon' ? 'Icon' : 'View'}`;
    return { selection, name: registry.take(base), props, role };
  });
}

/** Component node id (variants of a set included) -> the component generated for it. */
function generatedMap(plans: ComponentPlan[]): Map<string, GeneratedRef> {
  const map = new Map<string, GeneratedRef>();
  for (const plan of plans) {
    const ref = { name: plan.name, props: plan.props.props };
    map.set(nodeId(plan.selection.node), ref);
    if (nodeType(plan.selection.node) === 'COMPONENT_SET')
      for (const v of children(plan.selection.node)) map.set(nodeId(v), ref);
  }
  return map;
}

export interface IrResult {
  components: IrComponent[];
  /** Every component the design defines (a named run builds only some of them). */
  planned: string[];
  warnings: string[];
}

/**
 * Builds the ir. `names` limits the result to those components (by generated or Figma name, or
 * node id); the others are still planned so instances of them become imports. `plans` are the
 * design's `planComponents`, when the caller has them already.
 */
export function buildIr(
  design: Design,
  index: TokenIndex,
  options: IrOptions,
  names: string[] = [],
  plans: ComponentPlan[] = planComponents(design, options),
): IrResult {
  const generated = generatedMap(plans);
  const assets = assetSources(design);
  const wanted =
    names.length === 0
      ? plans
      : plans.filter((p) =>
          names.some((n) => n === p.name || n === str(p.selection.node, 'name') || n === nodeId(p.selection.node)),
        );
  if (names.length > 0 && wanted.length === 0) {
    throw inputError(
      'ir/unknown-component',
      `no component named ${names.map((n) => `"${n}"`).join(', ')} in ${design.origin}`,
      {
        hint: `Components in this design: ${
          plans
            .slice(0, 20)
            .map((p) => p.name)
            .join(', ') || '(none)'
        }.`,
      },
    );
  }
  const warnings: string[] = [];
  const components: IrComponent[] = [];
  const queue = [...wanted];
  const queued = new Set(queue.map((p) => p.name));
  for (let plan = queue.shift(); plan; plan = queue.shift()) {
    try {
      const component = buildComponent(plan, { index, generated, assets });
      const meta = design.components[component.nodeId] ?? design.componentSets[component.nodeId];
      if (!component.description && meta?.description) component.description = meta.description;
      components.push(component);
      // A named run also generates what the named components import.
      for (const dep of component.dependencies) {
        const depPlan = plans.find((p) => p.name === dep);
        if (depPlan && !queued.has(dep)) {
          queued.add(dep);
          queue.push(depPlan);
        }
      }
    } catch (error) {
      if (isDesignSyncError(error)) throw error;
      throw inputError(
        'ir/malformed-node',
        `could not read Figma node ${nodeId(plan.selection.node)} "${plan.name}" in ${design.origin}: ${(error as Error).message}`,
        {
          hint: 'The node does not look like Figma REST API JSON; re-fetch it with `design-sync pull`, or exclude it with figma.components.',
          cause: error,
        },
      );
    }
  }
  return { components, planned: plans.map((p) => p.name), warnings };
}
