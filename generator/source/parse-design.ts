import type { Component, ComponentSet, Style } from '@figma/rest-api-spec';
import { basename } from 'node:path';
import { inputError } from '../core/errors.ts';
import { emptyDesign, type Design, type DesignShape, type FigmaNode } from './design.ts';
import { parseVariables } from './parse-variables.ts';
import { emptyTreeStats, isPlainObject, pathKey, validateTree, type TreeStats } from './validate-tree.ts';

/**
 * Turns any supported Figma JSON response (file, nodes, node document, variables) into a `Design`,
 * with errors naming the file and JSON path.
 */

const HINT =
  'design-sync reads Figma REST API responses: GET /v1/files/:key, /v1/files/:key/nodes, a node document, or /v1/files/:key/variables/local.';

/** Which Figma response a parsed JSON value is. */
export function detectShape(raw: unknown): DesignShape | 'error' | undefined {
  if (!isPlainObject(raw)) return undefined;
  if (raw.error === true || (typeof raw.status === 'number' && raw.status >= 400)) return 'error';
  if ('document' in raw) return 'file';
  if ('nodes' in raw) return 'nodes';
  if (isPlainObject(raw.meta) && ('variables' in raw.meta || 'variableCollections' in raw.meta)) return 'variables';
  if ('variables' in raw && 'variableCollections' in raw) return 'variables';
  if (typeof raw.id === 'string' && typeof raw.type === 'string') return 'node';
  return undefined;
}

/**
 * Turns any supported Figma JSON value into a Design. `where` names the file in messages.
 * Malformed input throws an input error naming the file and the JSON path.
 */
export function parseDesign(raw: unknown, where: string): Design {
  const shape = detectShape(raw);
  if (shape === 'error') {
    const body = raw as Record<string, unknown>;
    throw inputError(
      'input/error-response',
      `${where}: is a saved Figma error response (status ${String(body.status)}): ${String(body.err ?? body.message ?? '')}`,
      {
        hint: 'Fetch the file again with `design-sync pull`.',
      },
    );
  }
  if (shape === undefined) {
    const keys = isPlainObject(raw)
      ? Object.keys(raw).slice(0, 6).join(', ')
      : Array.isArray(raw)
        ? 'an array'
        : typeof raw;
    throw inputError('input/shape', `${where}: $: not a Figma response (found ${keys || 'an empty object'})`, {
      hint: HINT,
    });
  }
  const body = raw as Record<string, unknown>;
  const stats = emptyTreeStats();
  const design = emptyDesign(where, {
    name: typeof body.name === 'string' ? body.name : shape === 'node' ? String(body.name ?? body.id) : basename(where),
    version: typeof body.version === 'string' ? body.version : undefined,
    lastModified: typeof body.lastModified === 'string' ? body.lastModified : undefined,
    shape,
  });
  if (shape === 'variables') design.variables = parseVariables(raw, where);
  else if (shape === 'node') {
    validateTree(raw, '$', where, stats);
    design.roots.push(raw as FigmaNode);
  } else if (shape === 'file') {
    validateTree(body.document, '$.document', where, stats);
    design.roots.push(body.document as FigmaNode);
    mergeMaps(design, body, '$', where);
  } else {
    parseNodesMap(design, body.nodes, where, stats);
  }
  if (stats.nullsDropped > 0 || stats.legacyNodes > 0) {
    design.warnings.push(
      `old-schema file: dropped ${stats.nullsDropped} null fields` +
        (stats.legacyNodes > 0 ? `, rewrote PascalCase geometry/colours on ${stats.legacyNodes} nodes` : ''),
    );
  }
  return design;
}

function parseNodesMap(design: Design, nodes: unknown, where: string, stats: TreeStats): void {
  if (!isPlainObject(nodes))
    throw inputError('input/nodes', `${where}: $.nodes: expected an object map of node id to entry`, { hint: HINT });
  for (const [id, entry] of Object.entries(nodes)) {
    const at = pathKey('$.nodes', id);
    if (entry === null) {
      design.warnings.push(`node ${id}: null in the nodes map (deleted, or not visible to the token)`);
      continue;
    }
    if (!isPlainObject(entry))
      throw inputError('input/nodes', `${where}: ${at}: expected an object or null`, { hint: HINT });
    validateTree(entry.document, `${at}.document`, where, stats);
    design.roots.push(entry.document as FigmaNode);
    mergeMaps(design, entry, at, where);
  }
}

/** Merges the components, componentSets and styles maps of a file or a nodes entry. */
function mergeMaps(design: Design, body: Record<string, unknown>, at: string, where: string): void {
  Object.assign(design.components, metadataMap<Component>(body.components, pathKey(at, 'components'), where, design));
  Object.assign(
    design.componentSets,
    metadataMap<ComponentSet>(body.componentSets, pathKey(at, 'componentSets'), where, design),
  );
  Object.assign(design.styles, metadataMap<Style>(body.styles, pathKey(at, 'styles'), where, design));
}

function metadataMap<T>(value: unknown, path: string, where: string, design: Design): Record<string, T> {
  if (value === undefined) return {};
  if (value === null) {
    design.warnings.push(`${path} is null; treated as empty`);
    return {};
  }
  if (!isPlainObject(value)) throw inputError('input/map', `${where}: ${path}: expected an object map`, { hint: HINT });
  for (const [id, entry] of Object.entries(value)) {
    if (!isPlainObject(entry) || typeof entry.name !== 'string') {
      throw inputError('input/map', `${where}: ${pathKey(path, id)}: expected an object with "name"`, { hint: HINT });
    }
  }
  return value as Record<string, T>;
}
