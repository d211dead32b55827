import type { SNode } from './nodes.ts';

/** Node keys in the order Figma's REST API writes them; keys not listed follow in alphabetical order. */
const KEY_ORDER = [
  'id', 'name', 'type', 'scrollBehavior', 'visible', 'componentId', 'componentPropertyReferences', 'boundVariables',
  'componentPropertyDefinitions', 'componentProperties', 'overrides', 'children', 'blendMode', 'clipsContent', 'background',
  'fills', 'fillGeometry', 'strokes', 'strokeWeight', 'strokeAlign', 'strokeCap', 'strokeJoin', 'strokeDashes', 'strokeGeometry',
  'individualStrokeWeights', 'cornerRadius', 'cornerSmoothing', 'backgroundColor', 'arcData', 'styles', 'layoutMode',
  'counterAxisSizingMode', 'itemSpacing', 'primaryAxisSizingMode', 'counterAxisAlignItems', 'primaryAxisAlignItems',
  'paddingLeft', 'paddingRight', 'paddingTop', 'paddingBottom', 'layoutWrap', 'counterAxisSpacing', 'absoluteBoundingBox',
  'absoluteRenderBounds', 'constraints', 'relativeTransform', 'size', 'layoutAlign', 'layoutGrow', 'layoutSizingHorizontal',
  'layoutSizingVertical', 'characters', 'style', 'layoutVersion', 'characterStyleOverrides', 'styleOverrideTable', 'lineTypes',
  'lineIndentations', 'effects', 'interactions',
];
const RANK = new Map(KEY_ORDER.map((k, i) => [k, i]));

/** A copy of the tree with every node's keys in Figma's order, so the snapshot reads (and diffs) like a real response. */
export function orderKeys(node: SNode): SNode {
  const keys = Object.keys(node).sort((a, b) => (RANK.get(a) ?? KEY_ORDER.length) - (RANK.get(b) ?? KEY_ORDER.length) || a.localeCompare(b));
  const out: Record<string, unknown> = {};
  for (const key of keys) out[key] = key === 'children' ? (node.children ?? []).map(orderKeys) : node[key];
  return out as SNode;
}
