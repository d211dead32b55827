/**
 * Corpus run for the tokens stage: every set under ../shared/corpus/tokens converts and builds;
 * sets that ship their expected output are compared value for value; Figma variables and the
 * bound variables of the corpus screens must resolve through the index. Not part of `npm test`
 * (the corpus is not in the repository). Usage: tsx scripts/corpus-tokens.ts [--verbose]
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { configSchema } from '../generator/core/config-schema.ts';
import { resolveConfig } from '../generator/core/resolve-config.ts';
import { createLogger } from '../generator/core/logger.ts';
import { emptyDesign, type Design } from '../generator/source/design.ts';
import { readDesign } from '../generator/source/load-design.ts';
import { parseVariables } from '../generator/source/parse-variables.ts';
import { buildTokens, type TokensResult } from '../generator/tokens/build-tokens.ts';
import { readTokenInputs } from '../generator/tokens/read-token-inputs.ts';
import { readTokenFiles } from '../generator/tokens/read-token-files.ts';
import { resolveTokens } from '../generator/tokens/resolve-tokens.ts';
import { walkNodes } from '../generator/source/figma-nodes.ts';
import { compareExpectedCss, compareModeValues, type Comparison } from './corpus-tokens-compare.ts';

const CORPUS = new URL('../../shared/corpus/', import.meta.url).pathname;
const TOKENS = join(CORPUS, 'tokens');
const verbose = process.argv.includes('--verbose');
const out = (line: string) => process.stdout.write(`${line}\n`);
let failures = 0;


async function build(name: string, design: Design, files: string[]): Promise<TokensResult> {
  const config = resolveConfig(
    configSchema.parse({ tokens: { files } }),
    mkdtempSync(join(tmpdir(), 'corpus-tokens-')),
    undefined,
    {},
    {},
  );
  const result = await buildTokens(await readTokenInputs(design, config), config, createLogger('silent'), { keepGoing: true });
  const collections = result.stats.collections
    .map((c) => `${c.name} ${c.tokens}${c.modes.length > 1 ? ` (${c.modes.length} modes)` : ''}`)
    .join(', ');
  out(
    `\n## ${name}: ${result.stats.tokens} tokens, ${result.stats.aliases} aliases, ${result.stats.collections.length} collections, modes ${result.modes.join('/')}, ${result.stats.ms} ms`,
  );
  if (verbose) out(`   collections: ${collections}`);
  for (const warning of result.warnings) out(`   warning: ${warning.slice(0, 240)}`);
  return result;
}

function report(label: string, comparison: Comparison) {
  out(
    `   ${label}: ${comparison.equal}/${comparison.compared} values equal${comparison.notes.length ? `; ${comparison.notes.join('; ')}` : ''}`,
  );
  for (const diff of comparison.differences.slice(0, verbose ? 50 : 5)) out(`     differs: ${diff}`);
  if (comparison.differences.length > 0) failures++;
}

async function main() {
  if (!existsSync(TOKENS)) {
    out('corpus not found (../shared/corpus/tokens): nothing to do');
    return;
  }
  // figma-variables-action: Figma's own variables -> DTCG export, one file per collection and mode.
  {
    const dir = join(TOKENS, 'figma-variables-action-tokens');
    await build('figma-variables-action-tokens', emptyDesign('figma-variables-action'), [dir]);
    const files = await readTokenFiles([dir], TOKENS);
    report(
      'per-mode values vs the exported files',
      compareModeValues(resolveTokens(files.collections), dir, 'file-per-mode'),
    );
  }
  // SDS: DTCG with per-mode values in $extensions["com.figma.sds"].modes.
  {
    const file = join(TOKENS, 'sds-tokens', 'tokens.dtcg.json');
    await build('sds-tokens', emptyDesign('sds'), [file]);
    const files = await readTokenFiles([file], TOKENS);
    report(
      'per-mode values vs $extensions modes',
      compareModeValues(resolveTokens(files.collections), file, 'sds-modes'),
    );
  }
  // Tokens Studio + DTCG fixtures of sd-transforms, with the CSS their tests expect.
  {
    const dir = join(TOKENS, 'tokens-studio-sd-transforms', 'test', 'integration');
    for (const test of readdirSync(dir)
      .filter((f) => f.endsWith('.test.ts'))
      .sort()) {
      const text = readFileSync(join(dir, test), 'utf8');
      const source = /source:\s*\[\s*'test\/integration\/tokens\/([^']+)'/.exec(text)?.[1];
      if (!source) continue;
      const result = await build(`sd-transforms ${source}`, emptyDesign(source), [join(dir, 'tokens', source)]);
      report(`CSS vs ${test}`, compareExpectedCss(result, text));
    }
  }
  // Workday: Tokens Studio multi-file with $themes/$metadata.
  await build('workday-canvas-tokens-studio', emptyDesign('workday'), [join(TOKENS, 'workday-canvas-tokens-studio')]);
  // noahwaldner: a real variables/local response; every variable must resolve through the index.
  {
    const path = join(TOKENS, 'noahwaldner-variables', 'variables-local.response.json');
    const variables = parseVariables(JSON.parse(readFileSync(path, 'utf8')), path);
    const result = await build('noahwaldner-variables', emptyDesign('noahwaldner', { variables }), []);
    const ids = Object.keys(variables.variables);
    const resolved = ids.filter((id) => result.index.byVariableId(id));
    const missing = ids.filter((id) => !result.index.byVariableId(id));
    out(
      `   variables resolving through the index: ${resolved.length}/${ids.length} (left out: ${missing.length}, all aliasing library variables the response lacks)`,
    );
  }
  // Corpus screens with boundVariables: every bound id resolves through the index.
  {
    const screens = join(CORPUS, 'screens');
    for (const name of readdirSync(screens)
      .filter((n) => n.startsWith('test_'))
      .sort()) {
      const design = await readDesign(join(screens, name, 'node.document.json'));
      const result = await build(`screens/${name}`, design, []);
      const bound = new Set<string>();
      walkNodes(design.roots, (node) =>
        JSON.stringify((node as { boundVariables?: unknown }).boundVariables ?? {}).replace(
          /"id":"(VariableID:[^"]+)"/g,
          (m, id: string) => (bound.add(id), m),
        ),
      );
      walkNodes(design.roots, (node) =>
        JSON.stringify((node as { fills?: unknown }).fills ?? []).replace(
          /"id":"(VariableID:[^"]+)"/g,
          (m, id: string) => (bound.add(id), m),
        ),
      );
      const hits = [...bound].filter((id) => result.index.byVariableId(id));
      out(`   bound variable ids resolving through the index: ${hits.length}/${bound.size}`);
      if (hits.length !== bound.size) failures++;
    }
  }
  out(failures === 0 ? '\nall corpus token checks passed' : `\n${failures} corpus token check(s) found differences`);
  process.exitCode = failures === 0 ? 0 : 1;
}

await main();
