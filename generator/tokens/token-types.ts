import type { TokenType } from './token-index.ts';

/**
 * Maps declared token type names (DTCG, Tokens Studio, older drafts) to DTCG 2025.10 types and says
 * which alias types are compatible.
 */

const DTCG: ReadonlySet<string> = new Set([
  'color',
  'dimension',
  'number',
  'fontFamily',
  'fontWeight',
  'duration',
  'cubicBezier',
  'string',
  'boolean',
  'shadow',
  'typography',
  'border',
  'gradient',
  'strokeStyle',
  'transition',
]);

/** Tokens Studio (and older DTCG drafts) type names -> DTCG 2025.10 types. */
const ALIASES: Record<string, TokenType> = {
  sizing: 'dimension',
  spacing: 'dimension',
  borderRadius: 'dimension',
  borderWidth: 'dimension',
  fontSizes: 'dimension',
  fontSize: 'dimension',
  paragraphSpacing: 'dimension',
  paragraphIndent: 'dimension',
  letterSpacing: 'dimension',
  lineHeights: 'number',
  lineHeight: 'number',
  opacity: 'number',
  math: 'number',
  fontWeights: 'fontWeight',
  fontFamilies: 'fontFamily',
  boxShadow: 'shadow',
  text: 'string',
  other: 'string',
  textCase: 'string',
  textDecoration: 'string',
  asset: 'string',
  content: 'string',
  composition: 'string',
  float: 'number',
  integer: 'number',
  unknown: 'string',
  'cubic-bezier': 'cubicBezier',
  easing: 'cubicBezier',
};

/** The DTCG type for a declared type, or undefined when nobody knows it. */
export function toTokenType(declared: string): TokenType | undefined {
  if (DTCG.has(declared)) return declared as TokenType;
  return ALIASES[declared];
}

/** Types whose declared name changes how a literal parses (Tokens Studio percentages, bare numbers). */
export function typeHint(declared: string): string {
  return declared;
}

/** An alias from a token of type `from` to one of type `to` is fine when the CSS value still fits. */
export function compatibleTypes(expected: TokenType, actual: TokenType): boolean {
  if (expected === actual) return true;
  const numeric = new Set<TokenType>(['number', 'dimension', 'fontWeight']);
  if (numeric.has(expected) && numeric.has(actual)) return true;
  if (expected === 'string') return actual !== 'shadow' && actual !== 'typography' && actual !== 'border';
  // Tokens Studio keeps font families and weight names in "text" tokens.
  if ((expected === 'fontFamily' || expected === 'fontWeight') && actual === 'string') return true;
  if (expected === 'gradient' && actual === 'color') return true;
  return false;
}
