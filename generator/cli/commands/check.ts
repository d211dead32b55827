import { join, relative } from 'node:path';
import { isDesignSyncError } from '../../core/errors.ts';
import type { Logger } from '../../core/logger.ts';
import type { ResolvedConfig } from '../../core/resolve-config.ts';
import { VERSION } from '../../core/version.ts';
import { buildReport } from '../../report/build-report.ts';
import { CHECK_LABELS } from '../../report/format.ts';
import { previousChecks } from '../../report/previous-checks.ts';
import { REPORT_FILES, writeReport } from '../../report/write-report.ts';
import { runChecks } from '../../check/run-checks.ts';
import { parseShard } from '../../check/shard.ts';
import type { CheckResults, CheckStatus } from '../../check/types.ts';
import { lintTokenFiles } from '../../check/token-lint.ts';
import { loadDesign } from '../../source/load-design.ts';
import { buildTokens, type TokensResult } from '../../tokens/build-tokens.ts';
import { tokensCssPath } from '../../tokens/tokens-css-path.ts';
import { readTokenInputs } from '../../tokens/read-token-inputs.ts';
import type { Design } from '../../source/design.ts';
import type { Command } from '../command.ts';
import { SHARD_OPTION, SOURCE_OPTION } from '../args.ts';

/**
 * `design-sync check`: runs the checks on the components in src/ and writes the report
 * (report.json, report.html, pr.md).
 */

const ICON: Record<CheckStatus, string> = { pass: '✓', warn: '!', fail: '✗', skipped: '–' };

/** The design when there is one; checks without it still run (no layout or Figma diff). */
async function designIfAny(config: ResolvedConfig, logger: Logger): Promise<Design | undefined> {
  try {
    return await loadDesign(config, logger);
  } catch (error) {
    if (isDesignSyncError(error) && (error.code === 'input/no-source' || error.code === 'input/no-snapshot')) {
      logger.warn(`check: ${error.message}; layout and Figma visual checks are skipped`);
      return undefined;
    }
    throw error;
  }
}

/** The design's tokens, for token lint's suggestions and the mode names; checks run without them. */
async function tokensIfAny(
  design: Design | undefined,
  config: ResolvedConfig,
  logger: Logger,
): Promise<TokensResult | undefined> {
  if (!design) return undefined;
  try {
    return await buildTokens(await readTokenInputs(design, config), config, logger);
  } catch (error) {
    if (!isDesignSyncError(error)) throw error;
    logger.warn(`check: tokens could not be built (${error.message.split('\n')[0]}); token lint is skipped`);
    return undefined;
  }
}

export function summaryText(results: CheckResults, reportPath: string): string {
  const lines = results.components.map((c) => {
    const parts = CHECK_LABELS.map((check) => `${check.short}: ${c.checks[check.key].summary}`);
    return `${ICON[c.status]} ${c.name}${c.rechecked ? '' : ' (unchanged)'}\n    ${parts.join('\n    ')}`;
  });
  const { counts, throughput } = results;
  return [
    ...lines,
    '',
    `${ICON[results.status]} ${counts.components} components, ${counts.stories} stories: ${counts.pass} pass, ${counts.warn} warn, ${counts.fail} fail` +
      (throughput.stories ? ` (${throughput.storiesPerSecond.toFixed(1)} stories/s)` : ''),
    `report: ${reportPath}`,
  ].join('\n');
}

export const command: Command = {
  name: 'check',
  summary: 'Type-check, token-lint, axe, layout and visual checks; write the report',
  usage: 'design-sync check [--source <path>] [--only <Component>]... [--shard <i/n>] [--approve] [--json]',
  description:
    'Checks the components in src/ and their stories in real headless Chromium: axe in every theme mode, layout against the\n' +
    'Figma node, pixel diff against Figma renders and approved baselines, responsive widths. Exit code 1 when a check fails.',
  options: {
    source: SOURCE_OPTION,
    only: {
      type: 'string',
      multiple: true,
      value: '<Component>',
      description: 're-check these components; keep the others from the last report',
    },
    approve: { type: 'boolean', description: "approve this run's screenshots as the new baselines" },
    shard: SHARD_OPTION,
  },
  overrides: { source: 'source' },
  async run(ctx) {
    // Bad flags fail before the design is read.
    const shard = typeof ctx.options.shard === 'string' ? parseShard(ctx.options.shard) : undefined;
    const config = await ctx.config();
    const design = await designIfAny(config, ctx.logger);
    const tokens = await tokensIfAny(design, config, ctx.logger);
    const only = Array.isArray(ctx.options.only) ? ctx.options.only : undefined;
    const cssPath = tokensCssPath(config);
    const results = await runChecks({
      config,
      logger: ctx.logger,
      design,
      modes: tokens?.modes,
      tokensCss: tokens?.files.find((file) => file.path === cssPath)?.content,
      tokenLint: tokens ? (files) => lintTokenFiles(files, tokens.index, config.root) : undefined,
      changed: only,
      recheck: only,
      previous: only ? await previousChecks(config.paths.report, ctx.logger) : undefined,
      approve: ctx.options.approve === true,
      dryRun: ctx.dryRun,
      signal: ctx.signal,
      shard,
    });
    const report = buildReport({
      generatedAt: results.generatedAt,
      designSync: VERSION,
      root: config.root,
      design: {
        fileKey: design?.fileKey,
        name: design?.name ?? config.figma.file ?? 'no design',
        version: design?.version,
        lastModified: design?.lastModified,
      },
      ...(tokens
        ? {
            tokens: {
              total: tokens.stats.tokens,
              byType: tokens.stats.byType,
              modes: tokens.modes,
              warnings: tokens.warnings,
            },
          }
        : {}),
      components: results.components.map((c) => ({ name: c.name, change: 'unchanged' as const, files: c.files })),
      files: [],
      checks: results,
      shard,
      timings: { check: results.timings.total ?? 0 },
    });
    if (!ctx.dryRun) await writeReport(config.paths.report, report);
    const reportPath = relative(ctx.cwd, join(config.paths.report, REPORT_FILES.html)) || REPORT_FILES.html;
    return {
      text: summaryText(results, ctx.dryRun ? '(not written: --dry-run)' : reportPath),
      data: report,
      exitCode: results.status === 'fail' ? 1 : 0,
    };
  },
};
