import { converter, type Color, type Lab65 } from '../core/culori.ts';
import { nearestColorFinder } from './nearest-color.ts';
import type { DimensionUse, Rgba, TokenIndex, TokenMatch, TokenRef, TokenType } from './token-index.ts';
import type { ResolvedToken } from './resolve-tokens.ts';
import { TYPOGRAPHY_PARTS } from './to-css-value.ts';
import {
  type DtcgColor,
  dimensionToPx,
  isPlainObject,
  toColor,
  toDimension,
  toDuration,
  toFontWeight,
} from './token-values.ts';

/**
 * Builds the `TokenIndex` the generator asks for every style value: exact lookups by variable,
 * style or value, and the nearest colour and dimension tokens.
 */

export interface IndexOptions {
  modes: readonly string[];
  /** CIEDE2000 distance under which a colour counts as approximately a token. */
  colorTolerance: number;
  /** Pixels under which a dimension counts as approximately a token. */
  dimensionTolerance: number;
}

const USE_SCOPES: Record<DimensionUse, string[]> = {
  spacing: ['GAP'],
  size: ['WIDTH_HEIGHT'],
  radius: ['CORNER_RADIUS'],
  borderWidth: ['STROKE_FLOAT'],
  fontSize: ['FONT_SIZE'],
  lineHeight: ['LINE_HEIGHT'],
  letterSpacing: ['LETTER_SPACING'],
  blur: ['EFFECT_FLOAT'],
  any: [],
};
const USE_NAMES: Record<DimensionUse, RegExp> = {
  spacing: /spac|gap|padding|margin|inset|gutter/i,
  size: /(^|[.-])(size|sizes|width|height|dimension)s?([.-]|$)|icon|avatar/i,
  radius: /radius|radii|round|corner/i,
  borderWidth: /(border|stroke).*(width|weight)|^(border|stroke)/i,
  fontSize: /font.?size|text.?size|fontsizes/i,
  lineHeight: /line.?height|leading/i,
  letterSpacing: /letter|tracking/i,
  blur: /blur|shadow|elevation/i,
  any: /./,
};

interface Candidate {
  ref: TokenRef;
  px: number;
  scopes: string[];
  hidden: boolean;
  alias: boolean;
  order: number;
}

/** The generator's token index over resolved tokens, in these modes, with the configured tolerances. */
export function tokenIndexOf(
  tokens: readonly ResolvedToken[],
  modes: readonly string[],
  tolerances: Pick<IndexOptions, 'colorTolerance' | 'dimensionTolerance'>,
): TokenIndex {
  return createTokenIndex(tokens, {
    modes,
    colorTolerance: tolerances.colorTolerance,
    dimensionTolerance: tolerances.dimensionTolerance,
  });
}

/**
 * Builds the index the generator asks for every style value: exact lookups are map hits, nearest
 * colours are cached per colour, nearest dimensions are a binary search in a per-use sorted list.
 */
export function createTokenIndex(resolved: readonly ResolvedToken[], options: IndexOptions): TokenIndex {
  const tokens: TokenRef[] = [];
  const byPath = new Map<string, TokenRef>();
  const byVariable = new Map<string, TokenRef>();
  const byStyle = new Map<string, TokenRef>();
  const colorCandidates: { ref: TokenRef; color: Color; lab: Lab65; hidden: boolean; alias: boolean }[] = [];
  // CIEDE2000 works in Lab: each token converts once here, not once per colour it is compared with.
  const toLab = converter('lab65');
  const dimensions: Candidate[] = [];
  const scalars = new Map<string, TokenRef>();

  for (const [order, token] of resolved.entries()) {
    const value = token.resolved[token.modes[0] ?? ''];
    const ref: TokenRef = {
      path: token.path,
      cssVar: token.cssVar,
      type: token.type,
      value,
      ...(token.draft.variableId ? { variableId: token.draft.variableId } : {}),
    };
    tokens.push(ref);
    byPath.set(ref.path, ref);
    if (token.draft.variableId && !byVariable.has(token.draft.variableId)) byVariable.set(token.draft.variableId, ref);
    for (const id of token.draft.styleIds ?? []) byStyle.set(id, ref);
    if (token.type === 'typography' && isPlainObject(value)) {
      // Each part has its own CSS variable (see build-with-style-dictionary.ts): "<path>.fontSize" -> --<name>-font-size.
      for (const part of TYPOGRAPHY_PARTS) {
        const partPath = `${token.path}.${part.field}`;
        if (value[part.field] !== undefined && !byPath.has(partPath)) {
          const partType =
            part.type === 'strokeStyle'
              ? 'string'
              : isPlainObject(value[part.field]) && part.type === 'number'
                ? 'dimension'
                : part.type;
          byPath.set(partPath, {
            path: partPath,
            cssVar: `${token.cssVar}-${part.suffix}`,
            type: partType,
            value: value[part.field],
          });
        }
      }
    }
    const hidden = token.draft.hidden === true;
    const alias =
      typeof token.raw[token.modes[0] ?? ''] === 'string' && String(token.raw[token.modes[0] ?? '']).startsWith('{');
    if (token.type === 'color' && isPlainObject(value) && Array.isArray(value.components)) {
      const c = value as unknown as DtcgColor;
      const color: Color = { mode: 'rgb', r: c.components[0], g: c.components[1], b: c.components[2], alpha: c.alpha };
      colorCandidates.push({
        ref,
        color,
        lab: toLab(color),
        hidden,
        alias,
      });
    } else if (token.type === 'dimension' || token.type === 'number') {
      const dim =
        token.type === 'dimension'
          ? toDimension(value)
          : typeof value === 'number'
            ? { value, unit: 'px' as const }
            : undefined;
      const px = dim ? dimensionToPx(dim) : undefined;
      if (px !== undefined) dimensions.push({ ref, px, scopes: token.draft.scopes ?? [], hidden, alias, order });
    }
    const key = scalarKey(token.type, value);
    if (key !== undefined && !scalars.has(key)) scalars.set(key, ref);
  }

  // Visible, semantic (aliased) tokens first: a raw value that equals the theme's "bg" token should follow the theme.
  colorCandidates.sort((a, b) => Number(a.hidden) - Number(b.hidden) || Number(b.alias) - Number(a.alias));
  const exactColors = new Map<string, TokenRef>();
  for (const candidate of colorCandidates) {
    const key = colorKey(candidate.color);
    if (!exactColors.has(key)) exactColors.set(key, candidate.ref);
  }
  const nearestColor = nearestColorFinder(
    colorCandidates.map((candidate) => ({
      value: candidate.ref,
      lab: candidate.lab,
      alpha: candidate.color.alpha ?? 1,
    })),
  );
  const colorCache = new Map<string, TokenMatch>();

  const matchColor = (rgba: Rgba): TokenMatch => {
    const color: Color = { mode: 'rgb', r: rgba.r, g: rgba.g, b: rgba.b, alpha: rgba.a };
    const key = colorKey(color);
    const exact = exactColors.get(key);
    if (exact) return { kind: 'exact', token: exact };
    const cached = colorCache.get(key);
    if (cached) return cached;
    const nearest = nearestColor(toLab(color), rgba.a);
    const best = nearest && { token: nearest.value, distance: nearest.distance };
    const match: TokenMatch = !best
      ? { kind: 'raw' }
      : best.distance <= options.colorTolerance
        ? { kind: 'approximate', token: best.token, distance: round(best.distance), unit: 'deltaE2000' }
        : { kind: 'raw', nearest: { token: best.token, distance: round(best.distance), unit: 'deltaE2000' } };
    colorCache.set(key, match);
    return match;
  };

  const perUse = new Map<DimensionUse, { exact: Map<number, TokenRef>; sorted: Candidate[] }>();
  const tableFor = (use: DimensionUse) => {
    let table = perUse.get(use);
    if (table) return table;
    const scored = dimensions
      .map((candidate) => ({ candidate, fit: fit(candidate, use) }))
      .filter(({ fit: f }) => f > 0)
      .sort(
        (a, b) =>
          b.fit - a.fit ||
          Number(a.candidate.hidden) - Number(b.candidate.hidden) ||
          Number(b.candidate.alias) - Number(a.candidate.alias) ||
          a.candidate.order - b.candidate.order,
      );
    const exact = new Map<number, TokenRef>();
    for (const { candidate } of scored)
      if (!exact.has(round(candidate.px))) exact.set(round(candidate.px), candidate.ref);
    const sorted = [...new Map(scored.map(({ candidate }) => [candidate.px, candidate])).values()].sort(
      (a, b) => a.px - b.px,
    );
    table = { exact, sorted };
    perUse.set(use, table);
    return table;
  };

  const matchDimension = (px: number, use: DimensionUse = 'any'): TokenMatch => {
    const table = tableFor(use);
    const exact = table.exact.get(round(px));
    if (exact) return { kind: 'exact', token: exact };
    const nearest = nearestIn(table.sorted, px);
    if (!nearest) return { kind: 'raw' };
    const distance = round(Math.abs(nearest.px - px));
    return distance <= options.dimensionTolerance
      ? { kind: 'approximate', token: nearest.ref, distance, unit: 'px' }
      : { kind: 'raw', nearest: { token: nearest.ref, distance, unit: 'px' } };
  };

  const matchValue = (type: TokenType, value: string | number): TokenMatch => {
    if (type === 'dimension') {
      const dim = toDimension(value);
      const px = dim ? dimensionToPx(dim) : undefined;
      return px === undefined ? { kind: 'raw' } : matchDimension(px);
    }
    if (type === 'color') {
      const color = toColor(value);
      return color
        ? matchColor({ r: color.components[0], g: color.components[1], b: color.components[2], a: color.alpha })
        : { kind: 'raw' };
    }
    const key = scalarKey(type, value);
    const hit = key === undefined ? undefined : scalars.get(key);
    return hit ? { kind: 'exact', token: hit } : { kind: 'raw' };
  };

  return {
    tokens,
    modes: options.modes,
    byPath: (path) => byPath.get(path),
    byVariableId: (id) => byVariable.get(id),
    byStyleId: (id) => byStyle.get(id),
    matchColor,
    matchDimension,
    matchValue,
  };
}

function fit(candidate: Candidate, use: DimensionUse): number {
  if (use === 'any') return 1;
  const explicit = candidate.scopes.filter((scope) => scope !== 'ALL_SCOPES');
  if (explicit.length > 0) return explicit.some((scope) => USE_SCOPES[use].includes(scope)) ? 4 : 0;
  if (USE_NAMES[use].test(candidate.ref.path)) return 3;
  const other = (Object.keys(USE_NAMES) as DimensionUse[]).some(
    (u) => u !== 'any' && u !== use && USE_NAMES[u].test(candidate.ref.path),
  );
  if (other) return 0;
  return candidate.ref.type === 'dimension' ? 2 : 0;
}

function nearestIn(sorted: Candidate[], px: number): Candidate | undefined {
  let lo = 0;
  let hi = sorted.length - 1;
  if (hi < 0) return undefined;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((sorted[mid] as Candidate).px < px) lo = mid + 1;
    else hi = mid;
  }
  const after = sorted[lo] as Candidate;
  const before = sorted[lo - 1];
  return before && Math.abs(before.px - px) <= Math.abs(after.px - px) ? before : after;
}

function colorKey(color: Color): string {
  const c = color as { r: number; g: number; b: number; alpha?: number };
  const byte = (v: number) => Math.round(Math.min(1, Math.max(0, v)) * 255);
  return `${byte(c.r)},${byte(c.g)},${byte(c.b)},${byte(c.alpha ?? 1)}`;
}

function scalarKey(type: TokenType, value: unknown): string | undefined {
  switch (type) {
    case 'fontFamily': {
      const first = Array.isArray(value) ? value[0] : typeof value === 'string' ? value.split(',')[0] : undefined;
      return typeof first === 'string'
        ? `fontFamily\u0000${first
            .trim()
            .replace(/^['"]|['"]$/g, '')
            .toLowerCase()}`
        : undefined;
    }
    case 'fontWeight': {
      const weight = toFontWeight(value);
      return weight === undefined ? undefined : `fontWeight\u0000${weight}`;
    }
    case 'number':
      return typeof value === 'number' ? `number\u0000${round(value)}` : undefined;
    case 'duration': {
      const duration = toDuration(value);
      return duration ? `duration\u0000${duration.unit === 's' ? duration.value * 1000 : duration.value}` : undefined;
    }
    case 'string':
      return typeof value === 'string' ? `string\u0000${value}` : undefined;
    default:
      return undefined;
  }
}

const round = (value: number) => Math.round(value * 1000) / 1000;
