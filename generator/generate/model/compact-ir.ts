/**
 * The ir of one component as compact JSON for the prompt: styles as CSS text (tokens as
 * `var(--x)`), no Figma ids, SVG paths summarised (the draft carries them). Layer names, texts and
 * descriptions are copied as data; the prompt escapes them.
 */
import type { CssValue, IrComponent, IrNode, IrProp, IrStyle } from '../../ir/types.ts';
import { cssValue } from '../../ir/css-value.ts';

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

const styleText = (style: IrStyle): string =>
  Object.entries(style)
    .map(([property, value]) => `${property}: ${cssValue(value as CssValue)}`)
    .join('; ');

function compactProp(prop: IrProp): Json {
  const base: { [key: string]: Json } = { name: prop.name, kind: prop.kind, figmaName: prop.figmaName };
  if (prop.kind === 'variant') Object.assign(base, { values: prop.values, default: prop.default });
  if (prop.kind === 'boolean' || prop.kind === 'text' || prop.kind === 'label') base.default = prop.default;
  if (prop.description) base.description = prop.description;
  return base;
}

function compactContent(node: IrNode): { [key: string]: Json } {
  const content = node.content;
  switch (content.kind) {
    case 'children':
      return content.children.length > 0 ? { children: content.children.map(compactNode) } : {};
    case 'text':
      return {
        text: content.text,
        ...(content.prop ? { textProp: content.prop } : {}),
        ...(content.variants?.length
          ? { textWhen: content.variants.map((v) => ({ when: v.when, text: v.text })) }
          : {}),
      };
    case 'svg':
      return {
        svg: `${content.elements ? `${content.elements.length} element(s)` : `${content.paths.length} path(s)`}, viewBox ${content.viewBox}; copy them from the draft`,
        ...(content.title ? { title: content.title } : {}),
      };
    case 'asset':
      return {
        asset: `import ${content.asset.binding} from './assets/${content.asset.file}' (as in the draft)`,
        alt: content.asset.alt,
        width: content.asset.width,
        height: content.asset.height,
      };
    case 'slot':
      return { slotProp: content.prop, ...(content.fallback ? { fallback: compactNode(content.fallback) } : {}) };
    case 'instance':
      return { component: content.component, props: JSON.parse(JSON.stringify(content.props)) as Json };
    case 'image':
      return { imageProp: content.prop };
    default:
      return {};
  }
}

export function compactNode(node: IrNode): Json {
  const out: { [key: string]: Json } = { layer: node.name, tag: node.tag, role: node.role, className: node.className };
  if (node.level !== undefined) out.level = node.level;
  if (Object.keys(node.attributes).length > 0) out.attributes = node.attributes;
  if (node.bindings?.length) out.bindings = JSON.parse(JSON.stringify(node.bindings)) as Json;
  if (node.propAttributes && Object.keys(node.propAttributes).length > 0) out.propAttributes = node.propAttributes;
  if (node.host) out.receivesRestProps = true;
  const style = styleText(node.style);
  if (style) out.style = style;
  if (node.overrides.length > 0)
    out.overrides = node.overrides.map((o) => ({ when: o.when, style: styleText(o.style) }));
  if (node.visibleWhen) out.visibleWhen = node.visibleWhen;
  return { ...out, ...compactContent(node) };
}

export function compactIr(component: IrComponent): Json {
  return {
    name: component.name,
    figmaName: component.figmaName,
    kind: component.kind,
    role: component.role,
    ...(component.description ? { description: component.description } : {}),
    size: component.size,
    props: component.props.map(compactProp),
    variants: component.variants.map((v) => v.values),
    uses: component.dependencies,
    root: compactNode(component.root),
  };
}
