import type { Command } from '../command.ts';
import { loadDesignIfConfigured } from '../../source/load-design.ts';
import { buildTokens } from '../../tokens/build-tokens.ts';
import { readTokenInputs } from '../../tokens/read-token-inputs.ts';
import { diffCounts, isEmptyDiff, renderTokenDiffMarkdown } from '../../tokens/token-diff.ts';
import { applyPlan } from '../../handoff/apply-plan.ts';
import { SOURCE_OPTION } from '../args.ts';

/** `design-sync tokens`: builds the design tokens and writes the DTCG files, tokens.css and tokens.ts. */

export const command: Command = {
  name: 'tokens',
  summary: 'Build design tokens (DTCG + Style Dictionary outputs)',
  usage: 'design-sync tokens [--source <path>] [--dry-run] [--json]',
  description:
    'Reads Figma variables and styles from the design and the token files in tokens.files (no design is\n' +
    'needed when tokens.sources has "files"; .json, .json5 and .jsonc are read), validates them\n' +
    '(aliases, cycles, types, duplicate names, modes) and writes tokens/<collection>.tokens.json (DTCG),\n' +
    'tokens/build/tokens.css (:root + one block per mode) and tokens/build/tokens.ts.',
  options: {
    source: SOURCE_OPTION,
  },
  overrides: { source: 'source' },
  async run(ctx) {
    const config = await ctx.config();
    const design = await loadDesignIfConfigured(config, ctx.logger);
    const result = await buildTokens(await readTokenInputs(design, config), config, ctx.logger);
    const changes = await applyPlan(result.files, {
      root: config.root,
      dryRun: ctx.dryRun,
      allowedDirs: [config.paths.tokens],
      manifestPath: config.paths.manifest,
    });
    for (const warning of result.warnings) ctx.logger.warn(`tokens: ${warning}`);
    const written = changes.filter((c) => c.kind === 'create' || c.kind === 'update');
    const conflicts = changes.filter((c) => c.kind === 'conflict');
    const lines = [
      `${result.stats.tokens} tokens (${result.stats.aliases} aliases) from ${result.stats.sources.join(', ') || 'no sources'} in ${result.stats.ms} ms`,
      ...result.stats.collections.map(
        (c) => `  ${c.name}: ${c.tokens} tokens, modes ${c.modes.join(', ')} -> tokens/${c.file}`,
      ),
      ...result.stats.modeBlocks.map((b) => `  ${b.selector}: ${b.tokens} variables`),
      `${ctx.dryRun ? 'would write' : 'wrote'} ${written.length} file(s)${written.length ? `: ${written.map((c) => c.path).join(', ')}` : ''} (${changes.length - written.length - conflicts.length} unchanged)`,
      ...conflicts.map((c) => `conflict: ${c.path} ${c.note ?? ''}`),
      `diff: ${isEmptyDiff(result.diff) ? 'no token changes' : diffCounts(result.diff)}`,
    ];
    if (result.warnings.length > 0)
      lines.push(`${result.warnings.length} warning group(s) (see stderr; --verbose lists each)`);
    return {
      text:
        ctx.logger.verbose && !isEmptyDiff(result.diff)
          ? `${lines.join('\n')}\n\n${renderTokenDiffMarkdown(result.diff)}`
          : lines.join('\n'),
      data: {
        ok: true,
        dryRun: ctx.dryRun,
        stats: result.stats,
        modes: result.modes,
        warnings: result.warnings,
        diff: result.diff,
        changes: changes.map(({ path, kind, producer }) => ({ path, kind, producer })),
      },
    };
  },
};
