import { readFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import type { z } from 'zod';
import { configSchema, type ParsedConfig } from './config-schema.ts';
import { configError } from './errors.ts';
import { resolveConfig, type ConfigOverrides, type ResolvedConfig } from './resolve-config.ts';

/**
 * Reads and parses design-sync.config.json; bad input is a one-line config error naming the file
 * and the key.
 */

export const CONFIG_FILE = 'design-sync.config.json';

function formatIssue(issue: z.core.$ZodIssue): string {
  const path = issue.path.length ? issue.path.join('.') : '(root)';
  return `${path}: ${issue.message}`;
}

/** Parses config JSON text; errors name the file and the key. */
export function parseConfig(text: string, where: string): ParsedConfig {
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw configError('config/json', `${where} is not valid JSON: ${(error as Error).message}`, {
      hint: 'Fix the JSON syntax, or run `design-sync init` to write a fresh config.',
    });
  }
  const result = configSchema.safeParse(raw);
  if (!result.success) {
    const first = result.error.issues[0];
    const more = result.error.issues.length > 1 ? ` (and ${result.error.issues.length - 1} more)` : '';
    throw configError('config/invalid', `${where}: ${first ? formatIssue(first) : 'invalid'}${more}`, {
      hint: 'See README "Config" for the keys and their types; design-sync.schema.json gives editors completion.',
    });
  }
  return result.data;
}

export interface LoadConfigOptions {
  cwd: string;
  configPath?: string | undefined;
  env?: NodeJS.ProcessEnv;
  overrides?: ConfigOverrides;
}

/** Loads and resolves config. Precedence: flags > environment > config file > defaults. */
export async function loadConfig(options: LoadConfigOptions): Promise<ResolvedConfig> {
  const env = options.env ?? process.env;
  const explicit = options.configPath !== undefined;
  const configPath = resolve(options.cwd, options.configPath ?? CONFIG_FILE);
  let text: string | undefined;
  try {
    text = await readFile(configPath, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    if (explicit) {
      throw configError('config/missing', `config file not found: ${configPath}`, {
        hint: 'Check the --config path, or run `design-sync init` to create one.',
      });
    }
  }
  const parsed = text === undefined ? configSchema.parse({}) : parseConfig(text, configPath);
  const root = text === undefined ? resolve(options.cwd) : dirname(configPath);
  return resolveConfig(parsed, root, text === undefined ? undefined : configPath, env, options.overrides ?? {});
}
