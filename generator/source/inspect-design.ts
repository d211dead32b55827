import type { Design, FigmaNode } from './design.ts';

/**
 * Summarises a design for `design-sync inspect`: counts, pages, frames, components, variables and
 * styles, as plain data.
 */

/** What `design-sync inspect` reports about a design. Plain data: printed as a table or as JSON. */
export interface InspectReport {
  origin: string;
  shape: string;
  name: string;
  fileKey: string | null;
  version: string | null;
  lastModified: string | null;
  counts: {
    nodes: number;
    byType: Record<string, number>;
    pages: number;
    frames: number;
    componentSets: number;
    variants: number;
    components: number;
    instances: number;
    autoLayout: number;
    /** Nodes with at least one property bound to a variable, and the bindings in all. */
    nodesWithBoundVariables: number;
    boundVariables: number;
    /** Distinct variable ids the nodes reference, and how many of those the design defines. */
    referencedVariables: number;
    definedReferencedVariables: number;
    styleReferences: number;
  };
  pages: Array<{ id: string; name: string; frames: number }>;
  frames: Array<{
    id: string;
    name: string;
    width: number | null;
    height: number | null;
    layout: string;
    children: number;
  }>;
  componentSets: Array<{
    id: string;
    name: string;
    variants: number;
    properties: Array<{ name: string; type: string; values: string[] }>;
  }>;
  /** Components outside component sets. */
  components: Array<{ id: string; name: string; properties: number }>;
  styles: { total: number; byType: Record<string, number> };
  variables: null | {
    total: number;
    aliases: number;
    collections: Array<{
      id: string;
      name: string;
      modes: string[];
      variables: number;
      byType: Record<string, number>;
      remote: boolean;
    }>;
  };
  renders: number;
  warnings: string[];
  /** What the later stages can use, one line each. */
  usable: Array<{ stage: 'tokens' | 'generate' | 'check'; status: 'ready' | 'partial' | 'missing'; detail: string }>;
}

type Walkable = FigmaNode & Record<string, unknown> & { children?: Walkable[] };
type Counts = InspectReport['counts'];

const CONTAINERS = new Set(['DOCUMENT', 'CANVAS', 'SECTION']);

/** Summarises a design. Pure; never throws on a design with empty parts. */
export function inspectDesign(design: Design): InspectReport {
  const counts: Counts = {
    nodes: 0,
    byType: {},
    pages: 0,
    frames: 0,
    componentSets: 0,
    variants: 0,
    components: 0,
    instances: 0,
    autoLayout: 0,
    nodesWithBoundVariables: 0,
    boundVariables: 0,
    referencedVariables: 0,
    definedReferencedVariables: 0,
    styleReferences: 0,
  };
  const report: InspectReport = {
    origin: design.origin,
    shape: design.shape ?? 'design',
    name: design.name,
    fileKey: design.fileKey ?? null,
    version: design.version ?? null,
    lastModified: design.lastModified ?? null,
    counts,
    pages: [],
    frames: [],
    componentSets: [],
    components: [],
    styles: {
      total: Object.keys(design.styles).length,
      byType: tally(Object.values(design.styles).map((s) => s.styleType)),
    },
    variables: summariseVariables(design),
    renders: Object.keys(design.renders).length,
    warnings: design.warnings,
    usable: [],
  };
  const variableIds = new Set<string>();
  const styleIds = new Set<string>();

  const visit = (node: Walkable, topLevel: boolean, inSet: boolean): void => {
    counts.nodes++;
    counts.byType[node.type] = (counts.byType[node.type] ?? 0) + 1;
    const bindings = collectBindings(node, variableIds);
    if (bindings > 0) counts.nodesWithBoundVariables++;
    counts.boundVariables += bindings;
    if (node.styles && typeof node.styles === 'object')
      for (const id of Object.values(node.styles)) styleIds.add(String(id));
    if (typeof node.layoutMode === 'string' && node.layoutMode !== 'NONE') counts.autoLayout++;
    if (node.type === 'CANVAS') report.pages.push({ id: node.id, name: node.name, frames: 0 });
    if (node.type === 'INSTANCE') counts.instances++;
    if (node.type === 'COMPONENT_SET') {
      counts.componentSets++;
      report.componentSets.push(describeSet(node));
    }
    if (node.type === 'COMPONENT') {
      if (inSet) counts.variants++;
      else {
        counts.components++;
        report.components.push({ id: node.id, name: node.name, properties: Object.keys(definitions(node)).length });
      }
    }
    if (topLevel && node.type === 'FRAME') {
      counts.frames++;
      const page = report.pages.at(-1);
      if (page) page.frames++;
      const box = node.absoluteBoundingBox as { width?: number; height?: number } | null | undefined;
      report.frames.push({
        id: node.id,
        name: node.name,
        width: box?.width ?? null,
        height: box?.height ?? null,
        layout: typeof node.layoutMode === 'string' ? node.layoutMode : 'NONE',
        children: node.children?.length ?? 0,
      });
    }
    const childTop = CONTAINERS.has(node.type);
    for (const child of node.children ?? []) visit(child, childTop, node.type === 'COMPONENT_SET');
  };
  for (const root of design.roots as Walkable[]) visit(root, true, false);

  counts.pages = report.pages.length;
  counts.referencedVariables = variableIds.size;
  const defined = design.variables?.variables ?? {};
  counts.definedReferencedVariables = [...variableIds].filter((id) => id in defined).length;
  counts.styleReferences = styleIds.size;
  report.usable = usableBy(report);
  return report;
}

function definitions(
  node: Walkable,
): Record<string, { type: string; defaultValue?: unknown; variantOptions?: string[] }> {
  const defs = node.componentPropertyDefinitions;
  return defs && typeof defs === 'object' ? (defs as Record<string, { type: string; variantOptions?: string[] }>) : {};
}

function describeSet(node: Walkable): InspectReport['componentSets'][number] {
  const properties = Object.entries(definitions(node)).map(([name, def]) => ({
    name: name.replace(/#[\d:]+$/, ''),
    type: def.type,
    values: def.variantOptions ?? (def.defaultValue === undefined ? [] : [String(def.defaultValue)]),
  }));
  const variants = (node.children ?? []).filter((child) => child.type === 'COMPONENT').length;
  return { id: node.id, name: node.name, variants, properties };
}

/** Counts variable bindings on a node and on its paints and effects; records the variable ids. */
function collectBindings(node: Walkable, ids: Set<string>): number {
  let count = 0;
  const take = (bound: unknown): void => {
    if (Array.isArray(bound)) return bound.forEach(take);
    if (!bound || typeof bound !== 'object') return;
    const alias = bound as { type?: unknown; id?: unknown };
    if (alias.type === 'VARIABLE_ALIAS' && typeof alias.id === 'string') {
      count++;
      ids.add(alias.id);
      return;
    }
    for (const value of Object.values(bound)) take(value);
  };
  const onNode = (node.boundVariables ?? {}) as Record<string, unknown>;
  take(onNode);
  // Paint bindings are listed both on the node (boundVariables.fills) and on each paint: count once.
  for (const key of ['fills', 'strokes', 'effects'] as const) {
    if (key in onNode) continue;
    const list = node[key];
    if (Array.isArray(list)) for (const item of list) take((item as { boundVariables?: unknown })?.boundVariables);
  }
  return count;
}

function summariseVariables(design: Design): InspectReport['variables'] {
  if (!design.variables) return null;
  const { variables, variableCollections } = design.variables;
  const all = Object.values(variables);
  const aliases = all.filter((v) =>
    Object.values(v.valuesByMode ?? {}).some(
      (value) => typeof value === 'object' && value !== null && 'type' in value && value.type === 'VARIABLE_ALIAS',
    ),
  ).length;
  const collections = Object.values(variableCollections).map((c) => {
    const members = all.filter((v) => v.variableCollectionId === c.id);
    return {
      id: c.id,
      name: c.name,
      modes: (c.modes ?? []).map((m) => m.name),
      variables: members.length,
      byType: tally(members.map((v) => v.resolvedType)),
      remote: c.remote === true,
    };
  });
  return { total: all.length, aliases, collections };
}

function usableBy(report: InspectReport): InspectReport['usable'] {
  const { counts, variables, styles } = report;
  const modes = [...new Set(variables?.collections.flatMap((c) => c.modes) ?? [])];
  const generatable = counts.componentSets + counts.components;
  const hasVariables = variables !== null && variables.total > 0;
  const unresolved = counts.referencedVariables - counts.definedReferencedVariables;
  return [
    hasVariables
      ? {
          stage: 'tokens',
          status: 'ready',
          detail: `${variables.total} variables in ${variables.collections.length} collections (modes: ${modes.join(', ')}), ${styles.total} styles`,
        }
      : styles.total > 0
        ? {
            stage: 'tokens',
            status: 'partial',
            detail: `no variables; ${styles.total} styles become tokens, add token files (tokens.files) for the rest`,
          }
        : {
            stage: 'tokens',
            status: 'missing',
            detail: 'no variables or styles: tokens must come from token files (tokens.files)',
          },
    generatable > 0
      ? {
          stage: 'generate',
          status: 'ready',
          detail: `${counts.componentSets} component sets (${counts.variants} variants) and ${counts.components} components; ${counts.autoLayout} auto-layout nodes become flexbox`,
        }
      : counts.frames > 0
        ? {
            stage: 'generate',
            status: 'partial',
            detail: `no components; ${counts.frames} frames can be generated when listed in figma.frames`,
          }
        : { stage: 'generate', status: 'missing', detail: 'no components or top-level frames to generate' },
    report.renders > 0
      ? {
          stage: 'check',
          status: 'ready',
          detail: `${report.renders} Figma renders for pixel checks; layout checks use node geometry`,
        }
      : {
          stage: 'check',
          status: 'partial',
          detail: 'no Figma renders (run `design-sync pull`): only layout checks against node geometry',
        },
    ...(unresolved > 0
      ? [
          {
            stage: 'tokens' as const,
            status: 'partial' as const,
            detail: `${unresolved} bound variables are not defined here (library or not fetched): their raw values are used`,
          },
        ]
      : []),
  ];
}

function tally(values: string[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const value of values) out[value] = (out[value] ?? 0) + 1;
  return out;
}
