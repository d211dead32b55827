import type { ResolvedConfig } from '../core/resolve-config.ts';
import type { Logger } from '../core/logger.ts';
import type { OverridableKey } from '../core/resolve-config.ts';

/**
 * The `Command` contract every CLI command implements: name, usage and options, and `run(ctx)`
 * returning a summary for people and one JSON document.
 */

export interface OptionSpec {
  type: 'string' | 'boolean';
  short?: string;
  multiple?: boolean;
  description: string;
  /** Placeholder shown in help, e.g. "<key or URL>". */
  value?: string;
}

/** A parsed flag's value. */
export type FlagValue = string | boolean | string[] | undefined;

/** Flag name -> the config key it overrides, e.g. `{ file: 'figma.file' }`. */
export type FlagOverrides = Partial<Record<string, OverridableKey>>;

/** Everything a command needs; built once by the CLI entry. */
export interface CommandContext {
  cwd: string;
  options: Record<string, FlagValue>;
  positionals: string[];
  /** Loads the resolved config on first use (init and help do not need one). */
  config(): Promise<ResolvedConfig>;
  logger: Logger;
  json: boolean;
  dryRun: boolean;
  env: NodeJS.ProcessEnv;
  signal: AbortSignal;
}

export interface CommandResult {
  /** Human summary for stdout (omitted with --json). */
  text: string;
  /** The one JSON document printed with --json. */
  data: unknown;
  /** 0 ok, 1 the run finished but checks failed. */
  exitCode?: 0 | 1;
}

export interface Command {
  name: string;
  summary: string;
  usage: string;
  description?: string;
  options: Record<string, OptionSpec>;
  /** The config keys this command's flags override (flags > environment > config file > defaults). */
  overrides?: FlagOverrides;
  run(ctx: CommandContext): Promise<CommandResult>;
}
