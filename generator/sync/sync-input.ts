import type { Shard } from '../check/shard.ts';
import type { ResolvedConfig } from '../core/resolve-config.ts';
import type { Logger } from '../core/logger.ts';

/** `SyncInput`: what one sync run starts with, before any step has run. */

export interface SyncFlags {
  dryRun: boolean;
  skipCheck: boolean;
  /** Only write files: no branch, commit, push or pull request. */
  noPr: boolean;
  /** Check only this shard of the components (`--shard i/n`). */
  shard?: Shard | undefined;
}

/** What the CLI gives a sync run; every step takes the parts of it (and of earlier steps' outputs) it needs. */
export interface SyncInput {
  config: ResolvedConfig;
  logger: Logger;
  flags: SyncFlags;
  env: NodeJS.ProcessEnv;
  signal: AbortSignal;
  /** Whether this run commits on a branch (a git repository, not --no-pr, not a dry run). */
  useGit: boolean;
}
