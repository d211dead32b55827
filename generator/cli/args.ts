import { parseArgs } from 'node:util';
import { usageError } from '../core/errors.ts';
import type { OptionSpec } from './command.ts';

/** Parses a command's flags (its own plus the global ones) and renders its help text. */

/** Flags every command accepts. */
export const GLOBAL_OPTIONS: Record<string, OptionSpec> = {
  config: { type: 'string', value: '<path>', description: 'config file (default: design-sync.config.json)' },
  cwd: { type: 'string', value: '<dir>', description: 'project folder to run in (default: current folder)' },
  json: { type: 'boolean', description: 'print exactly one JSON document on stdout' },
  'dry-run': { type: 'boolean', description: 'show what would change; write nothing' },
  verbose: { type: 'boolean', short: 'v', description: 'more logging, and stacks on errors' },
  silent: { type: 'boolean', short: 's', description: 'no logging on stderr' },
  help: { type: 'boolean', short: 'h', description: 'show help' },
};

/** `--source`, taken by every command that reads design data; each maps it to the `source` config key. */
export const SOURCE_OPTION: OptionSpec = {
  type: 'string',
  value: '<path>',
  description: 'snapshot folder or Figma JSON file to read instead of the configured snapshot',
};

/** `--shard i/n`, taken by `check` and `sync`: check only the i-th of n deterministic parts of the components. */
export const SHARD_OPTION: OptionSpec = {
  type: 'string',
  value: '<i/n>',
  description: 'check only shard i of n (a CI matrix); `report --merge` joins the shards',
};

export interface ParsedArgs {
  values: Record<string, string | boolean | string[] | undefined>;
  positionals: string[];
}

export function parseCommandArgs(argv: string[], options: Record<string, OptionSpec>): ParsedArgs {
  const all = { ...GLOBAL_OPTIONS, ...options };
  const spec = Object.fromEntries(
    Object.entries(all).map(([name, o]) => [
      name,
      { type: o.type, ...(o.short ? { short: o.short } : {}), ...(o.multiple ? { multiple: true } : {}) },
    ]),
  );
  try {
    const { values, positionals } = parseArgs({ args: argv, options: spec, allowPositionals: true, strict: true });
    return { values: values as ParsedArgs['values'], positionals };
  } catch (error) {
    throw usageError('usage/flags', (error as Error).message.replace(/\. To specify a positional.*$/s, ''), {
      hint: 'Run `design-sync <command> --help` for the flags it takes.',
    });
  }
}

function optionLines(options: Record<string, OptionSpec>): string[] {
  return Object.entries(options).map(([name, o]) => {
    const flag = `${o.short ? `-${o.short}, ` : '    '}--${name}${o.value ? ` ${o.value}` : ''}`;
    return `  ${flag.padEnd(30)} ${o.description}`;
  });
}

export function commandHelp(
  name: string,
  usage: string,
  summary: string,
  options: Record<string, OptionSpec>,
  description?: string,
): string {
  return [
    `design-sync ${name}: ${summary}`,
    '',
    `usage: ${usage}`,
    ...(description ? ['', description] : []),
    '',
    'options:',
    ...optionLines(options),
    '',
    'global options:',
    ...optionLines(GLOBAL_OPTIONS),
  ].join('\n');
}
