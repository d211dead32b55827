/**
 * The one rule for which layers are drawings kept as asset files: pull fetches exactly these and
 * the ir builds them as assets, so both read it from here (pure, on untrusted Figma JSON).
 */
import { DRAWING_TYPES, isNodeType, SHAPE_TYPES, VECTOR_TYPES } from './figma-nodes.ts';
import { children, isHidden, nodeType, visiblePaints, type Json } from './read-json.ts';

export function isShape(node: Json): boolean {
  return isNodeType(SHAPE_TYPES, nodeType(node));
}

/** A frame, group or instance drawn only with vector layers (an icon or illustration). */
export function isVectorOnly(node: Json): boolean {
  const kids = children(node).filter((c) => !isHidden(c));
  if (kids.length === 0) return isShape(node);
  let shapes = 0;
  const walk = (n: Json): boolean =>
    children(n)
      .filter((c) => !isHidden(c))
      .every((c) => {
        const type = nodeType(c);
        if (isNodeType(SHAPE_TYPES, type)) shapes++;
        if (isNodeType(VECTOR_TYPES, type)) return children(c).length === 0 || walk(c);
        if (isNodeType(DRAWING_TYPES, type)) {
          return visiblePaints(c, 'fills').length === 0 && walk(c);
        }
        return false;
      });
  return walk(node) && shapes > 0;
}

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
