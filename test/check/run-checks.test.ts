import { appendFile, cp, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runChecks } from '../../generator/check/run-checks.ts';
import type { CheckResults, ComponentCheck, StoryCheck } from '../../generator/check/types.ts';
import { loadConfig } from '../../generator/core/load-config.ts';
import { createMemoryLogger } from '../../generator/core/logger.ts';
import { loadDesign } from '../../generator/source/load-design.ts';

const repo = resolve(import.meta.dirname, '..', '..');
const fixture = join(repo, 'test', 'fixtures', 'check', 'project');

const component = (results: CheckResults, name: string): ComponentCheck =>
  results.components.find((c) => c.name === name)!;
const story = (results: CheckResults, id: string): StoryCheck =>
  results.components.flatMap((c) => c.stories).find((s) => s.id === id)!;

// Two real runs in real Chromium on a copy of the fixture project: the first as generated, the
// second after a token colour changed and a story gained a type error (naming only Badge as changed:
// Card uses the colour too, so its fingerprint re-checks it), third with nothing changed, fourth
// re-checking Badge with nothing changed.
describe('runChecks on the fixture project', () => {
  let dir: string;
  let first: CheckResults;
  let second: CheckResults;
  let third: CheckResults;
  let fourth: CheckResults;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'design-sync-check-'));
    await cp(fixture, dir, { recursive: true });
    await symlink(join(repo, 'node_modules'), join(dir, 'node_modules'));
    const env = { DESIGN_SYNC_BROWSER: process.env.DESIGN_SYNC_BROWSER };
    const config = await loadConfig({ cwd: dir, env });
    const logger = createMemoryLogger();
    const design = await loadDesign(config, logger);
    first = await runChecks({ config, logger, design });

    const css = join(dir, 'tokens', 'build', 'tokens.css');
    await writeFile(css, (await readFile(css, 'utf8')).replaceAll('--color-brand: #1d4ed8', '--color-brand: #dc2626'));
    await appendFile(
      join(dir, 'stories', 'Badge.stories.tsx'),
      '\nexport const Numeric: Story = { args: { label: 42 } };\n',
    );
    second = await runChecks({ config, logger, design, changed: ['Badge'], previous: first });
    third = await runChecks({ config, logger, design, changed: [], previous: second });
    fourth = await runChecks({ config, logger, design, recheck: ['Badge'], previous: third });
  });

  afterAll(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('finds the planted contrast violation in the dark mode only', () => {
    const [light, dark] = story(first, 'components-badge--default').a11y;
    expect(light).toMatchObject({ mode: 'light', status: 'pass', contrastViolations: 0 });
    expect(dark).toMatchObject({ mode: 'dark', status: 'fail', contrastViolations: 1 });
    expect(dark!.violations[0]).toMatchObject({ id: 'color-contrast', impact: 'serious', targets: ['span'] });
    expect(dark!.violations[0]!.helpUrl).toMatch(/^https:\/\//);
    expect(component(first, 'Card').checks.a11y.status).toBe('pass');
  });

  it('scores layout high for the matching card and low for the broken one', () => {
    expect(story(first, 'components-card--default').layout!.score).toBeGreaterThan(0.95);
    const broken = story(first, 'components-card--broken').layout!;
    expect(broken.score).toBeLessThan(0.5);
    expect(broken.status).toBe('fail');
    expect(broken.worst[0]!.iou).toBeLessThan(0.3);
  });

  it('finds zero differing pixels against a Figma render the story matches', () => {
    const visual = story(first, 'components-badge--blank').visual!;
    expect(visual.figma).toMatchObject({ mismatchedPixels: 0, width: 96, height: 48, sizeMismatch: false });
    expect(visual.baseline.map((b) => [b.mode, b.written])).toEqual([
      ['light', true],
      ['dark', true],
    ]);
    expect(existsSync(join(dir, '.design-sync', 'report', visual.figma!.diff))).toBe(true);
    expect(existsSync(join(dir, visual.baseline[0]!.baselinePath))).toBe(true);
    // A baseline written in this run equals the screenshot: nothing to look at, no images.
    expect(visual.baseline[0]).not.toHaveProperty('diff');
  });

  it('renders FILL-sized components at the configured widths', () => {
    const responsive = story(first, 'components-card--default').responsive!;
    expect(responsive.widths.map((w) => [w.width, w.overflow])).toEqual([
      [320, false],
      [768, false],
    ]);
    expect(story(first, 'components-badge--default').responsive).toBeUndefined();
  });

  it('fails the run and counts what it checked', () => {
    expect(first.status).toBe('fail');
    expect(first.typecheck).toEqual({ status: 'pass', diagnostics: [] });
    expect(first.environment.modes).toEqual(['light', 'dark']);
    expect(first.counts).toMatchObject({ components: 2, stories: 4 });
    expect(first.throughput.stories).toBe(4);
  });

  it('sees a changed colour against both Figma and the approved baseline', () => {
    const visual = story(second, 'components-badge--blank').visual!;
    expect(visual.figma!.mismatchRatio).toBe(1);
    expect(visual.figma!.status).toBe('fail');
    const light = visual.baseline.find((b) => b.mode === 'light')!;
    expect(light.written).toBe(false);
    expect(light.mismatchRatio).toBe(1);
    for (const image of [light.expected, light.actual, light.diff])
      expect(existsSync(join(dir, '.design-sync', 'report', image!)), image).toBe(true);
  });

  it('passes a re-rendered story equal to its approved baseline without images', () => {
    // Numeric got its baselines in the second run; re-checked with nothing changed, it is the same picture.
    const visual = story(fourth, 'components-badge--numeric').visual!;
    expect(visual.baseline.map((b) => [b.mode, b.written, b.mismatchedPixels, b.status])).toEqual([
      ['light', false, 0, 'pass'],
      ['dark', false, 0, 'pass'],
    ]);
    expect(visual.baseline[0]).toMatchObject({ width: expect.any(Number), height: expect.any(Number) });
    expect(visual.baseline[0]!.width).toBeGreaterThan(0);
    expect(visual.baseline[0]).not.toHaveProperty('diff');
    expect(
      existsSync(join(dir, '.design-sync', 'report', 'images', 'components-badge--numeric--light.baseline.diff.png')),
    ).toBe(false);
  });

  it('reports a type error in a story with its file and line', async () => {
    const lines = (await readFile(join(dir, 'stories', 'Badge.stories.tsx'), 'utf8')).split('\n');
    expect(component(second, 'Badge').checks.typecheck.diagnostics).toEqual([
      expect.objectContaining({
        file: join('stories', 'Badge.stories.tsx'),
        line: lines.findIndex((l) => l.includes('Numeric')) + 1,
        code: 'TS2322',
      }),
    ]);
  });

  it('re-checks every component whose check inputs changed, named as changed or not', () => {
    expect(component(second, 'Badge').rechecked).toBe(true);
    // Card was not named, but the brand colour it uses changed: its fingerprint differs.
    expect(component(second, 'Card').rechecked).toBe(true);
    expect(component(second, 'Card').fingerprint).not.toBe(component(first, 'Card').fingerprint);
    expect(second.reused).toBe(false);
  });

  it('carries every result over and starts no browser when no check input changed', () => {
    expect(third.reused).toBe(true);
    expect(component(third, 'Card')).toEqual({ ...component(second, 'Card'), rechecked: false });
    expect(component(third, 'Badge')).toEqual({ ...component(second, 'Badge'), rechecked: false });
    expect(third.throughput).toEqual({ stories: 0, renders: 0, storiesPerSecond: 0 });
    expect(third.environment.browser).toBe(second.environment.browser);
  });
});

// The same fixture with its dark mode as a theme dimension of its own (Tokens Studio group or
// resolver modifier): the check page sets that dimension's attribute, so axe sees the dark values.
describe('runChecks with a theme dimension attribute', () => {
  let dir: string;
  let results: CheckResults;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'design-sync-check-dimension-'));
    await cp(fixture, dir, { recursive: true });
    await symlink(join(repo, 'node_modules'), join(dir, 'node_modules'));
    const css = join(dir, 'tokens', 'build', 'tokens.css');
    await writeFile(
      css,
      (await readFile(css, 'utf8'))
        .replace(':root, [data-theme="light"]', ':root')
        .replace('[data-theme="dark"]', '[data-color-scheme="dark"]'),
    );
    const env = { DESIGN_SYNC_BROWSER: process.env.DESIGN_SYNC_BROWSER };
    const config = await loadConfig({ cwd: dir, env });
    const logger = createMemoryLogger();
    results = await runChecks({ config, logger, design: await loadDesign(config, logger), modes: ['light'] });
  }, 180_000); // one real Chromium run of every story in two modes

  afterAll(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('checks each colour-scheme mode under its attribute and finds the dark-only violation', () => {
    expect(results.environment.modes).toEqual(['light', 'data-color-scheme=dark']);
    const [light, dark] = story(results, 'components-badge--default').a11y;
    expect(light).toMatchObject({ mode: 'light', status: 'pass', contrastViolations: 0 });
    expect(dark).toMatchObject({ mode: 'data-color-scheme=dark', status: 'fail', contrastViolations: 1 });
  });
});
