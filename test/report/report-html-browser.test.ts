import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../../generator/check/browser.ts';
import { buildReport } from '../../generator/report/build-report.ts';
import { writeReport } from '../../generator/report/write-report.ts';
import { fixtureInput, writeFixtureImages } from './report-fixture.ts';

const axeSource = await readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

describe('report.html in Chromium', () => {
  let dir: string;
  let browser: Browser;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'ds-report-html-'));
    await writeReport(dir, buildReport(fixtureInput));
    await writeFixtureImages(dir);
    browser = (await launchBrowser(process.env['DESIGN_SYNC_BROWSER'])).browser;
  });
  afterAll(async () => {
    await browser?.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('loads every image from the report folder and shows the evidence side by side', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(pathToFileURL(join(dir, 'report.html')).href);
    const images = await page.$$eval('img', (imgs) =>
      imgs.map((img) => ({ alt: img.alt, loaded: img.naturalWidth > 0 })),
    );
    expect(images).toEqual([
      { alt: 'Figma render', loaded: true },
      { alt: 'Rendered story', loaded: true },
      { alt: 'Pixel diff: 4.1% differ', loaded: true },
    ]);
    const tops = await page.$$eval('.triptych figure', (figures) => figures.map((f) => f.getBoundingClientRect().top));
    expect(new Set(tops).size).toBe(1);
    if (process.env['DESIGN_SYNC_SCREENSHOT'])
      await page.screenshot({ path: process.env['DESIGN_SYNC_SCREENSHOT'], fullPage: true });
    await page.close();
  });

  it('has no axe violations (WCAG 2.2 A and AA)', async () => {
    const page = await browser.newPage();
    await page.goto(pathToFileURL(join(dir, 'report.html')).href);
    await page.addScriptTag({ content: axeSource });
    const violations = await page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run(o: unknown): Promise<{ violations: Array<{ id: string }> }> } })
        .axe;
      const result = await axe.run({
        runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'],
      });
      return result.violations.map((v) => v.id);
    });
    expect(violations).toEqual([]);
    await page.close();
  });
});
