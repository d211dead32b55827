import type { DraftCollection, DraftToken, ModeDimension, ThemeMode, TokenProblem } from './token-model.ts';
import { DEFAULT_MODE, parseTokenDocument, type ParseDocumentOptions } from './parse-token-document.ts';
import { deprecatedAliasWarning, deprecatedSelfAlias } from './deprecated-aliases.ts';
import { normalizedKey, referencesIn, slug } from './token-names.ts';

/**
 * Themed token sets (Tokens Studio `$themes`, DTCG resolver modifiers) -> draft collections with
 * one mode per theme. Each theme group (modifier) is a mode dimension; its default mode is `:root`.
 * Every mode is resolved in its own combination of sets: the mode of its dimension with every other
 * dimension at its default, so aliases that only resolve inside a theme resolve there.
 *
 * A token that differs along two or more dimensions (it is in the block of `dark` and of `large`)
 * would get whichever of the two blocks comes last in the CSS when both attributes are set. Such
 * tokens also get a value for every combination of those dimensions' modes; where that value is
 * not the one the cascade already gives, planBlocks writes it under the combined selector
 * (`[data-color-scheme="dark"][data-size="large"]`), more specific than either single block.
 */

/** How a theme uses a set: `enabled` sets are output, `source` sets only resolve aliases. */
export type SetUse = 'enabled' | 'source';

/** One token document in precedence order (later layers win). */
export interface ThemeLayer {
  /** The set name themes select it by ("core/color", or "sets/core#0" for a resolver). */
  name: string;
  /** The output collection its tokens go to. */
  collection: string;
  source: string;
  doc: unknown;
  origin?: 'dtcg' | 'tokens-studio';
}

export interface ThemeDimensionInput {
  name: string;
  modes: { name: string; sets: Map<string, SetUse> }[];
  /** The default the document itself declares (a resolver modifier's `default`). */
  defaultMode?: string;
}

/** A themed source: its layers in precedence order, the sets every theme uses, the dimensions. */
export interface ThemedSource {
  label: string;
  layers: ThemeLayer[];
  base: Map<string, SetUse>;
  dimensions: ThemeDimensionInput[];
}

/** `tokens.themes` in design-sync.config.json: per dimension (group or modifier name) the attribute and default. */
export interface ThemeOptions {
  attributes: Record<string, string>;
  defaults: Record<string, string>;
  /** Per dimension and mode, the sets only that mode uses, for sources without themes (read-configured-sets.ts). */
  sets?: Record<string, Record<string, string[]>>;
}

export interface ThemedTokens {
  collections: DraftCollection[];
  /** The files the used layers came from. */
  files: string[];
  problems: TokenProblem[];
  dimensions: ModeDimension[];
  /** Tokens read per file, output or not (a file of only overridden tokens is not empty). */
  tokensPerFile: Map<string, number>;
}

/** More combination blocks than this is a cartesian product nobody reads; the rest are left out, loudly. */
const MAX_COMBINATIONS = 64;

/** The attribute a dimension's modes are selected by when the config names none: `data-<slug of the name>`. */
export function dimensionAttribute(name: string, options: ThemeOptions): string {
  return configured(options.attributes, name) ?? `data-${slug(name)}`;
}

function configured(map: Record<string, string>, name: string): string | undefined {
  return map[name] ?? Object.entries(map).find(([key]) => slug(key) === slug(name))?.[1];
}

interface Parsed {
  layer: ThemeLayer;
  index: number;
  tokens: Map<string, DraftToken>;
}

type Selection = ReadonlyMap<string, string>;

interface Entry {
  token: DraftToken;
  use: SetUse;
  value: unknown;
}

export function collectThemedTokens(
  input: ThemedSource,
  options: ThemeOptions,
  parse: ParseDocumentOptions = {},
): ThemedTokens {
  const problems: TokenProblem[] = [];
  const dimensions: ModeDimension[] = [];
  for (const dimension of input.dimensions) {
    const names = dimension.modes.map((mode) => mode.name);
    const wanted = configured(options.defaults, dimension.name);
    if (wanted !== undefined && !names.some((name) => name === wanted || slug(name) === slug(wanted)))
      problems.push({
        severity: 'error',
        kind: 'bad-theme-default',
        message: `tokens.themes.defaults names "${wanted}" for ${dimension.name} in ${input.label}, which has only ${names.map((n) => `"${n}"`).join(', ')}`,
        source: input.label,
      });
    const chosen = names.find((name) => wanted !== undefined && (name === wanted || slug(name) === slug(wanted)));
    const defaultMode = chosen ?? (names.includes(dimension.defaultMode ?? '') ? dimension.defaultMode : names[0]);
    if (defaultMode === undefined) continue;
    dimensions.push({
      name: dimension.name,
      attribute: dimensionAttribute(dimension.name, options),
      modes: names,
      defaultMode,
    });
  }
  const setsOf = new Map<string, Map<string, SetUse>>();
  for (const dimension of input.dimensions)
    for (const mode of dimension.modes) setsOf.set(`${dimension.name}\u0000${mode.name}`, mode.sets);

  const parsed = new Map<string, Parsed>();
  const tokensPerFile = new Map<string, number>();
  for (const [index, layer] of input.layers.entries()) {
    const doc = parseTokenDocument(layer.doc, layer.source, layer.collection, parse);
    problems.push(...doc.problems);
    const tokens = new Map<string, DraftToken>();
    for (const group of doc.groups)
      for (const token of group.tokens) {
        if (layer.origin) token.origin = layer.origin;
        const key = normalizedKey(token.path);
        const existing = tokens.get(key);
        const dropped = existing && deprecatedSelfAlias(existing, token, (t) => t.values[DEFAULT_MODE]);
        if (existing && dropped) {
          const live = dropped === token ? existing : token;
          problems.push(deprecatedAliasWarning(dropped, live));
          tokens.set(key, live);
          continue;
        }
        if (existing) {
          // Two names of one set meet in one CSS name ("constant-other-reference-link", "constantOtherReferenceLink").
          problems.push({
            severity: 'error',
            kind: 'duplicate',
            message: `${token.path.join('.')} is defined twice in ${token.source} (names equal after normalisation: ${existing.path.join('.')})`,
            path: token.path.join('.'),
            source: token.source,
          });
          continue;
        }
        tokens.set(key, token);
      }
    parsed.set(layer.name, { layer, index, tokens });
    tokensPerFile.set(layer.source, (tokensPerFile.get(layer.source) ?? 0) + tokens.size);
  }

  /** The layers a selection uses, in precedence order, each with how it is used. */
  const activeLayers = (selection: Selection): { parsed: Parsed; use: SetUse }[] => {
    const uses = new Map<string, SetUse>(input.base);
    for (const [dimension, mode] of selection)
      for (const [name, use] of setsOf.get(`${dimension}\u0000${mode}`) ?? [])
        if (uses.get(name) !== 'enabled') uses.set(name, use);
    return [...uses.entries()]
      .flatMap(([name, use]) => {
        const layer = parsed.get(name);
        return layer ? [{ parsed: layer, use }] : [];
      })
      .sort((a, b) => a.parsed.index - b.parsed.index);
  };
  /** A token's value in a selection: a mode's own value (tokens.themes.modeExtensions) where it has one, else $value. */
  const valueIn = (token: DraftToken, selection: Selection): unknown => {
    if (token.modeValues)
      for (const mode of selection.values()) if (mode in token.modeValues) return token.modeValues[mode];
    return token.values[DEFAULT_MODE];
  };
  /** Per token key: the token of the last active layer that has it, and its value in the selection. */
  const merge = (selection: Selection): Map<string, Entry> => {
    const out = new Map<string, Entry>();
    for (const { parsed: layer, use } of activeLayers(selection))
      for (const [key, token] of layer.tokens) out.set(key, { token, use, value: valueIn(token, selection) });
    return out;
  };

  const defaults: Selection = new Map(dimensions.map((d) => [d.name, d.defaultMode]));
  const allModes = dimensions.flatMap((d) => d.modes.filter((m) => m !== d.defaultMode));
  const rootKey = dimensions.length === 1 ? (dimensions[0]?.defaultMode ?? 'default') : 'default';
  const keyOf = (dimension: ModeDimension, mode: string) =>
    allModes.filter((m) => m === mode).length === 1 && mode !== rootKey ? mode : `${dimension.name}/${mode}`;

  const selections = new Map<string, Selection>([[rootKey, defaults]]);
  const themeModes: Record<string, ThemeMode> = {};
  const singles: { key: string; dimension: ModeDimension }[] = [];
  for (const dimension of dimensions)
    for (const mode of dimension.modes) {
      if (mode === dimension.defaultMode) continue;
      const key = keyOf(dimension, mode);
      selections.set(key, new Map([...defaults, [dimension.name, mode]]));
      themeModes[key] = {
        parts: [{ dimension: dimension.name, attribute: dimension.attribute, mode }],
        selector: attributeSelector(dimension.attribute, mode),
      };
      singles.push({ key, dimension });
    }
  const merged = new Map([...selections].map(([key, selection]) => [key, merge(selection)]));

  // Which dimensions each token depends on: its own value differs in a mode, or a token it refers to does.
  const root = merged.get(rootKey) ?? new Map();
  const keys = new Set<string>();
  for (const tokens of merged.values()) for (const key of tokens.keys()) keys.add(key);
  const depends = new Map<string, Set<string>>();
  for (const { key: modeKey, dimension } of singles) {
    for (const [key, entry] of merged.get(modeKey) ?? []) {
      if (JSON.stringify(entry.value) === JSON.stringify(root.get(key)?.value)) continue;
      const set = depends.get(key) ?? new Set<string>();
      set.add(dimension.name);
      depends.set(key, set);
    }
  }
  const refsOf = new Map<string, string[]>();
  for (const key of keys) {
    const refs = new Set<string>();
    for (const tokens of merged.values()) {
      const value = tokens.get(key)?.value;
      if (value !== undefined) for (const ref of referencesIn(JSON.stringify(value))) refs.add(normalizedKey(ref));
    }
    refsOf.set(key, [...refs]);
  }
  for (let changed = true; changed;) {
    changed = false;
    for (const [key, refs] of refsOf) {
      const set = depends.get(key) ?? new Set<string>();
      const before = set.size;
      for (const ref of refs) for (const dimension of depends.get(ref) ?? []) set.add(dimension);
      if (set.size > before) {
        depends.set(key, set);
        changed = true;
      }
    }
  }
  const groups = new Set<string>();
  for (const set of depends.values())
    if (set.size > 1)
      groups.add(
        dimensions
          .filter((d) => set.has(d.name))
          .map((d) => d.name)
          .join('\u0000'),
      );
  let combinations = 0;
  for (const group of groups) {
    const members = group.split('\u0000').map((name) => dimensions.find((d) => d.name === name) as ModeDimension);
    for (const subset of subsetsOfTwoOrMore(members))
      for (const choice of product(
        subset.map((d) => d.modes.filter((m) => m !== d.defaultMode).map((mode) => ({ d, mode }))),
      )) {
        const key = choice.map(({ d, mode }) => keyOf(d, mode)).join(' + ');
        if (selections.has(key)) continue;
        if (++combinations > MAX_COMBINATIONS) continue;
        const selection = new Map(defaults);
        for (const { d, mode } of choice) selection.set(d.name, mode);
        selections.set(key, selection);
        merged.set(key, merge(selection));
        themeModes[key] = {
          parts: choice.map(({ d, mode }) => ({ dimension: d.name, attribute: d.attribute, mode })),
          selector: choice.map(({ d, mode }) => attributeSelector(d.attribute, mode)).join(''),
          combines: choice.map(({ d, mode }) => keyOf(d, mode)),
        };
      }
  }
  if (combinations > MAX_COMBINATIONS)
    problems.push({
      severity: 'warning',
      kind: 'theme-combinations',
      message: `${input.label}: tokens differ along several theme dimensions in ${combinations} combinations; only the first ${MAX_COMBINATIONS} get a combined selector block`,
      source: input.label,
    });

  // One draft token per key, with a value per mode; output unless every mode takes it from a source set.
  const modes = [...selections.keys()];
  const byCollection = new Map<string, { source: string; index: number; tokens: DraftToken[] }>();
  const position = new Map<DraftToken, number>();
  for (const key of keys) {
    const first = modes.map((mode) => merged.get(mode)?.get(key)).find((entry) => entry !== undefined);
    if (!first) continue;
    const token: DraftToken = { ...first.token, values: {} };
    delete token.sourceOnly;
    delete token.modeValues;
    let enabled = false;
    for (const mode of modes) {
      const entry = merged.get(mode)?.get(key);
      if (!entry) continue;
      token.values[mode] = entry.value;
      if (entry.token.computed) token.computed = true;
      if (entry.use === 'enabled') enabled = true;
    }
    if (!enabled) token.sourceOnly = true;
    const layer = [...parsed.values()].find((p) => p.tokens.get(key) === first.token);
    const collection = layer?.layer.collection ?? first.token.collection;
    token.collection = collection;
    const entry = byCollection.get(collection) ?? {
      source: layer?.layer.source ?? first.token.source,
      index: layer?.index ?? 0,
      tokens: [],
    };
    entry.tokens.push(token);
    position.set(token, layer ? [...layer.tokens.keys()].indexOf(key) : 0);
    byCollection.set(collection, entry);
  }
  // Each collection in the order its set writes the tokens.
  for (const entry of byCollection.values())
    entry.tokens.sort((a, b) => (position.get(a) ?? 0) - (position.get(b) ?? 0));
  const collections: DraftCollection[] = [...byCollection.entries()]
    .sort((a, b) => a[1].index - b[1].index)
    .map(([name, entry]) => ({ name, modes, source: entry.source, tokens: entry.tokens, themeModes }));
  const files = [...new Set(input.layers.map((layer) => layer.source))];
  return { collections, problems, dimensions, files, tokensPerFile };
}

function attributeSelector(attribute: string, mode: string): string {
  return `[${attribute}="${slug(mode)}"]`;
}

function subsetsOfTwoOrMore<T>(items: T[]): T[][] {
  const out: T[][] = [];
  for (let mask = 1; mask < 1 << items.length; mask++) {
    const subset = items.filter((_, i) => mask & (1 << i));
    if (subset.length > 1) out.push(subset);
  }
  return out;
}

function product<T>(lists: T[][]): T[][] {
  return lists.reduce<T[][]>((acc, list) => acc.flatMap((prefix) => list.map((item) => [...prefix, item])), [[]]);
}
