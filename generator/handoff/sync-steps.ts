/**
 * `design-sync sync` as an ordered array of steps: source -> tokens -> plan -> generate -> apply ->
 * check -> report -> publish. Each step reads what earlier ones left on the context.
 */
import { relative, sep } from 'node:path';
import { VERSION } from '../core/version.ts';
import { loadDesign } from '../source/load-design.ts';
import { buildTokens } from '../tokens/build-tokens.ts';
import { readTokenInputs } from '../tokens/read-token-inputs.ts';
import { planComponents } from '../ir/build-ir.ts';
import { nodeId } from '../ir/read.ts';
import type { ResolvedConfig } from '../core/config.ts';
import type { PlannedFile } from '../core/plan.ts';
import { hashJson, sha256 } from './hash.ts';
import { readManifest, type GeneratorStamp } from './manifest.ts';
import { planIncremental } from './plan-incremental.ts';
import type { Step } from './run-steps.ts';
import { applySync } from './sync-apply.ts';
import type { SyncContext } from './sync-context.ts';
import { checkSkip, checkStep, regenerated, reportSkip } from './sync-check.ts';
import { publishStep, reportStep } from './sync-report.ts';

const posix = (path: string) => path.split(sep).join('/');

/** Which generator this run uses, and the settings that shape its output. */
export function generatorStamp(config: ResolvedConfig): GeneratorStamp {
  // The same rule as the model generator's modelConfigured, without loading the generator on a no-op run.
  const model =
    config.generator.kind === 'model' ||
    (config.generator.kind === 'auto' && (config.env.openaiApiKey || config.env.openaiBaseUrl));
  return {
    kind: model ? 'model' : 'deterministic',
    version: VERSION,
    ...(model ? { model: config.generator.model } : {}),
    settings: hashJson({
      semantics: config.generator.semantics,
      output: config.output,
      tokens: {
        modeSelector: config.tokens.modeSelector,
        colorTolerance: config.tokens.colorTolerance,
        dimensionTolerance: config.tokens.dimensionTolerance,
      },
    }),
  };
}

/** The token set's hash: paths and contents of every token file the tokens stage planned. */
export function tokensHashOf(files: PlannedFile[], root: string): string {
  return hashJson(
    files
      .map((file) => [posix(relative(root, file.path)), sha256(file.content)])
      .sort(([a], [b]) => String(a).localeCompare(String(b))),
  );
}

export const SYNC_STEPS: Step<SyncContext>[] = [
  {
    name: 'source',
    run: async (ctx) => {
      ctx.design = await loadDesign(ctx.config, ctx.logger);
    },
  },
  {
    name: 'tokens',
    run: async (ctx) => {
      const tokens = await buildTokens(await readTokenInputs(ctx.design!, ctx.config), ctx.config, ctx.logger);
      ctx.tokens = tokens;
      ctx.tokensHash = tokensHashOf(tokens.files, ctx.config.root);
      ctx.planned.push(...tokens.files);
    },
  },
  {
    name: 'plan',
    run: async (ctx) => {
      ctx.manifest = await readManifest(ctx.config.paths.manifest);
      ctx.stamp = generatorStamp(ctx.config);
      ctx.components = planComponents(ctx.design!, ctx.config).map((plan) => ({
        name: plan.name,
        nodeIds: [nodeId(plan.selection.node)],
        sourceHash: hashJson(plan.selection.node),
      }));
      ctx.incremental = planIncremental(ctx.manifest, ctx.components, {
        tokensHash: ctx.tokensHash!,
        generator: ctx.stamp,
      });
      const plan = ctx.incremental;
      ctx.logger.info(
        `plan: ${plan.added.length} new, ${plan.changed.length} changed, ${plan.unchanged.length} unchanged, ${plan.removed.length} removed`,
      );
    },
  },
  {
    name: 'generate',
    skip: (ctx) => (regenerated(ctx).length === 0 ? 'no component changed' : undefined),
    run: async (ctx) => {
      // Loaded on demand: the generator, gate (TypeScript) and browser checks are heavy, and a no-op sync needs none of them.
      const [{ generateComponents }, { indexFile }, { validateFiles }, { selectGenerator }] = await Promise.all([
        import('../generate/generate-components.ts'),
        import('../generate/shared-files.ts'),
        import('../generate/gate/validate-files.ts'),
        import('../generate/model/select-generator.ts'),
      ]);
      const generator = selectGenerator(ctx.config, ctx.logger);
      const result = await generateComponents(ctx.design!, ctx.tokens!, ctx.config, ctx.logger, {
        names: regenerated(ctx),
        gate: validateFiles,
        generator,
      });
      if ('stats' in generator) ctx.model = { ...generator.stats, usage: { ...generator.stats.usage } };
      for (const component of result.components) {
        ctx.generators.set(component.name, component.generator);
        if (!component.accepted) ctx.rejected.add(component.name);
      }
      // generateComponents indexes only the components it generated; the index lists them all.
      const before = new Set(Object.values(ctx.manifest!.files).map((file) => file.component));
      const names = (ctx.components ?? [])
        .map((c) => c.name)
        .filter((name) => !ctx.rejected.has(name) || before.has(name));
      const index = await indexFile(ctx.config.paths.components, names);
      ctx.planned.push(...result.files.filter((file) => file.path !== index.path), index);
      ctx.warnings.push(...result.warnings);
    },
  },
  { name: 'apply', run: applySync },
  { name: 'check', skip: checkSkip, run: checkStep },
  { name: 'report', skip: reportSkip, run: reportStep },
  {
    name: 'publish',
    skip: (ctx) =>
      ctx.flags.dryRun
        ? 'dry run'
        : ctx.noop
          ? 'nothing changed'
          : !ctx.useGit
            ? 'no git (--no-pr, handoff.pullRequest false, or not a repository)'
            : undefined,
    run: publishStep,
  },
];
