import { mkdir, stat } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import type { Command } from '../command.ts';
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
  usage: 'design-sync init [dir] [--file <key or Figma URL>] [--dry-run]',
  description: `Writes ${CONFIG_FILE} (with $schema), ${CONFIG_SCHEMA_FILE} and the folders ${FOLDERS.join('/, ')}/.\nAn existing config is never overwritten.`,
  options: {
    file: { type: 'string', value: '<key or URL>', description: 'Figma file to put in figma.file' },
  },
  async run(ctx) {
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
