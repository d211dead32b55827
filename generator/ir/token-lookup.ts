/**
 * Every style value goes through here: a bound variable or style gives its token exactly; a raw
 * value gives the exact-match token, else the nearest within tolerance (an approximation), else a
 * raw value, recorded as a finding for token lint.
 */
import type { DimensionUse, Rgba, TokenIndex, TokenMatch, TokenRef, TokenType } from '../tokens/token-index.ts';
import type { IrFinding, IrStats, StyleValue } from './types.ts';

const round = (n: number, digits = 2) => {
  const f = 10 ** digits;
  const r = Math.round(n * f) / f;
  return Object.is(r, -0) ? 0 : r;
};

export function px(n: number): string {
  const r = round(n);
  return r === 0 ? '0' : `${r}px`;
}

const hex2 = (n: number) =>
  Math.round(Math.min(1, Math.max(0, n)) * 255)
    .toString(16)
    .padStart(2, '0');

/** CSS text for a Figma colour: #rrggbb, or rgb(r g b / a) when translucent. */
export function cssColor(c: Rgba): string {
  if (c.a >= 0.999) return `#${hex2(c.r)}${hex2(c.g)}${hex2(c.b)}`;
  const ch = (n: number) => Math.round(Math.min(1, Math.max(0, n)) * 255);
  return `rgb(${ch(c.r)} ${ch(c.g)} ${ch(c.b)} / ${round(Math.max(0, c.a), 3)})`;
}

export class TokenLookup {
  readonly stats: Required<IrStats> = { nodes: 0, exact: 0, approximate: 0, raw: 0, unresolved: 0 };
  readonly findings: IrFinding[] = [];
  private readonly seen = new Set<string>();

  constructor(readonly index: TokenIndex) {}

  /** A token by bound variable id, when the index knows it. */
  variable(id: string | undefined): TokenRef | undefined {
    return id === undefined ? undefined : this.index.byVariableId(id);
  }

  /**
   * The token of a bound variable, or undefined after recording that the binding could not be
   * kept: the designer meant a token here, which is a different finding from a raw value.
   */
  private bound(variableId: string | undefined, css: string, nodeId: string): TokenRef | undefined {
    const token = this.variable(variableId);
    if (variableId !== undefined && !token) {
      this.stats.unresolved++;
      this.note({
        nodeId,
        kind: 'unresolved-variable',
        message: `bound variable ${variableId} is not in the token index; its value ${css} is matched instead`,
      });
    }
    return token;
  }

  style(id: string | undefined): TokenRef | undefined {
    return id === undefined ? undefined : this.index.byStyleId(id);
  }

  /** A token used exactly (bound variable or style). */
  exact(token: TokenRef): StyleValue {
    this.stats.exact++;
    return { kind: 'token', token };
  }

  color(color: Rgba, nodeId: string, variableId?: string): StyleValue {
    const bound = this.bound(variableId, cssColor(color), nodeId);
    if (bound && color.a >= 0.999) return this.exact(bound);
    return this.fromMatch(this.index.matchColor(color), cssColor(color), nodeId, 'colour');
  }

  dimension(value: number, use: DimensionUse, nodeId: string, variableId?: string): StyleValue {
    const bound = this.bound(variableId, px(value), nodeId);
    if (bound) return this.exact(bound);
    if (value === 0) return { kind: 'keyword', value: '0' };
    return this.fromMatch(this.index.matchDimension(value, use), px(value), nodeId, use);
  }

  /**
   * A dimension that is a token only when one equals it (or a variable is bound): an approximate
   * match would move the layer, so anything else stays raw, with the nearest token in its finding.
   */
  exactDimension(value: number, use: DimensionUse, nodeId: string, variableId?: string): StyleValue {
    const bound = this.bound(variableId, px(value), nodeId);
    if (bound) return this.exact(bound);
    if (value === 0) return { kind: 'keyword', value: '0' };
    const match = this.index.matchDimension(value, use);
    if (match.kind === 'approximate')
      return this.fromMatch(
        { kind: 'raw', nearest: { token: match.token, distance: match.distance, unit: match.unit } },
        px(value),
        nodeId,
        use,
      );
    return this.fromMatch(match, px(value), nodeId, use);
  }

  /** Scalars (font family, weight, opacity): exact lookup only. */
  scalar(type: TokenType, value: string | number, css: string, nodeId: string, variableId?: string): StyleValue {
    const bound = this.bound(variableId, css, nodeId);
    if (bound) return this.exact(bound);
    return this.fromMatch(this.index.matchValue(type, value), css, nodeId, type);
  }

  /** A value no token type covers (e.g. rotation), recorded raw. */
  raw(css: string, nodeId: string, what: string): StyleValue {
    return this.fromMatch({ kind: 'raw' }, css, nodeId, what);
  }

  unsupported(nodeId: string, message: string): void {
    this.note({ nodeId, kind: 'unsupported', message });
  }

  /** Visible in Figma's layer list, drawn with nothing: a finding, never silent. */
  invisible(nodeId: string, message: string): void {
    this.note({ nodeId, kind: 'invisible', message });
  }

  /** A drawn node the snapshot holds no asset for: cropped from a render, or left a placeholder. */
  assetFallback(nodeId: string, message: string): void {
    this.note({ nodeId, kind: 'asset-fallback', message });
  }

  private fromMatch(match: TokenMatch, css: string, nodeId: string, what: string): StyleValue {
    if (match.kind === 'exact') {
      this.stats.exact++;
      return { kind: 'token', token: match.token };
    }
    if (match.kind === 'approximate') {
      this.stats.approximate++;
      this.note({
        nodeId,
        kind: 'approximate',
        message: `${what} ${css} mapped to ${match.token.path} (${round(match.distance)} ${match.unit} away)`,
      });
      return { kind: 'token', token: match.token, approximate: { distance: match.distance, unit: match.unit } };
    }
    this.stats.raw++;
    const nearest = match.nearest
      ? ` (nearest token ${match.nearest.token.path}, ${round(match.nearest.distance)} ${match.nearest.unit} away)`
      : '';
    this.note({ nodeId, kind: 'raw-value', message: `${what} ${css} has no token${nearest}` });
    return { kind: 'raw', value: css, ...(match.nearest ? { nearest: match.nearest } : {}) };
  }

  private note(finding: IrFinding): void {
    const key = `${finding.nodeId}|${finding.kind}|${finding.message}`;
    if (this.seen.has(key)) return;
    this.seen.add(key);
    this.findings.push(finding);
  }
}
