import { mkdir, stat } from 'node:fs/promises';
import { readTextIfExists, writeFileAtomic } from '../../core/fs-atomic.ts';
import {
  DEFAULT_CRON,
  DEFAULT_SHARDS,
  githubWorkflow,
  parseCron,
  parseShardCount,
  WORKFLOW_PATH,
} from '../../handoff/github-workflow.ts';
import { join, relative, resolve } from 'node:path';
import type { Command, CommandContext, CommandResult } from '../command.ts';
import { CONFIG_FILE } from '../../core/load-config.ts';
import { CONFIG_SCHEMA_FILE, configJsonSchemaText } from '../../core/config-json-schema.ts';
import { usageError } from '../../core/errors.ts';
import type { PlannedFile } from '../../core/plan.ts';
import { applyPlan } from '../../handoff/apply-plan.ts';
import { parseFigmaRef } from '../../source/figma-url.ts';

/**
 * `design-sync init`: writes a starter config, its JSON Schema and the output folders into a
 * repository, never overwriting an existing config.
 */

const FOLDERS = ['tokens', 'src', 'stories'] as const;

/** The starter config: the keys a new user edits first, with the defaults spelled out. */
export function starterConfig(file: string | undefined): Record<string, unknown> {
  return {
    $schema: `./${CONFIG_SCHEMA_FILE}`,
    figma: { ...(file === undefined ? {} : { file }), pages: [], frames: [], components: [] },
    snapshotDir: '.design-sync/snapshots',
    output: { tokens: 'tokens', components: 'src', stories: 'stories' },
    tokens: { files: [] },
    generator: { kind: 'auto' },
  };
}

export const command: Command = {
  name: 'init',
  summary: 'Write a config and the output folders into a repository',
  usage:
    'design-sync init [dir] [--file <key or Figma URL>] [--dry-run]\n' +
    '       design-sync init [dir] --ci github [--cron "<m h dom mon dow>"] [--shards <n>] [--force] [--dry-run]',
  description:
    `Writes ${CONFIG_FILE} (with $schema), ${CONFIG_SCHEMA_FILE} and the folders ${FOLDERS.join('/, ')}/.\nAn existing config is never overwritten.\n` +
    `With --ci github, writes only ${WORKFLOW_PATH}: a scheduled sync, checked on a matrix of --shards machines,\n` +
    'its merged report in the pull request. --dry-run prints the workflow; a different existing one needs --force.',
  options: {
    file: { type: 'string', value: '<key or URL>', description: 'Figma file to put in figma.file' },
    ci: {
      type: 'string',
      value: 'github',
      description: `write the CI workflow (${WORKFLOW_PATH}) instead of the config`,
    },
    cron: {
      type: 'string',
      value: '<cron>',
      description: `when the workflow runs (default "${DEFAULT_CRON}", Mondays 06:00 UTC)`,
    },
    shards: {
      type: 'string',
      value: '<n>',
      description: `check machines in the workflow's matrix (default ${DEFAULT_SHARDS})`,
    },
    force: { type: 'boolean', description: 'with --ci: overwrite a workflow file that differs' },
  },
  async run(ctx) {
    if (ctx.options.ci !== undefined) return initCi(ctx);
    if (ctx.positionals.length > 1) {
      throw usageError(
        'usage/init-args',
        `init takes one folder, got ${ctx.positionals.length}: ${ctx.positionals.join(' ')}`,
        {
          hint: 'Run `design-sync init [dir]`.',
        },
      );
    }
    const dir = resolve(ctx.cwd, ctx.positionals[0] ?? '.');
    const configPath = join(dir, CONFIG_FILE);
    if (await exists(configPath)) {
      throw usageError('init/exists', `${display(ctx.cwd, configPath)} already exists; init does not overwrite it`, {
        hint: 'Edit the existing config, or delete it and run `design-sync init` again.',
      });
    }
    const file = typeof ctx.options.file === 'string' ? ctx.options.file : undefined;
    if (file !== undefined) parseFigmaRef(file);
    const files: PlannedFile[] = [
      { path: configPath, content: `${JSON.stringify(starterConfig(file), null, 2)}\n`, producer: 'init' },
      { path: join(dir, CONFIG_SCHEMA_FILE), content: configJsonSchemaText(), producer: 'init' },
    ];
    const folders: Array<{ path: string; kind: 'create' | 'unchanged' }> = [];
    for (const name of FOLDERS) {
      const path = join(dir, name);
      const existed = await exists(path);
      if (!existed && !ctx.dryRun) await mkdir(path, { recursive: true });
      folders.push({ path: `${name}/`, kind: existed ? 'unchanged' : 'create' });
    }
    const changes = await applyPlan(files, { root: dir, dryRun: ctx.dryRun });
    const entries = [...changes.map((c) => ({ path: c.path, kind: c.kind })), ...folders];
    const verb = ctx.dryRun ? 'would write' : 'wrote';
    const text = [
      `init: ${verb} ${entries.filter((e) => e.kind !== 'unchanged').length} entries in ${display(ctx.cwd, dir)}`,
      ...entries.map((e) => `  ${e.kind.padEnd(9)} ${e.path}`),
      ...(ctx.dryRun
        ? []
        : [
            '',
            file === undefined
              ? 'next: set figma.file in the config, then `design-sync pull`'
              : 'next: `design-sync pull` (needs FIGMA_TOKEN)',
          ]),
    ].join('\n');
    return { text, data: { dryRun: ctx.dryRun, dir, entries } };
  },
};

/** `init --ci github`: the workflow file alone, written atomically; a different file is kept unless --force. */
async function initCi(ctx: CommandContext): Promise<CommandResult> {
  if (ctx.options.ci !== 'github') {
    throw usageError('usage/init-ci', `--ci ${String(ctx.options.ci)} is not supported; the one CI is github`, {
      hint: 'Run `design-sync init --ci github`.',
    });
  }
  if (ctx.positionals.length > 1) {
    throw usageError(
      'usage/init-args',
      `init takes one folder, got ${ctx.positionals.length}: ${ctx.positionals.join(' ')}`,
      {
        hint: 'Run `design-sync init [dir] --ci github`.',
      },
    );
  }
  const cron = typeof ctx.options.cron === 'string' ? parseCron(ctx.options.cron) : DEFAULT_CRON;
  const shards = typeof ctx.options.shards === 'string' ? parseShardCount(ctx.options.shards) : DEFAULT_SHARDS;
  const dir = resolve(ctx.cwd, ctx.positionals[0] ?? '.');
  const path = join(dir, WORKFLOW_PATH);
  const content = githubWorkflow({ cron, shards });
  const previous = await readTextIfExists(path);
  const kind = previous === undefined ? 'create' : previous === content ? 'unchanged' : 'update';
  if (kind === 'update' && ctx.options.force !== true && !ctx.dryRun) {
    throw usageError(
      'init/workflow-exists',
      `${display(ctx.cwd, path)} exists and differs from the workflow init writes`,
      {
        hint: 'Keep your edits, or pass --force to overwrite it (--dry-run prints the new one).',
      },
    );
  }
  if (!ctx.dryRun && kind !== 'unchanged') await writeFileAtomic(path, content);
  const hasConfig = await exists(join(dir, CONFIG_FILE));
  const text = ctx.dryRun
    ? content.trimEnd()
    : [
        `init: ${kind === 'unchanged' ? 'unchanged' : kind === 'create' ? 'wrote' : 'overwrote'} ${display(ctx.cwd, path)} (schedule "${cron}", ${shards} check shard${shards === 1 ? '' : 's'})`,
        '',
        hasConfig
          ? 'next: add the repository secret FIGMA_TOKEN, commit the workflow, and run it from the Actions tab'
          : `next: run \`design-sync init\` for ${CONFIG_FILE}, add the repository secret FIGMA_TOKEN, commit both`,
      ].join('\n');
  return { text, data: { dryRun: ctx.dryRun, path, kind, cron, shards, content } };
}

function display(cwd: string, path: string): string {
  const rel = relative(cwd, path);
  return rel === '' ? '.' : rel.startsWith('..') ? path : rel;
}

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  );
}
