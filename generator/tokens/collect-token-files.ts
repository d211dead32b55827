import { posix } from 'node:path';
import { collectThemedTokens, type ThemedSource, type ThemeOptions } from './collect-themed-tokens.ts';
import { deprecatedAliasWarning, deprecatedSelfAlias } from './deprecated-aliases.ts';
import { isResolverDocument, readResolverDocument } from './read-resolver-document.ts';
import { configuredSetsApply, readConfiguredSets, type SetCandidate } from './read-configured-sets.ts';
import { readStudioThemes, studioThemes } from './read-studio-themes.ts';
import type { DraftCollection, DraftToken, ModeDimension, TokenProblem } from './token-model.ts';
import { DEFAULT_MODE, parseTokenDocument, type ParseDocumentOptions } from './parse-token-document.ts';
import { tokenFileStem, withoutExtension } from './token-file-names.ts';
import type { TokenSource } from './token-source.ts';
import { naturalCompare, normalizedKey } from './token-names.ts';
import { isPlainObject } from './token-values.ts';
import { toPosix } from '../core/posix-path.ts';

/**
 * Turns token sources already read from disk (DTCG files, folders of them, Tokens Studio folders
 * and single-file exports, Figma's per-mode variable exports) into draft collections.
 */

export interface TokenFilesResult {
  collections: DraftCollection[];
  problems: TokenProblem[];
  /** Files read, relative to the root. */
  files: string[];
  /** The mode dimensions of themed sources (Tokens Studio theme groups, resolver modifiers). */
  dimensions: ModeDimension[];
  /** Configured sources (files or folders) that hold no token at all, with how many token files each had. */
  empty: { label: string; files: number }[];
}

/** No configured attributes or defaults: `data-<group>` attributes, each group's first theme as default. */
export const NO_THEME_OPTIONS: ThemeOptions = { attributes: {}, defaults: {} };

interface Loaded {
  /** Collection (file or Tokens Studio set) name, and the mode when the file name says it ("Tokens.Dark.json"). */
  collection: string;
  mode: string | undefined;
  doc: unknown;
  source: string;
  /** The configured file or folder it came from. */
  label: string;
}

/**
 * Collects token sources: DTCG files, folders of them, Tokens Studio folders ($metadata.json,
 * $themes.json) and single-file Tokens Studio exports. Files named "<collection>.<mode>.json" (Figma's
 * variables export) are merged into one collection with a mode per file.
 */
export function collectTokenFiles(
  sources: TokenSource[],
  themes: ThemeOptions = NO_THEME_OPTIONS,
  options: ParseDocumentOptions = {},
): TokenFilesResult {
  const loaded: Loaded[] = [];
  const problems: TokenProblem[] = [];
  const themedCollections: DraftCollection[] = [];
  const dimensions: ModeDimension[] = [];
  const themedFiles: string[] = [];
  const tokensPerSource = new Map<string, number>(sources.map((source) => [source.label, 0]));
  const addThemed = (themed: ThemedSource, labelOf: (file: string) => string) => {
    const result = collectThemedTokens(themed, themes, options);
    for (const [file, count] of result.tokensPerFile) {
      const label = labelOf(file);
      tokensPerSource.set(label, (tokensPerSource.get(label) ?? 0) + count);
    }
    themedCollections.push(...result.collections);
    problems.push(...result.problems);
    dimensions.push(...result.dimensions);
    themedFiles.push(...result.files);
  };
  const plain: TokenSource[] = [];
  for (const source of sources) {
    const themed = themedSource(source, problems);
    if (themed) addThemed(themed, () => source.label);
    else plain.push(source);
  }
  // tokens.themes.sets: the sets of every source without themes of its own, as one themed source.
  const configured = themes.sets ?? {};
  const candidates = Object.keys(configured).length > 0 ? plain.flatMap((s) => setCandidates(s, problems)) : [];
  if (candidates.length > 0 && configuredSetsApply(configured, candidates)) {
    const labelByFile = new Map(candidates.map((set) => [set.source, set.label]));
    const label = [...new Set(candidates.map((set) => set.label))].join(', ');
    const read = readConfiguredSets(label, configured, candidates);
    problems.push(...read.problems);
    addThemed(read.source, (file) => labelByFile.get(file) ?? label);
  } else {
    if (Object.keys(configured).length > 0 && plain.length > 0)
      problems.push({
        severity: 'warning',
        kind: 'theme-missing-set',
        message: `tokens.themes.sets names no token set of ${plain.map((s) => s.label).join(', ')}; they were read without modes`,
        source: plain[0]?.label ?? '',
      });
    for (const source of plain)
      loaded.push(...load(source, problems).map((item) => ({ ...item, label: source.label })));
  }
  const byName = new Map<
    string,
    { modes: string[]; tokens: Map<string, DraftToken>; source: string; modesFromNames: boolean }
  >();
  for (const item of loaded) {
    const parsed = parseTokenDocument(item.doc, item.source, item.collection, options);
    problems.push(...parsed.problems);
    const count = parsed.groups.reduce((sum, group) => sum + group.tokens.length, 0);
    tokensPerSource.set(item.label, (tokensPerSource.get(item.label) ?? 0) + count);
    for (const group of parsed.groups) {
      const entry = byName.get(group.name) ?? {
        modes: [],
        tokens: new Map<string, DraftToken>(),
        source: item.source,
        modesFromNames: group.modes === undefined && item.mode !== undefined,
      };
      byName.set(group.name, entry);
      const modes = group.modes ?? [item.mode ?? 'default'];
      for (const mode of modes) if (!entry.modes.includes(mode)) entry.modes.push(mode);
      for (const token of group.tokens) {
        if (item.mode !== undefined && token.values[DEFAULT_MODE] !== undefined) {
          token.values[item.mode] = token.values[DEFAULT_MODE];
          delete token.values[DEFAULT_MODE];
        }
        const key = normalizedKey(token.path);
        const existing = entry.tokens.get(key);
        const dropped =
          existing && existing.source === token.source
            ? deprecatedSelfAlias(existing, token, (t) => Object.values(t.values)[0])
            : undefined;
        if (existing && dropped) {
          const live = dropped === token ? existing : token;
          problems.push(deprecatedAliasWarning(dropped, live));
          entry.tokens.set(key, live);
        } else if (existing && item.mode !== undefined) {
          Object.assign(existing.values, token.values);
          existing.computed ||= token.computed === true;
        } else if (existing) {
          problems.push({
            severity: 'error',
            kind: 'duplicate',
            message: `${token.path.join('.')} is defined twice in ${item.source} (names equal after normalisation: ${existing.path.join('.')})`,
            path: token.path.join('.'),
            source: item.source,
          });
        } else {
          entry.tokens.set(key, token);
        }
      }
    }
  }
  const collections: DraftCollection[] = [];
  for (const [name, entry] of byName) {
    // Declared mode lists keep their order; modes gathered from file names need a default chosen.
    const modes = entry.modesFromNames ? orderModes(entry.modes) : entry.modes;
    for (const token of entry.tokens.values()) {
      const first = token.values[DEFAULT_MODE];
      delete token.values[DEFAULT_MODE];
      const defaultMode = modes[0] ?? 'default';
      if (first !== undefined && token.values[defaultMode] === undefined) token.values[defaultMode] = first;
    }
    collections.push({ name, modes, source: entry.source, tokens: [...entry.tokens.values()] });
  }
  collections.push(...themedCollections);
  const empty = sources
    .filter((source) => tokensPerSource.get(source.label) === 0)
    .map((source) => ({ label: source.label, files: source.documents.length }));
  return {
    collections,
    problems,
    files: [...new Set([...loaded.map((item) => item.source), ...themedFiles])],
    dimensions,
    empty,
  };
}

/**
 * A source with modes of its own: a DTCG resolver document (with the files it refers to), or Tokens
 * Studio themes (a folder with `$themes.json`, or a single-file export with `$themes`).
 */
function themedSource(source: TokenSource, problems: TokenProblem[]): ThemedSource | undefined {
  const resolvers = source.documents.filter((d) => isResolverDocument(d.name, d.doc));
  const resolver = resolvers[0];
  if (resolver) {
    if (resolvers.length > 1)
      problems.push({
        severity: 'warning',
        kind: 'several-resolvers',
        message: `${source.label} holds ${resolvers.length} resolver documents; only ${resolver.source} is read (list each in tokens.files to read them all)`,
        source: source.label,
      });
    const read = readResolverDocument(resolver, new Map(source.documents.map((d) => [d.name, d])));
    problems.push(...read.problems);
    return read.source;
  }
  if (source.directory) {
    const themesFile = source.documents.find((file) => withoutExtension(file.name) === '$themes');
    const themes = studioThemes(themesFile?.doc);
    if (!themes) return undefined;
    const metadata = source.documents.find((file) => withoutExtension(file.name) === '$metadata');
    const sets = source.documents
      .filter((file) => !posix.basename(file.name).startsWith('$'))
      .map((file) => ({ name: withoutExtension(file.name), source: file.source, doc: file.doc }));
    const read = readStudioThemes(source.label, themes, metadata ? setOrder(metadata.doc) : [], sets);
    problems.push(...read.problems);
    return read.source;
  }
  const document = source.documents[0];
  if (source.documents.length !== 1 || !document || !isPlainObject(document.doc)) return undefined;
  const doc = document.doc;
  const themes = studioThemes(doc.$themes);
  if (!themes) return undefined;
  const sets = Object.entries(doc)
    .filter(([name, value]) => !name.startsWith('$') && isPlainObject(value))
    .map(([name, value]) => ({ name, source: document.source, doc: value }));
  const read = readStudioThemes(source.label, themes, setOrder(doc.$metadata), sets);
  problems.push(...read.problems);
  return read.source;
}

/** Light/default/base modes first: they become `:root`. */
function orderModes(modes: string[]): string[] {
  const rank = (mode: string) => (/^(default|light|base|value|mode ?1)$/i.test(mode) ? 0 : /light/i.test(mode) ? 1 : 2);
  return [...modes].sort((a, b) => rank(a) - rank(b) || modes.indexOf(a) - modes.indexOf(b));
}

/** The sets `tokens.themes.sets` patterns name in one source without themes: Tokens Studio sets, or its token files. */
function setCandidates(source: TokenSource, skipped: TokenProblem[]): (SetCandidate & { label: string })[] {
  const label = source.label;
  if (source.directory) {
    const studio = studioFolderSets(source, skipped);
    if (studio)
      return studio.map((set) => ({
        name: set.name,
        collection: set.name,
        source: set.file.source,
        doc: set.file.doc,
        label,
      }));
    return source.documents.map((file) => ({
      name: withoutExtension(file.name),
      collection: tokenFileStem(posix.basename(file.name)),
      source: file.source,
      doc: file.doc,
      label,
    }));
  }
  return source.documents.flatMap((document) => {
    const doc = document.doc;
    const order = isPlainObject(doc) && isPlainObject(doc.$metadata) ? setOrder(doc.$metadata) : [];
    if (isPlainObject(doc) && order.length > 0)
      return order
        .filter((name) => isPlainObject(doc[name]))
        .map((name) => ({ name, collection: name, source: document.source, doc: doc[name], label }));
    const name = withoutExtension(toPosix(label));
    return [{ name, collection: tokenFileStem(posix.basename(document.name)), source: document.source, doc, label }];
  });
}

/** A Tokens Studio folder's active sets in tokenSetOrder; undefined when the folder is not a Tokens Studio one. */
function studioFolderSets(
  source: TokenSource,
  skipped: TokenProblem[],
): { file: TokenSource['documents'][number]; name: string }[] | undefined {
  const files = source.documents;
  const stemOf = (file: { name: string }) => withoutExtension(posix.basename(file.name));
  const metadataFile = files.find((file) => stemOf(file) === '$metadata');
  const isStudio = metadataFile !== undefined || files.some((file) => stemOf(file) === '$themes');
  if (!isStudio) return undefined;
  const order = metadataFile ? setOrder(metadataFile.doc) : [];
  const sets = files
    .filter((file) => !posix.basename(file.name).startsWith('$'))
    .map((file) => ({ file, name: withoutExtension(file.name) }));
  // Tokens Studio only builds the sets in tokenSetOrder (later sets override earlier ones); others are inactive.
  // An entry may name a folder ("base" covers "base/palette"), as older exports do.
  const rank = (name: string) => order.findIndex((entry) => name === entry || name.startsWith(`${entry}/`));
  const active = order.length > 0 ? sets.filter((set) => rank(set.name) >= 0) : sets;
  active.sort((a, b) => rank(a.name) - rank(b.name) || naturalCompare(a.name, b.name));
  const inactive = sets.filter((set) => !active.includes(set)).map((set) => set.name);
  if (inactive.length > 0)
    skipped.push({
      severity: 'warning',
      kind: 'inactive-set',
      message: `${inactive.length} token set(s) in ${source.label} are not in $metadata.json tokenSetOrder and were skipped: ${inactive.slice(0, 6).join(', ')}${inactive.length > 6 ? ', …' : ''}`,
      source: source.label,
    });
  return active;
}

function load(source: TokenSource, skipped: TokenProblem[]): Omit<Loaded, 'label'>[] {
  if (!source.directory) return source.documents.flatMap((d) => splitDocument(d.doc, d.name, d.source));
  const sets = studioFolderSets(source, skipped);
  if (!sets) return source.documents.flatMap((file) => splitDocument(file.doc, file.name, file.source));
  return sets.map((set) => ({ collection: set.name, mode: undefined, doc: set.file.doc, source: set.file.source }));
}

function setOrder(metadata: unknown): string[] {
  return isPlainObject(metadata) && Array.isArray(metadata.tokenSetOrder)
    ? metadata.tokenSetOrder.filter((s): s is string => typeof s === 'string')
    : [];
}

/** A single-file Tokens Studio export holds several sets beside $themes/$metadata. */
function splitDocument(doc: unknown, file: string, source: string): Omit<Loaded, 'label'>[] {
  if (isPlainObject(doc) && isPlainObject(doc.$metadata)) {
    const order = setOrder(doc.$metadata);
    if (order.length > 0)
      return order
        .filter((name) => isPlainObject(doc[name]))
        .map((name) => ({ collection: name, mode: undefined, doc: doc[name], source }));
  }
  const name = tokenFileStem(posix.basename(file));
  const dot = name.lastIndexOf('.');
  if (dot > 0) return [{ collection: name.slice(0, dot), mode: name.slice(dot + 1), doc, source }];
  return [{ collection: name, mode: undefined, doc, source }];
}
