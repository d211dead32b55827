/**
 * Static rules for generated TS/TSX: parse, import allowlist, and no way to run code from strings,
 * reach the network, the process or the global object, inject HTML, or load unsafe elements/URLs.
 * Syntactic on purpose: it must hold for code that does not type-check yet.
 */
import ts from 'typescript';
import { checkImport } from './import-rules.ts';
import { inlineStyleSites } from './inline-styles.ts';
import { rawValueReasons } from './raw-value-rule.ts';
import { foldString, isNameOfParent, propertyRule, referenceRule, SOFT_GLOBALS } from './source-names.ts';
import type { GateContext, GateReason } from './types.ts';

const UNSAFE_ELEMENTS = new Set([
  'script',
  'iframe',
  'object',
  'embed',
  'frame',
  'frameset',
  'base',
  'meta',
  'link',
  'style',
  'applet',
  'portal',
  'foreignobject',
]);
/** Attributes that make the browser load a resource as soon as the element renders. */
const LOADING_ATTRIBUTES = new Set(['src', 'srcset', 'poster', 'data', 'action', 'formaction', 'background', 'ping']);
/** SVG elements whose href loads a document or image. */
const SVG_REFERENCES = new Set(['use', 'image', 'feimage']);
const UNSAFE_URL = /^(javascript|vbscript|livescript):|^data:(text\/html|image\/svg|application\/(x-)?javascript)/;
const EXTERNAL_URL = /^(https?:)?\/\//i;
const TIMERS = new Set(['setTimeout', 'setInterval', 'setImmediate']);

export interface SourceCheck {
  reasons: GateReason[];
  /** Absolute paths of relative imports, for dependency tracking. */
  relativeImports: string[];
}

/** JSX decodes character references in attribute strings; decode them before looking for schemes. */
function decodeEntities(text: string): string {
  return text
    .replace(/&#x([0-9a-f]+);?/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16) % 0x110000))
    .replace(/&#(\d+);?/g, (_, dec: string) => String.fromCodePoint(Number(dec) % 0x110000))
    .replace(
      /&(colon|tab|newline);/gi,
      (_, name: string) => ({ colon: ':', tab: '\t', newline: '\n' })[name.toLowerCase()] ?? '',
    );
}

/** Browsers strip whitespace and control characters inside a URL scheme. */
const schemeText = (text: string) =>
  Array.from(decodeEntities(text))
    .filter((c) => c.charCodeAt(0) > 0x20 && !/\s/.test(c))
    .join('')
    .toLowerCase();

function parseDiagnostics(source: ts.SourceFile): readonly ts.DiagnosticWithLocation[] {
  // createSourceFile records syntax errors on the node; the public API exposes them only via a Program.
  return (source as unknown as { parseDiagnostics?: ts.DiagnosticWithLocation[] }).parseDiagnostics ?? [];
}

export function checkSource(path: string, text: string, story: boolean, ctx: GateContext): SourceCheck {
  const kind = path.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
  const source = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true, kind);
  const reasons: GateReason[] = [];
  const relativeImports: string[] = [];
  const lineOf = (node: ts.Node) => source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1;
  const add = (rule: GateReason['rule'], message: string, node: ts.Node) =>
    reasons.push({ rule, message, line: lineOf(node) });

  for (const d of parseDiagnostics(source)) {
    const line = source.getLineAndCharacterOfPosition(d.start).line + 1;
    reasons.push({ rule: 'parse/syntax', message: ts.flattenDiagnosticMessageText(d.messageText, ' '), line });
  }
  if (reasons.length > 0) return { reasons: reasons.slice(0, 5), relativeImports };

  for (const match of text.matchAll(/@ts-(ignore|nocheck|expect-error)|^\s*\/\/\/\s*<(reference|amd)/gm)) {
    const line = source.getLineAndCharacterOfPosition(match.index).line + 1;
    if (match[1])
      reasons.push({ rule: 'code/ts-suppression', message: `@ts-${match[1]} turns off the type-check`, line });
    else reasons.push({ rule: 'import/forbidden', message: 'triple-slash directives are not allowed', line });
  }

  const declared = new Set<string>();
  const softReferences: ts.Identifier[] = [];
  const specifier = (node: ts.Expression | undefined) => {
    if (!node || !ts.isStringLiteral(node)) return;
    const result = checkImport(node.text, path, story, ctx.outputDirs, lineOf(node));
    if (result.reason) reasons.push(result.reason);
    if (result.resolved) relativeImports.push(result.resolved);
  };

  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) specifier(node.moduleSpecifier);
    else if (ts.isImportEqualsDeclaration(node) && ts.isExternalModuleReference(node.moduleReference))
      specifier(node.moduleReference.expression);
    else if (ts.isImportTypeNode(node)) add('import/forbidden', 'import() types are not allowed', node);
    else if (ts.isMetaProperty(node) && node.keywordToken === ts.SyntaxKind.ImportKeyword)
      add('code/process', 'import.meta exposes the build environment', node);
    else if (ts.isWithStatement(node)) add('code/eval', '`with` statements are not allowed', node);
    else if (ts.isCallExpression(node)) checkCall(node);
    else if (ts.isElementAccessExpression(node)) checkComputedKey(node.argumentExpression, node);
    else if (ts.isComputedPropertyName(node)) checkComputedKey(node.expression, node);
    else if (ts.isIdentifier(node)) checkIdentifier(node);
    else if (
      ts.isStringLiteralLike(node) ||
      ts.isTemplateHead(node) ||
      ts.isTemplateMiddle(node) ||
      ts.isTemplateTail(node)
    )
      checkString(node);
    else if (ts.isPropertyAssignment(node)) checkPropsObject(node);
    else if (ts.isJsxOpeningElement(node) || ts.isJsxSelfClosingElement(node)) checkElement(node.tagName, node);
    else if (ts.isJsxAttribute(node)) checkAttribute(node);
    ts.forEachChild(node, visit);
  };

  const checkCall = (node: ts.CallExpression) => {
    if (node.expression.kind === ts.SyntaxKind.ImportKeyword)
      add('code/dynamic-import', 'dynamic import() is not allowed', node);
    const callee = node.expression;
    const name = ts.isIdentifier(callee)
      ? callee.text
      : ts.isPropertyAccessExpression(callee)
        ? callee.name.text
        : undefined;
    const first = node.arguments[0];
    if (
      name &&
      TIMERS.has(name) &&
      first &&
      !ts.isArrowFunction(first) &&
      !ts.isFunctionExpression(first) &&
      !ts.isIdentifier(first)
    ) {
      add('code/eval', `${name} must be given a function, not code`, node);
    }
    if (name === 'createElement' && first) {
      const tag = foldString(first);
      if (tag !== undefined && UNSAFE_ELEMENTS.has(tag.toLowerCase()))
        add('element/unsafe', `<${tag}> elements are not allowed`, node);
      else if (tag === undefined && !ts.isIdentifier(first) && !ts.isPropertyAccessExpression(first))
        add('element/unsafe', 'createElement with a computed tag', node);
    }
  };

  const checkComputedKey = (key: ts.Expression, node: ts.Node) => {
    const folded = foldString(key);
    if (folded !== undefined) {
      const rule =
        folded === 'dangerouslySetInnerHTML' || folded === 'srcDoc'
          ? 'code/dangerous-html'
          : (propertyRule(folded) ?? referenceRule(folded));
      if (rule) add(rule, `computed key [${JSON.stringify(folded)}] is not allowed`, node);
    } else if (containsStringBuilding(key)) {
      add('code/obfuscated-access', 'property name computed from strings', node);
    }
  };

  const checkIdentifier = (node: ts.Identifier) => {
    const name = node.text;
    if (name === 'dangerouslySetInnerHTML' || name === 'srcDoc') {
      add('code/dangerous-html', `${name} is not allowed`, node);
      return;
    }
    if (isNameOfParent(node)) {
      if (declaresLocal(node.parent)) declared.add(name);
      if (ts.isPropertyAccessExpression(node.parent)) {
        const rule =
          propertyRule(name) ??
          (ts.isIdentifier(node.parent.expression) &&
          ['window', 'globalThis', 'self'].includes(node.parent.expression.text)
            ? referenceRule(name)
            : undefined);
        if (rule) add(rule, `.${name} is not allowed`, node);
      }
      return;
    }
    const rule = referenceRule(name);
    if (rule) add(rule, `${name} is not allowed in generated code`, node);
    else if (SOFT_GLOBALS.has(name)) softReferences.push(node);
  };

  const checkString = (node: ts.StringLiteralLike | ts.TemplateLiteralLikeNode) => {
    const text = node.text;
    if (text === 'dangerouslySetInnerHTML') add('code/dangerous-html', 'dangerouslySetInnerHTML is not allowed', node);
    if (UNSAFE_URL.test(schemeText(text))) add('url/unsafe', `unsafe URL ${JSON.stringify(text.slice(0, 40))}`, node);
  };

  const checkElement = (tagName: ts.JsxTagNameExpression, node: ts.Node) => {
    const tag = ts.isIdentifier(tagName)
      ? tagName.text
      : ts.isJsxNamespacedName(tagName)
        ? tagName.name.text
        : undefined;
    if (tag && UNSAFE_ELEMENTS.has(tag.toLowerCase()) && tag[0] === tag[0]?.toLowerCase())
      add('element/unsafe', `<${tag}> elements are not allowed`, node);
  };

  // Props spread onto an element ({...{ src: 'https://...' }}) load resources just like attributes.
  const checkPropsObject = (node: ts.PropertyAssignment) => {
    const name = ts.isIdentifier(node.name) || ts.isStringLiteral(node.name) ? node.name.text.toLowerCase() : undefined;
    const value = foldString(node.initializer);
    if (name && value !== undefined && LOADING_ATTRIBUTES.has(name) && EXTERNAL_URL.test(schemeText(value))) {
      add('url/unsafe', `${name} loads an external resource ${JSON.stringify(value.slice(0, 60))}`, node);
    }
  };

  const checkAttribute = (node: ts.JsxAttribute) => {
    const element = node.parent.parent;
    const tag = ts.isIdentifier(element.tagName) ? element.tagName.text.toLowerCase() : '';
    const name = (ts.isIdentifier(node.name) ? node.name.text : node.name.name.text).toLowerCase();
    const init = node.initializer;
    const value =
      init && ts.isStringLiteral(init)
        ? init.text
        : init && ts.isJsxExpression(init) && init.expression
          ? foldString(init.expression)
          : undefined;
    if (value === undefined) return;
    const scheme = schemeText(value);
    if (UNSAFE_URL.test(scheme)) add('url/unsafe', `unsafe URL in ${name}`, node);
    if (/^on[a-z]+$/.test(name)) add('code/eval', `event handler ${name} given as a string`, node);
    const loads =
      LOADING_ATTRIBUTES.has(name) || (SVG_REFERENCES.has(tag) && (name === 'href' || name === 'xlinkhref'));
    if (loads && EXTERNAL_URL.test(scheme)) {
      add('url/unsafe', `${name} loads an external resource ${JSON.stringify(value.slice(0, 60))}`, node);
    }
  };

  visit(source);
  for (const node of softReferences) {
    if (!declared.has(node.text)) add('code/global-access', `${node.text} is not allowed in generated code`, node);
  }
  for (const site of inlineStyleSites(source))
    reasons.push(...rawValueReasons(site.property, site.value, site.line, ctx));
  return { reasons, relativeImports };
}

/**
 * Strings glued at run time into a property key: the usual way to hide `eval` or `constructor`.
 * A template like `size-${size}` (CSS module class maps) is fine; concatenated literals, calls
 * (fromCharCode, atob, join) and nested templates are not.
 */
function containsStringBuilding(node: ts.Node): boolean {
  if (ts.isTemplateExpression(node)) return node.templateSpans.some((span) => !isSimpleReference(span.expression));
  if (ts.isCallExpression(node) || ts.isTaggedTemplateExpression(node)) return true;
  if (
    ts.isBinaryExpression(node) &&
    node.operatorToken.kind === ts.SyntaxKind.PlusToken &&
    (hasStringLiteral(node.left) || hasStringLiteral(node.right))
  )
    return true;
  let found = false;
  ts.forEachChild(node, (child) => {
    found ||= containsStringBuilding(child);
  });
  return found;
}

const declaresLocal = (parent: ts.Node) =>
  ts.isVariableDeclaration(parent) ||
  ts.isParameter(parent) ||
  ts.isBindingElement(parent) ||
  ts.isFunctionDeclaration(parent) ||
  ts.isImportSpecifier(parent) ||
  ts.isImportClause(parent) ||
  ts.isNamespaceImport(parent) ||
  ts.isClassDeclaration(parent);

const isSimpleReference = (node: ts.Node): boolean =>
  ts.isIdentifier(node) || (ts.isPropertyAccessExpression(node) && isSimpleReference(node.expression));

function hasStringLiteral(node: ts.Node): boolean {
  if (ts.isStringLiteralLike(node) || ts.isTemplateExpression(node)) return true;
  let found = false;
  ts.forEachChild(node, (child) => {
    found ||= hasStringLiteral(child);
  });
  return found;
}
