/**
 * Rules for generated CSS modules: it parses, loads nothing from outside the project, has no
 * script hooks, no global selectors that restyle the host page, and no raw values where a token exists.
 */
import { dirname, resolve } from 'node:path';
import { isInside } from './import-rules.ts';
import { parseCss } from './parse-css.ts';
import { rawValueReasons } from './raw-value-rule.ts';
import type { GateContext, GateReason } from './types.ts';

const ALLOWED_AT_RULES = new Set(['media', 'supports', 'container', 'keyframes', 'layer', 'import']);
const SCRIPT_HOOKS = /expression\s*\(|javascript:|vbscript:|-moz-binding|(^|[^-\w])behavior\s*:|@import/i;
const SAFE_DATA_URL = /^data:image\/(png|jpe?g|gif|webp|avif);/i;

export function checkCss(path: string, text: string, ctx: GateContext): GateReason[] {
  const sheet = parseCss(text);
  if (sheet.errors.length > 0)
    return sheet.errors.slice(0, 5).map((e) => ({ rule: 'parse/syntax', message: e.message, line: e.line }));
  const reasons: GateReason[] = [];
  const relativeTarget = (ref: string, line: number, what: string) => {
    const target = ref.trim().replace(/^["']|["']$/g, '');
    if (SAFE_DATA_URL.test(target)) return;
    const local = (target.startsWith('./') || target.startsWith('../')) && !/[?#\\]/.test(target);
    if (!local || !ctx.outputDirs.some((dir) => isInside(dir, resolve(dirname(path), target)))) {
      reasons.push({
        rule: 'url/unsafe',
        message: `${what} ${JSON.stringify(target.slice(0, 60))} reaches outside the output folders`,
        line,
      });
    }
  };

  for (const at of sheet.atRules) {
    const name = /^@([\w-]+)/.exec(at.text)?.[1]?.toLowerCase() ?? '';
    if (!ALLOWED_AT_RULES.has(name)) {
      reasons.push({ rule: 'css/unsafe', message: `@${name} is not allowed in generated CSS`, line: at.line });
    } else if (name === 'import') {
      const ref = /^@import\s+(?:url\(\s*)?(["']?)([^"')\s]+)\1/i.exec(at.text)?.[2] ?? '';
      relativeTarget(ref, at.line, '@import');
    }
  }
  for (const selector of sheet.selectors) {
    if (/:global\b/.test(selector.text)) {
      reasons.push({
        rule: 'css/global-selector',
        message: `:global selectors restyle the whole page (${selector.text.slice(0, 40)})`,
        line: selector.line,
      });
    }
  }
  for (const decl of sheet.declarations) {
    const outsideStrings = decl.value.replace(/"(\\.|[^"\\])*"|'(\\.|[^'\\])*'/g, '""');
    if (SCRIPT_HOOKS.test(`${decl.property}:${decl.value}`) || outsideStrings.includes('\\')) {
      reasons.push({
        rule: 'css/unsafe',
        message: `"${decl.property}" has a script hook or an escape`,
        line: decl.line,
      });
      continue;
    }
    for (const m of decl.value.matchAll(/url\(\s*("[^"]*"|'[^']*'|[^)]*)\)/gi))
      relativeTarget(m[1] ?? '', decl.line, 'url()');
    reasons.push(...rawValueReasons(decl.property, decl.value, decl.line, ctx));
  }
  return reasons;
}
