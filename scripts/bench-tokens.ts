import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { configSchema } from '../generator/core/config-schema.ts';
import { resolveConfig } from '../generator/core/resolve-config.ts';
import { createLogger } from '../generator/core/logger.ts';
import { buildTokens } from '../generator/tokens/build-tokens.ts';
import { readTokenInputs } from '../generator/tokens/read-token-inputs.ts';
import { tokenScaleSet } from './token-scale-set.ts';
import { emptyDesign } from '../generator/source/design.ts';

/** Times the tokens stage on a Spectrum-sized set (3,000 variables x 3 modes, 2,800 aliases). */
const variables = tokenScaleSet();
const config = resolveConfig(configSchema.parse({}), mkdtempSync(join(tmpdir(), 'tokens-bench-')), undefined, {}, {});
const design = emptyDesign('bench', { fileKey: 'BENCH', variables });
for (let run = 1; run <= 3; run++) {
  const started = performance.now();
  const cpu = process.cpuUsage();
  const result = await buildTokens(await readTokenInputs(design, config), config, createLogger('silent'));
  const ms = Math.round(performance.now() - started);
  const used = process.cpuUsage(cpu);
  const cpuMs = Math.round((used.user + used.system) / 1000);
  const css = result.files.find((f) => f.path.endsWith('tokens.css'))?.content.length ?? 0;
  process.stdout.write(
    `run ${run}: ${result.stats.tokens} tokens, ${result.stats.aliases} aliases, modes ${result.modes.join('/')}, ${Math.round(css / 1024)} KiB CSS, ${ms} ms wall, ${cpuMs} ms CPU\n`,
  );
}

// End to end: the real CLI on the same set saved as a variables response (process start included).
{
  const { writeFileSync } = await import('node:fs');
  const { spawnSync } = await import('node:child_process');
  const dir = mkdtempSync(join(tmpdir(), 'tokens-bench-cli-'));
  writeFileSync(join(dir, 'variables.json'), JSON.stringify({ status: 200, error: false, meta: variables }));
  const bin = new URL('../bin/design-sync.js', import.meta.url).pathname;
  for (let run = 1; run <= 2; run++) {
    const started = performance.now();
    // CPU time of the child as well as wall time: on a loaded machine wall time measures the neighbours.
    const child = spawnSync(
      '/usr/bin/time',
      ['-f', '%U %S', process.execPath, bin, 'tokens', '--source', 'variables.json', '--silent'],
      { cwd: dir, encoding: 'utf8' },
    );
    if (child.status !== 0) throw new Error(`design-sync tokens failed: ${child.stderr}`);
    const [user = 0, sys = 0] = (child.stderr.trim().split('\n').pop() ?? '').split(' ').map(Number);
    process.stdout.write(
      `cli run ${run}: design-sync tokens end to end ${Math.round(performance.now() - started)} ms wall, ${Math.round((user + sys) * 1000)} ms CPU\n`,
    );
  }
}
