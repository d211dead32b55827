import type { TokenType } from './token-index.ts';
import type { DraftCollection, ResolvedCollection, ResolvedToken, ResolvedTokens } from './token-model.ts';
import { applyColorModifier, evaluateExpression, isCssPassthrough } from './evaluate-expression.ts';
import { FIELD_TYPES } from './parse-composite.ts';
import { toCssValue } from './to-css-value.ts';
import { compatibleTypes } from './token-types.ts';
import { dotPath, normalizedKey, splitAlias } from './token-names.ts';
import { hexWithAlpha, isPlainObject, toColor, toFontWeight } from './token-values.ts';
import { validateTokens } from './validate-tokens.ts';

/**
 * Validates and resolves all draft tokens to their values per mode, leaving out tokens with errors
 * and reporting each as a problem naming its path and file.
 */

export type { ResolvedCollection, ResolvedToken, ResolvedTokens } from './token-model.ts';

/**
 * Validates and resolves all tokens: duplicate names after normalisation, missing references, alias
 * cycles, type mismatches and modes without a value become problems naming the token path and file;
 * tokens with errors are left out rather than given a wrong value.
 */
export function resolveTokens(collections: DraftCollection[]): ResolvedTokens {
  const { entries, byKey, failed, problems, problem } = validateTokens(collections);

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
    if (
      entry.type === 'typography' &&
      isPlainObject(value) &&
      value.fontStyle === undefined &&
      italicWeight(entry.raw[mode])
    )
      value = { ...value, fontStyle: 'italic' };
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
      problem(
        'warning',
        'broken-dependency',
        entry.draft,
        `aliases {${path}}, which was left out, so it is left out too`,
      );
    }
    return value;
  };

  const resolveValue = (
    entry: ResolvedToken,
    value: unknown,
    type: TokenType,
    mode: string,
    field: string | undefined,
  ): unknown => {
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
      const stops = value.map((stop) =>
        isPlainObject(stop) ? { ...stop, color: resolveValue(entry, stop.color, 'color', mode, 'color') } : stop,
      );
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

  const resolveExpression = (
    entry: ResolvedToken,
    text: string,
    type: TokenType,
    mode: string,
    field: string | undefined,
  ): unknown => {
    let ok = true;
    const substituted = text.replace(/\{([^{}]+)\}/g, (_match, path: string) => {
      const target = entries.get(path);
      const value = target
        ? resolve(target, target.modes.includes(mode) ? mode : (target.modes[0] ?? mode))
        : undefined;
      if (value === undefined || !target) {
        if (ok && target && failed.has(target.key))
          problem(
            'warning',
            'broken-dependency',
            entry.draft,
            `uses {${path}}, which was left out, so it is left out too`,
          );
        ok = false;
        return '';
      }
      // A colour with alpha as #rrggbbaa: valid CSS, and what rgba({ref}, 0.5) can take (rgba(rgba(...)) is not).
      const color = target.type === 'color' && !isCssPassthrough(value) ? toColor(value) : undefined;
      if (color && color.alpha < 1) return hexWithAlpha(color);
      return toCssValue(value, target.type).replace(/^"|"$/g, '');
    });
    if (!ok) return undefined;
    return evaluateExpression(substituted, type, field, entry.draft.bareUnit);
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
      const value = target
        ? resolve(target, target.modes.includes(mode) ? mode : (target.modes[0] ?? mode))
        : undefined;
      return value === undefined || !target ? match : toCssValue(value, target.type).replace(/^"|"$/g, '');
    });
  const normalizedPathOf = (path: string) => {
    const hit = byKey.get(normalizedKey(path.split('.')));
    return hit ? dotPath(hit.token.path) : path;
  };

  for (const entry of entries.values()) for (const mode of entry.modes) resolve(entry, mode);

  const ok = [...entries.values()].filter((entry) => !failed.has(entry.key));
  const byPath = new Map(ok.map((entry) => [entry.path, entry]));
  // A reference to a token that is not output (a Tokens Studio source set) cannot be a var(): write the value.
  for (const entry of ok)
    if (entry.refs.some((ref) => byPath.get(ref)?.draft.sourceOnly === true)) entry.literal = true;
  const output = (entry: ResolvedToken) => entry.draft.sourceOnly !== true;
  const resolvedCollections: ResolvedCollection[] = collections.map((collection) => ({
    name: collection.name,
    modes: collection.modes,
    source: collection.source,
    tokens: collection.tokens.flatMap((token) => {
      const entry = byPath.get(dotPath(token.path));
      return entry && entry.draft === token && output(entry) ? [entry] : [];
    }),
    ...(collection.themeModes ? { themeModes: collection.themeModes } : {}),
  }));
  return {
    collections: resolvedCollections.filter((c) => c.tokens.length > 0),
    tokens: ok.filter(output),
    byPath,
    problems,
  };
}
