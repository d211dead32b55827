/**
 * The steps of `design-sync sync` up to the apply: source -> tokens -> plan -> generate. Each takes
 * the outputs of the earlier steps it needs and returns its own.
 */
import { basename, relative } from 'node:path';
import { VERSION } from '../core/version.ts';
import { loadDesignIfConfigured } from '../source/load-design.ts';
import { readTokenInputs } from '../tokens/read-token-inputs.ts';
import type { TokensResult } from '../tokens/build-tokens.ts';
import { buildTokensCached } from '../tokens/tokens-cache.ts';
import { planComponents } from '../ir/build-ir.ts';
import type { ComponentPlan } from '../ir/component.ts';
import { nodeId } from '../source/read-json.ts';
import type { Design, FigmaNode } from '../source/design.ts';
import { walkNodes } from '../source/figma-nodes.ts';
import type { GeneratorInfo } from '../generate/generator.ts';
import type { IrFinding } from '../ir/types.ts';
import type { ModelRunStats } from '../generate/model/model-generator.ts';
import type { ResolvedConfig } from '../core/resolve-config.ts';
import type { PlannedFile } from '../core/plan.ts';
import type { Step } from '../core/run-steps.ts';
import { hashJson, sha256 } from '../handoff/hash.ts';
import { readManifest, type GeneratorStamp, type Manifest } from '../handoff/manifest.ts';
import { planIncremental, regenerated, type ComponentSource, type IncrementalPlan } from './plan-incremental.ts';
import type { SyncInput } from './sync-input.ts';
import { toPosix } from '../core/posix-path.ts';

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
      .map((file) => [toPosix(relative(root, file.path)), sha256(file.content)])
      .sort(([a], [b]) => String(a).localeCompare(String(b))),
  );
}

type Base = Pick<SyncInput, 'config' | 'logger'>;

export interface SourceOutput {
  /** The Figma design; none when no design is configured and tokens come from token files alone. */
  design: Design | undefined;
}

/** What the report, branch and pull request name a run by: the design, or the token files when there is none. */
export function designFacts(design: Design | undefined): {
  name: string;
  fileKey: string | undefined;
  version: string | undefined;
  lastModified: string | undefined;
} {
  if (design === undefined)
    return { name: 'token files', fileKey: undefined, version: undefined, lastModified: undefined };
  const { name, fileKey, version, lastModified } = design;
  return { name, fileKey, version, lastModified };
}

/** Why a run without a design skips a components step. */
export const NO_DESIGN = 'no design: tokens only';

export const sourceStep: Step<Base, SourceOutput> = {
  name: 'source',
  run: async ({ config, logger }) => {
    const design = await loadDesignIfConfigured(config, logger);
    if (design === undefined)
      logger.info(
        'sync: no design configured (figma.file or --source): building tokens only; components are not planned, generated or checked',
      );
    return { design };
  },
};

export interface TokensOutput {
  /** The built tokens; `tokens.files` are the token files planned this run. */
  tokens: TokensResult;
  /** sha of the token files: part of every file's provenance. */
  tokensHash: string;
}

export const tokensStep: Step<Base & SourceOutput, TokensOutput> = {
  name: 'tokens',
  run: async ({ design, config, logger }) => {
    // The last build when no token input changed: Style Dictionary loads only for a real build.
    const tokens = await buildTokensCached(await readTokenInputs(design, config), config, logger);
    return { tokens, tokensHash: tokensHashOf(tokens.files, config.root) };
  },
};

export interface PlanOutput {
  /** The manifest of the last sync (empty on the first). */
  manifest: Manifest;
  stamp: GeneratorStamp;
  /** The design's components as the ir plans them; the generate step builds from these. */
  plans: ComponentPlan[];
  components: ComponentSource[];
  incremental: IncrementalPlan;
}

export const planStep: Step<Base & SourceOutput & Pick<TokensOutput, 'tokensHash'>, PlanOutput> = {
  name: 'plan',
  run: async ({ design, tokensHash, config, logger }) => {
    const manifest = await readManifest(config.paths.manifest);
    const stamp = generatorStamp(config);
    if (design === undefined) return { manifest, stamp, plans: [], components: [], incremental: keepAll(manifest) };
    const plans = planComponents(design, config);
    const components = plans.map((plan) => ({
      name: plan.name,
      nodeIds: [nodeId(plan.selection.node)],
      sourceHash: componentSourceHash(plan.selection.node as unknown as FigmaNode, design),
    }));
    const incremental = planIncremental(manifest, components, { tokensHash, generator: stamp });
    logger.info(
      `plan: ${incremental.added.length} new, ${incremental.changed.length} changed, ${incremental.unchanged.length} unchanged, ${incremental.removed.length} removed`,
    );
    return { manifest, stamp, plans, components, incremental };
  },
};

function nothingGenerated(): Generated {
  return { files: [], generators: new Map(), rejected: new Set(), model: undefined, warnings: [], findings: new Map() };
}

/** Without a design nothing is planned: every component of the last sync keeps its files. */
function keepAll(manifest: Manifest): IncrementalPlan {
  const names = new Set(Object.values(manifest.files).flatMap((file) => file.component ?? []));
  return { added: [], changed: [], unchanged: [...names].sort(), removed: [], reasons: {} };
}

/**
 * What a component is generated from: its node, and the asset files the snapshot holds for layers
 * under it (content-addressed, so their names say when the bytes change). Without assets it is the
 * node's hash alone, as before assets were stored.
 */
export function componentSourceHash(node: FigmaNode, design: Design): string {
  const stored = design.assets ?? {};
  const assets: Record<string, string> = {};
  walkNodes([node], (n) => {
    const asset = stored[n.id];
    if (asset) assets[n.id] = basename(asset.path);
  });
  return Object.keys(assets).length === 0 ? hashJson(node) : hashJson({ node, assets });
}

/** What the generate step made of the regenerated components. */
export interface Generated {
  /** Component files, the shared files and the index (token files are the tokens step's). */
  files: PlannedFile[];
  generators: Map<string, GeneratorInfo>;
  /** Components the validation gate rejected: nothing of theirs is written, their old files stay. */
  rejected: Set<string>;
  /** Model calls, cache hits, tokens and cost of this run, when the model generator ran. */
  model: ModelRunStats | undefined;
  warnings: string[];
  /** Per component, the ir's design findings (the report keeps those a steward must see). */
  findings: Map<string, IrFinding[]>;
}

export interface GenerateOutput {
  generated: Generated;
}

type GenerateInput = Base &
  SourceOutput &
  Pick<TokensOutput, 'tokens'> &
  Pick<PlanOutput, 'plans' | 'manifest' | 'incremental'>;

export const generateStep: Step<GenerateInput, GenerateOutput> = {
  name: 'generate',
  skip: ({ design, incremental }) =>
    design === undefined ? NO_DESIGN : regenerated(incremental).length === 0 ? 'no component changed' : undefined,
  skipped: () => ({ generated: nothingGenerated() }),
  run: async ({ design, tokens, plans, manifest, incremental, config, logger }) => {
    if (design === undefined) return { generated: nothingGenerated() };
    // Loaded on demand: the generator, gate (TypeScript) and browser checks are heavy, and a no-op sync needs none of them.
    const [{ generateComponents }, { validateFiles }, { selectGenerator }] = await Promise.all([
      import('../generate/generate-components.ts'),
      import('../generate/gate/validate-files.ts'),
      import('../generate/model/select-generator.ts'),
    ]);
    const generator = selectGenerator(config, logger);
    const result = await generateComponents(design, tokens, config, logger, {
      names: regenerated(incremental),
      gate: validateFiles,
      generator,
      plans,
      // The index lists every component: the unchanged ones, and a rejected one whose last files stay.
      previous: new Set(Object.values(manifest.files).flatMap((file) => file.component ?? [])),
    });
    const generated: Generated = {
      files: result.files,
      generators: new Map(result.components.map((component) => [component.name, component.generator])),
      rejected: new Set(result.components.filter((component) => !component.accepted).map((c) => c.name)),
      model: 'stats' in generator ? { ...generator.stats, usage: { ...generator.stats.usage } } : undefined,
      warnings: result.warnings,
      findings: new Map(result.components.map((c) => [c.name, c.findings])),
    };
    return { generated };
  },
};
