/**
 * The one rule for which layers are drawings kept as asset files (pull fetches exactly these, the
 * ir builds them as assets), and the element of such a layer: an <img> sized like the layer,
 * placed like any other layer, named by its layer when it carries meaning and hidden when decorative.
 */
import type { IrContent, IrNode } from './types.ts';
import type { TokenLookup } from './token-lookup.ts';
import { itemStyle } from './layout.ts';
import { opacityStyle } from './style.ts';
import { className } from './identifiers.ts';
import { visiblePaints } from './paint.ts';
import { isShape, isVectorOnly } from './vector.ts';
import { DRAWING_TYPES, isNodeType } from '../source/figma-nodes.ts';
import { children, isHidden, nodeId, nodeType, str, type Json } from './read.ts';

/** A group whose visible children include a mask layer (it clips the layers above it). */
export function hasMask(node: Json): boolean {
  return children(node).some((c) => c.isMask === true && !isHidden(c));
}

/** A frame with its own fill or stroke is a box around its drawing (a checkbox's box), not an icon. */
export function drawsBox(node: Json): boolean {
  return visiblePaints(node, 'fills').length > 0 || visiblePaints(node, 'strokes').length > 0;
}

/**
 * Why a layer is drawn from an asset file, or undefined: a vector shape, a frame/group/component/
 * instance drawn only with vectors (an icon or illustration), or a group with a mask CSS cannot
 * express. Controls and instances of generated components are decided by the ir on top of this.
 */
export function drawnAssetKind(node: Json): 'vector' | 'mask' | undefined {
  if (isShape(node)) return 'vector';
  if (!isNodeType(DRAWING_TYPES, nodeType(node))) return undefined;
  if (hasMask(node)) return 'mask';
  return isVectorOnly(node) && !drawsBox(node) ? 'vector' : undefined;
}

export function assetNode(
  node: Json,
  parent: Json | undefined,
  lookup: TokenLookup,
  content: Extract<IrContent, { kind: 'asset' }>,
): IrNode {
  const name = str(node, 'name') ?? '';
  const alt = content.asset.alt;
  const style = { ...itemStyle(node, parent, lookup), ...opacityStyle(node, lookup) };
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
