import { z } from 'zod';
import { configSchema } from './config-schema.ts';

/**
 * The JSON Schema of design-sync.config.json (design-sync.schema.json), generated from the zod
 * config schema so the two cannot drift.
 */

export const CONFIG_SCHEMA_FILE = 'design-sync.schema.json';

/**
 * A nested object's default is `.prefault({})`: its keys' own defaults fill it in. Editors should
 * see that filled-in object, not `{}`, so its default is what parsing an absent value gives.
 */
function prefaultAsParsed({
  zodSchema,
  jsonSchema,
}: {
  zodSchema: z.core.$ZodType;
  jsonSchema: z.core.JSONSchema.BaseSchema;
}) {
  if (zodSchema._zod.def.type === 'prefault') jsonSchema.default = z.parse(zodSchema, undefined);
}

/**
 * The JSON Schema editors use for design-sync.config.json, generated from the zod schema so the
 * two cannot drift (a test compares the committed file with this).
 */
export function configJsonSchema(): Record<string, unknown> {
  return {
    title: 'design-sync config',
    ...z.toJSONSchema(configSchema, { io: 'input', target: 'draft-2020-12', override: prefaultAsParsed }),
  };
}

/** The schema file's exact text: stable key order, two-space indent, trailing newline. */
export function configJsonSchemaText(): string {
  return `${JSON.stringify(configJsonSchema(), null, 2)}\n`;
}
