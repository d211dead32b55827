import type { DraftCollection, DraftToken, ResolvedToken, TokenProblem } from './token-model.ts';
import { cssVarFromCodeSyntax, cssVarName, dotPath, normalizedKey } from './token-names.ts';
import { isPlainObject } from './token-values.ts';
import { deprecatedAliasWarning, deprecatedSelfAlias } from './deprecated-aliases.ts';

/**
 * The token checks that need no resolution (duplicate names, missing modes, unknown references),
 * rewriting aliases to canonical paths.
 */

export interface ValidatedTokens {
  /** Every token that survived step 1, by canonical dot path (values not resolved yet). */
  entries: Map<string, ResolvedToken>;
  /** Normalised name -> the token that owns it. */
  byKey: Map<string, { token: DraftToken; modes: string[] }>;
  /** Normalised names of tokens with errors: left out of every output. */
  failed: Set<string>;
  problems: TokenProblem[];
  problem: (severity: TokenProblem['severity'], kind: string, token: DraftToken, message: string) => void;
}

/**
 * The checks that need no resolution: duplicate names after normalisation, modes without a value,
 * references to tokens that do not exist. Aliases are rewritten to their target's canonical path.
 */
export function validateTokens(collections: DraftCollection[]): ValidatedTokens {
  const problems: TokenProblem[] = [];
  const problem = (severity: TokenProblem['severity'], kind: string, token: DraftToken, message: string) =>
    problems.push({
      severity,
      kind,
      message: `${dotPath(token.path)} (${token.source}): ${message}`,
      path: dotPath(token.path),
      source: token.source,
    });

  // 1. One token per normalised name; Tokens Studio sets override earlier sets, anything else is a clash.
  const byKey = new Map<string, { token: DraftToken; modes: string[] }>();
  for (const collection of collections) {
    for (const token of collection.tokens) {
      const key = normalizedKey(token.path);
      const existing = byKey.get(key);
      if (existing) {
        if (existing.token.origin === 'tokens-studio' && token.origin === 'tokens-studio') {
          problem(
            'warning',
            'override',
            token,
            `overrides ${dotPath(existing.token.path)} from ${existing.token.source}`,
          );
        } else if (token.origin === 'figma-styles' || token.origin === 'figma-bound') {
          problem(
            'warning',
            'shadowed-style',
            token,
            `has the same name as ${dotPath(existing.token.path)} (${existing.token.source}); the style was skipped`,
          );
          continue;
        } else {
          problem(
            'error',
            'duplicate',
            token,
            `has the same name after normalisation as ${dotPath(existing.token.path)} (${existing.token.source})`,
          );
          continue;
        }
      }
      byKey.set(key, { token, modes: collection.modes });
    }
  }

  // 1b. A $deprecated alias with the CSS name of the token it points to: left out, references to it go to that token.
  const redirect = new Map<string, string>();
  const byCss = new Map<string, string>();
  for (const [key, { token }] of byKey) {
    const css = cssVarFromCodeSyntax(token.codeSyntax?.WEB) ?? cssVarName(token.path);
    const otherKey = byCss.get(css);
    const other = otherKey === undefined ? undefined : byKey.get(otherKey)?.token;
    const dropped = other && deprecatedSelfAlias(other, token, (t) => Object.values(t.values)[0]);
    if (!other || !dropped) {
      if (otherKey === undefined) byCss.set(css, key);
      continue;
    }
    const live = dropped === token ? other : token;
    problems.push(deprecatedAliasWarning(dropped, live));
    redirect.set(normalizedKey(dropped.path), normalizedKey(live.path));
    byCss.set(css, normalizedKey(live.path));
  }
  for (const key of redirect.keys()) byKey.delete(key);

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
    problem(
      'warning',
      'missing-mode',
      token,
      `has no value for mode(s) ${missing.map((m) => `"${m}"`).join(', ')}; using "${fallbackMode}"`,
    );
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
        const key = normalizedKey(path);
        const target = byKey.get(redirect.get(key) ?? key);
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
        problem(
          'warning',
          'missing-ref-mode',
          token,
          `mode "${mode}" references ${list}, which does not exist; that mode uses the "${modes[0]}" value`,
        );
        fallback.push(mode);
      } else if (missing.every((m) => m.startsWith('VariableID:'))) {
        problem(
          'warning',
          'library-ref',
          token,
          `aliases ${list}, a library variable the variables response does not contain; the token was left out`,
        );
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
    entries.set(dotPath(token.path), {
      draft: token,
      path: dotPath(token.path),
      key,
      cssVar,
      type: token.type,
      modes,
      raw,
      resolved: {},
      refs: [...refs],
      literal: token.computed === true,
    });
  }

  return { entries, byKey, failed, problems, problem };
}

/** Applies `map` to every "{ref}" in a value (alias, composite field or expression). */
export function mapReferences(value: unknown, map: (path: string[]) => string | undefined): unknown {
  if (typeof value === 'string') {
    if (!value.includes('{')) return value;
    return value.replace(/\{([^{}]+)\}/g, (match, path: string) => {
      const mapped = map(path.split('.'));
      return mapped === undefined ? match : `{${mapped}}`;
    });
  }
  if (Array.isArray(value)) return value.map((item) => mapReferences(item, map));
  if (isPlainObject(value))
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, mapReferences(v, map)]));
  return value;
}
