/**
 * The generate stage: ir for every selected component, files from a generator (deterministic by
 * default), every file through the shared validation gate, and per-component figures.
 */
import { mapConcurrent } from '../core/map-concurrent.ts';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Design } from '../source/design.ts';
import type { ResolvedConfig } from '../core/resolve-config.ts';
import type { Logger } from '../core/logger.ts';
import type { PlannedFile } from '../core/plan.ts';
import type { TokenIndex } from '../tokens/token-index.ts';
import type { IrComponent, IrFinding } from '../ir/types.ts';
import type { ComponentPlan } from '../ir/component.ts';
import type { ComponentGenerator, GeneratorInfo } from './generator.ts';
import type { GateContext, GateReason, GateResult } from './gate/types.ts';
import { buildIr } from '../ir/build-ir.ts';
import { deterministicGenerator } from './deterministic.ts';
import { validateFiles } from './gate/validate-files.ts';
import { cssModulesDeclaration, fontsFile, indexFile } from './shared-files.ts';
import { fontUses, resolveFonts } from '../fonts/resolve-fonts.ts';
import { assetFiles, type RenderCache } from './asset-files.ts';

/** The shared validation gate (generator/generate/gate), passed in so tests and callers choose. */
export type Gate = (files: PlannedFile[], ctx: GateContext) => Promise<GateResult>;

export interface GenerateOptions {
  /** Only these components (generated name, Figma name or node id). */
  names?: string[];
  generator?: ComponentGenerator;
  /** The validation gate; `false` skips it (only for callers that validate themselves). */
  gate?: Gate | false;
  /** Type-check inside the gate (default true). */
  typeCheck?: boolean;
  /** The design's component plans when the caller made them already (`planComponents`). */
  plans?: ComponentPlan[];
  /**
   * Components the written index keeps when this run does not write them. Default: those not
   * generated this run whose `<Name>.tsx` is on disk. A sync passes the manifest's components, so a
   * rejected component keeps its export along with its last files.
   */
  previous?: ReadonlySet<string>;
}

export interface ComponentStats {
  name: string;
  nodeId: string;
  kind: IrComponent['kind'];
  props: number;
  variants: number;
  nodes: number;
  exact: number;
  approximate: number;
  raw: number;
  /** Bound variables the token index does not know (see findings of kind unresolved-variable). */
  unresolved: number;
  files: string[];
  generator: GeneratorInfo;
  findings: IrFinding[];
  /** False when the gate rejected any of its files (none of them is written). */
  accepted: boolean;
}

export interface RejectedFile {
  path: string;
  component: string | undefined;
  reasons: GateReason[];
}

export interface GenerateResult {
  files: PlannedFile[];
  components: ComponentStats[];
  rejected: RejectedFile[];
  ir: IrComponent[];
  gate: { ran: boolean; ms: number };
  warnings: string[];
}

export async function generateComponents(
  design: Design,
  tokens: { index: TokenIndex },
  config: ResolvedConfig,
  logger: Logger,
  options: GenerateOptions = {},
): Promise<GenerateResult> {
  const generator = options.generator ?? deterministicGenerator;
  const { previous } = options;
  const {
    components: ir,
    planned,
    warnings,
  } = buildIr(design, tokens.index, config, options.names ?? [], options.plans);
  const onDisk = (name: string) =>
    !ir.some((c) => c.name === name) && existsSync(join(paths.components, name, `${name}.tsx`));
  // The index re-exports this run's components and, in a named run, the others already on disk.
  const indexed = (kept: IrComponent[], stays: (name: string) => boolean = onDisk) =>
    planned.filter((name) => kept.some((c) => c.name === name) || stays(name));
  logger.progress(`generate: ${ir.length} component${ir.length === 1 ? '' : 's'} from ${design.name || design.origin}`);
  const paths = { components: config.paths.components, stories: config.paths.stories };
  const outputs = new Map<string, { files: PlannedFile[]; info: GeneratorInfo }>();
  // Components are independent until the gate below; a model generator spends most of its time waiting on the endpoint.
  const counter = logger.count('generate: components generated', ir.length);
  const generated = await mapConcurrent(ir, config.generator.concurrency, async (component) => {
    const output = await generator.generate({
      component,
      tokens: tokens.index,
      existing: ir.filter((c) => c !== component).map((c) => ({ name: c.name, props: c.props })),
      paths,
      fileKey: design.fileKey,
    });
    counter.tick();
    return output;
  }).finally(() => counter.done());
  const renders: RenderCache = new Map();
  for (const [i, component] of ir.entries()) {
    const output = generated[i]!;
    const assets = await assetFiles(component, join(paths.components, component.name), renders);
    component.findings.push(...assets.findings);
    outputs.set(component.name, { files: [...output.files, ...assets.files], info: output.generator });
  }

  const componentFiles = [...outputs.values()].flatMap((o) => o.files);
  const ownerOf = new Map<string, string>();
  for (const [name, o] of outputs) for (const f of o.files) ownerOf.set(f.path, name);
  const fonts = fontsFile(paths.components, resolveFonts(fontUses(design.roots), config.root, config.fonts));
  const shared = [cssModulesDeclaration(paths.components)];
  let rejected: RejectedFile[] = [];
  let gateMs = 0;
  const gate = options.gate === undefined ? validateFiles : options.gate;
  if (gate) {
    const started = performance.now();
    const result = await gate([...shared, ...componentFiles, await indexFile(paths.components, indexed(ir))], {
      root: config.root,
      outputDirs: [paths.components, paths.stories, config.paths.tokens],
      storiesDir: paths.stories,
      tokens: tokens.index,
      typeCheck: options.typeCheck ?? true,
    });
    gateMs = performance.now() - started;
    rejected = result.rejected.map((r) => ({ path: r.path, component: ownerOf.get(r.path), reasons: r.reasons }));
  } else {
    logger.debug('generate: no validation gate given; files are not validated');
  }
  const failed = new Set(rejected.flatMap((r) => (r.component ? [r.component] : [])));
  for (const name of failed)
    logger.warn(
      `generate: ${name} was not written: ${rejected.find((r) => r.component === name)?.reasons[0]?.message ?? 'rejected'}`,
    );
  const kept = ir.filter((c) => !failed.has(c.name));
  const files = [
    ...shared,
    // Not gated: built from installed packages and the config's font files (imports the gate
    // forbids in generated CSS), never from a model's answer.
    ...(fonts ? [fonts] : []),
    ...kept.flatMap((c) => outputs.get(c.name)?.files ?? []),
    await indexFile(paths.components, indexed(kept, previous ? (name) => previous.has(name) : onDisk)),
  ];
  const components: ComponentStats[] = ir.map((c) => ({
    name: c.name,
    nodeId: c.nodeId,
    kind: c.kind,
    props: c.props.length,
    variants: c.variants.length,
    nodes: c.stats.nodes,
    exact: c.stats.exact,
    approximate: c.stats.approximate,
    raw: c.stats.raw,
    unresolved: c.stats.unresolved ?? 0,
    files: (outputs.get(c.name)?.files ?? []).map((f) => f.path),
    generator: outputs.get(c.name)?.info ?? { kind: generator.kind, attempts: 0, notes: [] },
    findings: c.findings,
    accepted: !failed.has(c.name),
  }));
  return { files, components, rejected, ir, gate: { ran: gate !== false, ms: Math.round(gateMs) }, warnings };
}
