/**
 * The element of a layer drawn from an asset file (which layers those are: source/drawn-asset-kind.ts):
 * an <img> sized like the layer, placed like any other layer, named by its layer when it carries
 * meaning and hidden when decorative.
 */
import type { IrContent, IrNode } from './types.ts';
import type { TokenLookup } from './token-lookup.ts';
import { itemStyle } from './layout.ts';
import { opacityStyle } from './style.ts';
import { className } from './identifiers.ts';
import { nodeId, str, type Json } from '../source/read-json.ts';

export function assetNode(
  node: Json,
  parent: Json | undefined,
  lookup: TokenLookup,
  content: Extract<IrContent, { kind: 'asset' }>,
): IrNode {
  const name = str(node, 'name') ?? '';
  const alt = content.asset.alt;
  const style = { ...itemStyle(node, parent, lookup, { sizeTokens: true }), ...opacityStyle(node, lookup) };
  // A crop of the render already shows the layer turned as Figma draws it.
  if (content.asset.source.kind === 'crop') delete style.transform;
  return {
    id: nodeId(node),
    name,
    className: className(name),
    tag: 'img',
    role: 'image',
    attributes: alt === '' ? { alt: '', 'aria-hidden': 'true' } : { alt },
    style: { ...style, display: { kind: 'keyword', value: 'block' } },
    overrides: [],
    content,
  };
}
