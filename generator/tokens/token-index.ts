/**
 * The contract between the tokens stage and the generator: every style value the generator
 * meets is looked up here, so it is either a named token (exactly or approximately) or flagged raw.
 */
export type TokenType =
  | 'color'
  | 'dimension'
  | 'number'
  | 'fontFamily'
  | 'fontWeight'
  | 'duration'
  | 'cubicBezier'
  | 'string'
  | 'boolean'
  | 'shadow'
  | 'typography'
  | 'border'
  | 'gradient'
  | 'strokeStyle'
  | 'transition';

/** Where a dimension is used; lets the index prefer a spacing token for a gap and a radius token for a corner. */
export type DimensionUse =
  'spacing' | 'size' | 'radius' | 'borderWidth' | 'fontSize' | 'lineHeight' | 'letterSpacing' | 'blur' | 'any';

export interface TokenRef {
  /** Dot path, e.g. "color.bg.brand". */
  path: string;
  /** CSS custom property, e.g. "--color-bg-brand". */
  cssVar: string;
  type: TokenType;
  /** Resolved value in the default mode (DTCG shape: colors as {colorSpace, components, alpha, hex}, dimensions as {value, unit}). */
  value: unknown;
  /** Figma variable id, when the token came from a variable. */
  variableId?: string;
}

export interface Rgba {
  /** 0..1, as Figma gives them. */
  r: number;
  g: number;
  b: number;
  a: number;
}

export type TokenMatch =
  | { kind: 'exact'; token: TokenRef }
  | { kind: 'approximate'; token: TokenRef; distance: number; unit: 'deltaE2000' | 'px' }
  | { kind: 'raw'; nearest?: { token: TokenRef; distance: number; unit: 'deltaE2000' | 'px' } };

export interface TokenIndex {
  readonly tokens: readonly TokenRef[];
  /** Default mode name and all mode names (for theme checks). */
  readonly modes: readonly string[];
  byPath(path: string): TokenRef | undefined;
  /** A bound variable (boundVariables[...].id) to its token, exactly. */
  byVariableId(id: string): TokenRef | undefined;
  /** A Figma style id (fill/text/effect/grid style) to its token (composite for text/effect). */
  byStyleId(id: string): TokenRef | undefined;
  matchColor(color: Rgba): TokenMatch;
  matchDimension(px: number, use?: DimensionUse): TokenMatch;
  /** Exact lookup of other scalar types (fontFamily, fontWeight, number, duration). */
  matchValue(type: TokenType, value: string | number): TokenMatch;
}
