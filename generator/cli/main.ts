import { resolve } from 'node:path';
import { COMMANDS } from './commands.ts';
import { commandHelp, GLOBAL_OPTIONS, parseCommandArgs } from './args.ts';
import type { CommandContext } from './command.ts';
import { configOverrides } from './config-overrides.ts';
import { loadConfig } from '../core/load-config.ts';
import type { ResolvedConfig } from '../core/resolve-config.ts';
import { createLogger } from '../core/logger.ts';
import { DesignSyncError, isDesignSyncError, usageError } from '../core/errors.ts';
import { EXIT } from '../core/error-codes.ts';
import { redact } from '../core/redact.ts';
import { VERSION } from '../core/version.ts';

/**
 * The CLI entry: parses the command line, runs the command, prints its result on stdout and maps
 * errors to exit codes. The only place that formats errors and exits.
 */

const HELP = `design-sync ${VERSION}: Figma design -> tokens, React components, stories, checks and a pull request

usage: design-sync <command> [options]

commands:
${Object.entries(COMMANDS)
  .map(([name, c]) => `  ${name.padEnd(10)} ${c.summary}`)
  .join('\n')}

global options:
${Object.entries(GLOBAL_OPTIONS)
  .map(([name, o]) => `  --${name.padEnd(10)} ${o.description}`)
  .join('\n')}

exit codes: 0 ok, 1 checks failed, 2 bad usage/config/input, 3 an upstream service failed
Run \`design-sync <command> --help\` for a command's options.`;

function formatError(error: unknown, verbose: boolean, env: NodeJS.ProcessEnv): string {
  const lines: string[] = [];
  if (isDesignSyncError(error)) {
    lines.push(`error: ${error.message}`);
    if (error.hint) lines.push(`hint: ${error.hint}`);
  } else {
    lines.push(`error: internal error: ${(error as Error)?.message ?? String(error)}`);
    lines.push('hint: this is a bug in design-sync; rerun with --verbose and report the stack.');
  }
  if (verbose) {
    let current: unknown = error;
    while (current instanceof Error) {
      lines.push(current.stack ?? String(current));
      current = current.cause;
      if (current) lines.push('caused by:');
    }
  }
  return redact(lines.join('\n'), env);
}

export async function main(argv: string[], env: NodeJS.ProcessEnv = process.env): Promise<number> {
  const [name, ...rest] = argv;
  const verbose = argv.includes('--verbose') || argv.includes('-v');
  const wantsJson = argv.includes('--json');
  try {
    if (!name || name === '--help' || name === '-h' || name === 'help') {
      process.stdout.write(`${HELP}\n`);
      return name ? EXIT.ok : EXIT.input;
    }
    if (name === '--version' || name === 'version') {
      process.stdout.write(`${VERSION}\n`);
      return EXIT.ok;
    }
    const entry = COMMANDS[name];
    if (!entry) {
      throw usageError('usage/command', `unknown command "${name}"`, {
        hint: `Commands: ${Object.keys(COMMANDS).join(', ')}. Run \`design-sync --help\`.`,
      });
    }
    const { command } = await entry.load();
    const args = parseCommandArgs(rest, command.options);
    if (args.values.help) {
      process.stdout.write(
        `${commandHelp(command.name, command.usage, command.summary, command.options, command.description)}\n`,
      );
      return EXIT.ok;
    }
    const cwd = resolve(typeof args.values.cwd === 'string' ? args.values.cwd : process.cwd());
    const logger = createLogger(args.values.silent ? 'silent' : args.values.verbose ? 'verbose' : 'normal');
    let config: Promise<ResolvedConfig> | undefined;
    const controller = new AbortController();
    const onSignal = () => controller.abort(new DesignSyncError('interrupted', 'interrupted'));
    process.once('SIGINT', onSignal);
    const ctx: CommandContext = {
      cwd,
      options: args.values,
      positionals: args.positionals,
      config: () =>
        (config ??= loadConfig({
          cwd,
          configPath: typeof args.values.config === 'string' ? args.values.config : undefined,
          env,
          overrides: configOverrides(command.overrides ?? {}, args.values, cwd),
        })),
      logger,
      json: args.values.json === true,
      dryRun: args.values['dry-run'] === true,
      env,
      signal: controller.signal,
    };
    const result = await command.run(ctx);
    process.off('SIGINT', onSignal);
    if (ctx.json) process.stdout.write(`${redact(JSON.stringify(result.data, null, 2), env)}\n`);
    else if (result.text) process.stdout.write(`${redact(result.text, env)}\n`);
    return result.exitCode ?? EXIT.ok;
  } catch (error) {
    process.stderr.write(`${formatError(error, verbose, env)}\n`);
    if (wantsJson) {
      const payload = isDesignSyncError(error)
        ? { ok: false, error: { code: error.code, kind: error.kind, message: error.message, hint: error.hint ?? null } }
        : {
            ok: false,
            error: {
              code: 'internal',
              kind: 'internal',
              message: String((error as Error)?.message ?? error),
              hint: null,
            },
          };
      process.stdout.write(`${redact(JSON.stringify(payload, null, 2), env)}\n`);
    }
    return isDesignSyncError(error) ? error.exitCode : EXIT.internal;
  }
}

const code = await main(process.argv.slice(2));
process.exitCode = code;
