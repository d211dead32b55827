import type { Command } from './command.ts';

/** The command table: name -> lazily loaded module, so `design-sync --help` stays fast. */
export const COMMANDS: Record<string, { summary: string; load: () => Promise<{ command: Command }> }> = {
  init: {
    summary: 'Write a config and the output folders into a repository',
    load: () => import('./commands/init.ts'),
  },
  pull: { summary: 'Fetch the Figma file into the local snapshot', load: () => import('./commands/pull.ts') },
  inspect: { summary: 'Show what a snapshot or Figma JSON file contains', load: () => import('./commands/inspect.ts') },
  tokens: {
    summary: 'Build design tokens (DTCG + Style Dictionary outputs)',
    load: () => import('./commands/tokens.ts'),
  },
  generate: {
    summary: 'Generate React components and stories from the design',
    load: () => import('./commands/generate.ts'),
  },
  check: {
    summary: 'Type-check, token-lint, axe, layout and visual checks; write the report',
    load: () => import('./commands/check.ts'),
  },
  report: {
    summary: "Merge the shards' reports into one report, HTML and PR body",
    load: () => import('./commands/report.ts'),
  },
  sync: { summary: 'Run the whole pipeline and prepare a pull request', load: () => import('./commands/sync.ts') },
};
