import type { Command } from '../command.ts';
import { pull, type PullResult } from '../../source/pull.ts';

/**
 * `design-sync pull`: fetches the Figma file into the local snapshot, skipping the fetch when the
 * snapshot already has the current version.
 */

export const command: Command = {
  name: 'pull',
  summary: 'Fetch the Figma file into the local snapshot',
  usage: 'design-sync pull [--file <key or Figma URL>] [--force] [--dry-run]',
  description:
    'Checks the file version with one cheap call; when the snapshot has that version, nothing else is fetched.\n' +
    'Otherwise fetches the file, its variables (Enterprise plans) and PNG renders of the selected components and frames.\n' +
    'Needs FIGMA_TOKEN; FIGMA_API_URL points at another API base URL.',
  options: {
    file: {
      type: 'string',
      value: '<key or URL>',
      description: 'Figma file key or URL (default: figma.file from the config)',
    },
    force: { type: 'boolean', description: 'fetch even when the snapshot version is current' },
  },
  overrides: { file: 'figma.file' },
  async run(ctx) {
    const config = await ctx.config();
    const result = await pull(config, ctx.logger, {
      dryRun: ctx.dryRun,
      force: ctx.options.force === true,
      signal: ctx.signal,
    });
    return { text: formatPull(result), data: result };
  },
};

function formatPull(r: PullResult): string {
  const calls = `${r.stats.calls} Figma API call${r.stats.calls === 1 ? '' : 's'}${r.stats.downloads > 0 ? ` + ${r.stats.downloads} render downloads` : ''}`;
  if (r.status === 'up-to-date')
    return `${r.fileKey}: snapshot is current (version ${r.version}); ${calls}, nothing written`;
  if (r.status === 'dry-run') {
    const from = r.previousVersion === undefined ? 'no snapshot yet' : `snapshot has version ${r.previousVersion}`;
    return [
      `${r.fileKey}: version ${r.version} (${from}); would fetch:`,
      ...r.wouldFetch.map((line) => `  ${line}`),
      `${calls} made, nothing written`,
    ].join('\n');
  }
  const lines = [
    `${r.fileKey}: pulled "${r.name ?? r.fileKey}" version ${r.version} into ${r.folder}`,
    `  ${r.written.length} files written: file.json, ${r.variables === 'fetched' ? 'variables.json, ' : ''}${r.renders} renders, meta.json`,
    `  ${calls}${r.stats.retries > 0 ? ` (${r.stats.retries} retries)` : ''}`,
  ];
  if (r.gaps.length > 0) lines.push(`  ${r.gaps.length} gaps:`, ...r.gaps.slice(0, 10).map((g) => `    ${g}`));
  if (r.warnings.length > 0)
    lines.push(`  ${r.warnings.length} warnings:`, ...r.warnings.slice(0, 10).map((w) => `    ${w}`));
  return lines.join('\n');
}
