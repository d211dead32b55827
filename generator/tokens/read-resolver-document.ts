import { posix } from 'node:path';
import type { SetUse, ThemeDimensionInput, ThemedSource, ThemeLayer } from './collect-themed-tokens.ts';
import type { TokenProblem } from './token-model.ts';
import type { TokenDocument } from './token-source.ts';
import { isPlainObject } from './token-values.ts';

/**
 * A DTCG 2025.10 resolver document (`*.resolver.json`) -> a themed source: `resolutionOrder` gives
 * the precedence (later wins); each set is always on; each modifier is a mode dimension whose
 * contexts are its modes, the modifier's `default` (else its first context) the default mode.
 * Sources are inline token trees or `$ref`s: a file relative to the resolver, a JSON pointer into
 * it (`colors.json#/brand`) or into the resolver itself (`#/sets/core`).
 */

/** A resolver document: named `*.resolver.json`, or declaring a `resolutionOrder` and a `version`. */
export function isResolverDocument(name: string, doc: unknown): boolean {
  if (!isPlainObject(doc)) return false;
  return name.endsWith('.resolver.json') || (Array.isArray(doc.resolutionOrder) && typeof doc.version === 'string');
}

/** Every file a resolver document refers to, relative to the resolver's folder (for the reader). */
export function resolverFileRefs(doc: unknown): string[] {
  const out = new Set<string>();
  const visit = (node: unknown) => {
    if (Array.isArray(node)) node.forEach(visit);
    else if (isPlainObject(node)) {
      if (typeof node.$ref === 'string' && !node.$ref.startsWith('#')) out.add(node.$ref.split('#')[0] ?? '');
      for (const [key, value] of Object.entries(node)) if (key !== '$ref') visit(value);
    }
  };
  visit(doc);
  return [...out].filter((path) => path !== '' && !/^[a-z]+:\/\//i.test(path));
}

/** The name a `$ref` file path has among the source's documents. */
export function resolverRefName(resolverName: string, file: string): string {
  return posix.normalize(posix.join(posix.dirname(resolverName), file));
}

export function readResolverDocument(
  resolver: TokenDocument,
  documents: ReadonlyMap<string, TokenDocument>,
): { source: ThemedSource; problems: TokenProblem[] } {
  const problems: TokenProblem[] = [];
  const doc = resolver.doc as Record<string, unknown>;
  const where = resolver.source;
  const error = (message: string) =>
    problems.push({ severity: 'error', kind: 'bad-resolver', message: `${where}: ${message}`, source: where });
  if (doc.version !== '2025.10')
    problems.push({
      severity: 'warning',
      kind: 'resolver-version',
      message: `${where}: resolver version ${JSON.stringify(doc.version)} is not "2025.10"; read as 2025.10`,
      source: where,
    });

  const layers: ThemeLayer[] = [];
  const base = new Map<string, SetUse>();
  const dimensions: ThemeDimensionInput[] = [];

  /** One source (inline tokens or a `$ref`) -> the token documents it stands for. */
  const sourceDocs = (item: unknown, at: string, seen: Set<string>): { doc: unknown; source: string }[] => {
    if (!isPlainObject(item)) {
      error(`${at} is not a token source (an object or a $ref)`);
      return [];
    }
    if (typeof item.$ref !== 'string') return [{ doc: item, source: where }];
    const ref = item.$ref;
    if (seen.has(ref)) {
      error(`${at}: $ref cycle through "${ref}"`);
      return [];
    }
    const [file = '', pointer = ''] = ref.split('#');
    let target: unknown;
    let source = where;
    if (file === '') target = doc;
    else {
      const found = documents.get(resolverRefName(resolver.name, file));
      if (!found) {
        error(`${at}: $ref "${ref}" names a file that was not found`);
        return [];
      }
      target = found.doc;
      source = found.source;
    }
    target = pointer === '' ? target : jsonPointer(target, pointer);
    if (target === undefined) {
      error(`${at}: $ref "${ref}" points to nothing`);
      return [];
    }
    // A reference to a set of this document stands for that set's sources.
    if (file === '' && isPlainObject(target) && Array.isArray(target.sources))
      return target.sources.flatMap((s, i) => sourceDocs(s, `${ref}/sources/${i}`, new Set([...seen, ref])));
    return [{ doc: target, source }];
  };

  const addLayers = (sources: unknown, name: string, at: string): string[] => {
    if (!Array.isArray(sources)) {
      error(`${at} is not an array of sources`);
      return [];
    }
    return sources.flatMap((item, i) =>
      sourceDocs(item, `${at}/${i}`, new Set()).map((found, j) => {
        const layer: ThemeLayer = {
          name: `${at}#${i}.${j}`,
          collection: name,
          source: found.source,
          doc: found.doc,
          origin: 'dtcg',
        };
        layers.push(layer);
        return layer.name;
      }),
    );
  };

  const order = Array.isArray(doc.resolutionOrder) ? doc.resolutionOrder : [];
  if (!Array.isArray(doc.resolutionOrder)) error('has no resolutionOrder array');
  for (const [index, entry] of order.entries()) {
    let item: unknown = entry;
    let name = isPlainObject(entry) && typeof entry.name === 'string' ? entry.name : `resolutionOrder/${index}`;
    let kind = isPlainObject(entry) ? entry.type : undefined;
    if (isPlainObject(entry) && typeof entry.$ref === 'string') {
      const match = /^#\/(sets|modifiers)\/(.+)$/.exec(entry.$ref);
      if (!match) {
        error(`resolutionOrder/${index}: $ref "${entry.$ref}" must point to #/sets/<name> or #/modifiers/<name>`);
        continue;
      }
      name = decodePointerSegment(match[2] ?? '');
      kind = match[1] === 'sets' ? 'set' : 'modifier';
      item = isPlainObject(doc[match[1] ?? '']) ? (doc[match[1] ?? ''] as Record<string, unknown>)[name] : undefined;
      if (!isPlainObject(item)) {
        error(`resolutionOrder/${index}: $ref "${entry.$ref}" points to nothing`);
        continue;
      }
    }
    if (!isPlainObject(item)) {
      error(`resolutionOrder/${index} is not a set or modifier`);
      continue;
    }
    if (kind === 'set' || (kind === undefined && Array.isArray(item.sources))) {
      for (const layer of addLayers(item.sources, name, `sets/${name}`)) base.set(layer, 'enabled');
    } else if (kind === 'modifier' || (kind === undefined && isPlainObject(item.contexts))) {
      if (!isPlainObject(item.contexts) || Object.keys(item.contexts).length === 0) {
        error(`modifier "${name}" has no contexts`);
        continue;
      }
      const modes = Object.entries(item.contexts).map(([context, sources]) => ({
        name: context,
        sets: new Map(addLayers(sources, name, `modifiers/${name}/${context}`).map((l) => [l, 'enabled' as const])),
      }));
      const defaultMode = typeof item.default === 'string' ? item.default : undefined;
      if (defaultMode !== undefined && !modes.some((mode) => mode.name === defaultMode))
        error(`modifier "${name}" has default "${defaultMode}", which is not one of its contexts`);
      dimensions.push({ name, modes, ...(defaultMode !== undefined ? { defaultMode } : {}) });
    } else error(`resolutionOrder/${index} is neither a set nor a modifier`);
  }
  return { source: { label: where, layers, base, dimensions }, problems };
}

function decodePointerSegment(segment: string): string {
  return decodeURIComponent(segment).replace(/~1/g, '/').replace(/~0/g, '~');
}

/** RFC 6901: "/a/b~1c" -> node.a["b/c"]. */
function jsonPointer(node: unknown, pointer: string): unknown {
  let current = node;
  for (const raw of pointer.replace(/^\//, '').split('/')) {
    if (raw === '') continue;
    const key = decodePointerSegment(raw);
    if (Array.isArray(current)) current = current[Number(key)];
    else if (isPlainObject(current)) current = current[key];
    else return undefined;
  }
  return current;
}
