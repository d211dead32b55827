import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { configSchema, resolveConfig } from '../generator/core/config.ts';
import { createLogger } from '../generator/core/logger.ts';
import { buildTokens } from '../generator/tokens/build-tokens.ts';
import { parseVariables } from '../generator/source/parse-variables.ts';
const C = '/work/shared/corpus/tokens';
const sets: [string, string[], string | undefined][] = [
  ['figma-variables-action', [`${C}/figma-variables-action-tokens`], undefined],
  ['sds', [`${C}/sds-tokens/tokens.dtcg.json`], undefined],
  ['sd-transforms', [`${C}/tokens-studio-sd-transforms/test/integration/tokens/sd-transforms.tokens.json`], undefined],
  ['workday', [`${C}/workday-canvas-tokens-studio`], undefined],
  ['noah', [], `${C}/noahwaldner-variables/variables-local.response.json`],
];
for (const [name, files, vars] of sets) {
  const root = mkdtempSync(join(tmpdir(), 'tok-'));
  const config = resolveConfig(configSchema.parse({ tokens: { files } }), root, undefined, {}, {});
  const design = { origin: name, fileKey: undefined, name, version: undefined, lastModified: undefined, roots: [], components: {}, componentSets: {}, styles: {}, variables: vars ? parseVariables(JSON.parse(readFileSync(vars, 'utf8')), vars) : undefined, renders: {}, warnings: [] };
  try {
    const r = await buildTokens(design as never, config, createLogger("normal"), { keepGoing: true });
    console.log(name, r.stats.tokens, r.stats.aliases, r.stats.ms + 'ms', r.modes.join(','), r.warnings);
    if (process.argv[2] === name) for (const f of r.files) console.log('=== ' + f.path + '\n' + f.content.slice(0, Number(process.argv[3] ?? 3000)));
  } catch (e) { console.log(name, 'ERROR', (e as Error).message); }
}
