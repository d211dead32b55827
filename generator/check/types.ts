/**
 * The check stage's results: what `runChecks` returns, what the report (report.json, report.html,
 * pr.md) is built from and what `design-sync check --json` prints. Paths inside are relative: files
 * to the project root, images to the report folder, so a report can be moved or published as is.
 */
import type { MissingFont } from '../fonts/resolve-fonts.ts';

/** Outcome of one check, one story or one component. `skipped`: the check could not apply (no Figma node, no render). */
export type CheckStatus = 'pass' | 'warn' | 'fail' | 'skipped';

/** A box in CSS px, relative to the component's root (Figma: to the node's absoluteBoundingBox). */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface FigmaRef {
  fileKey?: string | undefined;
  nodeId: string;
  /** The node's name, when the design was available. */
  name?: string;
}

/** A TypeScript diagnostic. */
export interface TypeDiagnostic {
  /** Relative to the project root. */
  file: string;
  line: number;
  column: number;
  /** e.g. "TS2322". */
  code: string;
  message: string;
}

export interface TypecheckResult {
  status: CheckStatus;
  diagnostics: TypeDiagnostic[];
}

/** A raw value in generated source where a token should be used. */
export interface TokenLintFinding {
  /** Relative to the project root. */
  file: string;
  line: number;
  column: number;
  /** The kind of value: color, dimension, font, shadow. */
  kind: string;
  /** The raw text found, e.g. "#ff0000" or "13px". */
  value: string;
  /** The nearest token as the suggested fix, e.g. { cssVar: "--color-bg-brand", distance: 1.2, unit: "deltaE2000" }. */
  suggestion?: { path: string; cssVar: string; distance: number; unit: string };
  message: string;
}

export interface TokenLintResult {
  status: CheckStatus;
  findings: TokenLintFinding[];
}

/** axe impacts, weakest first. */
export const AXE_IMPACTS = ['minor', 'moderate', 'serious', 'critical'] as const;
export type AxeImpact = (typeof AXE_IMPACTS)[number];

export interface A11yViolation {
  /** axe rule id, e.g. "color-contrast". */
  id: string;
  impact: AxeImpact | null;
  /** One-line description of the rule. */
  help: string;
  helpUrl: string;
  /** CSS selectors of the failing elements (first of each node's target). */
  targets: string[];
  /** axe's explanation for the first failing node, e.g. the measured contrast ratio. */
  summary?: string;
}

/** axe on one story in one theme mode. */
export interface A11yModeResult {
  mode: string;
  status: CheckStatus;
  violations: A11yViolation[];
  /** Violations of the color-contrast rule, counted separately because contrast is per mode. */
  contrastViolations: number;
}

export interface LayoutNodeResult {
  figmaId: string;
  figmaName: string;
  /** A short path of the DOM element it was aligned with, e.g. "div > span:nth-child(2)"; undefined when unmatched. */
  domPath?: string | undefined;
  /** Intersection over union of the two boxes; 0 when unmatched. */
  iou: number;
  figma: Box;
  dom?: Box | undefined;
}

/**
 * Layout fidelity: the story rendered at the Figma node's size, its element boxes aligned with the
 * node's visible subtree by child order. `score` is the mean IoU over the Figma nodes, with nodes that
 * found no element counting 0 (so a component that renders only its root cannot score high).
 */
export interface LayoutResult {
  status: CheckStatus;
  score: number;
  /** Mean IoU of matched pairs only. */
  matchedMeanIoU: number;
  figmaNodes: number;
  matched: number;
  /** The rendered size of the root vs the Figma node's size. */
  size: { figma: { width: number; height: number }; dom: { width: number; height: number } };
  /** The lowest-IoU nodes, worst first (at most 5). */
  worst: LayoutNodeResult[];
}

/** One pixel comparison. Image paths are relative to the report folder. */
export interface VisualComparison {
  status: CheckStatus;
  /** Differing pixels / all pixels of the larger of the two images. */
  mismatchRatio: number;
  mismatchedPixels: number;
  width: number;
  height: number;
  /** The two images had different sizes; the smaller was padded with transparency. */
  sizeMismatch: boolean;
  expected: string;
  actual: string;
  diff: string;
}

export interface BaselineComparison extends VisualComparison {
  /** The baseline was written in this run (first run or --approve); the comparison is then trivially 0. */
  written: boolean;
  /** Relative to the project root. */
  baselinePath: string;
}

export interface VisualResult {
  status: CheckStatus;
  /** Against Figma's render of the node; absent when the snapshot has no render. */
  figma?: VisualComparison;
  /** Against the approved screenshot, per mode. */
  baseline: Array<BaselineComparison & { mode: string }>;
  /** Scale the screenshots were taken at (device pixels per CSS px). */
  scale: number;
}

export interface ResponsiveWidthResult {
  width: number;
  /** The root's content is wider than its box (scrollWidth > clientWidth) or than the width. */
  overflow: boolean;
  scrollWidth: number;
  clientWidth: number;
  /** Pairs of in-flow siblings whose boxes overlap, as DOM paths. */
  overlaps: Array<[string, string]>;
}

export interface ResponsiveResult {
  status: CheckStatus;
  widths: ResponsiveWidthResult[];
}

/** All checks of one story (one CSF3 export). */
export interface StoryCheck {
  /** Storybook's story id ("<title>--<export>", e.g. "components-button--primary"), used in links and image file names. */
  id: string;
  /** The CSF export name, e.g. "Primary". */
  exportName: string;
  /** Display name (story.name or the export name). */
  name: string;
  status: CheckStatus;
  /** From `parameters.designSync`; absent when the story names no Figma node. */
  figma?: FigmaRef;
  a11y: A11yModeResult[];
  layout?: LayoutResult;
  visual?: VisualResult;
  responsive?: ResponsiveResult;
  /** A render error (the story threw); the story then fails. */
  error?: string;
  /** Wall time for this story across all modes, ms. */
  ms: number;
}

/** Worst-of summary of one check across a component's stories. */
export interface CheckSummary {
  status: CheckStatus;
  /** One line for tables, e.g. "0.93 mean IoU" or "2 serious in dark". */
  summary: string;
}

export interface ComponentGeneratorInfo {
  /** "deterministic" | "model" | "hand-written" (no generated header). */
  kind: string;
  version?: string;
  model?: string;
  /** The generated file's header line, when present. */
  header?: string;
}

export interface ComponentCheck {
  name: string;
  status: CheckStatus;
  /** Relative to the project root: the component folder's files and its stories file. */
  files: string[];
  generator: ComponentGeneratorInfo;
  /** false when the component did not change and its results were carried over from the previous run. */
  rechecked: boolean;
  checks: {
    typecheck: CheckSummary & { diagnostics: TypeDiagnostic[] };
    tokenLint: CheckSummary & { findings: TokenLintFinding[] };
    a11y: CheckSummary;
    layout: CheckSummary & { score?: number };
    visual: CheckSummary & { figmaMismatch?: number; baselineMismatch?: number };
    responsive: CheckSummary;
  };
  stories: StoryCheck[];
}

export type CheckStage = 'discover' | 'typecheck' | 'tokenLint' | 'bundle' | 'browser' | 'stories' | 'total';

export interface CheckResults {
  /** Bumped on any incompatible change. */
  schemaVersion: 1;
  generatedAt: string;
  status: CheckStatus;
  environment: {
    designSync: string;
    browser: string;
    /** Theme modes checked; the first is the default. */
    modes: string[];
    /** Thresholds the statuses were judged against (config.check). */
    thresholds: {
      layout: { fail: number; warn: number };
      pixelMismatch: { fail: number; warn: number };
      baselineMismatch: { fail: number; warn: number };
      axeFailImpact: AxeImpact;
    };
  };
  counts: { components: number; stories: number; pass: number; warn: number; fail: number; skipped: number };
  typecheck: TypecheckResult;
  tokenLint: TokenLintResult;
  components: ComponentCheck[];
  /** The design's fonts in the check page: what loaded, and what fell back (a warning each). */
  fonts?: { loaded: string[]; missing: MissingFont[] };
  /** Wall time per stage, ms. */
  timings: Partial<Record<CheckStage, number>>;
  /** Stories rendered in the browser this run and how fast (stories over the 'stories' stage). */
  throughput: { stories: number; renders: number; storiesPerSecond: number };
}
