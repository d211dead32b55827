import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { configSchema, type ConfigFile } from '../../generator/core/config-schema.ts';
import { resolveConfig, type ResolvedConfig } from '../../generator/core/resolve-config.ts';
import { emptyDesign, type Design, type DesignVariables, type FigmaNode } from '../../generator/source/design.ts';
import { parseVariables } from '../../generator/source/parse-variables.ts';
import type { Logger } from '../../generator/core/logger.ts';
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
