import type { ResolvedCollection, ResolvedToken } from './resolve-tokens.ts';
import { EXT } from './parse-token-document.ts';
import { naturalCompare } from './token-names.ts';
import { isPlainObject } from './token-values.ts';

/**
 * Writes one resolved collection as a DTCG 2025.10 document, with modes and Figma facts in
 * `$extensions` and keys ordered for readable diffs.
 */

type Json = Record<string, unknown>;

/**
 * One collection as a DTCG 2025.10 document: `$value` is the default mode, the other modes sit in
 * `$extensions["dev.design-sync"].modes`, Figma facts (variable id, scopes, codeSyntax) in
 * `$extensions["com.figma"]`. Keys are in natural order so a PR diff reads well.
 */
export function toDtcg(collection: ResolvedCollection): Json {
  const root: Json = {};
  for (const token of collection.tokens) place(root, token.path.split('.'), tokenJson(token));
  const sorted = sortTree(root) as Json;
  return {
    ...sorted,
    $extensions: { [EXT]: { collection: collection.name, modes: collection.modes, source: collection.source } },
  };
}

export function toDtcgText(collection: ResolvedCollection): string {
  return `${JSON.stringify(toDtcg(collection), null, 2)}\n`;
}

function tokenJson(token: ResolvedToken): Json {
  const valueIn = (mode: string) => compact(token.literal ? token.resolved[mode] : token.raw[mode]);
  const [first, ...others] = token.modes;
  const json: Json = { $type: token.type, $value: valueIn(first ?? '') };
  if (token.draft.description) json.$description = token.draft.description;
  const extensions: Json = {};
  const figma: Json = {};
  if (token.draft.variableId) figma.variableId = token.draft.variableId;
  if (token.draft.styleIds?.length) figma.styleIds = token.draft.styleIds;
  if (token.draft.scopes?.length) figma.scopes = token.draft.scopes;
  if (token.draft.codeSyntax) figma.codeSyntax = token.draft.codeSyntax;
  if (token.draft.hidden) figma.hiddenFromPublishing = true;
  if (Object.keys(figma).length > 0) extensions['com.figma'] = figma;
  if (others.length > 0) extensions[EXT] = { modes: Object.fromEntries(others.map((mode) => [mode, valueIn(mode)])) };
  if (Object.keys(extensions).length > 0) json.$extensions = extensions;
  return json;
}

/** Colours drop `alpha: 1` (the DTCG default) to keep files short. */
function compact(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(compact);
  if (!isPlainObject(value)) return value;
  if (value.colorSpace !== undefined && value.alpha === 1) {
    const { alpha: _alpha, ...rest } = value;
    return rest;
  }
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, compact(v)]));
}

/** A token that is also a group ("color/red" and "color/red/500") goes in the group's `$root`. */
function place(root: Json, path: string[], token: Json): void {
  let node = root;
  for (const [i, segment] of path.entries()) {
    const last = i === path.length - 1;
    const existing = node[segment];
    if (last) {
      if (isPlainObject(existing) && !('$value' in existing)) existing.$root = token;
      else node[segment] = token;
      return;
    }
    if (isPlainObject(existing) && '$value' in existing) node[segment] = { $root: existing };
    else if (!isPlainObject(existing)) node[segment] = {};
    node = node[segment] as Json;
  }
}

function sortTree(node: unknown): unknown {
  if (!isPlainObject(node) || '$value' in node) return node;
  const keys = Object.keys(node).sort((a, b) => (a === '$root' ? -1 : b === '$root' ? 1 : naturalCompare(a, b)));
  return Object.fromEntries(keys.map((key) => [key, sortTree(node[key])]));
}
