import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { configSchema, type ConfigFile } from '../../generator/core/config-schema.ts';
import { resolveConfig, type ResolvedConfig } from '../../generator/core/resolve-config.ts';
import { emptyDesign, type Design, type DesignVariables, type FigmaNode } from '../../generator/source/design.ts';
import { parseVariables } from '../../generator/source/parse-variables.ts';
import { createMemoryLogger, type Logger } from '../../generator/core/logger.ts';
import { buildTokens, type BuildTokensOptions, type TokensResult } from '../../generator/tokens/build-tokens.ts';
import { readTokenInputs } from '../../generator/tokens/read-token-inputs.ts';

export const FIXTURES = new URL('../fixtures/tokens/', import.meta.url).pathname;

export async function tempRoot(): Promise<string> {
  return mkdtemp(join(tmpdir(), 'design-sync-tokens-'));
}

export function configFor(root: string, tokens: NonNullable<ConfigFile['tokens']> = {}): ResolvedConfig {
  return resolveConfig(configSchema.parse({ tokens }), root, undefined, {}, {});
}

export function designWith(
  parts: { variables?: DesignVariables; roots?: FigmaNode[]; styles?: Design['styles'] } = {},
): Design {
  return emptyDesign('test', {
    fileKey: 'TESTKEY',
    name: 'Test',
    roots: parts.roots ?? [],
    styles: parts.styles ?? {},
    variables: parts.variables,
  });
}

export async function fixtureVariables(): Promise<DesignVariables> {
  const path = join(FIXTURES, 'variables.json');
  return parseVariables(JSON.parse(await readFile(path, 'utf8')), path);
}

/** The tokens stage as the commands run it: inputs read from disk, then built. */
export async function buildTokensFromDisk(
  design: Design,
  config: ResolvedConfig,
  logger: Logger,
  options: BuildTokensOptions = {},
): Promise<TokensResult> {
  return buildTokens(await readTokenInputs(design, config), config, logger, options);
}

/** Writes files (path -> JSON) under a fresh root and returns it. */
export async function writeTree(files: Record<string, unknown>): Promise<string> {
  const root = await tempRoot();
  for (const [path, doc] of Object.entries(files)) {
    if (doc === undefined) continue;
    await mkdir(dirname(join(root, path)), { recursive: true });
    await writeFile(join(root, path), JSON.stringify(doc, null, 2));
  }
  return root;
}

export async function buildCss(root: string, tokens: NonNullable<ConfigFile['tokens']>) {
  const result = await buildTokensFromDisk(designWith(), configFor(root, tokens), createMemoryLogger());
  const css = result.files.find((f) => f.path.endsWith('tokens.css'))?.content ?? '';
  return { result, css, blocks: cssBlocks(css) };
}

/** selector -> { --var: value } of every rule in the CSS. */
export function cssBlocks(css: string): Record<string, Record<string, string>> {
  const out: Record<string, Record<string, string>> = {};
  for (const match of css.replace(/\/\*[\s\S]*?\*\//g, '').matchAll(/([^{}]+)\{([^{}]*)\}/g)) {
    const selector = match[1]!.trim();
    const decls: Record<string, string> = {};
    for (const line of match[2]!.split(';')) {
      const colon = line.indexOf(':');
      if (colon > 0) decls[line.slice(0, colon).trim()] = line.slice(colon + 1).trim();
    }
    out[selector] = { ...out[selector], ...decls };
  }
  return out;
}
