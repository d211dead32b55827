import type { TokenType } from './token-index.ts';
import type { DraftToken, TokenOrigin, TokenProblem } from './token-model.ts';
import { cleanSegment, splitAlias } from './token-names.ts';
import { toTokenType } from './token-types.ts';
import {
  isPlainObject,
  toColor,
  toDimension,
  toDuration,
  toFontWeight,
  toNumber,
  type BareUnit,
} from './token-values.ts';
import { compositionPropertyType, parseComposite } from './parse-composite.ts';
import { studioLetterSpacing, studioPercent } from './studio-values.ts';

/**
 * Reads one DTCG or Tokens Studio document into draft tokens; top-level groups that declare their
 * own modes become collections of their own.
 */

/** Extension key under which design-sync stores modes and collection facts in the DTCG files it writes. */
export const EXT = 'dev.design-sync';

export interface ParsedDocument {
  /** Top-level groups that declare their own modes become collections of their own (SDS does this). */
  groups: { name: string; modes: string[] | undefined; tokens: DraftToken[] }[];
  problems: TokenProblem[];
}

interface Context {
  source: string;
  collection: string;
  origin: TokenOrigin;
  problems: TokenProblem[];
  bareUnit: BareUnit;
  modeExtensions: string[];
  alphaKey: string | undefined;
}

export interface ParseDocumentOptions {
  /** The unit of a dimension written as a bare number (Tokens Studio's spacing 8): px unless configured. */
  bareUnit?: BareUnit;
  /** `tokens.themes.modeExtensions`: $extensions keys whose object gives the token's value per mode name. */
  modeExtensions?: string[];
  /** `tokens.colorAlphaKey`: the key beside a colour's $value (or a shadow's `color`) giving its alpha. */
  colorAlphaKey?: string;
}

/** Parses one DTCG or Tokens Studio document (already JSON-parsed) into draft tokens. */
export function parseTokenDocument(
  doc: unknown,
  source: string,
  collection: string,
  options: ParseDocumentOptions = {},
): ParsedDocument {
  const bareUnit = options.bareUnit ?? 'px';
  const modeExtensions = options.modeExtensions ?? [];
  const alphaKey = options.colorAlphaKey;
  const problems: TokenProblem[] = [];
  const groups: ParsedDocument['groups'] = [];
  if (!isPlainObject(doc)) {
    problems.push({
      severity: 'error',
      kind: 'bad-file',
      message: `${source}: not a token document (expected a JSON object)`,
      source,
    });
    return { groups, problems };
  }
  const origin: TokenOrigin = usesDollarValue(doc) ? 'dtcg' : 'tokens-studio';
  const rootModes = modeList(doc.$extensions);
  const rest: DraftToken[] = [];
  const rootType = typeof doc.$type === 'string' ? doc.$type : undefined;
  for (const [key, child] of Object.entries(doc)) {
    if (key.startsWith('$') || !isPlainObject(child)) continue;
    const groupModes = isToken(child) ? undefined : modeList(child.$extensions);
    if (groupModes && !rootModes) {
      const tokens: DraftToken[] = [];
      const ctx = { source, collection: key, origin, problems, bareUnit, modeExtensions, alphaKey };
      walk(child, [cleanSegment(key)], rootType, ctx, tokens);
      groups.push({ name: key, modes: groupModes, tokens });
    } else {
      walk(
        { [key]: child },
        [],
        rootType,
        { source, collection, origin, problems, bareUnit, modeExtensions, alphaKey },
        rest,
      );
    }
  }
  if (rest.length > 0 || groups.length === 0) groups.unshift({ name: collection, modes: rootModes, tokens: rest });
  return { groups, problems };
}

function usesDollarValue(node: Record<string, unknown>): boolean {
  for (const [key, child] of Object.entries(node)) {
    if (key === '$value') return true;
    if (!key.startsWith('$') && isPlainObject(child) && usesDollarValue(child)) return true;
  }
  return false;
}

/** Style Dictionary's rule, so both agree on what a token is: an object with a value. */
function isToken(node: Record<string, unknown>): boolean {
  return '$value' in node || 'value' in node;
}

function modeList(extensions: unknown): string[] | undefined {
  if (!isPlainObject(extensions)) return undefined;
  for (const key of [EXT, 'com.figma.sds', 'com.figma']) {
    const ext = extensions[key];
    if (isPlainObject(ext) && Array.isArray(ext.modes) && ext.modes.every((m) => typeof m === 'string'))
      return ext.modes as string[];
  }
  return undefined;
}

function walk(
  node: Record<string, unknown>,
  path: string[],
  inheritedType: string | undefined,
  ctx: Context,
  out: DraftToken[],
): void {
  const groupType = typeof node.$type === 'string' ? node.$type : inheritedType;
  if (isPlainObject(node.$root) && path.length > 0) out.push(...parseTokens(node.$root, path, groupType, ctx));
  for (const [key, child] of Object.entries(node)) {
    if (key.startsWith('$') || !isPlainObject(child)) continue;
    const childPath = [...path, cleanSegment(key)];
    if (isToken(child)) {
      out.push(...parseTokens(child, childPath, groupType, ctx));
    } else {
      walk(child, childPath, groupType, ctx, out);
    }
  }
}

/** One token, or the tokens a Tokens Studio composition expands into. */
function parseTokens(
  node: Record<string, unknown>,
  path: string[],
  inheritedType: string | undefined,
  ctx: Context,
): DraftToken[] {
  const declared = typeof node.$type === 'string' ? node.$type : typeof node.type === 'string' ? node.type : undefined;
  if ((declared ?? inheritedType) !== 'composition') {
    const token = parseToken(node, path, inheritedType, ctx);
    return token ? [token] : [];
  }
  // As Style Dictionary's expand does with sd-transforms' types map: one token per property, typed by its name.
  const value = '$value' in node ? node.$value : node.value;
  if (!isPlainObject(value)) {
    ctx.problems.push({
      severity: 'error',
      kind: 'bad-value',
      message: `${path.join('.')}: a composition token's value must be an object of properties (${ctx.source})`,
      path: path.join('.'),
      source: ctx.source,
    });
    return [];
  }
  return Object.entries(value).flatMap(([property, part]) => {
    const type = compositionPropertyType(property);
    const token = parseToken(
      { value: part, ...(type ? { type } : {}) },
      [...path, cleanSegment(property)],
      undefined,
      ctx,
    );
    return token ? [token] : [];
  });
}

function parseToken(
  node: Record<string, unknown>,
  path: string[],
  inheritedType: string | undefined,
  ctx: Context,
): DraftToken | undefined {
  const where = path.join('.');
  const declared =
    (typeof node.$type === 'string' ? node.$type : typeof node.type === 'string' ? node.type : undefined) ??
    inheritedType;
  const written = '$value' in node ? node.$value : node.value;
  let type = declared === undefined ? guessType(written) : toTokenType(declared);
  if (type === undefined) {
    ctx.problems.push({
      severity: 'warning',
      kind: 'unknown-type',
      message: `${where}: unknown $type "${declared}" in ${ctx.source}; kept as a string`,
      path: where,
      source: ctx.source,
    });
    type = 'string';
  }
  const extensions = isPlainObject(node.$extensions) ? node.$extensions : {};
  const token: DraftToken = {
    path,
    type,
    values: {},
    collection: ctx.collection,
    source: ctx.source,
    origin: ctx.origin,
    ...(ctx.bareUnit === 'px' ? {} : { bareUnit: ctx.bareUnit }),
  };
  if (node.$deprecated !== undefined && node.$deprecated !== false) token.deprecated = true;
  const description = node.$description ?? node.description;
  if (typeof description === 'string' && description !== '') token.description = description;
  const studio = extensions['studio.tokens'];
  if (isPlainObject(studio) && (isPlainObject(studio.modify) || typeof studio.modify === 'string')) {
    token.modify = studio.modify;
    token.computed = true;
  }
  if (type === 'fontWeight' && typeof written === 'string' && /italic|oblique/i.test(written)) token.italic = true;
  readFigmaExtensions(extensions, token);

  const raw = withAlpha(written, node, type, ctx.alphaKey);
  const first = parseValue(raw, type, declared ?? type, token, ctx);
  if (first === undefined) return undefined;
  const modes = modeValues(extensions);
  if (modes) {
    for (const [mode, value] of Object.entries(modes)) {
      const parsed = parseValue(value, type, declared ?? type, token, ctx);
      if (parsed !== undefined) token.values[mode] = parsed;
    }
  }
  for (const key of ctx.modeExtensions) {
    const overrides = extensions[key];
    if (!isPlainObject(overrides)) continue;
    for (const [mode, override] of Object.entries(overrides)) {
      // A mode's value, or a token-like object ({ $value, alpha }); it keeps the token's alpha unless it gives its own.
      const own =
        isPlainObject(override) && ('$value' in override || (ctx.alphaKey !== undefined && ctx.alphaKey in override));
      const holder = own && ctx.alphaKey !== undefined && ctx.alphaKey in override ? override : node;
      const value = withAlpha(
        own && '$value' in override ? override.$value : own ? written : override,
        holder,
        type,
        ctx.alphaKey,
      );
      const parsed = parseValue(value, type, declared ?? type, token, ctx);
      if (parsed !== undefined) (token.modeValues ??= {})[mode] = parsed;
    }
  }
  token.values[DEFAULT_MODE] = first;
  return token;
}

/**
 * A colour with its alpha from the `tokens.colorAlphaKey` key beside it, as a Tokens Studio
 * expression (`rgba({base.color.neutral.8}, 0.12)`) the resolver evaluates once aliases resolve;
 * a shadow's layers take the key beside their `color`. No key or null there: the value as written.
 */
function withAlpha(value: unknown, holder: Record<string, unknown>, type: TokenType, key: string | undefined): unknown {
  if (key === undefined) return value;
  const alphaOf = (from: Record<string, unknown>) =>
    typeof from[key] === 'number' ? (from[key] as number) : undefined;
  const colour = (color: unknown, alpha: number | undefined) => {
    if (alpha === undefined) return color;
    const literal = typeof color === 'string' && color.includes('{') ? undefined : toColor(color);
    if (literal) return { ...literal, alpha };
    return typeof color === 'string' ? `rgba(${color.trim()}, ${alpha})` : color;
  };
  // On a colour token 1 sets no alpha, as null does: the colour keeps its own, so an override can cancel the
  // token's alpha (a reference to a translucent colour stays translucent). In a shadow layer 1 is opaque.
  if (type === 'color') return colour(value, alphaOf(holder) === 1 ? undefined : alphaOf(holder));
  if (type !== 'shadow') return value;
  const layer = (part: unknown) => {
    if (!isPlainObject(part) || !(key in part)) return part;
    const { [key]: _alpha, ...rest } = part;
    return { ...rest, color: colour(part.color, alphaOf(part)) };
  };
  return Array.isArray(value) ? value.map(layer) : layer(value);
}

/** Placeholder for "the value in $value"; the collection maps it onto its default mode name. */
export const DEFAULT_MODE = '\u0000default';

function modeValues(extensions: Record<string, unknown>): Record<string, unknown> | undefined {
  for (const key of [EXT, 'com.figma.sds']) {
    const ext = extensions[key];
    if (isPlainObject(ext) && isPlainObject(ext.modes)) return ext.modes;
  }
  return undefined;
}

function readFigmaExtensions(extensions: Record<string, unknown>, token: DraftToken): void {
  const figma = extensions['com.figma'];
  const sds = extensions['com.figma.sds'];
  const ours = extensions[EXT];
  if (isPlainObject(figma)) {
    if (typeof figma.variableId === 'string') token.variableId = figma.variableId;
    if (Array.isArray(figma.scopes)) token.scopes = figma.scopes.filter((s): s is string => typeof s === 'string');
    if (typeof figma.hiddenFromPublishing === 'boolean') token.hidden = figma.hiddenFromPublishing;
    if (isPlainObject(figma.codeSyntax) && Object.keys(figma.codeSyntax).length > 0)
      token.codeSyntax = figma.codeSyntax as Record<string, string>;
    if (Array.isArray(figma.styleIds))
      token.styleIds = figma.styleIds.filter((s): s is string => typeof s === 'string');
  }
  if (isPlainObject(sds) && typeof sds.figmaId === 'string' && token.variableId === undefined)
    token.variableId = sds.figmaId;
  if (isPlainObject(extensions['com.figma.variableId']) || typeof extensions['com.figma.variableId'] === 'string')
    token.variableId = String(extensions['com.figma.variableId']);
  if (isPlainObject(ours) && ours.computed === true) token.computed = true;
}

function guessType(raw: unknown): TokenType {
  if (typeof raw === 'number') return 'number';
  if (typeof raw === 'boolean') return 'boolean';
  if (typeof raw === 'string' && toColor(raw)) return 'color';
  // "100%" stays a string: a DTCG dimension has no percentages, and Style Dictionary writes it as is.
  if (typeof raw === 'string' && toDimension(raw, 'px') && /[a-z]$/.test(raw.trim())) return 'dimension';
  return 'string';
}

/**
 * One value: an alias stays "{a.b}", a literal becomes its DTCG shape, anything else that holds
 * references or math is kept as an expression and marks the token computed.
 */
function parseValue(raw: unknown, type: TokenType, declared: string, token: DraftToken, ctx: Context): unknown {
  if (typeof raw === 'string' && splitAlias(raw)) return raw.trim();
  if (type === 'shadow' || type === 'typography' || type === 'border' || type === 'transition' || type === 'gradient') {
    const composite = parseComposite(type, raw, ctx.bareUnit);
    if (composite.ok) {
      if (composite.computed) token.computed = true;
      return composite.value;
    }
  } else {
    const value = parseLiteral(raw, type, declared, ctx.bareUnit);
    if (value !== undefined) return value;
  }
  if (typeof raw === 'string' && (raw.includes('{') || /[*/+()-]/.test(raw))) {
    token.computed = true;
    return raw;
  }
  if (typeof raw === 'string' && (type === 'string' || type === 'fontFamily')) return raw;
  if (type === 'dimension' && typeof raw === 'string' && /^none$/i.test(raw.trim())) {
    // Tokens Studio's mark for an empty field: not a value any CSS property takes, so no custom property.
    ctx.problems.push({
      severity: 'warning',
      kind: 'no-value',
      message: `${token.path.join('.')}: ${JSON.stringify(raw)} is no ${declared} value; the token was left out (${ctx.source})`,
      path: token.path.join('.'),
      source: ctx.source,
    });
    return undefined;
  }
  ctx.problems.push({
    severity: 'error',
    kind: 'bad-value',
    message: `${token.path.join('.')}: ${JSON.stringify(raw)} is not a valid ${declared} value (${ctx.source})`,
    path: token.path.join('.'),
    source: ctx.source,
  });
  return undefined;
}

export function parseLiteral(
  raw: unknown,
  type: TokenType,
  declared: string = type,
  bareUnit: BareUnit = 'px',
): unknown {
  switch (type) {
    case 'color':
      return toColor(raw);
    case 'dimension': {
      if (declared === 'letterSpacing' && typeof raw === 'string' && raw.trim().endsWith('%'))
        return studioLetterSpacing(raw);
      if (declared === 'letterSpacing' && (raw === 0 || raw === '0')) return { value: 0, unit: 'px' };
      const dim = toDimension(raw, bareUnit);
      return dim?.unit === '%' ? undefined : dim;
    }
    case 'number': {
      if (typeof raw === 'string' && raw.trim().endsWith('%')) return studioPercent(raw, declared);
      return toNumber(raw);
    }
    case 'fontWeight':
      return toFontWeight(raw);
    case 'fontFamily':
      return typeof raw === 'string' || (Array.isArray(raw) && raw.every((f) => typeof f === 'string'))
        ? raw
        : undefined;
    case 'duration':
      return toDuration(raw);
    case 'cubicBezier': {
      const match = typeof raw === 'string' ? /^\s*cubic-bezier\(([^)]*)\)\s*$/.exec(raw) : null;
      const list = match ? (match[1] ?? '').split(',').map(Number) : raw;
      return Array.isArray(list) && list.length === 4 && list.every((n) => typeof n === 'number' && Number.isFinite(n))
        ? list
        : undefined;
    }
    case 'boolean':
      return typeof raw === 'boolean' ? raw : raw === 'true' ? true : raw === 'false' ? false : undefined;
    case 'string':
      // Untyped objects (a Tokens Studio modifier kept as a token) are carried, not rendered.
      return typeof raw === 'string' || typeof raw === 'number' || isPlainObject(raw) ? raw : undefined;
    case 'strokeStyle':
      return typeof raw === 'string' || isPlainObject(raw) ? raw : undefined;
    default:
      return undefined;
  }
}
