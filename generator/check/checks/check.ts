/**
 * One per-story check (axe, layout, pixel diffs, responsive widths): how it measures a story on a
 * check page and how it sums up a component's stories. `./index.ts` lists them; `check-story.ts`
 * and `summarize-component.ts` loop over that list.
 */
import type { CheckThresholds } from '../statuses.ts';
import type { StoryPage } from '../story-page.ts';
import type { PageRenderOptions, PageRenderResult, PageStory } from '../page/page-api.ts';
import type { Box, ComponentCheck, StoryCheck } from '../types.ts';
import type { DesignRender, FigmaNode } from '../../source/design.ts';

export interface StoryCheckContext {
  root: string;
  /** Absolute report folder; images go to its images/. */
  reportDir: string;
  baselineDir: string;
  thresholds: CheckThresholds;
  /** Theme modes; the first is the default (layout, Figma diff and responsive run in it). */
  modes: string[];
  /** Device pixels per CSS px of the pages' screenshots. */
  scale: number;
  /** Write baselines even where one exists (--approve). */
  approve: boolean;
  /** false: a missing baseline is not recorded (a run that must not add files); default true. */
  recordBaselines?: boolean;
  /** --dry-run: compare and report, but write no image and no baseline. */
  dryRun?: boolean;
}

export interface StoryTarget {
  /** Storybook's id, used for file names. */
  id: string;
  story: PageStory;
  node: FigmaNode | undefined;
  render: DesignRender | undefined;
}

/** One story on one check page, as every check of it sees it. */
export interface StoryRun {
  page: StoryPage;
  target: StoryTarget;
  ctx: StoryCheckContext;
  /** The Figma node's box; undefined when the story names no node. */
  figmaBox: Box | undefined;
  /** Renders the story on the page, counted in the run's throughput when it renders. */
  render(options: PageRenderOptions): Promise<PageRenderResult>;
}

/** The story as rendered in one theme mode at the Figma node's size (or its own, without a node). */
export interface RenderedMode {
  mode: string;
  /** 0: the default mode. */
  index: number;
  /** The rendered root's box. */
  box: Box;
}

/** The keys of StoryCheck and ComponentCheck['checks'] the per-story checks fill (typecheck and token lint are per file). */
export type StoryCheckKey = Exclude<keyof ComponentCheck['checks'], 'typecheck' | 'tokenLint'>;

/** One check's measurements of one story: hooks the story loop calls in order. */
export interface CheckRun<K extends StoryCheckKey> {
  /** After the story rendered in a mode, before the next mode renders. */
  inMode?(rendered: RenderedMode): Promise<void>;
  /**
   * After the last mode, or after the mode whose render failed (`failed`); the check may render the
   * story itself here. Undefined: the check does not apply to this story.
   */
  finish(failed: boolean): Promise<StoryCheck[K] | undefined>;
}

export interface Check<K extends StoryCheckKey> {
  /** Where its results go: `StoryCheck[key]` per story, `ComponentCheck['checks'][key]` per component. */
  key: K;
  /** Its name in the report's tables ("Accessibility (axe)"), its label in lists ("accessibility") and the CLI's ("a11y"). */
  labels: { heading: string; name: string; short: string };
  /** Starts measuring one story. */
  run(story: StoryRun): CheckRun<K>;
  /** One component's summary from its stories' results. */
  summarize(stories: readonly StoryCheck[]): ComponentCheck['checks'][K];
}
