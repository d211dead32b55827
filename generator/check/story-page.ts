import type { BrowserContext, Page } from 'playwright-core';
import type { StoryBundle } from './bundle-stories.ts';
import type {
  PageApi,
  PageDomNode,
  PageRenderOptions,
  PageRenderResult,
  PageResponsiveResult,
  PageStory,
} from './page/page-api.ts';
import { surfaceVariable } from './surface-token.ts';
import type { A11yViolation, AxeImpact, Box } from './types.ts';

/**
 * Serves the check page, the story bundle and axe to a browser context from memory, and drives one
 * story page: render, measure, axe, screenshot.
 */

/** A made-up origin the check pages load from; every request to it is answered from memory. */
const ORIGIN = 'http://design-sync.check';
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

/** The class that paints the theme's surface behind the story while axe runs (screenshots stay transparent). */
const SURFACE_CLASS = 'design-sync-surface';

const html = (surface: string | undefined) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>design-sync check</title>
<link rel="stylesheet" href="/bundle.css">
<style>html,body{margin:0;padding:0}#stage{position:absolute;left:0;top:0}${surface ? `html.${SURFACE_CLASS}{background:var(${surface})}` : ''}</style>
<script src="/axe.min.js"></script>
</head><body><div id="stage"></div><script src="/bundle.js"></script></body></html>`;

/** Serves the page, the bundle and axe to every page of the context; anything else is refused (no network). */
export async function serveCheckPage(context: BrowserContext, bundle: StoryBundle, axeSource: string): Promise<void> {
  const bodies: Record<string, { body: string; contentType: string }> = {
    '/': { body: html(surfaceVariable(bundle.css)), contentType: 'text/html' },
    '/bundle.js': { body: bundle.js, contentType: 'text/javascript' },
    '/bundle.css': { body: bundle.css, contentType: 'text/css' },
    '/axe.min.js': { body: axeSource, contentType: 'text/javascript' },
  };
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    const hit = url.origin === ORIGIN ? bodies[url.pathname] : undefined;
    if (hit) return route.fulfill({ status: 200, body: hit.body, contentType: hit.contentType });
    if (url.protocol === 'data:') return route.continue();
    return route.abort('blockedbyclient');
  });
}

export interface StoryPage {
  page: Page;
  stories(): Promise<PageStory[]>;
  render(id: string, options: PageRenderOptions): Promise<PageRenderResult>;
  axe(): Promise<A11yViolation[]>;
  measure(): Promise<PageDomNode | undefined>;
  responsive(width: number): Promise<PageResponsiveResult | undefined>;
  /** A PNG of the given CSS-px box (transparent where nothing is drawn), at the context's device scale. */
  screenshot(clip: Box): Promise<Buffer>;
  close(): Promise<void>;
}

type Win = { __designSync: PageApi; axe: { run: (context: string, options: object) => Promise<AxeRunResult> } };
interface AxeRunResult {
  violations: Array<{
    id: string;
    impact?: string | null;
    help: string;
    helpUrl: string;
    nodes: Array<{ target: unknown[]; failureSummary?: string }>;
  }>;
}

/**
 * The clip Playwright's page.screenshot would capture for a CSS-px box: trimmed to the viewport, its
 * size rounded down to whole CSS pixels (so a 120.4 px wide story is 120 px, as baselines recorded it).
 */
export function deviceClip(box: Box, viewport: { width: number; height: number }): Box {
  const x = Math.max(0, Math.min(box.x, viewport.width));
  const y = Math.max(0, Math.min(box.y, viewport.height));
  const right = Math.max(0, Math.min(box.x + box.width, viewport.width));
  const bottom = Math.max(0, Math.min(box.y + box.height, viewport.height));
  return { x, y, width: Math.floor(right - x + 1e-3), height: Math.floor(bottom - y + 1e-3) };
}

/** Opens one check page (the bundle and axe load once per page; every story renders into it in turn). */
export async function openStoryPage(context: BrowserContext, scale: number): Promise<StoryPage> {
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`${ORIGIN}/`);
  const ready = await page.evaluate(() => typeof (window as unknown as Partial<Win>).__designSync === 'object');
  if (!ready) throw new Error(`the stories bundle did not start: ${errors[0] ?? 'unknown error'}`);
  let viewport = page.viewportSize() ?? { width: 1280, height: 800 };
  // Screenshots omit the background: the page's default background is transparent for its whole
  // life (only screenshots see it; axe paints the surface), instead of Playwright setting and
  // resetting it around every screenshot, two more repaints per shot.
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setDefaultBackgroundColorOverride', { color: { r: 0, g: 0, b: 0, a: 0 } });

  // This session's captures need the device metrics Playwright's own session sets: without them
  // Chromium re-rasterises at the clip's scale on every capture, which gives neither Playwright's
  // pixels nor the same pixels twice (text moves by a pixel from run to run).
  const emulate = () =>
    cdp.send('Emulation.setDeviceMetricsOverride', { ...viewport, deviceScaleFactor: scale, mobile: false });
  await emulate();

  const ensureViewport = async (width: number, height: number) => {
    const needed = {
      width: Math.max(viewport.width, Math.ceil(width)),
      height: Math.max(viewport.height, Math.ceil(height)),
    };
    if (needed.width === viewport.width && needed.height === viewport.height) return;
    viewport = needed;
    await page.setViewportSize(viewport);
    await emulate();
  };

  return {
    page,
    stories: () => page.evaluate(() => (window as unknown as Win).__designSync.list()),
    async render(id, options) {
      await ensureViewport(options.width ?? 0, options.height ?? 0);
      return page.evaluate(([storyId, o]) => (window as unknown as Win).__designSync.render(storyId, o), [
        id,
        options,
      ] as const);
    },
    axe: () =>
      page.evaluate(
        async ([tags, surfaceClass]) => {
          const root = document.documentElement;
          root.classList.add(surfaceClass);
          // No preload: the check page's CSS is already loaded (served from memory on its own origin), nothing for axe to fetch first.
          const result = await (window as unknown as Win).axe
            .run('#stage', { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'], preload: false })
            .finally(() => root.classList.remove(surfaceClass));
          return result.violations.map((v) => ({
            id: v.id,
            impact: (v.impact ?? null) as AxeImpact | null,
            help: v.help,
            helpUrl: v.helpUrl,
            targets: v.nodes.map((n) => String(n.target[0] ?? '')),
            ...(v.nodes[0]?.failureSummary ? { summary: v.nodes[0].failureSummary.replace(/\s+/g, ' ').trim() } : {}),
          }));
        },
        [AXE_TAGS, SURFACE_CLASS] as const,
      ),
    measure: () => page.evaluate(() => (window as unknown as Win).__designSync.measure()),
    responsive: (width) => page.evaluate((w) => (window as unknown as Win).__designSync.responsive(w), width),
    async screenshot(clip) {
      await ensureViewport(clip.x + clip.width, clip.y + clip.height);
      // Animations finished and the caret hidden in the one page call that also settles the story
      // (Playwright's `animations: 'disabled'` and `caret: 'hide'` are two more round trips per shot).
      await page.evaluate(() => (window as unknown as Win).__designSync.settle());
      // Chromium's own capture, asked to encode the PNG for speed: the same pixels as Playwright's
      // page.screenshot (same clip, same scale) at about half the cost, which is mostly PNG compression.
      const shot = await cdp.send('Page.captureScreenshot', {
        format: 'png',
        clip: { ...deviceClip(clip, viewport), scale: 1 },
        captureBeyondViewport: false,
        optimizeForSpeed: true,
      });
      return Buffer.from(shot.data, 'base64');
    },
    close: () => page.close(),
  };
}
