import { createHash } from 'node:crypto';

/** Content hashes for the manifest: sha256 of text, and of JSON with sorted keys so key order never changes a hash. */

export function sha256(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

/**
 * JSON with object keys sorted at every depth, so the same data always hashes the same whatever
 * order Figma (or a snapshot tool) wrote its keys in.
 */
export function stableJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => {
    if (v === null || typeof v !== 'object' || Array.isArray(v)) return v;
    const sorted: Record<string, unknown> = {};
    for (const key of Object.keys(v).sort()) sorted[key] = (v as Record<string, unknown>)[key];
    return sorted;
  });
}

export function hashJson(value: unknown): string {
  return sha256(stableJson(value) ?? 'undefined');
}
