/**
 * Raw style values in TSX: inline `style={{ ... }}` objects, SVG paint attributes (fill, stroke),
 * and string literals that are a colour, so a colour parked in a constant is still seen.
 */
import ts from 'typescript';

/** A CSS property and value found in TSX, with its line. */
export interface StyleSite {
  property: string;
  value: string;
  line: number;
}

const PAINT_ATTRIBUTES = new Set(['fill', 'stroke', 'color', 'stopColor', 'floodColor', 'lightingColor']);
/** React appends px to numbers, except for these unitless properties. */
const UNITLESS = new Set([
  'line-height',
  'opacity',
  'z-index',
  'flex',
  'flex-grow',
  'flex-shrink',
  'order',
  'font-weight',
  'zoom',
  'aspect-ratio',
]);
const WHOLE_COLOR = /^\s*(#[0-9a-fA-F]{3,8}|(rgba?|hsla?|hwb|lab|lch|oklab|oklch)\([^)]*\))\s*$/;

const kebab = (name: string) => name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`).replace(/^ms-/, '-ms-');

export function inlineStyleSites(source: ts.SourceFile): StyleSite[] {
  const sites: StyleSite[] = [];
  const site = (property: string, value: string, node: ts.Node) => sites.push({ property, value, line: lineOf(node) });
  const lineOf = (node: ts.Node) => source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1;

  const styleObject = (node: ts.Node): void => {
    if (ts.isObjectLiteralExpression(node)) {
      for (const prop of node.properties) {
        if (!ts.isPropertyAssignment(prop)) continue;
        const name = ts.isIdentifier(prop.name) || ts.isStringLiteral(prop.name) ? prop.name.text : undefined;
        if (name === undefined) continue;
        const property = name.startsWith('--') ? name : kebab(name);
        styleValue(property, prop.initializer);
      }
      return;
    }
    ts.forEachChild(node, styleObject);
  };

  const styleValue = (property: string, node: ts.Node): void => {
    if (ts.isNumericLiteral(node) || (ts.isPrefixUnaryExpression(node) && ts.isNumericLiteral(node.operand))) {
      const text = node.getText(source);
      const css = UNITLESS.has(property) ? text : `${text}px`;
      site(property, css, node);
      return;
    }
    if (ts.isStringLiteralLike(node)) {
      site(property, node.text, node);
      return;
    }
    if (ts.isTemplateExpression(node)) {
      const text = [node.head.text, ...node.templateSpans.map((s) => s.literal.text)].join(' ');
      site(property, text, node);
    }
    ts.forEachChild(node, (child) => styleValue(property, child));
  };

  const visit = (node: ts.Node): void => {
    if (ts.isJsxAttribute(node) && ts.isIdentifier(node.name)) {
      const name = node.name.text;
      const init = node.initializer;
      if (name === 'style' && init && ts.isJsxExpression(init) && init.expression) {
        styleObject(init.expression);
        return;
      }
      if (PAINT_ATTRIBUTES.has(name) && init) {
        const value = ts.isStringLiteral(init)
          ? init
          : ts.isJsxExpression(init) && init.expression && ts.isStringLiteralLike(init.expression)
            ? init.expression
            : undefined;
        if (value) site(kebab(name), value.text, value);
        return;
      }
    }
    if (ts.isStringLiteralLike(node) && WHOLE_COLOR.test(node.text)) {
      site('color', node.text, node);
    }
    ts.forEachChild(node, visit);
  };

  visit(source);
  return sites;
}
