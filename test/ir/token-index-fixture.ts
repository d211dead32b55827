/**
 * A tiny TokenIndex over plain data, so ir and generate tests do not depend on the tokens stage.
 * Colours match by hex exactly, or by a simple RGB distance within tolerance; dimensions within 1px.
 */
import type {
  DimensionUse,
  Rgba,
  TokenIndex,
  TokenMatch,
  TokenRef,
  TokenType,
} from '../../generator/tokens/token-index.ts';

export interface FixtureTokens {
  colors?: Record<string, string>;
  dimensions?: Record<string, number>;
  values?: Record<string, { type: TokenType; value: string | number }>;
  variables?: Record<string, string>;
  styles?: Record<string, string>;
}

const cssVar = (path: string) => `--${path.replace(/\./g, '-')}`;

function toHex(c: Rgba): string {
  const h = (n: number) =>
    Math.round(n * 255)
      .toString(16)
      .padStart(2, '0');
  return `#${h(c.r)}${h(c.g)}${h(c.b)}${c.a < 0.999 ? h(c.a) : ''}`;
}

function parseHex(hex: string): [number, number, number] {
  const n = hex.replace('#', '');
  return [0, 2, 4].map((i) => parseInt(n.slice(i, i + 2), 16)) as [number, number, number];
}

export function fixtureTokenIndex(data: FixtureTokens = {}): TokenIndex {
  const tokens: TokenRef[] = [];
  for (const [path, hex] of Object.entries(data.colors ?? {}))
    tokens.push({ path, cssVar: cssVar(path), type: 'color', value: { hex } });
  for (const [path, px] of Object.entries(data.dimensions ?? {}))
    tokens.push({ path, cssVar: cssVar(path), type: 'dimension', value: { value: px, unit: 'px' } });
  for (const [path, v] of Object.entries(data.values ?? {}))
    tokens.push({ path, cssVar: cssVar(path), type: v.type, value: v.value });
  const byPath = new Map(tokens.map((t) => [t.path, t]));
  const prefer = (use: DimensionUse | undefined) => (t: TokenRef) => (use && t.path.includes(use) ? 0 : 1);
  return {
    tokens,
    modes: ['default'],
    byPath: (path) => byPath.get(path),
    byVariableId: (id) => {
      const path = data.variables?.[id];
      return path === undefined ? undefined : byPath.get(path);
    },
    byStyleId: (id) => {
      const path = data.styles?.[id];
      return path === undefined ? undefined : byPath.get(path);
    },
    matchColor(color: Rgba): TokenMatch {
      const hex = toHex(color);
      const colors = tokens.filter((t) => t.type === 'color');
      const exact = colors.find((t) => (t.value as { hex: string }).hex === hex);
      if (exact) return { kind: 'exact', token: exact };
      if (color.a < 0.999) return { kind: 'raw' };
      const [r, g, b] = parseHex(hex);
      let best: { token: TokenRef; distance: number } | undefined;
      for (const t of colors) {
        const [r2, g2, b2] = parseHex((t.value as { hex: string }).hex);
        const distance = Math.hypot(r - r2, g - g2, b - b2) / 2;
        if (!best || distance < best.distance) best = { token: t, distance };
      }
      if (best && best.distance <= 2)
        return { kind: 'approximate', token: best.token, distance: best.distance, unit: 'deltaE2000' };
      return best ? { kind: 'raw', nearest: { ...best, unit: 'deltaE2000' } } : { kind: 'raw' };
    },
    matchDimension(px: number, use?: DimensionUse): TokenMatch {
      const family =
        use === 'spacing' || use === 'radius'
          ? use
          : use === 'fontSize' || use === 'lineHeight'
            ? 'font'
            : use === undefined || use === 'any'
              ? ''
              : 'size';
      const dims = tokens
        .filter((t) => t.type === 'dimension' && t.path.startsWith(family))
        .sort((a, b) => prefer(use)(a) - prefer(use)(b));
      const exact = dims.find((t) => (t.value as { value: number }).value === px);
      if (exact) return { kind: 'exact', token: exact };
      const near = dims.find((t) => Math.abs((t.value as { value: number }).value - px) <= 1);
      if (near)
        return {
          kind: 'approximate',
          token: near,
          distance: Math.abs((near.value as { value: number }).value - px),
          unit: 'px',
        };
      return { kind: 'raw' };
    },
    matchValue(type: TokenType, value: string | number): TokenMatch {
      const found = tokens.find((t) => t.type === type && t.value === value);
      return found ? { kind: 'exact', token: found } : { kind: 'raw' };
    },
  };
}
