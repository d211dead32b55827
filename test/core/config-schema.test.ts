import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CONFIG_SCHEMA_FILE, configJsonSchema, configJsonSchemaText } from '../../generator/core/config-json-schema.ts';
import { starterConfig } from '../../generator/cli/commands/init.ts';
import { configSchema } from '../../generator/core/config-schema.ts';

describe('design-sync.schema.json', () => {
  it('is exactly what the zod config schema generates (run scripts/write-config-schema.ts after changing it)', () => {
    const committed = readFileSync(new URL(`../../${CONFIG_SCHEMA_FILE}`, import.meta.url), 'utf8');
    expect(committed).toBe(configJsonSchemaText());
  });

  it('describes the keys strictly, so editors flag typos', () => {
    const schema = configJsonSchema() as {
      additionalProperties?: boolean;
      properties: Record<string, { additionalProperties?: boolean }>;
    };
    expect(schema.additionalProperties).toBe(false);
    expect(schema.properties.figma?.additionalProperties).toBe(false);
    expect(Object.keys(schema.properties)).toEqual(
      expect.arrayContaining(['figma', 'snapshotDir', 'output', 'tokens', 'generator', 'check', 'handoff']),
    );
  });

  it("gives each nested object the default that parsing its absence gives (its keys' own defaults)", () => {
    const committed = JSON.parse(readFileSync(new URL(`../../${CONFIG_SCHEMA_FILE}`, import.meta.url), 'utf8')) as {
      properties: Record<string, { default?: unknown }>;
    };
    const parsed = configSchema.parse({}) as Record<string, unknown>;
    for (const key of ['figma', 'output', 'tokens', 'generator', 'check', 'handoff'])
      expect(committed.properties[key]?.default).toEqual(parsed[key]);
  });

  it('accepts the config init writes', () => {
    expect(configSchema.safeParse(starterConfig('AbCdEf123456')).success).toBe(true);
    expect(configSchema.safeParse(starterConfig(undefined)).success).toBe(true);
  });
});
