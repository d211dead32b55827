/**
 * Figma JSON is untrusted input (old schemas, nulls, hand-edited files), so every stage that
 * walks it (pull's asset targets, fonts, the ir builder) reads it through these checked accessors
 * instead of trusting the declared types.
 */
export type Json = Record<string, unknown>;

export function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function obj(node: unknown, key: string): Json | undefined {
  if (!isObject(node)) return undefined;
  const value = node[key];
  return isObject(value) ? value : undefined;
}

export function arr(node: unknown, key: string): unknown[] {
  if (!isObject(node)) return [];
  const value = node[key];
  return Array.isArray(value) ? value : [];
}

export function objects(node: unknown, key: string): Json[] {
  return arr(node, key).filter(isObject);
}

export function num(node: unknown, key: string): number | undefined {
  if (!isObject(node)) return undefined;
  const value = node[key];
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

export function str(node: unknown, key: string): string | undefined {
  if (!isObject(node)) return undefined;
  const value = node[key];
  return typeof value === 'string' ? value : undefined;
}

export function bool(node: unknown, key: string): boolean | undefined {
  if (!isObject(node)) return undefined;
  const value = node[key];
  return typeof value === 'boolean' ? value : undefined;
}

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * A TEXT node's characters with Figma's line and paragraph separators (U+2028, U+2029, what
 * Shift+Enter types) as the line feeds they draw: browsers do not break lines at them.
 */
export function textCharacters(node: unknown): string {
  return (str(node, 'characters') ?? '').replace(/[\u2028\u2029]/g, '\n');
}

/** The node's absolute bounding box, or a zero box when it is missing or malformed. */
export function box(node: unknown): Box {
  const b = obj(node, 'absoluteBoundingBox');
  return {
    x: num(b, 'x') ?? 0,
    y: num(b, 'y') ?? 0,
    width: Math.max(0, num(b, 'width') ?? 0),
    height: Math.max(0, num(b, 'height') ?? 0),
  };
}

/** Figma's node id, or a stable placeholder for nodes without one. */
export function nodeId(node: unknown): string {
  return str(node, 'id') ?? '?';
}

export function nodeType(node: unknown): string {
  return str(node, 'type') ?? 'UNKNOWN';
}

export function children(node: unknown): Json[] {
  return objects(node, 'children');
}

/** Hidden in Figma (visible: false). */
export function isHidden(node: unknown): boolean {
  return bool(node, 'visible') === false;
}

/** The node's visible fills or strokes (a paint without `visible` is visible). */
export function visiblePaints(node: Json, key: 'fills' | 'strokes'): Json[] {
  return arr(node, key).filter((p): p is Json => isObject(p) && bool(p, 'visible') !== false);
}

/** A variable alias's id ({ type: 'VARIABLE_ALIAS', id }), or the first of a list of them. */
export function aliasId(value: unknown): string | undefined {
  if (Array.isArray(value)) return aliasId(value[0]);
  return str(value, 'id');
}

/** boundVariables[key] as a variable id. */
export function boundId(node: unknown, key: string): string | undefined {
  return aliasId(obj(node, 'boundVariables')?.[key]);
}
