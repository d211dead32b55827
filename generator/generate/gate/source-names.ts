/**
 * The names generated code may not touch, and small syntax helpers to find them however they are
 * spelt: a bare reference, `window.eval`, `obj['con' + 'structor']`.
 */
import ts from 'typescript';
import type { GateRule } from './types.ts';

/** Forbidden wherever referenced, even if a local of the same name exists (shadowing hides intent). */
const REFERENCES: Record<string, GateRule> = {
  eval: 'code/eval',
  Function: 'code/eval',
  AsyncFunction: 'code/eval',
  GeneratorFunction: 'code/eval',
  require: 'code/require',
  fetch: 'code/network',
  XMLHttpRequest: 'code/network',
  WebSocket: 'code/network',
  WebSocketStream: 'code/network',
  EventSource: 'code/network',
  RTCPeerConnection: 'code/network',
  Worker: 'code/network',
  SharedWorker: 'code/network',
  importScripts: 'code/network',
  navigator: 'code/network',
  process: 'code/process',
  Deno: 'code/process',
  Bun: 'code/process',
  globalThis: 'code/global-access',
  window: 'code/global-access',
  document: 'code/global-access',
  localStorage: 'code/global-access',
  sessionStorage: 'code/global-access',
  indexedDB: 'code/global-access',
  cookieStore: 'code/global-access',
  caches: 'code/global-access',
  atob: 'code/obfuscated-access',
  unescape: 'code/obfuscated-access',
};

/** Globals a component might plausibly use as a local name (a `top` prop): forbidden only when not declared in the file. */
export const SOFT_GLOBALS = new Set([
  'self',
  'top',
  'parent',
  'frames',
  'opener',
  'location',
  'Image',
  'Audio',
  'Reflect',
  'Proxy',
]);

/** Member names that lead to code execution, HTML injection or the network from any object. */
const PROPERTIES = new Map<string, GateRule>([
  ['constructor', 'code/eval'],
  ['__proto__', 'code/eval'],
  ['__defineGetter__', 'code/eval'],
  ['__defineSetter__', 'code/eval'],
  ['__lookupGetter__', 'code/eval'],
  ['eval', 'code/eval'],
  ['Function', 'code/eval'],
  ['innerHTML', 'code/dangerous-html'],
  ['outerHTML', 'code/dangerous-html'],
  ['insertAdjacentHTML', 'code/dangerous-html'],
  ['createContextualFragment', 'code/dangerous-html'],
  ['parseFromString', 'code/dangerous-html'],
  ['srcdoc', 'code/dangerous-html'],
  ['writeln', 'code/dangerous-html'],
  ['sendBeacon', 'code/network'],
  ['fetch', 'code/network'],
  ['fromCharCode', 'code/obfuscated-access'],
  ['fromCodePoint', 'code/obfuscated-access'],
  ['cookie', 'code/global-access'],
]);

export const referenceRule = (name: string): GateRule | undefined =>
  Object.hasOwn(REFERENCES, name) ? REFERENCES[name] : undefined;
// A Map, not an object literal: `__proto__` and `constructor` as object keys misbehave.
export const propertyRule = (name: string): GateRule | undefined => PROPERTIES.get(name);

/** The string a key expression always evaluates to ('a' + `b` + ('c')), or undefined if it varies. */
export function foldString(node: ts.Expression): string | undefined {
  if (ts.isStringLiteralLike(node)) return node.text;
  if (ts.isParenthesizedExpression(node) || ts.isAsExpression(node) || ts.isSatisfiesExpression(node))
    return foldString(node.expression);
  if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.PlusToken) {
    const left = foldString(node.left);
    const right = foldString(node.right);
    return left === undefined || right === undefined ? undefined : left + right;
  }
  if (ts.isTemplateExpression(node)) {
    let text = node.head.text;
    for (const span of node.templateSpans) {
      const part = foldString(span.expression);
      if (part === undefined) return undefined;
      text += part + span.literal.text;
    }
    return text;
  }
  return undefined;
}

/**
 * True when the identifier names something (a declaration, a property, an attribute) rather than
 * referring to a variable. `{ top }` shorthand is a reference; `a.top` and `{ top: 1 }` are names.
 */
export function isNameOfParent(node: ts.Identifier): boolean {
  const parent = node.parent as ts.Node & { name?: ts.Node; propertyName?: ts.Node };
  if (ts.isShorthandPropertyAssignment(parent)) return false;
  if (ts.isQualifiedName(parent)) return parent.right === node;
  if (ts.isJsxNamespacedName(parent)) return true;
  if (ts.isExportSpecifier(parent) && !parent.propertyName) return false;
  return parent.name === node || parent.propertyName === node;
}
