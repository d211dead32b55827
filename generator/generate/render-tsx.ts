/**
 * The component module: a typed function component extending its host element's props, JSDoc on
 * every prop, variant props as data attributes, state as ARIA, one element per Figma layer.
 */
import type { IrComponent, IrNode, IrProp, IrPropValue, IrSvgElement } from '../ir/types.ts';
import { kebabCase } from '../ir/identifiers.ts';
import { cssValue } from '../ir/css-value.ts';
import { walkIr } from '../ir/walk.ts';
import { assetImports } from './render-asset.ts';
import { tsHeader, safeComment } from './header.ts';
import { propDefaultLiteral } from './prop-literal.ts';
import {
  anyCondition,
  conditionExpression,
  jsxAttribute,
  jsxText,
  propTest,
  stringLiteral,
  type BooleanProps,
} from './jsx.ts';

/** The element type the props extend. */
function hostTag(component: IrComponent): string {
  return findHost(component.root)?.tag ?? component.root.tag;
}

/** The TypeScript type of a prop (the model path's component stand-ins use the same). */
export function propType(prop: IrProp): string {
  switch (prop.kind) {
    case 'variant':
      return prop.boolean ? 'boolean' : prop.values.map(stringLiteral).join(' | ') || 'string';
    case 'boolean':
      return 'boolean';
    case 'text':
    case 'label':
    case 'image':
      return 'string';
    case 'slot':
      return 'ReactNode';
  }
}

function jsdoc(text: string, indent = '  '): string {
  return `${indent}/** ${safeComment(text, 400)} */`;
}

interface RenderContext {
  component: IrComponent;
  /** Elements with a derived id, by `elementId`. */
  ids: ReadonlyMap<string, IrNode>;
  booleans: BooleanProps;
  /** Props of the components this one renders, to pass boolean variants as booleans. */
  targets: ReadonlyMap<string, BooleanProps>;
}

function instanceAttributes(component: string, props: Record<string, IrPropValue>, ctx: RenderContext): string[] {
  const booleans = ctx.targets.get(component) ?? new Set<string>();
  return Object.entries(props).map(([name, value]) => {
    if (value.kind === 'prop') return `${name}={${value.prop}}`;
    if (value.kind === 'node') return `${name}={${renderNode(value.node, ctx)}}`;
    if (value.kind === 'string' && booleans.has(name)) return jsxAttribute(name, value.value === 'true');
    return jsxAttribute(name, value.value);
  });
}

function renderChildren(node: IrNode, ctx: RenderContext): string {
  const content = node.content;
  switch (content.kind) {
    case 'children':
      return content.children.map((child) => renderNode(child, ctx)).join('\n');
    case 'text':
      if (content.prop) return `{${content.prop}}`;
      if (content.variants && content.variants.length > 0) {
        const chain = content.variants
          .map((v) => `${conditionExpression(v.when, ctx.booleans)} ? ${stringLiteral(v.text)} : `)
          .join('');
        return `{${chain}${stringLiteral(content.text)}}`;
      }
      return jsxText(content.text);
    case 'svg': {
      const title = content.title ? [`<title>${jsxText(content.title)}</title>`] : [];
      if (content.elements) return [...title, ...content.elements.map(svgElement)].join('\n');
      return [
        ...title,
        ...content.paths.map((p) => {
          const attrs = [`d="${p.d}"`];
          if (p.fillRule === 'evenodd') attrs.push('fillRule="evenodd"', 'clipRule="evenodd"');
          attrs.push(p.fill ? `style={{ fill: ${stringLiteral(cssValue(p.fill))} }}` : 'fill="currentColor"');
          if (p.transform) attrs.push(`transform="${p.transform}"`);
          return `<path ${attrs.join(' ')} />`;
        }),
      ].join('\n');
    }
    default:
      return '';
  }
}

/** SVG attribute names as React spells them; namespace declarations, classes and styles are left out. */
function svgAttributeName(name: string): string | undefined {
  if (/^(xmlns|xml:|version$|class$|style$)/.test(name)) return undefined;
  if (name === 'xlink:href') return 'href';
  return name.replace(/[-:]([a-z])/g, (_, c: string) => c.toUpperCase());
}

/** An element of an exported (sanitised) SVG as JSX. */
function svgElement(element: IrSvgElement): string {
  if (element.tag === '#text') return jsxText(element.text ?? '');
  const attrs = Object.entries(element.attributes).flatMap(([name, value]) => {
    const jsx = svgAttributeName(name);
    return jsx === undefined ? [] : [jsxAttribute(jsx, value)];
  });
  const open = `<${element.tag}${attrs.length > 0 ? ` ${attrs.join(' ')}` : ''}`;
  if (element.children.length === 0) return `${open} />`;
  return `${open}>${element.children.map(svgElement).join('')}</${element.tag}>`;
}

/** The id expression of an element: the control's id, or it with a suffix. */
const idExpression = (elementId: string) => (elementId === '' ? 'controlId' : `\`\${controlId}-${elementId}\``);

/** An id reference, leaving out elements that are not rendered (`showHelper ? ... : undefined`). */
function idReference(targets: string[], ctx: RenderContext): string {
  const parts = targets.map((target) => {
    const conditions = ctx.ids.get(target)?.visibleWhen;
    const id = idExpression(target);
    return conditions && conditions.length > 0 ? `${anyCondition(conditions, ctx.booleans)} ? ${id} : undefined` : id;
  });
  if (parts.length === 1) return parts[0]!;
  return `[${parts.join(', ')}].filter(Boolean).join(' ') || undefined`;
}

function attributesOf(node: IrNode, ctx: RenderContext, isRoot: boolean): string[] {
  const attrs: string[] = [];
  const component = ctx.component;
  if (node.elementId !== undefined) attrs.push(`id={${idExpression(node.elementId)}}`);
  for (const [name, targets] of Object.entries(node.idRefs ?? {})) attrs.push(`${name}={${idReference(targets, ctx)}}`);

  for (const [name, value] of Object.entries(node.attributes)) {
    if (isRoot && component.role === 'icon' && (name === 'aria-hidden' || name === 'focusable')) continue;
    attrs.push(jsxAttribute(name, value));
  }
  for (const binding of node.bindings ?? []) {
    const test = binding.values.map((v) => propTest(binding.prop, v, ctx.booleans)).join(' || ');
    attrs.push(`${binding.attribute}={${test}}`);
  }
  if (node.content.kind === 'svg') {
    attrs.push(`viewBox="${node.content.viewBox}"`, 'fill="none"');
  }
  if (node.content.kind === 'image') attrs.push(`src={${node.content.prop}}`);
  if (node.content.kind === 'asset')
    attrs.push(
      `src={${node.content.asset.binding}}`,
      `width={${node.content.asset.width}}`,
      `height={${node.content.asset.height}}`,
    );
  if (node.backgroundImage)
    attrs.push(
      `style={${node.backgroundImage} ? { backgroundImage: \`url(\${JSON.stringify(${node.backgroundImage})})\` } : undefined}`,
    );
  for (const [name, prop] of Object.entries(node.propAttributes ?? {})) attrs.push(`${name}={${prop}}`);
  const hostIsRoot = !hasHost(component.root);
  if (isRoot) {
    const label = component.props.find((p) => p.kind === 'label');
    const l = label?.name;
    if (component.role === 'icon' && l) {
      attrs.push(
        `role={${l} ? 'img' : undefined}`,
        `aria-label={${l} || undefined}`,
        `aria-hidden={${l} ? undefined : true}`,
      );
      if (node.tag === 'svg') attrs.push('focusable="false"');
    } else if (l) attrs.push(`aria-label={${l}}`);
    for (const prop of component.props)
      if (prop.kind === 'variant') attrs.push(`data-${kebabCase(prop.name)}={${prop.name}}`);
    if (hostIsRoot) attrs.push('{...rest}');
    attrs.push("className={[styles.root, className].filter(Boolean).join(' ')}");
  } else if (node.content.kind === 'instance') {
    attrs.push(
      ...instanceAttributes(node.content.component, node.content.props, ctx),
      `className={styles.${node.className}}`,
    );
  } else {
    if (node.host) attrs.push('{...rest}');
    attrs.push(`className={styles.${node.className}}`);
  }
  return attrs;
}

const VOID = new Set(['img', 'input', 'br', 'hr']);

function hasHost(node: IrNode): boolean {
  if (node.host) return true;
  return node.content.kind === 'children' && node.content.children.some(hasHost);
}

function findHost(node: IrNode): IrNode | undefined {
  if (node.host) return node;
  if (node.content.kind !== 'children') return undefined;
  for (const child of node.content.children) {
    const hit = findHost(child);
    if (hit) return hit;
  }
  return undefined;
}

/** A slot: the consumer's node, else the design's default with the slot's class; no wrapper. */
function renderSlot(node: IrNode, prop: string, fallback: IrNode | undefined, ctx: RenderContext): string {
  const expression = `${prop} ?? ${fallback ? renderNode({ ...fallback, className: node.className }, ctx) : 'null'}`;
  return node.visibleWhen && node.visibleWhen.length > 0
    ? `{(${anyCondition(node.visibleWhen, ctx.booleans)}) && (${expression})}`
    : `{${expression}}`;
}

function renderNode(node: IrNode, ctx: RenderContext, isRoot = false): string {
  if (node.content.kind === 'slot' && !isRoot) return renderSlot(node, node.content.prop, node.content.fallback, ctx);
  const attrs = attributesOf(node, ctx, isRoot).join(' ');
  if (node.content.kind === 'instance' && node.content.alternatives && node.content.alternatives.length > 0) {
    // A swapped instance per variant: one element, whichever component the props select.
    const own = `className={styles.${node.className}}`;
    const chain = node.content.alternatives
      .map(
        (a) =>
          `${conditionExpression(a.when, ctx.booleans)} ? (<${a.component} ${[...instanceAttributes(a.component, a.props, ctx), own].join(' ')} />) : `,
      )
      .join('');
    const expression = `${chain}(<${node.tag} ${attrs} />)`;
    return node.visibleWhen && node.visibleWhen.length > 0
      ? `{(${anyCondition(node.visibleWhen, ctx.booleans)}) && (${expression})}`
      : `{${expression}}`;
  }
  const inner = renderChildren(node, ctx);
  const element =
    VOID.has(node.tag) || (inner === '' && node.content.kind !== 'children')
      ? `<${node.tag} ${attrs} />`
      : `<${node.tag} ${attrs}>\n${inner}\n</${node.tag}>`;
  if (!isRoot && node.visibleWhen && node.visibleWhen.length > 0)
    return `{(${anyCondition(node.visibleWhen, ctx.booleans)}) && (${element})}`;
  return element;
}

/** Boolean-like variant props of a component, by prop name. */
export function booleanVariants(props: IrProp[]): Set<string> {
  return new Set(props.flatMap((p) => (p.kind === 'variant' && p.boolean ? [p.name] : [])));
}

/**
 * `existing` gives the props of the components this one renders (for boolean variants of
 * nested instances); without it their values are passed as written.
 */
export function renderTsx(component: IrComponent, existing: Array<{ name: string; props: IrProp[] }> = []): string {
  const name = component.name;
  const tag = hostTag(component);
  const props = component.props;
  const omitted = props.map((p) => stringLiteral(p.name));
  const base = `ComponentPropsWithoutRef<'${tag}'>`;
  const extendsType = omitted.length > 0 ? `Omit<${base}, ${omitted.join(' | ')}>` : base;
  const usesSlot = props.some((p) => p.kind === 'slot');
  const ids = new Map<string, IrNode>();
  walkIr(component.root, (n) => {
    if (n.elementId !== undefined) ids.set(n.elementId, n);
  });
  const reactTypes = `type ComponentPropsWithoutRef${usesSlot ? ', type ReactNode' : ''}`;
  const imports = [
    ids.size > 0
      ? `import { useId, ${reactTypes} } from 'react';`
      : `import type { ComponentPropsWithoutRef${usesSlot ? ', ReactNode' : ''} } from 'react';`,
  ];
  for (const dep of component.dependencies) imports.push(`import { ${dep} } from '../${dep}/${dep}.tsx';`);
  imports.push(...assetImports(component), `import styles from './${name}.module.css';`);
  const fields = props.map((p) => `${jsdoc(p.description)}\n  ${p.name}?: ${propType(p)};`);
  const params = props.map((p) => {
    const d = propDefaultLiteral(p);
    return d === undefined ? p.name : `${p.name} = ${d}`;
  });
  const describe = `${component.kind === 'component-set' ? 'Figma component set' : component.kind === 'component' ? 'Figma component' : 'Figma frame'} "${component.figmaName}".${component.description ? ` ${component.description}` : ''}`;
  return `${tsHeader(component)}${imports.join('\n')}

export interface ${name}Props extends ${extendsType} {
${fields.join('\n')}
}

${jsdoc(describe, '')}
export function ${name}({ ${[...params, ...(ids.size > 0 ? ['id'] : []), 'className', '...rest'].join(', ')} }: ${name}Props) {
${ids.size > 0 ? '  const fallbackId = useId();\n  const controlId = id ?? fallbackId;\n' : ''}  return (
${renderNode(component.root, { component, ids, booleans: booleanVariants(component.props), targets: new Map(existing.map((e) => [e.name, booleanVariants(e.props)])) }, true)}
  );
}
`;
}
