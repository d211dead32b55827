/**
 * zod mirror of the check stage's result types (`./types.ts`), so report.json can be validated when
 * read back and described by a JSON Schema. The assertions at the bottom make tsc fail when the two drift.
 */
import { z } from 'zod';
import type { CheckResults, ComponentCheck, StoryCheck } from './types.ts';

export const checkStatusSchema = z.enum(['pass', 'warn', 'fail', 'skipped']);
const axeImpactSchema = z.enum(['minor', 'moderate', 'serious', 'critical']);
const thresholdSchema = z.strictObject({ fail: z.number(), warn: z.number() });
const sizeSchema = z.strictObject({ width: z.number(), height: z.number() });
const boxSchema = z.strictObject({ x: z.number(), y: z.number(), width: z.number(), height: z.number() });

const typeDiagnosticSchema = z.strictObject({
  file: z.string(),
  line: z.number(),
  column: z.number(),
  code: z.string(),
  message: z.string(),
});

const tokenLintFindingSchema = z.strictObject({
  file: z.string(),
  line: z.number(),
  column: z.number(),
  kind: z.string(),
  value: z.string(),
  suggestion: z
    .strictObject({ path: z.string(), cssVar: z.string(), distance: z.number(), unit: z.string() })
    .exactOptional(),
  message: z.string(),
});

const a11yViolationSchema = z.strictObject({
  id: z.string(),
  impact: axeImpactSchema.nullable(),
  help: z.string(),
  helpUrl: z.string(),
  targets: z.array(z.string()),
  summary: z.string().exactOptional(),
});

const a11yModeSchema = z.strictObject({
  mode: z.string(),
  status: checkStatusSchema,
  violations: z.array(a11yViolationSchema),
  contrastViolations: z.number(),
});

const layoutNodeSchema = z.strictObject({
  figmaId: z.string(),
  figmaName: z.string(),
  domPath: z.string().optional(),
  iou: z.number(),
  figma: boxSchema,
  dom: boxSchema.optional(),
});

const layoutSchema = z.strictObject({
  status: checkStatusSchema,
  score: z.number(),
  matchedMeanIoU: z.number(),
  figmaNodes: z.number(),
  matched: z.number(),
  size: z.strictObject({ figma: sizeSchema, dom: sizeSchema }),
  worst: z.array(layoutNodeSchema),
});

const visualComparisonShape = {
  status: checkStatusSchema,
  mismatchRatio: z.number(),
  mismatchedPixels: z.number(),
  width: z.number(),
  height: z.number(),
  sizeMismatch: z.boolean(),
  expected: z.string(),
  actual: z.string(),
  diff: z.string(),
};

const visualSchema = z.strictObject({
  status: checkStatusSchema,
  figma: z.strictObject(visualComparisonShape).exactOptional(),
  baseline: z.array(
    z.strictObject({ ...visualComparisonShape, written: z.boolean(), baselinePath: z.string(), mode: z.string() }),
  ),
  scale: z.number(),
});

const responsiveSchema = z.strictObject({
  status: checkStatusSchema,
  widths: z.array(
    z.strictObject({
      width: z.number(),
      overflow: z.boolean(),
      scrollWidth: z.number(),
      clientWidth: z.number(),
      overlaps: z.array(z.tuple([z.string(), z.string()])),
    }),
  ),
});

export const figmaRefSchema = z.strictObject({
  fileKey: z.string().optional(),
  nodeId: z.string(),
  name: z.string().exactOptional(),
});

export const storyCheckSchema = z.strictObject({
  id: z.string(),
  exportName: z.string(),
  name: z.string(),
  status: checkStatusSchema,
  figma: figmaRefSchema.exactOptional(),
  a11y: z.array(a11yModeSchema),
  layout: layoutSchema.exactOptional(),
  visual: visualSchema.exactOptional(),
  responsive: responsiveSchema.exactOptional(),
  error: z.string().exactOptional(),
  ms: z.number(),
});

const summaryShape = { status: checkStatusSchema, summary: z.string() };

export const componentCheckSchema = z.strictObject({
  name: z.string(),
  status: checkStatusSchema,
  files: z.array(z.string()),
  generator: z.strictObject({
    kind: z.string(),
    version: z.string().exactOptional(),
    model: z.string().exactOptional(),
    header: z.string().exactOptional(),
  }),
  rechecked: z.boolean(),
  checks: z.strictObject({
    typecheck: z.strictObject({ ...summaryShape, diagnostics: z.array(typeDiagnosticSchema) }),
    tokenLint: z.strictObject({ ...summaryShape, findings: z.array(tokenLintFindingSchema) }),
    a11y: z.strictObject(summaryShape),
    layout: z.strictObject({ ...summaryShape, score: z.number().exactOptional() }),
    visual: z.strictObject({
      ...summaryShape,
      figmaMismatch: z.number().exactOptional(),
      baselineMismatch: z.number().exactOptional(),
    }),
    responsive: z.strictObject(summaryShape),
  }),
  stories: z.array(storyCheckSchema),
});

const checkStageSchema = z.enum(['discover', 'typecheck', 'tokenLint', 'bundle', 'browser', 'stories', 'total']);

export const checkResultsSchema = z.strictObject({
  schemaVersion: z.literal(1),
  generatedAt: z.string(),
  status: checkStatusSchema,
  environment: z.strictObject({
    designSync: z.string(),
    browser: z.string(),
    modes: z.array(z.string()),
    thresholds: z.strictObject({
      layout: thresholdSchema,
      pixelMismatch: thresholdSchema,
      baselineMismatch: thresholdSchema,
      axeFailImpact: axeImpactSchema,
    }),
  }),
  counts: z.strictObject({
    components: z.number(),
    stories: z.number(),
    pass: z.number(),
    warn: z.number(),
    fail: z.number(),
    skipped: z.number(),
  }),
  typecheck: z.strictObject({ status: checkStatusSchema, diagnostics: z.array(typeDiagnosticSchema) }),
  tokenLint: z.strictObject({ status: checkStatusSchema, findings: z.array(tokenLintFindingSchema) }),
  components: z.array(componentCheckSchema),
  /** The design's fonts in the check page: what loaded, and what fell back (a warning each). */
  fonts: z
    .strictObject({
      loaded: z.array(z.string()),
      missing: z.array(
        z.strictObject({ family: z.string(), weights: z.array(z.number()), fallback: z.string(), hint: z.string() }),
      ),
    })
    .exactOptional(),
  timings: z.partialRecord(checkStageSchema, z.number()),
  throughput: z.strictObject({ stories: z.number(), renders: z.number(), storiesPerSecond: z.number() }),
});

// `x: T | undefined` in the result types is a key JSON.stringify leaves out, so the schema reads it as
// optional. The check: every result fits the schema, and both have the same keys and value types.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Shape<T> = T extends readonly (infer I)[]
  ? Shape<I>[]
  : T extends object
    ? { [K in keyof T]-?: Shape<Exclude<T[K], undefined>> }
    : T;
type Mirrors<Schema, Result> = [Result] extends [Schema] ? Same<Shape<Schema>, Shape<Result>> : false;
const assertTrue = <T extends true>(value: T): T => value;
assertTrue<Mirrors<z.output<typeof storyCheckSchema>, StoryCheck>>(true);
assertTrue<Mirrors<z.output<typeof componentCheckSchema>, ComponentCheck>>(true);
assertTrue<Mirrors<z.output<typeof checkResultsSchema>, CheckResults>>(true);
