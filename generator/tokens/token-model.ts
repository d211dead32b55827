import type { TokenType } from './token-index.ts';
import type { BareUnit } from './token-values.ts';

/** The token data model of the tokens stage: draft tokens and collections, problems, and resolved tokens. */

/** Where a token came from; every message about a token names it. */
export type TokenOrigin = 'figma-variables' | 'figma-styles' | 'figma-bound' | 'dtcg' | 'tokens-studio';

/**
 * A token before resolution. Each mode value is in DTCG 2025.10 shape (colors as objects,
 * dimensions as {value, unit}), an alias string "{a.b.c}", a composite whose fields may be aliases,
 * or (Tokens Studio) an expression string that mixes references with math or colour functions.
 */
export interface DraftToken {
  /** Path segments as written (only characters DTCG forbids are replaced). */
  path: string[];
  type: TokenType;
  values: Record<string, unknown>;
  collection: string;
  /** File or endpoint the token was read from. */
  source: string;
  origin: TokenOrigin;
  description?: string;
  variableId?: string;
  styleIds?: string[];
  scopes?: string[];
  hidden?: boolean;
  codeSyntax?: Record<string, string>;
  /** Tokens Studio colour modifier ($extensions["studio.tokens"].modify), applied after resolution. */
  modify?: Record<string, unknown> | string;
  /** A font weight written as "Bold Italic": typography that uses it is italic. */
  italic?: boolean;
  /** Values that are Tokens Studio expressions (math, rgba({ref}, 50%), ...), resolved to a literal. */
  computed?: boolean;
  /** Only in Tokens Studio `source` sets: it resolves aliases but is not output (tokens using it get literals). */
  sourceOnly?: boolean;
  /** The unit of a bare number this token's file gives a dimension (px unless configured otherwise). */
  bareUnit?: BareUnit;
  /** Values per mode name from `tokens.themes.modeExtensions` ($extensions["org.primer.overrides"].dark): used in that theme mode instead of $value. */
  modeValues?: Record<string, unknown>;
  /** DTCG `$deprecated` (true or an explanation). */
  deprecated?: boolean;
}

/**
 * A mode dimension: a Tokens Studio theme group or a DTCG resolver modifier. Each of its modes is
 * one value of one CSS attribute (`[data-color-scheme="dark"]`); the default mode is in `:root`.
 */
export interface ModeDimension {
  name: string;
  /** The attribute its modes are selected by, e.g. `data-color-scheme`. */
  attribute: string;
  modes: string[];
  defaultMode: string;
}

/**
 * A non-default mode of a themed collection: one dimension's mode, or (for tokens that differ along
 * several dimensions) a combination of modes of different dimensions, each part one attribute.
 */
export interface ThemeMode {
  parts: { dimension: string; attribute: string; mode: string }[];
  /** `[data-color-scheme="dark"]`, or `[data-color-scheme="dark"][data-size="large"]` for a combination. */
  selector: string;
  /** A combination: the keys of the single-dimension modes it combines. */
  combines?: string[];
}

/** One output file: a Figma collection, a Tokens Studio set, a DTCG file, or the styles. */
export interface DraftCollection {
  name: string;
  /** Mode names; the first is the default (`:root`). */
  modes: string[];
  source: string;
  tokens: DraftToken[];
  /** Themed collections (Tokens Studio themes, resolver modifiers): the selector facts of every non-default mode. */
  themeModes?: Record<string, ThemeMode>;
}

/** Something wrong with the input, tied to a token and file when there is one. */
export interface TokenProblem {
  severity: 'error' | 'warning';
  /** Stable kind, used to group warnings: "cycle", "missing-ref", "type-mismatch", ... */
  kind: string;
  message: string;
  path?: string;
  source?: string;
}

/** A validated token with its values per mode, aliases canonical and resolved. */
export interface ResolvedToken {
  draft: DraftToken;
  /** Dot path as written in the DTCG output. */
  path: string;
  key: string;
  cssVar: string;
  type: TokenType;
  /** The collection's modes; the first is the default. */
  modes: string[];
  /** Per mode: the value with every alias rewritten to its target's canonical path. */
  raw: Record<string, unknown>;
  /** Per mode: the literal value, every alias and expression resolved. */
  resolved: Record<string, unknown>;
  /** Canonical paths this token refers to (any mode). */
  refs: string[];
  /** Output as literal values, not references: computed, or it refers to a token that is not output. */
  literal: boolean;
}

export interface ResolvedCollection {
  name: string;
  modes: string[];
  source: string;
  /** The tokens that are output (source-only tokens are left out). */
  tokens: ResolvedToken[];
  themeModes?: Record<string, ThemeMode>;
}

export interface ResolvedTokens {
  collections: ResolvedCollection[];
  /** Every token that is output. */
  tokens: ResolvedToken[];
  /** Every resolved token by path, source-only ones included. */
  byPath: Map<string, ResolvedToken>;
  problems: TokenProblem[];
}
