/** Small helpers for emitting JSX safely from untrusted text. */
import type { IrCondition } from '../ir/types.ts';

/** A JS string literal (single-quoted, escaped) for any text. */
export function stringLiteral(text: string): string {
  return `'${text.replace(/[\\'\n\r\u2028\u2029]/g, (c) => ({ '\\': '\\\\', "'": "\\'", '\n': '\\n', '\r': '\\r', '\u2028': '\\u2028', '\u2029': '\\u2029' })[c] ?? c)}'`;
}

/** Text as a JSX child: plain when it is harmless, else an expression. */
export function jsxText(text: string): string {
  if (/^[A-Za-z0-9À-ɏ][A-Za-z0-9À-ɏ .,!?:;()'’“”"%$#@+*=\-–—/]*$/.test(text) && !/\s$/.test(text)) return text;
  return `{${stringLiteral(text)}}`;
}

/** An attribute: `name="value"` when plain, else `name={'...'}`. */
export function jsxAttribute(name: string, value: string | boolean): string {
  if (value === true) return name;
  if (value === false) return `${name}={false}`;
  if (/^[A-Za-z0-9 _.,:;()%#\-/]*$/.test(value)) return `${name}="${value}"`;
  return `${name}={${stringLiteral(value)}}`;
}

/** Variant props whose values are "true"/"false" and are rendered as booleans. */
export type BooleanProps = ReadonlySet<string>;

/** `prop === value`, or `prop` / `!prop` for booleans. */
export function propTest(prop: string, value: string | boolean, booleans: BooleanProps): string {
  if (value === true || (booleans.has(prop) && value === 'true')) return prop;
  if (value === false || (booleans.has(prop) && value === 'false')) return `!${prop}`;
  return `${prop} === ${stringLiteral(value)}`;
}

/** `size === 'large' && showIcon` for a condition on props. */
export function conditionExpression(when: IrCondition, booleans: BooleanProps = new Set()): string {
  const parts = Object.entries(when).map(([prop, value]) => propTest(prop, value, booleans));
  return parts.length === 0 ? 'true' : parts.join(' && ');
}

export function anyCondition(conditions: IrCondition[], booleans: BooleanProps = new Set()): string {
  if (conditions.length === 1) return conditionExpression(conditions[0]!, booleans);
  return conditions
    .map((c) =>
      Object.keys(c).length > 1 ? `(${conditionExpression(c, booleans)})` : conditionExpression(c, booleans),
    )
    .join(' || ');
}
