// Regenerates design-sync.schema.json from the zod config schema: `npx tsx scripts/write-config-schema.ts`.
import { resolve } from 'node:path';
import { writeFileAtomic } from '../generator/core/fs-atomic.ts';
import { CONFIG_SCHEMA_FILE, configJsonSchemaText } from '../generator/core/config-json-schema.ts';

const target = resolve(import.meta.dirname, '..', CONFIG_SCHEMA_FILE);
await writeFileAtomic(target, configJsonSchemaText());
process.stdout.write(`wrote ${target}\n`);
