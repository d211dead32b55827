/**
 * Published-CSS parity: for each public design system in scripts/parity/systems.ts (npm packages
 * that ship token sources and the CSS built from them), runs design-sync's real tokens build and
 * compares every mode's custom-property values with the published CSS. Prints matched/total per
 * system and mode (total: tokens both sides have) with the first mismatches, and writes the table
 * to bench/token-parity.md. Exits non-zero on a crash or when a mode matches fewer values than its
 * recorded floor (systems.ts). Part of `npm run corpus`.
 * Usage: npx tsx scripts/token-parity.ts [--verbose] [--no-write]
 */
import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { belowFloor, parityMarkdown, parityText } from './parity/parity-table.ts';
import { runVariant, type VariantResult } from './parity/run-parity.ts';
import { SYSTEMS } from './parity/systems.ts';

const verbose = process.argv.includes('--verbose');
const results: VariantResult[] = [];
const regressions: string[] = [];
for (const system of SYSTEMS)
  for (const variant of system.variants) {
    const result = await runVariant(system, variant);
    results.push(result);
    process.stdout.write(parityText(result, verbose ? 40 : 5));
    regressions.push(...belowFloor(result, variant.floor ?? {}));
  }
if (!process.argv.includes('--no-write')) {
  const path = fileURLToPath(new URL('../bench/token-parity.md', import.meta.url));
  await writeFile(path, parityMarkdown(results));
  process.stdout.write(`\nwrote ${path}\n`);
}
for (const line of regressions) process.stdout.write(`regression: ${line}\n`);
process.exitCode = regressions.length > 0 ? 1 : 0;
