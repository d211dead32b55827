import { sdTransforms } from './sd-transforms.ts';
import type { TokenType } from './token-index.ts';
import { parseLiteral } from './parse-token-document.ts';
import { fieldLiteral } from './parse-composite.ts';
import { isPlainObject, type BareUnit } from './token-values.ts';

/**
 * Evaluates Tokens Studio expressions (math, colour modifiers) into DTCG values, or passes what
 * does not parse through as CSS. The evaluation is sd-transforms' (`checkAndEvaluateMath`,
 * `transformColorModifiers`, `transformHEXRGBaForCSS`); this module only feeds it the values our
 * resolver already substituted per mode and parses its CSS result back into a DTCG value, which the
 * DTCG files and the token index need (sd-transforms' own transforms end in CSS text).
 */

/** A value only CSS can express (a gradient string, "8px 64px"): passed through unchanged. */
export interface CssPassthrough {
  css: string;
}

export function isCssPassthrough(value: unknown): value is CssPassthrough {
  return isPlainObject(value) && typeof value.css === 'string' && Object.keys(value).length === 1;
}

/**
 * A Tokens Studio expression whose references were already replaced by CSS values
 * ("4px * 2", "rgba(#0000ff, 50%)"): math via sd-transforms, then parsed into the DTCG shape of
 * `type`; what does not parse stays CSS.
 */
export function evaluateExpression(text: string, type: TokenType, field?: string, bareUnit: BareUnit = 'px'): unknown {
  let value: unknown = text;
  if (type === 'color' || text.includes('rgba(#')) {
    value = sdTransforms().transformHEXRGBaForCSS({ value: text, type: 'color' } as never) ?? text;
  }
  if (type !== 'color' && type !== 'string' && type !== 'fontFamily') {
    value = sdTransforms().checkAndEvaluateMath({ value, type } as never) ?? value;
  }
  const parsed =
    field === undefined ? parseLiteral(value, type, type, bareUnit) : fieldLiteral(type, value, field, bareUnit);
  if (parsed !== undefined) return parsed;
  return { css: String(value) } satisfies CssPassthrough;
}

/** Applies a Tokens Studio colour modifier (lighten, darken, mix, alpha) to a resolved CSS colour. */
export function applyColorModifier(css: string, modify: Record<string, unknown>): string | undefined {
  const modifier = { ...modify };
  if (typeof modifier.value === 'string')
    modifier.value = String(sdTransforms().checkAndEvaluateMath({ value: modifier.value, type: 'number' } as never));
  const format = typeof modifier.format === 'string' ? modifier.format : 'hex';
  return (
    sdTransforms().transformColorModifiers(
      { value: css, type: 'color', $extensions: { 'studio.tokens': { modify: modifier } } } as never,
      { format: format as 'hex' },
    ) ?? undefined
  );
}
