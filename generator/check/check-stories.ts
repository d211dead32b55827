import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { Logger } from '../core/logger.ts';
import type { Design, FigmaNode } from '../source/design.ts';
import type { LaunchedBrowser } from './browser.ts';
import type { StoryBundle } from './bundle-stories.ts';
import { checkStory, type StoryCheckContext } from './check-story.ts';
import { storyId } from '../report/story-id.ts';
import { openStoryPage, serveCheckPage, type StoryPage } from './story-page.ts';
import type { StoryCheck } from './types.ts';

/**
 * Checks every story of a bundle in one headless browser, a few pages in parallel taking stories
 * from a shared queue.
 */

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

export interface StoriesRun {
  /** Story checks by component name, in the page's story order. */
  byComponent: Map<string, StoryCheck[]>;
  browser: string;
  /** ms: waiting for the browser to be up and opening the first page; checking the stories (the other pages open meanwhile). */
  timings: { browser: number; stories: number };
  renders: number;
}

/**
 * The node a story's layout is compared with. A component set is the designer's canvas of its
 * variants, not a layout the component reproduces (an all-states story arranges them its own way).
 */
function componentNode(node: FigmaNode | undefined): FigmaNode | undefined {
  return node?.type === 'COMPONENT_SET' ? undefined : node;
}

export interface CheckStoriesInput {
  bundle: StoryBundle;
  design: Design | undefined;
  nodes: Map<string, FigmaNode>;
  /** The browser the stories run in, being launched (launchBrowser); this run closes it. */
  browser: Promise<LaunchedBrowser>;
  concurrency: number;
  context: StoryCheckContext;
  logger: Logger;
  signal?: AbortSignal | undefined;
}

/**
 * Checks every story of the bundle in ONE browser: a few pages in parallel, each loading the
 * bundle and axe once, taking stories from a shared queue.
 */
export async function checkStories(input: CheckStoriesInput): Promise<StoriesRun> {
  const started = performance.now();
  const { browser, version } = await input.browser;
  try {
    const context = await browser.newContext({
      deviceScaleFactor: input.context.scale,
      viewport: { width: 1280, height: 800 },
      reducedMotion: 'reduce',
      locale: 'en-US',
      timezoneId: 'UTC',
    });
    await serveCheckPage(context, input.bundle, await readFile(AXE, 'utf8'));
    const first = await openStoryPage(context, input.context.scale);
    const stories = await first.stories();
    const pageCount = Math.max(1, Math.min(input.concurrency, stories.length));
    const browserMs = performance.now() - started;
    input.logger.progress(`check: ${stories.length} stories on ${pageCount} pages in ${version}`);

    const checkedAt = performance.now();
    const results = new Array<StoryCheck>(stories.length);
    let next = 0;
    let renders = 0;
    const counter = input.logger.count('check: stories checked', stories.length);
    const work = async (page: StoryPage) => {
      while (next < stories.length) {
        input.signal?.throwIfAborted();
        const index = next++;
        const story = stories[index]!;
        const nodeId = story.designSync?.nodeId;
        const { check, renders: rendered } = await checkStory(
          page,
          {
            id: storyId(story.title, story.exportName),
            story,
            node: nodeId ? componentNode(input.nodes.get(nodeId)) : undefined,
            render: nodeId ? input.design?.renders[nodeId] : undefined,
          },
          input.context,
        );
        renders += rendered;
        input.logger.debug(`check: ${check.id} ${check.status} in ${check.ms} ms`);
        results[index] = check;
        counter.tick();
      }
    };
    // The first page checks while the others open (each loads the bundle and axe): no page waits for another.
    await Promise.all([
      work(first),
      ...Array.from({ length: pageCount - 1 }, async () => work(await openStoryPage(context, input.context.scale))),
    ]).finally(() => counter.done());
    const byComponent = new Map<string, StoryCheck[]>();
    stories.forEach((story, i) =>
      byComponent.set(story.component, [...(byComponent.get(story.component) ?? []), results[i]!]),
    );
    return {
      byComponent,
      browser: version,
      timings: { browser: browserMs, stories: performance.now() - checkedAt },
      renders,
    };
  } finally {
    await browser.close();
  }
}
