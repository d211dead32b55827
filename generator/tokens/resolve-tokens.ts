import type { TokenType } from './token-index.ts';
import type { DraftCollection, DraftToken, TokenProblem } from './token-model.ts';
import { applyColorModifier, evaluateExpression, isCssPassthrough } from './evaluate-expression.ts';
import { FIELD_TYPES } from './parse-composite.ts';
import { toCssValue } from './to-css-value.ts';
import { compatibleTypes } from './token-types.ts';
import { cssVarFromCodeSyntax, cssVarName, dotPath, normalizedKey, splitAlias } from './token-names.ts';
import { isPlainObject, toColor, toFontWeight } from './token-values.ts';

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
}

export interface ResolvedCollection {
  name: string;
  modes: string[];
  source: string;
  tokens: ResolvedToken[];
}

export interface ResolvedTokens {
  collections: ResolvedCollection[];
  tokens: ResolvedToken[];
  byPath: Map<string, ResolvedToken>;
  problems: TokenProblem[];
}

/**
 * Validates and resolves all tokens: duplicate names after normalisation, missing references, alias
 * cycles, type mismatches and modes without a value become problems naming the token path and file;
 * tokens with errors are left out rather than given a wrong value.
 */
export function resolveTokens(collections: DraftCollection[]): ResolvedTokens {
  const problems: TokenProblem[] = [];
  const problem = (severity: TokenProblem['severity'], kind: string, token: DraftToken, message: string) =>
    problems.push({ severity, kind, message: `${dotPath(token.path)} (${token.source}): ${message}`, path: dotPath(token.path), source: token.source });

  // 1. One token per normalised name; Tokens Studio sets override earlier sets, anything else is a clash.
  const byKey = new Map<string, { token: DraftToken; modes: string[] }>();
  for (const collection of collections) {
    for (const token of collection.tokens) {
      const key = normalizedKey(token.path);
      const existing = byKey.get(key);
      if (existing) {
        if (existing.token.origin === 'tokens-studio' && token.origin === 'tokens-studio') {
          problem('warning', 'override', token, `overrides ${dotPath(existing.token.path)} from ${existing.token.source}`);
        } else if (token.origin === 'figma-styles' || token.origin === 'figma-bound') {
          problem('warning', 'shadowed-style', token, `has the same name as ${dotPath(existing.token.path)} (${existing.token.source}); the style was skipped`);
          continue;
        } else {
          problem('error', 'duplicate', token, `has the same name after normalisation as ${dotPath(existing.token.path)} (${existing.token.source})`);
          continue;
        }
      }
      byKey.set(key, { token, modes: collection.modes });
    }
  }

  // 2. Fill modes without a value from the default mode, loudly.
  for (const { token, modes } of byKey.values()) {
    const missing = modes.filter((mode) => token.values[mode] === undefined);
    if (missing.length === 0) continue;
    const fallbackMode = modes.find((mode) => token.values[mode] !== undefined);
    if (fallbackMode === undefined) {
      problem('error', 'no-value', token, 'has no value in any mode');
      byKey.delete(normalizedKey(token.path));
      continue;
    }
    problem('warning', 'missing-mode', token, `has no value for mode(s) ${missing.map((m) => `"${m}"`).join(', ')}; using "${fallbackMode}"`);
    for (const mode of missing) token.values[mode] = token.values[fallbackMode];
  }

  // 3. Rewrite references to canonical paths; report the ones that point nowhere.
  const entries = new Map<string, ResolvedToken>();
  const cssOwners = new Map<string, string>();
  const failed = new Set<string>();
  for (const [key, { token, modes }] of byKey) {
    const refs = new Set<string>();
    let broken = false;
    const raw: Record<string, unknown> = {};
    const fallback: string[] = [];
    for (const mode of modes) {
      const missing: string[] = [];
      raw[mode] = mapReferences(token.values[mode], (path) => {
        const target = byKey.get(normalizedKey(path));
        if (!target) {
          missing.push(path.join('.'));
          return undefined;
        }
        refs.add(dotPath(target.token.path));
        return dotPath(target.token.path);
      });
      if (missing.length === 0) continue;
      const list = missing.map((m) => `{${m}}`).join(', ');
      if (mode !== modes[0]) {
        // A broken alias in one mode degrades that mode to the default value, loudly, instead of failing the build.
        problem('warning', 'missing-ref-mode', token, `mode "${mode}" references ${list}, which does not exist; that mode uses the "${modes[0]}" value`);
        fallback.push(mode);
      } else if (missing.every((m) => m.startsWith('VariableID:'))) {
        problem('warning', 'library-ref', token, `aliases ${list}, a library variable the variables response does not contain; the token was left out`);
        broken = true;
      } else {
        problem('error', 'missing-ref', token, `references ${list}, which does not exist`);
        broken = true;
      }
    }
    for (const mode of fallback) raw[mode] = raw[modes[0] ?? ''];
    const cssVar = cssVarFromCodeSyntax(token.codeSyntax?.WEB) ?? cssVarName(token.path);
    const owner = cssOwners.get(cssVar);
    if (owner !== undefined) {
      problem('error', 'duplicate', token, `gets the CSS variable ${cssVar}, which ${owner} already has`);
      broken = true;
    } else cssOwners.set(cssVar, dotPath(token.path));
    if (broken) failed.add(key);
    entries.set(dotPath(token.path), { draft: token, path: dotPath(token.path), key, cssVar, type: token.type, modes, raw, resolved: {}, refs: [...refs] });
  }

  // 4. Resolve every mode, depth first, detecting cycles and type mismatches on the way.
  const state = new Map<string, 'visiting' | 'done' | 'failed'>();
  const stack: string[] = [];
  const resolve = (entry: ResolvedToken, mode: string): unknown => {
    const id = `${entry.path}\u0000${mode}`;
    const seen = state.get(id);
    if (seen === 'done') return entry.resolved[mode];
    if (seen === 'failed' || failed.has(entry.key)) return undefined;
    if (seen === 'visiting') {
      const cycle = [...stack.slice(stack.indexOf(entry.path)), entry.path];
      problem('error', 'cycle', entry.draft, `alias cycle: ${cycle.join(' -> ')}`);
      for (const path of cycle) failed.add(entries.get(path)?.key ?? '');
      return undefined;
    }
    state.set(id, 'visiting');
    stack.push(entry.path);
    let value = resolveValue(entry, entry.raw[mode], entry.type, mode, undefined);
    if (entry.type === 'typography' && isPlainObject(value) && value.fontStyle === undefined && italicWeight(entry.raw[mode])) value = { ...value, fontStyle: 'italic' };
    if (value !== undefined && entry.type === 'color' && entry.draft.modify) value = modifyColor(entry, value, mode);
    stack.pop();
    if (value === undefined || failed.has(entry.key)) {
      state.set(id, 'failed');
      failed.add(entry.key);
      return undefined;
    }
    entry.resolved[mode] = value;
    state.set(id, 'done');
    return value;
  };

  const resolveRef = (entry: ResolvedToken, path: string, expected: TokenType, mode: string): unknown => {
    const target = entries.get(path);
    if (!target) return undefined;
    if (!compatibleTypes(expected, target.type)) {
      problem('error', 'type-mismatch', entry.draft, `expects a ${expected} but {${path}} is a ${target.type}`);
      failed.add(entry.key);
      return undefined;
    }
    let value = resolve(target, target.modes.includes(mode) ? mode : (target.modes[0] ?? mode));
    if (expected === 'fontWeight' && target.type === 'string') value = toFontWeight(value) ?? value;
    if (value === undefined && failed.has(target.key) && !failed.has(entry.key)) {
      problem('warning', 'broken-dependency', entry.draft, `aliases {${path}}, which was left out, so it is left out too`);
    }
    return value;
  };

  const resolveValue = (entry: ResolvedToken, value: unknown, type: TokenType, mode: string, field: string | undefined): unknown => {
    if (typeof value === 'string') {
      const alias = splitAlias(value);
      if (alias) return resolveRef(entry, alias.join('.'), type, mode);
      if (entry.draft.computed || value.includes('{')) return resolveExpression(entry, value, type, mode, field);
      return value;
    }
    if (type === 'shadow' && Array.isArray(value)) {
      const layers = value.map((layer) => resolveValue(entry, layer, 'shadow', mode, undefined));
      return layers.some((layer) => layer === undefined) ? undefined : layers;
    }
    if (type === 'gradient' && Array.isArray(value)) {
      const stops = value.map((stop) => (isPlainObject(stop) ? { ...stop, color: resolveValue(entry, stop.color, 'color', mode, 'color') } : stop));
      return stops.some((stop) => isPlainObject(stop) && stop.color === undefined) ? undefined : stops;
    }
    const fields = FIELD_TYPES[type];
    if (fields && isPlainObject(value) && !isCssPassthrough(value)) {
      const out: Record<string, unknown> = {};
      for (const [name, part] of Object.entries(value)) {
        const resolved = resolveValue(entry, part, fields[name] ?? 'string', mode, name);
        if (resolved === undefined) return undefined;
        out[name] = resolved;
      }
      return out;
    }
    return value;
  };

  const resolveExpression = (entry: ResolvedToken, text: string, type: TokenType, mode: string, field: string | undefined): unknown => {
    let ok = true;
    const substituted = text.replace(/\{([^{}]+)\}/g, (_match, path: string) => {
      const target = entries.get(path);
      const value = target ? resolve(target, target.modes.includes(mode) ? mode : (target.modes[0] ?? mode)) : undefined;
      if (value === undefined || !target) {
        if (ok && target && failed.has(target.key)) problem('warning', 'broken-dependency', entry.draft, `uses {${path}}, which was left out, so it is left out too`);
        ok = false;
        return '';
      }
      return toCssValue(value, target.type).replace(/^"|"$/g, '');
    });
    if (!ok) return undefined;
    return evaluateExpression(substituted, type, field);
  };

  /** Is the typography's fontWeight an alias (chain) to a weight written with "Italic"? */
  const italicWeight = (raw: unknown): boolean => {
    let weight = isPlainObject(raw) ? raw.fontWeight : undefined;
    for (let depth = 0; depth < 20 && typeof weight === 'string'; depth++) {
      const alias = splitAlias(weight);
      const target = alias ? entries.get(alias.join('.')) : undefined;
      if (!target) return false;
      if (target.draft.italic) return true;
      weight = target.raw[target.modes[0] ?? ''];
    }
    return false;
  };

  const modifyColor = (entry: ResolvedToken, base: unknown, mode: string): unknown => {
    const modifier: Record<string, unknown> = {};
    let modify = entry.draft.modify;
    if (typeof modify === 'string') {
      const target = entries.get(normalizedPathOf(splitAlias(modify)?.join('.') ?? ''));
      const value = target?.raw[target.modes[0] ?? ''];
      if (!isPlainObject(value)) {
        problem('error', 'missing-ref', entry.draft, `colour modifier ${modify} is not a modifier token`);
        return undefined;
      }
      modify = value;
    }
    for (const [name, part] of Object.entries(modify ?? {})) {
      modifier[name] = typeof part === 'string' && part.includes('{') ? resolveExpressionText(part, mode) : part;
    }
    const css = isCssPassthrough(base) ? base.css : toCssValue(base, 'color');
    const modified = applyColorModifier(css, modifier);
    return modified === undefined ? base : (toColor(modified) ?? { css: modified });
  };

  const resolveExpressionText = (text: string, mode: string): string =>
    text.replace(/\{([^{}]+)\}/g, (match, path: string) => {
      const target = entries.get(normalizedPathOf(path));
      const value = target ? resolve(target, target.modes.includes(mode) ? mode : (target.modes[0] ?? mode)) : undefined;
      return value === undefined || !target ? match : toCssValue(value, target.type).replace(/^"|"$/g, '');
    });
  const normalizedPathOf = (path: string) => {
    const hit = byKey.get(normalizedKey(path.split('.')));
    return hit ? dotPath(hit.token.path) : path;
  };

  for (const entry of entries.values()) for (const mode of entry.modes) resolve(entry, mode);

  const ok = [...entries.values()].filter((entry) => !failed.has(entry.key));
  const byPath = new Map(ok.map((entry) => [entry.path, entry]));
  const resolvedCollections: ResolvedCollection[] = collections.map((collection) => ({
    name: collection.name,
    modes: collection.modes,
    source: collection.source,
    tokens: collection.tokens.flatMap((token) => {
      const entry = byPath.get(dotPath(token.path));
      return entry && entry.draft === token ? [entry] : [];
    }),
  }));
  return { collections: resolvedCollections.filter((c) => c.tokens.length > 0), tokens: ok, byPath, problems };
}


/** Applies `map` to every "{ref}" in a value (alias, composite field or expression). */
function mapReferences(value: unknown, map: (path: string[]) => string | undefined): unknown {
  if (typeof value === 'string') {
    if (!value.includes('{')) return value;
    return value.replace(/\{([^{}]+)\}/g, (match, path: string) => {
      const mapped = map(path.split('.'));
      return mapped === undefined ? match : `{${mapped}}`;
    });
  }
  if (Array.isArray(value)) return value.map((item) => mapReferences(item, map));
  if (isPlainObject(value)) return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, mapReferences(v, map)]));
  return value;
}

