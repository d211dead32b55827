import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../../generator/check/browser.ts';
import { bundleStories, type StoryBundle } from '../../generator/check/bundle-stories.ts';
import type { PageApi } from '../../generator/check/page/page-api.ts';
import { openStoryPage, serveCheckPage } from '../../generator/check/story-page.ts';
import { fontUses, resolveFonts } from '../../generator/fonts/resolve-fonts.ts';
import { systemFontFamilies } from '../../generator/fonts/system-fonts.ts';

const repo = resolve(import.meta.dirname, '..', '..');
const stories = [{ component: 'Label', path: resolve(repo, 'test/fixtures/check/fonts/Label.stories.tsx') }];
const axeSource = await readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
/** A Figma text layer set in Poppins Medium: what the check resolves the fonts to load from. */
const design = [{ id: '1:1', type: 'TEXT', style: { fontFamily: 'Poppins', fontWeight: 500 } }];

interface Rendered {
  /** The root box the check page measured when render() returned (what layout and screenshots use). */
  width: number;
  /** Whether the page had a Poppins 500 face loaded at that moment. */
  loaded: boolean;
  /** The same text set in the fallback alone. */
  fallbackWidth: number;
}

/**
 * The check page with the stories bundle the check stage builds (fonts resolved from the design,
 * imported first), in real Chromium: the text is measured the moment `render` returns.
 */
describe('fonts on the check page', () => {
  let browser: Browser;
  const render = async (bundle: StoryBundle): Promise<Rendered> => {
    const context = await browser.newContext();
    await serveCheckPage(context, bundle, axeSource);
    const page = await openStoryPage(context, 1);
    try {
      const [story] = await page.stories();
      return await page.page.evaluate(async (key) => {
        const api = (window as unknown as { __designSync: PageApi }).__designSync;
        const result = await api.render(key, { mode: 'default' });
        if (!result.ok) throw new Error(result.error);
        // fonts.check() is true for a family with no face at all, so the face itself is looked up.
        const loaded = [...document.fonts].some(
          (face) => face.family.replace(/["']/g, '') === 'Poppins' && face.weight === '500' && face.status === 'loaded',
        );
        const probe = document.createElement('span');
        probe.style.cssText = 'position:absolute;font:500 32px monospace;white-space:nowrap';
        probe.textContent = 'Illustrated Wonders';
        document.body.append(probe);
        const fallbackWidth = probe.getBoundingClientRect().width;
        probe.remove();
        return { width: result.box.width, loaded, fallbackWidth };
      }, story!.key);
    } finally {
      await context.close();
    }
  };

  beforeAll(async () => {
    browser = (await launchBrowser(process.env['DESIGN_SYNC_BROWSER'])).browser;
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('resolves a Poppins text layer to the installed @fontsource weight, which this machine lacks', () => {
    expect(systemFontFamilies().has('poppins')).toBe(false);
    const fonts = resolveFonts(fontUses(design), repo, {}, systemFontFamilies());
    expect(fonts.imports).toEqual(['@fontsource/poppins/500.css']);
    expect(fonts.missing).toEqual([]);
  });

  it('draws the story in the @fontsource family by the time render returns, not in the fallback', async () => {
    const fonts = resolveFonts(fontUses(design), repo, {}, systemFontFamilies());
    const withFonts = await render(await bundleStories(repo, stories, undefined, fonts.imports));
    const without = await render(await bundleStories(repo, stories, undefined, []));
    // Without the font the label is set in the fallback, to the pixel.
    expect(without.loaded).toBe(false);
    expect(without.width).toBeCloseTo(without.fallbackWidth, 0);
    // With it, the face has loaded and the measured box is Poppins' (much narrower than monospace).
    expect(withFonts.loaded).toBe(true);
    expect(Math.abs(withFonts.width - withFonts.fallbackWidth)).toBeGreaterThan(withFonts.fallbackWidth * 0.05);
  });
});
