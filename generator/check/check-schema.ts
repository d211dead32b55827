/**
 * The check stage's results as zod schemas: what `runChecks` returns, what the report (report.json,
 * report.html, pr.md) is built from and what `design-sync check --json` prints. `./types.ts` derives
 * the TypeScript types from these, so report.json read back is validated against the same shape the
 * checks produce. Paths inside are relative: files to the project root, images to the report folder.
 */
import { z } from 'zod';

/** Outcome of one check, one story or one component. `skipped`: the check could not apply (no Figma node, no render). */
export const checkStatusSchema = z.enum(['pass', 'warn', 'fail', 'skipped']);

/** axe impacts, weakest first. */
export const AXE_IMPACTS = ['minor', 'moderate', 'serious', 'critical'] as const;
export const axeImpactSchema = z.enum(AXE_IMPACTS);

const thresholdSchema = z.strictObject({ fail: z.number(), warn: z.number() });
const sizeSchema = z.strictObject({ width: z.number(), height: z.number() });

/** A box in CSS px, relative to the component's root (Figma: to the node's absoluteBoundingBox). */
export const boxSchema = z.strictObject({ x: z.number(), y: z.number(), width: z.number(), height: z.number() });

/** A TypeScript diagnostic. */
export const typeDiagnosticSchema = z.strictObject({
  /** Relative to the project root. */
  file: z.string(),
  line: z.number(),
  column: z.number(),
  /** e.g. "TS2322". */
  code: z.string(),
  message: z.string(),
});

export const typecheckResultSchema = z.strictObject({
  status: checkStatusSchema,
  diagnostics: z.array(typeDiagnosticSchema),
});

/** A raw value in generated source where a token should be used. */
export const tokenLintFindingSchema = z.strictObject({
  /** Relative to the project root. */
  file: z.string(),
  line: z.number(),
  column: z.number(),
  /** The kind of value: color, dimension, font, shadow. */
  kind: z.string(),
  /** The raw text found, e.g. "#ff0000" or "13px". */
  value: z.string(),
  /** The nearest token as the suggested fix, e.g. { cssVar: "--color-bg-brand", distance: 1.2, unit: "deltaE2000" }. */
  suggestion: z
    .strictObject({ path: z.string(), cssVar: z.string(), distance: z.number(), unit: z.string() })
    .exactOptional(),
  message: z.string(),
});

export const tokenLintResultSchema = z.strictObject({
  status: checkStatusSchema,
  findings: z.array(tokenLintFindingSchema),
});

export const a11yViolationSchema = z.strictObject({
  /** axe rule id, e.g. "color-contrast". */
  id: z.string(),
  impact: axeImpactSchema.nullable(),
  /** One-line description of the rule. */
  help: z.string(),
  helpUrl: z.string(),
  /** CSS selectors of the failing elements (first of each node's target). */
  targets: z.array(z.string()),
  /** axe's explanation for the first failing node, e.g. the measured contrast ratio. */
  summary: z.string().exactOptional(),
});

/** axe on one story in one theme mode. */
export const a11yModeSchema = z.strictObject({
  mode: z.string(),
  status: checkStatusSchema,
  violations: z.array(a11yViolationSchema),
  /** Violations of the color-contrast rule, counted separately because contrast is per mode. */
  contrastViolations: z.number(),
});

export const layoutNodeSchema = z.strictObject({
  figmaId: z.string(),
  figmaName: z.string(),
  /** A short path of the DOM element it was aligned with, e.g. "div > span:nth-child(2)"; undefined when unmatched. */
  domPath: z.string().optional(),
  /** Intersection over union of the two boxes; 0 when unmatched. */
  iou: z.number(),
  figma: boxSchema,
  dom: boxSchema.optional(),
});

/**
 * Layout fidelity: the story rendered at the Figma node's size, its element boxes aligned with the
 * node's visible subtree by child order. `score` is the mean IoU over the Figma nodes, with nodes that
 * found no element counting 0 (so a component that renders only its root cannot score high).
 */
export const layoutSchema = z.strictObject({
  status: checkStatusSchema,
  score: z.number(),
  /** Mean IoU of matched pairs only. */
  matchedMeanIoU: z.number(),
  figmaNodes: z.number(),
  matched: z.number(),
  /** The rendered size of the root vs the Figma node's size. */
  size: z.strictObject({ figma: sizeSchema, dom: sizeSchema }),
  /** The lowest-IoU nodes, worst first (at most 5). */
  worst: z.array(layoutNodeSchema),
  /** Design2Code-style scores over text blocks (`text-block-scores.ts`); absent when neither side has text. */
  textBlocks: z
    .strictObject({
      /** Area of the text blocks paired by similar text over the area of all text blocks, both sides. */
      block: z.number(),
      /** Mean character similarity of the pairs. */
      text: z.number(),
      /** Mean of 1 - the larger shift of the pair's centres, in fractions of the page. */
      position: z.number(),
      /** Mean of 1 - CIEDE2000 / 100 between the pair's text colours. */
      colour: z.number(),
      figmaBlocks: z.number(),
      domBlocks: z.number(),
      matched: z.number(),
    })
    .exactOptional(),
});

const visualComparisonShape = {
  status: checkStatusSchema,
  /** Differing pixels / all pixels of the larger of the two images. */
  mismatchRatio: z.number(),
  mismatchedPixels: z.number(),
  width: z.number(),
  height: z.number(),
  /** The two images had different sizes; the smaller was padded with transparency. */
  sizeMismatch: z.boolean(),
  expected: z.string(),
  actual: z.string(),
  diff: z.string(),
};

/** One pixel comparison. Image paths are relative to the report folder. */
export const visualComparisonSchema = z.strictObject(visualComparisonShape);

const baselineComparisonShape = {
  ...visualComparisonShape,
  /** Absent when the screenshot equals the baseline pixel for pixel (or was just written as it): nothing to show. */
  expected: z.string().exactOptional(),
  actual: z.string().exactOptional(),
  diff: z.string().exactOptional(),
  /** The baseline was written in this run (first run or --approve); the comparison is then trivially 0. */
  written: z.boolean(),
  /** Relative to the project root. */
  baselinePath: z.string(),
};

export const baselineComparisonSchema = z.strictObject(baselineComparisonShape);

export const visualSchema = z.strictObject({
  status: checkStatusSchema,
  /** Against Figma's render of the node; absent when the snapshot has no render. */
  figma: visualComparisonSchema.exactOptional(),
  /** Against the approved screenshot, per mode. */
  baseline: z.array(z.strictObject({ ...baselineComparisonShape, mode: z.string() })),
  /** Scale the screenshots were taken at (device pixels per CSS px). */
  scale: z.number(),
});

export const responsiveWidthSchema = z.strictObject({
  width: z.number(),
  /** The root's content is wider than its box (scrollWidth > clientWidth) or than the width. */
  overflow: z.boolean(),
  scrollWidth: z.number(),
  clientWidth: z.number(),
  /** Pairs of in-flow siblings whose boxes overlap, as DOM paths. */
  overlaps: z.array(z.tuple([z.string(), z.string()])),
});

export const responsiveSchema = z.strictObject({
  status: checkStatusSchema,
  widths: z.array(responsiveWidthSchema),
});

export const figmaRefSchema = z.strictObject({
  fileKey: z.string().optional(),
  nodeId: z.string(),
  /** The node's name, when the design was available. */
  name: z.string().exactOptional(),
});

/** All checks of one story (one CSF3 export). */
export const storyCheckSchema = z.strictObject({
  /** Storybook's story id ("<title>--<export>", e.g. "components-button--primary"), used in links and image file names. */
  id: z.string(),
  /** The CSF export name, e.g. "Primary". */
  exportName: z.string(),
  /** Display name (story.name or the export name). */
  name: z.string(),
  status: checkStatusSchema,
  /** From `parameters.designSync`; absent when the story names no Figma node. */
  figma: figmaRefSchema.exactOptional(),
  a11y: z.array(a11yModeSchema),
  layout: layoutSchema.exactOptional(),
  visual: visualSchema.exactOptional(),
  responsive: responsiveSchema.exactOptional(),
  /** A render error (the story threw); the story then fails. */
  error: z.string().exactOptional(),
  /** Wall time for this story across all modes, ms. */
  ms: z.number(),
});

const summaryShape = {
  status: checkStatusSchema,
  /** One line for tables, e.g. "0.93 mean IoU" or "2 serious in dark". */
  summary: z.string(),
};

/** Worst-of summary of one check across a component's stories. */
export const checkSummarySchema = z.strictObject(summaryShape);

export const componentGeneratorSchema = z.strictObject({
  /** "deterministic" | "model" | "hand-written" (no generated header). */
  kind: z.string(),
  version: z.string().exactOptional(),
  model: z.string().exactOptional(),
  /** The generated file's header line, when present. */
  header: z.string().exactOptional(),
});

export const componentCheckSchema = z.strictObject({
  name: z.string(),
  status: checkStatusSchema,
  /** Relative to the project root: the component folder's files and its stories file. */
  files: z.array(z.string()),
  generator: componentGeneratorSchema,
  /** false when the component did not change and its results were carried over from the previous run. */
  rechecked: z.boolean(),
  fingerprint: z.string().exactOptional(),
  checks: z.strictObject({
    typecheck: z.strictObject({ ...summaryShape, diagnostics: z.array(typeDiagnosticSchema) }),
    tokenLint: z.strictObject({ ...summaryShape, findings: z.array(tokenLintFindingSchema) }),
    a11y: checkSummarySchema,
    layout: z.strictObject({ ...summaryShape, score: z.number().exactOptional() }),
    visual: z.strictObject({
      ...summaryShape,
      figmaMismatch: z.number().exactOptional(),
      baselineMismatch: z.number().exactOptional(),
    }),
    responsive: checkSummarySchema,
  }),
  stories: z.array(storyCheckSchema),
});

export const checkStageSchema = z.enum(['discover', 'typecheck', 'tokenLint', 'bundle', 'browser', 'stories', 'total']);

export const checkResultsSchema = z.strictObject({
  /** Bumped on any incompatible change. */
  schemaVersion: z.literal(1),
  generatedAt: z.string(),
  status: checkStatusSchema,
  environment: z.strictObject({
    designSync: z.string(),
    browser: z.string(),
    /** Theme modes checked; the first is the default. */
    modes: z.array(z.string()),
    /** Thresholds the statuses were judged against (config.check). */
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
  typecheck: typecheckResultSchema,
  tokenLint: tokenLintResultSchema,
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
  reused: z.boolean().exactOptional(),
  /** Wall time per stage, ms. */
  timings: z.partialRecord(checkStageSchema, z.number()),
  /** Stories rendered in the browser this run and how fast (stories over the 'stories' stage). */
  throughput: z.strictObject({ stories: z.number(), renders: z.number(), storiesPerSecond: z.number() }),
});
