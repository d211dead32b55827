import { relative } from 'node:path';
import type { Command } from '../command.ts';
import { loadDesign } from '../../source/load-design.ts';
import { buildTokens } from '../../tokens/build-tokens.ts';
import { readTokenInputs } from '../../tokens/read-token-inputs.ts';
import { generateComponents } from '../../generate/generate-components.ts';
import { formatGenerateTable } from '../../generate/format-table.ts';
import { validateFiles } from '../../generate/gate/validate-files.ts';
import { modelUsageLine } from '../../generate/model/model-usage-line.ts';
import { selectGenerator } from '../../generate/model/select-generator.ts';
import { applyPlan } from '../../handoff/apply-plan.ts';
import { SOURCE_OPTION } from '../args.ts';

/**
 * `design-sync generate`: builds the tokens, then generates components and stories from the design
 * and writes the files that pass the validation gate.
 */

export const command: Command = {
  name: 'generate',
  summary: 'Generate React components and stories from the design',
  usage: 'design-sync generate [names...] [--source <path>] [--dry-run] [--json]',
  description:
    'Builds tokens, then one component (TSX + CSS module) and one story file per component set, component\n' +
    'and configured frame; every file passes the validation gate before it is written. Names limit the run.',
  options: {
    source: SOURCE_OPTION,
    deterministic: { type: 'boolean', description: 'use the template generator (no model)' },
  },
  overrides: { source: 'source', deterministic: 'generator.kind' },
  async run(ctx) {
    const config = await ctx.config();
    const design = await loadDesign(config, ctx.logger);
    const tokens = await buildTokens(await readTokenInputs(design, config), config, ctx.logger);
    // The model when one is configured (OPENAI_API_KEY / OPENAI_BASE_URL, or generator.kind "model"); --deterministic wins.
    const generator = selectGenerator(config, ctx.logger);
    const result = await generateComponents(design, tokens, config, ctx.logger, {
      names: ctx.positionals,
      generator,
      gate: validateFiles,
    });
    const model = 'stats' in generator ? generator.stats : undefined;
    for (const component of result.components) {
      for (const finding of component.findings)
        ctx.logger.debug(`${component.name} ${finding.nodeId}: ${finding.message}`);
    }
    const changes = await applyPlan(result.files, {
      root: config.root,
      dryRun: ctx.dryRun,
      // File paths derive from Figma names: nothing may land outside the output folders.
      allowedDirs: [config.paths.components, config.paths.stories],
      manifestPath: config.paths.manifest,
    });
    const written = changes.filter((c) => c.kind === 'create' || c.kind === 'update').length;
    const modelLine = model ? `\n${modelUsageLine(model)}` : '';
    const text = `${formatGenerateTable(result)}\n${ctx.dryRun ? 'would write' : 'wrote'} ${written} file${written === 1 ? '' : 's'} (${changes.length - written} unchanged)${modelLine}`;
    return {
      text,
      data: {
        ok: result.rejected.length === 0,
        dryRun: ctx.dryRun,
        components: result.components.map((c) => ({ ...c, files: c.files.map((f) => relative(config.root, f)) })),
        rejected: result.rejected.map((r) => ({ ...r, path: relative(config.root, r.path) })),
        changes: changes.map(({ path, kind, producer }) => ({ path, kind, producer })),
        gate: result.gate,
        model: model ?? null,
      },
      ...(result.rejected.length > 0 ? { exitCode: 1 as const } : {}),
    };
  },
};
