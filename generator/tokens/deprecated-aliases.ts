import type { DraftToken, TokenProblem } from './token-model.ts';
import { normalizedKey, splitAlias } from './token-names.ts';

/**
 * DTCG `$deprecated` aliases that keep an old spelling of a name ("constant-other-reference-link"
 * beside "constantOtherReferenceLink", "storage.modifier.import" beside "storageModifierImport"):
 * after name normalisation both get one CSS name, and the deprecated one is an alias of itself
 * there. It is left out with a warning and the live token keeps the name; references to it go to
 * the live token, which has the same value. Any other collision stays an error.
 */

/**
 * Two tokens whose names meet after normalisation: the one to leave out when one is `$deprecated`
 * and refers to the other ("constant-other-reference-link": "{…constantOtherReferenceLink}"), an
 * alias of itself under the shared name; undefined for any other collision (an error).
 */
export function deprecatedSelfAlias<
  T extends { deprecated?: boolean; path: string[]; values: Record<string, unknown> },
>(a: T, b: T, value: (token: T) => unknown): T | undefined {
  for (const [old, live] of [
    [a, b],
    [b, a],
  ] as const) {
    const ref = typeof value(old) === 'string' ? splitAlias(value(old) as string) : undefined;
    if (old.deprecated && !live.deprecated && ref && normalizedKey(ref) === normalizedKey(live.path)) return old;
  }
  return undefined;
}

/** A deprecated alias left out because its name is the name of the token it points to. */
export function deprecatedAliasWarning(dropped: DraftToken, live: DraftToken): TokenProblem {
  return {
    severity: 'warning',
    kind: 'deprecated-alias',
    message: `${dropped.path.join('.')} ($deprecated) refers to ${live.path.join('.')}, whose CSS name it shares; it was left out and ${live.path.join('.')} keeps the name (${dropped.source})`,
    path: dropped.path.join('.'),
    source: dropped.source,
  };
}
