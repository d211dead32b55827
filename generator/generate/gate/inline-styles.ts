/**
 * Raw style values in TSX: inline `style={{ ... }}` objects, SVG paint attributes (fill, stroke),
 * and string literals that are a colour, so a colour parked in a constant is still seen.
 */
import ts from 'typescript';
import { rawValueReasons } from './raw-value-rule.ts';
import type { GateContext, GateReason } from './types.ts';

const PAINT_ATTRIBUTES = new Set(['fill', 'stroke', 'color', 'stopColor', 'floodColor', 'lightingColor']);
/** React appends px to numbers, except for these unitless properties. */
const UNITLESS = new Set(['line-height', 'opacity', 'z-index', 'flex', 'flex-grow', 'flex-shrink', 'order', 'font-weight', 'zoom', 'aspect-ratio']);
const WHOLE_COLOR = /^\s*(#[0-9a-fA-F]{3,8}|(rgba?|hsla?|hwb|lab|lch|oklab|oklch)\([^)]*\))\s*$/;

const kebab = (name: string) => name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`).replace(/^ms-/, '-ms-');

export function checkInlineStyles(source: ts.SourceFile, ctx: GateContext): GateReason[] {
  if (!ctx.tokens) return [];
  const reasons: GateReason[] = [];
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
      reasons.push(...rawValueReasons(property, css, lineOf(node), ctx));
      return;
    }
    if (ts.isStringLiteralLike(node)) {
      reasons.push(...rawValueReasons(property, node.text, lineOf(node), ctx));
      return;
    }
    if (ts.isTemplateExpression(node)) {
      const text = [node.head.text, ...node.templateSpans.map((s) => s.literal.text)].join(' ');
      reasons.push(...rawValueReasons(property, text, lineOf(node), ctx));
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
        const value = ts.isStringLiteral(init) ? init : ts.isJsxExpression(init) && init.expression && ts.isStringLiteralLike(init.expression) ? init.expression : undefined;
        if (value) reasons.push(...rawValueReasons(kebab(name), value.text, lineOf(value), ctx));
        return;
      }
    }
    if (ts.isStringLiteralLike(node) && WHOLE_COLOR.test(node.text)) {
      reasons.push(...rawValueReasons('color', node.text, lineOf(node), ctx));
    }
    ts.forEachChild(node, visit);
  };

  visit(source);
  return reasons;
}
