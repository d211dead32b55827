/**
 * report.json: what one design-sync run did and what its checks found. It is the stable interface for
 * the HTML report, the PR body, the Storybook panel and any CI tooling: `schemaVersion` is bumped on any
 * incompatible change. Paths are relative: files to the project root, images to the report folder.
 */
import { z } from 'zod';
import { checkResultsSchema, checkStatusSchema, componentCheckSchema } from '../check/check-schema.ts';

export const REPORT_SCHEMA_VERSION = 1;

const fileChangeKindSchema = z.enum(['create', 'update', 'unchanged', 'merged', 'conflict', 'remove-proposed']);

/** How a component relates to the previous sync. */
export const componentChangeSchema = z.enum(['new', 'changed', 'unchanged', 'removed']);

const tokenChangeSchema = z.strictObject({
  /** Dot path, e.g. "color.bg.brand". */
  path: z.string(),
  type: z.string().exactOptional(),
  /** The mode the value belongs to, when it differs per mode. */
  mode: z.string().exactOptional(),
  /** Values as CSS text, e.g. "#1e66f5" or "16px". */
  before: z.string().exactOptional(),
  after: z.string().exactOptional(),
});

export const reportFileSchema = z.strictObject({
  path: z.string(),
  change: fileChangeKindSchema,
  /** The stage that produced it, e.g. "tokens/css" or "generate/deterministic". */
  producer: z.string(),
  component: z.string().exactOptional(),
  /** Why, for conflicts and removal proposals. */
  note: z.string().exactOptional(),
  /** For a conflict: the project-relative file holding the merge with conflict markers, for a steward to resolve. */
  proposal: z.string().exactOptional(),
});

export const generatorSummarySchema = z.strictObject({
  kind: z.enum(['deterministic', 'model', 'hand-written']),
  model: z.string().exactOptional(),
  /** Generation attempts including repair rounds (1 for the deterministic generator). */
  attempts: z.number().int().min(0),
  /** Model tokens used, when a model ran. */
  tokens: z.strictObject({ prompt: z.number(), completion: z.number() }).exactOptional(),
  costUsd: z.number().exactOptional(),
  notes: z.array(z.string()),
});

/** A design finding the report lists per component: a layer that draws nothing, or one drawn from a fallback. */
const reportFindingSchema = z.strictObject({
  nodeId: z.string(),
  kind: z.enum(['invisible', 'asset-fallback']),
  message: z.string(),
});

export const reportComponentSchema = z.strictObject({
  name: z.string(),
  figma: z
    .strictObject({ fileKey: z.string().exactOptional(), nodeId: z.string(), url: z.string().exactOptional() })
    .exactOptional(),
  change: componentChangeSchema,
  /** Why it was regenerated ("design changed", "tokens changed", ...). */
  reason: z.string().exactOptional(),
  /** A steward edited a generated file since the last sync (their edit was kept or merged). */
  stewardEdited: z.boolean(),
  /** A steward edit and a design change could not be merged; a steward must resolve it. */
  conflict: z.boolean(),
  /** Worst check status; `skipped` when no check ran. */
  status: checkStatusSchema,
  files: z.array(
    z.strictObject({ path: z.string(), change: fileChangeKindSchema, proposal: z.string().exactOptional() }),
  ),
  generator: generatorSummarySchema.exactOptional(),
  /** Layers Figma draws that the generated code draws differently or not at all. */
  findings: z.array(reportFindingSchema).exactOptional(),
  /** Storybook story ids of this component, for links into a hosted Storybook. */
  storyIds: z.array(z.string()),
  check: componentCheckSchema.exactOptional(),
});

export const reportSchema = z.strictObject({
  $schema: z.string().exactOptional(),
  schemaVersion: z.literal(REPORT_SCHEMA_VERSION),
  generatedAt: z.string(),
  /** design-sync version that wrote it. */
  designSync: z.string(),
  /** Worst status over all checks. */
  status: checkStatusSchema,
  source: z.strictObject({
    fileKey: z.string().exactOptional(),
    name: z.string(),
    version: z.string().exactOptional(),
    lastModified: z.string().exactOptional(),
    url: z.string().exactOptional(),
  }),
  summary: z.strictObject({
    components: z.number(),
    new: z.number(),
    changed: z.number(),
    unchanged: z.number(),
    removed: z.number(),
    stewardEdited: z.number(),
    conflicts: z.number(),
    pass: z.number(),
    warn: z.number(),
    fail: z.number(),
    skipped: z.number(),
    modelCostUsd: z.number(),
    modelTokens: z.strictObject({ prompt: z.number(), completion: z.number() }),
  }),
  tokens: z.strictObject({
    total: z.number(),
    byType: z.record(z.string(), z.number()),
    modes: z.array(z.string()),
    diff: z.strictObject({
      added: z.array(tokenChangeSchema),
      changed: z.array(tokenChangeSchema),
      removed: z.array(tokenChangeSchema),
    }),
    warnings: z.array(z.string()),
  }),
  components: z.array(reportComponentSchema),
  files: z.array(reportFileSchema),
  /** The check stage's run-wide results (components are under `components[].check`); absent when checks did not run. */
  check: checkResultsSchema.omit({ components: true }).exactOptional(),
  /** The shard this report covers (`check --shard i/n`); `report --merge` joins all n into one report without it. */
  shard: z.strictObject({ index: z.number().int().min(1), count: z.number().int().min(1) }).exactOptional(),
  /** Wall time per pipeline stage (source, tokens, ir, generate, check, handoff, total), ms. */
  timings: z.record(z.string(), z.number()),
  warnings: z.array(z.string()),
});

export type Report = z.output<typeof reportSchema>;
export type ReportComponent = z.output<typeof reportComponentSchema>;
export type ReportFile = z.output<typeof reportFileSchema>;
export type ComponentChange = z.output<typeof componentChangeSchema>;
export type GeneratorSummary = z.output<typeof generatorSummarySchema>;
export type TokenChange = z.output<typeof tokenChangeSchema>;
