import type { ThemedSource, ThemeDimensionInput, ThemeLayer, SetUse } from './collect-themed-tokens.ts';
import type { TokenProblem } from './token-model.ts';

/**
 * `tokens.themes.sets` -> a themed source, for token sets that carry their mode in their name and
 * no `$themes` says so (NL Design System's "color-scheme-dark/common" beside "common", or a
 * palette file per theme). Per dimension and mode the config lists the sets only that mode uses;
 * every set no mode names is in every mode. Sets keep their order, so a mode's own sets override
 * the shared ones they follow.
 */

/** Per theme dimension, per mode: name patterns of the sets only that mode uses. */
export type ConfiguredSets = Record<string, Record<string, string[]>>;

/** One token set a configured pattern can name: a Tokens Studio set, or a token file. */
export interface SetCandidate {
  /** What patterns match: the set name, or the file path without extension. */
  name: string;
  /** The output collection its tokens go to. */
  collection: string;
  source: string;
  doc: unknown;
  origin?: ThemeLayer['origin'];
}

/** A set-name pattern as a regular expression: `*` within a segment, `**` across segments, else literal. */
export function setPattern(pattern: string): RegExp {
  let out = '';
  for (let i = 0; i < pattern.length; i++) {
    const char = pattern[i] as string;
    if (pattern.startsWith('**/', i)) {
      out += '(?:.*/)?';
      i += 2;
    } else if (pattern.startsWith('**', i)) {
      out += '.*';
      i += 1;
    } else if (char === '*') out += '[^/]*';
    else out += char.replace(/[.+?^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${out}$`);
}

/** Does any configured pattern name one of these sets? (Otherwise the sources are read as they are.) */
export function configuredSetsApply(config: ConfiguredSets, candidates: SetCandidate[]): boolean {
  const patterns = Object.values(config).flatMap((modes) => Object.values(modes).flat().map(setPattern));
  return candidates.some((set) => patterns.some((pattern) => pattern.test(set.name)));
}

export function readConfiguredSets(
  label: string,
  config: ConfiguredSets,
  candidates: SetCandidate[],
): { source: ThemedSource; problems: TokenProblem[] } {
  const problems: TokenProblem[] = [];
  const layers: ThemeLayer[] = candidates.map((set) => ({
    name: set.name,
    collection: set.collection,
    source: set.source,
    doc: set.doc,
    ...(set.origin ? { origin: set.origin } : {}),
  }));
  const own = new Map<string, string[]>();
  const claimed = new Set<string>();
  for (const [dimension, modes] of Object.entries(config))
    for (const [mode, patterns] of Object.entries(modes)) {
      const names = new Set<string>();
      for (const pattern of patterns) {
        const regex = setPattern(pattern);
        const matched = layers.filter((layer) => regex.test(layer.name)).map((layer) => layer.name);
        if (matched.length === 0)
          problems.push({
            severity: 'warning',
            kind: 'theme-missing-set',
            message: `tokens.themes.sets: "${pattern}" (mode "${mode}" of ${dimension}) names no token set of ${label}`,
            source: label,
          });
        for (const name of matched) names.add(name);
      }
      own.set(`${dimension}\u0000${mode}`, [...names]);
      for (const name of names) claimed.add(name);
    }
  const shared = layers.filter((layer) => !claimed.has(layer.name)).map((layer) => layer.name);
  const dimensions: ThemeDimensionInput[] = Object.entries(config).map(([dimension, modes]) => ({
    name: dimension,
    modes: Object.keys(modes).map((mode) => {
      const mine = own.get(`${dimension}\u0000${mode}`) ?? [];
      return { name: mode, sets: new Map<string, SetUse>(mine.map((name) => [name, 'enabled'])) };
    }),
  }));
  const base = new Map<string, SetUse>(shared.map((name) => [name, 'enabled']));
  return { source: { label, layers, base, dimensions }, problems };
}
