import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { configSchema, resolveConfig, type ConfigFile, type ResolvedConfig } from '../../generator/core/config.ts';
import { emptyDesign, type Design, type DesignVariables, type FigmaNode } from '../../generator/source/design.ts';
import { parseVariables } from '../../generator/source/parse-variables.ts';

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
