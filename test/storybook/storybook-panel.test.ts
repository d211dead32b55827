import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import type { Server } from 'node:http';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../../generator/check/browser.ts';
import { buildReport } from '../../generator/report/build-report.ts';
import { writeReport } from '../../generator/report/write-report.ts';
import { fixtureInput, writeFixtureImages } from '../report/report-fixture.ts';
import { serveStatic } from './serve-static.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const axeSource = await readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const PANEL = '[aria-label="Design sync review"]';

/**
 * Builds the project's Storybook configuration over a fixture (two stories, a report with images),
 * serves the static build and drives it in Chromium, as a steward would open a PR's preview.
 */
describe('design-sync panel in a built Storybook', () => {
  let dir: string;
  let out: string;
  let server: Server;
  let url: string;
  let browser: Browser;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'ds-storybook-'));
    const reportDir = join(dir, 'report');
    out = join(dir, 'out');
    await writeReport(reportDir, buildReport(fixtureInput));
    await writeFixtureImages(reportDir);
    await promisify(execFile)(
      join(root, 'node_modules/.bin/storybook'),
      ['build', '-c', 'test/storybook/fixture/.storybook', '-o', out, '--quiet'],
      { cwd: root, env: { ...process.env, DESIGN_SYNC_FIXTURE_REPORT: reportDir, STORYBOOK_DISABLE_TELEMETRY: '1' } },
    );
    ({ url, server } = await serveStatic(out));
    browser = (await launchBrowser(process.env['DESIGN_SYNC_BROWSER'])).browser;
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    server?.close();
    await rm(dir, { recursive: true, force: true });
  });

  // One page per story, shared by the tests (loading the manager costs seconds); the keyboard test runs last.
  const pages = new Map<string, Promise<Page>>();
  const openPanel = (storyId: string): Promise<Page> => {
    if (!pages.has(storyId)) pages.set(storyId, loadPanel(storyId));
    return pages.get(storyId)!;
  };

  async function loadPanel(storyId: string): Promise<Page> {
    const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    await page.goto(`${url}/?path=/story/${storyId}`);
    await page.getByRole('tab', { name: 'Design sync' }).click({ timeout: 30_000 });
    await page.locator(PANEL).getByRole('heading', { level: 2 }).waitFor({ timeout: 30_000 });
    return page;
  }

  it('tags generated stories with the sync state so the sidebar filter can select them', async () => {
    const index = JSON.parse(await readFile(join(out, 'index.json'), 'utf8')) as {
      entries: Record<string, { tags?: string[] }>;
    };
    expect(index.entries['button--primary']?.tags).toEqual(expect.arrayContaining(['new']));
    expect(index.entries['card--default']?.tags).toEqual(
      expect.arrayContaining(['changed', 'needs-attention', 'steward-edited']),
    );
    expect(index.entries['button--primary']?.tags).not.toContain('needs-attention');
  });

  it('shows the Figma render, the story screenshot, the diff, the layout score and axe results per mode', async () => {
    const page = await openPanel('button--primary');
    const panel = page.locator(PANEL);
    await expect
      .poll(() =>
        panel.getByRole('img', { name: 'Figma render' }).evaluate((img: HTMLImageElement) => img.naturalWidth),
      )
      .toBe(240);
    expect(
      await panel.getByRole('img', { name: 'Story screenshot' }).evaluate((img: HTMLImageElement) => img.naturalWidth),
    ).toBe(240);
    expect(await panel.getByRole('img', { name: /Pixel diff, 4\.1%/ }).count()).toBe(1);
    await expect.poll(() => panel.locator('.ds-score').textContent()).toBe('0.94');
    const a11y = await panel.getByRole('region', { name: /Accessibility/ }).textContent();
    expect(a11y).toContain('Light');
    expect(a11y).toContain('Dark');
    expect(await panel.getByRole('link', { name: 'Open Figma node 1:2' }).getAttribute('href')).toBe(
      'https://www.figma.com/design/DesignSyncSampleKit01/?node-id=1-2',
    );
    if (process.env['DESIGN_SYNC_SCREENSHOT']) await page.screenshot({ path: process.env['DESIGN_SYNC_SCREENSHOT'] });
  });

  it('lists axe violations with help links and token-lint findings with the suggested token', async () => {
    const page = await openPanel('card--default');
    const panel = page.locator(PANEL);
    expect(await panel.getByRole('link', { name: 'color-contrast' }).getAttribute('href')).toContain('color-contrast');
    expect(await panel.textContent()).toContain('var(--color-bg-brand)');
    expect(await panel.textContent()).toContain('not rendered');
  });

  it('passes axe itself', async () => {
    const page = await openPanel('card--default');
    await page.addScriptTag({ content: axeSource });
    const violations = await page.evaluate(async (selector) => {
      const axe = (
        window as unknown as { axe: { run(c: unknown, o: unknown): Promise<{ violations: Array<{ id: string }> }> } }
      ).axe;
      const result = await axe.run(
        { include: [selector] },
        { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
      );
      return result.violations.map((v) => v.id);
    }, PANEL);
    expect(violations).toEqual([]);
  });

  it("draws a story in the design's @fontsource family, loaded through fonts.css, not in the fallback", async () => {
    const page = await browser.newPage();
    try {
      await page.goto(`${url}/iframe.html?id=button--primary&viewMode=story`);
      await page.getByRole('button', { name: 'Save' }).waitFor({ timeout: 30_000 });
      const drawn = await page.evaluate(async () => {
        await document.fonts.ready;
        const button = document.querySelector('button')!;
        const probe = document.createElement('span');
        probe.style.cssText = 'position:absolute;font:500 32px monospace;white-space:nowrap';
        probe.textContent = button.textContent;
        document.body.append(probe);
        const range = document.createRange();
        range.selectNodeContents(button);
        const widths = { text: range.getBoundingClientRect().width, fallback: probe.getBoundingClientRect().width };
        probe.remove();
        // fonts.check() is true for a family with no face at all, so the face itself is looked up.
        const loaded = [...document.fonts].some(
          (face) => face.family.replace(/["']/g, '') === 'Poppins' && face.weight === '500' && face.status === 'loaded',
        );
        return { loaded, ...widths };
      });
      expect(drawn.loaded).toBe(true);
      expect(Math.abs(drawn.text - drawn.fallback)).toBeGreaterThan(drawn.fallback * 0.05);
    } finally {
      await page.close();
    }
  });

  it('switches to the onion skin and moves its slider with the keyboard', async () => {
    const page = await openPanel('button--primary');
    const panel = page.locator(PANEL);
    await panel.getByRole('button', { name: 'Side by side' }).focus();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    expect(await panel.getByRole('button', { name: 'Onion skin' }).getAttribute('aria-pressed')).toBe('true');
    const slider = panel.getByRole('slider', { name: 'Story opacity' });
    await slider.focus();
    await page.keyboard.press('ArrowLeft');
    expect(await slider.inputValue()).toBe('45');
    expect(
      await panel.getByRole('img', { name: /overlaid/ }).evaluate((img: HTMLImageElement) => img.style.opacity),
    ).toBe('0.45');
  });
});
