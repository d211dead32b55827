/**
 * Runs generate on every Figma file of the shared corpus (figma/ and screens/) into a temporary
 * folder inside the project (so the gate's type-check resolves React), and prints per file:
 * components, props, nodes, the share of style values on tokens and the time taken.
 *
 *   npx tsx scripts/corpus-generate.ts [--keep] [name-filter]
 */
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { configSchema } from '../generator/core/config-schema.ts';
import { resolveConfig } from '../generator/core/resolve-config.ts';
import { createLogger } from '../generator/core/logger.ts';
import { isDesignSyncError } from '../generator/core/errors.ts';
import { readDesign } from '../generator/source/load-design.ts';
import { buildTokens } from '../generator/tokens/build-tokens.ts';
import { readTokenInputs } from '../generator/tokens/read-token-inputs.ts';
import { generateComponents } from '../generator/generate/generate-components.ts';
import { applyPlan } from '../generator/handoff/apply-plan.ts';

const ROOT = new URL('..', import.meta.url).pathname;
const CORPUS = process.env.DESIGN_SYNC_CORPUS ?? join(ROOT, '../shared/corpus');

function jsonFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) return jsonFiles(path);
      // figma.json beside a screen render is its metadata, not a design.
      return name.endsWith('.json') && name !== 'figma.json' ? [path] : [];
    });
}

const args = process.argv.slice(2);
const keep = args.includes('--keep');
const filter = args.find((a) => !a.startsWith('--'));
const files = [...jsonFiles(join(CORPUS, 'figma')), ...jsonFiles(join(CORPUS, 'screens'))].filter(
  (f) => !filter || f.includes(filter),
);
if (files.length === 0) {
  console.error(`no corpus files under ${CORPUS}`);
  process.exitCode = 2;
}
const out = mkdtempSync(join(ROOT, 'tmp-corpus-generate-'));
const logger = createLogger('silent');
const pct = (n: number, total: number) =>
  total === 0 ? '   -' : `${String(Math.round((n / total) * 100)).padStart(3)}%`;
let failures = 0;
console.log(
  ['file'.padEnd(58), 'comps', 'props', 'nodes', 'exact', 'approx', '  raw', 'rejected', '   time'].join(' '),
);
for (const file of files) {
  const started = performance.now();
  const name = relative(CORPUS, file);
  const dir = join(out, basename(file, '.json').replace(/[^A-Za-z0-9_-]/g, '_') + '-' + files.indexOf(file));
  try {
    const config = resolveConfig(
      configSchema.parse({
        output: {
          components: relative(ROOT, join(dir, 'src')),
          stories: relative(ROOT, join(dir, 'stories')),
          tokens: relative(ROOT, join(dir, 'tokens')),
        },
      }),
      ROOT,
      undefined,
      {},
      {},
    );
    const design = await readDesign(file);
    const tokens = await buildTokens(await readTokenInputs(design, config), config, logger);
    const result = await generateComponents(design, tokens, config, logger);
    if (keep) await applyPlan([...tokens.files, ...result.files], { root: ROOT, dryRun: false });
    const sum = (key: 'props' | 'nodes' | 'exact' | 'approximate' | 'raw') =>
      result.components.reduce((n, c) => n + c[key], 0);
    const total = sum('exact') + sum('approximate') + sum('raw');
    const rejected = result.rejected.length;
    if (rejected > 0) failures++;
    console.log(
      [
        name.slice(-58).padEnd(58),
        String(result.components.length).padStart(5),
        String(sum('props')).padStart(5),
        String(sum('nodes')).padStart(5),
        pct(sum('exact'), total).padStart(5),
        pct(sum('approximate'), total).padStart(6),
        pct(sum('raw'), total).padStart(5),
        String(rejected).padStart(8),
        `${((performance.now() - started) / 1000).toFixed(1)}s`.padStart(7),
      ].join(' '),
    );
    for (const r of result.rejected.slice(0, 3))
      console.log(
        `    rejected ${relative(dir, r.path)}: ${r.reasons
          .map((x) => `${x.rule} ${x.message}`)
          .join('; ')
          .slice(0, 200)}`,
      );
  } catch (error) {
    if (isDesignSyncError(error) && error.code === 'input/shape') {
      console.log(`${name.slice(-58).padEnd(58)} skipped: not a Figma response`);
      continue;
    }
    failures++;
    console.log(
      `${name.slice(-58).padEnd(58)} ${isDesignSyncError(error) ? `error ${error.code}: ${error.message}` : `CRASH ${(error as Error).stack}`}`,
    );
  }
}
if (keep) console.log(`output kept in ${relative(ROOT, out)}`);
else rmSync(out, { recursive: true, force: true });
if (failures > 0) process.exitCode = 1;
