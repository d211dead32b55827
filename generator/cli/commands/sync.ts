import { join } from 'node:path';
import type { Command, CommandContext } from '../command.ts';
import { repoRoot } from '../../handoff/git.ts';
import { acquireRunLock } from '../../sync/run-lock.ts';
import { runSync, type SyncRun } from '../../sync/run-sync.ts';
import { syncResult } from '../../sync/sync-result.ts';
import { SHARD_OPTION, SOURCE_OPTION } from '../args.ts';
import { parseShard } from '../../check/shard.ts';

/** `design-sync sync`: runs the whole pipeline under the run lock and prepares a pull request. */

export const command: Command = {
  name: 'sync',
  summary: 'Run the whole pipeline and prepare a pull request',
  usage: 'design-sync sync [--source <path>] [--skip-check] [--no-pr] [--shard <i/n>] [--dry-run] [--json]',
  description:
    'Loads the design, builds tokens, regenerates only the components whose design, tokens or generator changed, ' +
    'merges into files stewards edited (never overwriting them), checks, writes the report, and commits on a ' +
    'branch design-sync/<file>-<version>. With GITHUB_TOKEN and a GitHub remote it pushes that branch and opens ' +
    'or updates the pull request; without them it prints what it would open.',
  options: {
    source: SOURCE_OPTION,
    shard: SHARD_OPTION,
    file: { type: 'string', value: '<key or URL>', description: 'Figma file (its snapshot) to sync' },
    deterministic: { type: 'boolean', description: 'use the deterministic generator even when a model is configured' },
    model: { type: 'string', value: '<name>', description: 'model name for the model-backed generator' },
    'max-cost': { type: 'string', value: '<usd>', description: 'stop before the estimated model cost passes this' },
    'skip-check': { type: 'boolean', description: 'skip the browser checks (type-check, axe, layout, pixels)' },
    'no-pr': { type: 'boolean', description: 'only write files: no branch, commit, push or pull request' },
  },
  overrides: {
    source: 'source',
    file: 'figma.file',
    deterministic: 'generator.kind',
    model: 'generator.model',
    'max-cost': 'generator.maxCost',
  },
  async run(ctx: CommandContext) {
    // Bad flags fail before the config and the design are read.
    const shard = typeof ctx.options.shard === 'string' ? parseShard(ctx.options.shard) : undefined;
    const config = await ctx.config();
    const started = performance.now();
    const noPr = ctx.options['no-pr'] === true || !config.handoff.pullRequest;
    const useGit = !ctx.dryRun && !noPr && (await repoRoot(config.root)) !== undefined;
    const lock = ctx.dryRun ? undefined : await acquireRunLock(join(config.root, '.design-sync', 'lock'));
    let run: SyncRun;
    try {
      run = await runSync({
        config,
        logger: ctx.logger,
        flags: {
          dryRun: ctx.dryRun,
          skipCheck: ctx.options['skip-check'] === true,
          noPr,
          shard,
        },
        env: ctx.env,
        signal: ctx.signal,
        useGit,
      });
    } finally {
      await lock?.release();
    }
    const { text, data } = syncResult(run, Math.round(performance.now() - started), ctx.cwd);
    return { text, data, ...(data.ok ? {} : { exitCode: 1 as const }) };
  },
};
