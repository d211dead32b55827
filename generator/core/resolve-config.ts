import { resolve } from 'node:path';
import type { ParsedConfig } from './config-schema.ts';

/**
 * Resolves a parsed config into the `ResolvedConfig` every stage receives: flag overrides and
 * environment values applied, paths absolute.
 */

/** The resolved config every stage receives: defaults applied, paths absolute, secrets from the environment. */
export interface ResolvedConfig extends ParsedConfig {
  root: string;
  configPath: string | undefined;
  paths: {
    snapshotDir: string;
    source: string | undefined;
    tokens: string;
    components: string;
    stories: string;
    report: string;
    baselines: string;
    conflicts: string;
    manifest: string;
  };
  env: {
    figmaToken: string | undefined;
    figmaApiUrl: string;
    openaiApiKey: string | undefined;
    openaiBaseUrl: string | undefined;
    githubToken: string | undefined;
    githubApiUrl: string;
    browser: string | undefined;
  };
}

/** The config keys a command-line flag may override (the highest precedence), named by their path in the config. */
export interface ConfigOverrides {
  'figma.file'?: string | undefined;
  source?: string | undefined;
  'generator.model'?: string | undefined;
  'generator.kind'?: ParsedConfig['generator']['kind'] | undefined;
  'generator.maxCost'?: number | undefined;
}

/** A config key a flag may override. */
export type OverridableKey = keyof ConfigOverrides;

/** Applies overrides and the environment to a parsed config. Precedence: flags > environment > config file > defaults. */
export function resolveConfig(
  parsed: ParsedConfig,
  root: string,
  configPath: string | undefined,
  env: NodeJS.ProcessEnv,
  overrides: ConfigOverrides,
): ResolvedConfig {
  const figmaFile = overrides['figma.file'] || env.FIGMA_FILE || parsed.figma.file;
  const model = overrides['generator.model'] || env.DESIGN_SYNC_MODEL || parsed.generator.model;
  const kind = overrides['generator.kind'] ?? parsed.generator.kind;
  const source = overrides.source || env.DESIGN_SYNC_SOURCE || parsed.source;
  const maxCost = overrides['generator.maxCost'] ?? parsed.generator.maxCost;
  const at = (p: string) => resolve(root, p);
  const config: ResolvedConfig = {
    ...parsed,
    figma: { ...parsed.figma, ...(figmaFile === undefined ? {} : { file: figmaFile }) },
    generator: { ...parsed.generator, model, kind, ...(maxCost === undefined ? {} : { maxCost }) },
    ...(source === undefined ? {} : { source }),
    root,
    configPath,
    paths: {
      snapshotDir: at(parsed.snapshotDir),
      source: source === undefined ? undefined : at(source),
      tokens: at(parsed.output.tokens),
      components: at(parsed.output.components),
      stories: at(parsed.output.stories),
      report: at(parsed.output.report),
      baselines: at(parsed.check.baselineDir),
      conflicts: at(parsed.handoff.conflictsDir),
      manifest: at(parsed.handoff.manifest),
    },
    env: {
      figmaToken: env.FIGMA_TOKEN || undefined,
      figmaApiUrl: (env.FIGMA_API_URL || 'https://api.figma.com').replace(/\/+$/, ''),
      openaiApiKey: env.OPENAI_API_KEY || undefined,
      openaiBaseUrl: env.OPENAI_BASE_URL || undefined,
      githubToken: env.GITHUB_TOKEN || undefined,
      githubApiUrl: (env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, ''),
      browser: env.DESIGN_SYNC_BROWSER || env.CHROMIUM_PATH || undefined,
    },
  };
  return config;
}
