import { z } from 'zod';
import { configSchema } from './config.ts';

/**
 * The JSON Schema of design-sync.config.json (design-sync.schema.json), generated from the zod
 * config schema so the two cannot drift.
 */

export const CONFIG_SCHEMA_FILE = 'design-sync.schema.json';

/**
 * The JSON Schema editors use for design-sync.config.json, generated from the zod schema so the
 * two cannot drift (a test compares the committed file with this).
 */
export function configJsonSchema(): Record<string, unknown> {
  return { title: 'design-sync config', ...z.toJSONSchema(configSchema, { io: 'input', target: 'draft-2020-12' }) };
}

/** The schema file's exact text: stable key order, two-space indent, trailing newline. */
export function configJsonSchemaText(): string {
  return `${JSON.stringify(configJsonSchema(), null, 2)}\n`;
}
