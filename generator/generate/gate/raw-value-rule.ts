/**
 * The gate's decision on raw style values: a raw value is rejected when a token covers it (use the
 * token), or, for model answers, when the design itself never had that value.
 */
import { scanRawValues, suggestedToken, tokenExists, type RawValue } from './raw-values.ts';
import type { GateContext, GateReason } from './types.ts';

export function rawValueReasons(property: string, value: string, line: number, ctx: GateContext): GateReason[] {
  if (!ctx.tokens) return [];
  return scanRawValues(property, value, ctx.tokens).flatMap((raw) => reasonFor(raw, line, ctx));
}

function reasonFor(raw: RawValue, line: number, ctx: GateContext): GateReason[] {
  const where = `${raw.property}: ${raw.text}`;
  if (tokenExists(raw.match)) {
    const token = suggestedToken(raw.match)?.token;
    return [
      {
        rule: 'style/raw-value',
        message: `raw ${raw.kind} in "${where}"; use var(${token?.cssVar ?? '--token'})`,
        line,
      },
    ];
  }
  if (ctx.allowedRawValues && !ctx.allowedRawValues.has(raw.normalised)) {
    const nearest = suggestedToken(raw.match)?.token;
    const hint = nearest ? `; the nearest token is var(${nearest.cssVar})` : '';
    return [
      { rule: 'style/raw-value', message: `raw ${raw.kind} in "${where}" is not a value of the design${hint}`, line },
    ];
  }
  return [];
}
