import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { configSchema, resolveConfig } from '../generator/core/config.ts';
import { createLogger } from '../generator/core/logger.ts';
import { buildTokens } from '../generator/tokens/build-tokens.ts';
import { tokenScaleSet } from './token-scale-set.ts';

/** Times the tokens stage on a Spectrum-sized set (3,000 variables x 3 modes, 2,800 aliases). */
const variables = tokenScaleSet();
const config = resolveConfig(configSchema.parse({}), mkdtempSync(join(tmpdir(), 'tokens-bench-')), undefined, {}, {});
const design = { origin: 'bench', fileKey: 'BENCH', name: 'bench', version: undefined, lastModified: undefined, roots: [], components: {}, componentSets: {}, styles: {}, variables, renders: {}, warnings: [] };
for (let run = 1; run <= 3; run++) {
  const started = performance.now();
  const result = await buildTokens(design, config, createLogger('silent'));
  const ms = Math.round(performance.now() - started);
  const css = result.files.find((f) => f.path.endsWith('tokens.css'))?.content.length ?? 0;
  process.stdout.write(`run ${run}: ${result.stats.tokens} tokens, ${result.stats.aliases} aliases, modes ${result.modes.join('/')}, ${Math.round(css / 1024)} KiB CSS, ${ms} ms\n`);
}

// End to end: the real CLI on the same set saved as a variables response (process start included).
{
  const { writeFileSync } = await import('node:fs');
  const { execFileSync } = await import('node:child_process');
  const dir = mkdtempSync(join(tmpdir(), 'tokens-bench-cli-'));
  writeFileSync(join(dir, 'variables.json'), JSON.stringify({ status: 200, error: false, meta: variables }));
  const bin = new URL('../bin/design-sync.js', import.meta.url).pathname;
  for (let run = 1; run <= 2; run++) {
    const started = performance.now();
    execFileSync(process.execPath, [bin, 'tokens', '--source', 'variables.json', '--silent'], { cwd: dir, stdio: 'ignore' });
    process.stdout.write(`cli run ${run}: design-sync tokens end to end ${Math.round(performance.now() - started)} ms\n`);
  }
}
