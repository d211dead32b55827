/** A fixed report input (three components, every kind of finding) shared by the report and Storybook tests. */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { PNG } from 'pngjs';
import type { A11yModeResult, CheckResults, ComponentCheck, StoryCheck } from '../../generator/check/types.ts';
import type { ReportInput } from '../../generator/report/build-report.ts';

export const ROOT = '/project';

const pass = (summary: string) => ({ status: 'pass' as const, summary });
const a11yPass = (mode: string): A11yModeResult => ({ mode, status: 'pass', violations: [], contrastViolations: 0 });

const buttonStory: StoryCheck = {
  id: 'button--primary',
  exportName: 'Primary',
  name: 'Primary',
  status: 'pass',
  figma: { fileKey: 'DesignSyncSampleKit01', nodeId: '1:2', name: 'Button' },
  a11y: [a11yPass('Light'), a11yPass('Dark')],
  layout: {
    status: 'pass',
    score: 0.94,
    matchedMeanIoU: 0.94,
    figmaNodes: 3,
    matched: 3,
    size: { figma: { width: 120, height: 40 }, dom: { width: 120, height: 40 } },
    worst: [
      {
        figmaId: '1:4',
        figmaName: 'Label',
        domPath: 'button > span',
        iou: 0.88,
        figma: { x: 16, y: 10, width: 88, height: 20 },
        dom: { x: 18, y: 10, width: 84, height: 20 },
      },
    ],
  },
  visual: {
    status: 'pass',
    figma: {
      status: 'pass',
      mismatchRatio: 0.041,
      mismatchedPixels: 787,
      width: 240,
      height: 80,
      sizeMismatch: false,
      expected: 'images/button--primary.figma.png',
      actual: 'images/button--primary.story.png',
      diff: 'images/button--primary.diff.png',
    },
    baseline: [],
    scale: 2,
  },
  ms: 140,
};

const cardStory: StoryCheck = {
  id: 'card--default',
  exportName: 'Default',
  name: 'Default',
  status: 'fail',
  figma: { fileKey: 'DesignSyncSampleKit01', nodeId: '2:1', name: 'Card' },
  a11y: [
    a11yPass('Light'),
    {
      mode: 'Dark',
      status: 'fail',
      contrastViolations: 1,
      violations: [
        {
          id: 'color-contrast',
          impact: 'serious',
          help: 'Elements must meet minimum color contrast ratio thresholds',
          helpUrl: 'https://dequeuniversity.com/rules/axe/4.14/color-contrast',
          targets: ['.Card_title__x1'],
          summary: 'Element has insufficient color contrast of 3.1 (foreground #6b7280, background #1f2937)',
        },
      ],
    },
  ],
  layout: {
    status: 'warn',
    score: 0.72,
    matchedMeanIoU: 0.8,
    figmaNodes: 5,
    matched: 4,
    size: { figma: { width: 320, height: 200 }, dom: { width: 320, height: 188 } },
    worst: [
      {
        figmaId: '2:5',
        figmaName: 'Footer',
        domPath: undefined,
        iou: 0,
        figma: { x: 0, y: 160, width: 320, height: 40 },
        dom: undefined,
      },
      {
        figmaId: '2:3',
        figmaName: 'Title',
        domPath: 'div > h3',
        iou: 0.61,
        figma: { x: 16, y: 16, width: 288, height: 28 },
        dom: { x: 16, y: 16, width: 200, height: 24 },
      },
    ],
  },
  ms: 210,
};

const badgeStory: StoryCheck = {
  id: 'badge--neutral',
  exportName: 'Neutral',
  name: 'Neutral',
  status: 'pass',
  figma: { fileKey: 'DesignSyncSampleKit01', nodeId: '3:1', name: 'Badge' },
  a11y: [a11yPass('Light'), a11yPass('Dark')],
  ms: 90,
};

const noDiagnostics = { ...pass('no errors'), diagnostics: [] };

const checkComponents: ComponentCheck[] = [
  {
    name: 'Button',
    status: 'pass',
    files: ['src/Button/Button.tsx', 'src/Button/Button.module.css', 'stories/Button.stories.tsx'],
    generator: { kind: 'deterministic', version: '0.1.0' },
    rechecked: true,
    checks: {
      typecheck: noDiagnostics,
      tokenLint: { ...pass('no raw values'), findings: [] },
      a11y: pass('no violations in Light, Dark'),
      layout: { ...pass('0.94 mean IoU'), score: 0.94 },
      visual: { ...pass('4.1% differ from Figma'), figmaMismatch: 0.041 },
      responsive: { status: 'skipped', summary: 'fixed size' },
    },
    stories: [buttonStory],
  },
  {
    name: 'Card',
    status: 'fail',
    files: ['src/Card/Card.tsx', 'src/Card/Card.module.css', 'stories/Card.stories.tsx'],
    generator: { kind: 'model', version: '0.1.0', model: 'gpt-4.1-mini' },
    rechecked: true,
    checks: {
      typecheck: noDiagnostics,
      tokenLint: {
        status: 'warn',
        summary: '1 raw color',
        findings: [
          {
            file: 'src/Card/Card.module.css',
            line: 7,
            column: 15,
            kind: 'color',
            value: '#1e66f5',
            suggestion: { path: 'color.bg.brand', cssVar: '--color-bg-brand', distance: 0.8, unit: 'deltaE2000' },
            message: 'raw color; use a token',
          },
        ],
      },
      a11y: { status: 'fail', summary: '1 serious in Dark' },
      layout: { status: 'warn', summary: '0.72 mean IoU', score: 0.72 },
      visual: { status: 'skipped', summary: 'no Figma render' },
      responsive: pass('no overflow at 320, 768, 1280'),
    },
    stories: [cardStory],
  },
  {
    name: 'Badge',
    status: 'pass',
    files: ['src/Badge/Badge.tsx', 'stories/Badge.stories.tsx'],
    generator: { kind: 'deterministic', version: '0.1.0' },
    rechecked: false,
    checks: {
      typecheck: noDiagnostics,
      tokenLint: { ...pass('no raw values'), findings: [] },
      a11y: pass('no violations in Light, Dark'),
      layout: { status: 'skipped', summary: 'no geometry' },
      visual: { status: 'skipped', summary: 'no Figma render' },
      responsive: { status: 'skipped', summary: 'fixed size' },
    },
    stories: [badgeStory],
  },
];

export const fixtureChecks: CheckResults = {
  schemaVersion: 1,
  generatedAt: '2026-11-24T10:00:00.000Z',
  status: 'fail',
  environment: {
    designSync: '0.1.0',
    browser: 'Chromium 156',
    modes: ['Light', 'Dark'],
    thresholds: {
      layout: { fail: 0.5, warn: 0.8 },
      pixelMismatch: { fail: 0.35, warn: 0.15 },
      baselineMismatch: { fail: 0.02, warn: 0.001 },
      axeFailImpact: 'serious',
    },
  },
  counts: { components: 3, stories: 3, pass: 2, warn: 0, fail: 1, skipped: 0 },
  typecheck: { status: 'pass', diagnostics: [] },
  tokenLint: { status: 'warn', findings: checkComponents[1]?.checks.tokenLint.findings ?? [] },
  components: checkComponents,
  timings: { discover: 20, typecheck: 900, tokenLint: 40, bundle: 300, browser: 700, stories: 440, total: 2400 },
  throughput: { stories: 3, renders: 6, storiesPerSecond: 6.8 },
};

export const fixtureInput: ReportInput = {
  generatedAt: '2026-11-24T10:00:05.000Z',
  designSync: '0.1.0',
  root: ROOT,
  design: {
    fileKey: 'DesignSyncSampleKit01',
    name: 'design-sync sample kit',
    version: '42',
    lastModified: '2026-11-20T08:00:00Z',
  },
  tokens: {
    total: 48,
    byType: { dimension: 18, color: 24, fontFamily: 2, fontWeight: 4 },
    modes: ['Light', 'Dark'],
    diff: {
      added: [{ path: 'color.bg.brand-subtle', type: 'color', after: '#dbe7fe' }],
      changed: [{ path: 'color.bg.brand', type: 'color', mode: 'Dark', before: '#1e66f5', after: '#3b82f6' }],
      removed: [{ path: 'space.7', type: 'dimension', before: '28px' }],
    },
    warnings: ['variable "legacy|gray" renamed to "legacy-gray"'],
  },
  components: [
    {
      name: 'Button',
      nodeId: '1:2',
      change: 'new',
      reason: 'new component',
      generator: { kind: 'deterministic', attempts: 1, notes: [] },
    },
    {
      name: 'Card',
      nodeId: '2:1',
      change: 'changed',
      reason: 'design changed',
      generator: {
        kind: 'model',
        model: 'gpt-4.1-mini',
        attempts: 2,
        usage: { prompt: 5200, completion: 1300 },
        costUsd: 0.00416,
        notes: ['repaired: unknown token'],
      },
    },
    { name: 'Badge', nodeId: '3:1', change: 'unchanged', generator: { kind: 'deterministic', attempts: 1, notes: [] } },
    { name: 'Tag', nodeId: '4:1', change: 'removed' },
  ],
  files: [
    { path: `${ROOT}/tokens/build/tokens.css`, kind: 'update', producer: 'tokens/css' },
    { path: `${ROOT}/src/Button/Button.tsx`, kind: 'create', producer: 'generate/deterministic' },
    { path: `${ROOT}/src/Button/Button.module.css`, kind: 'create', producer: 'generate/deterministic' },
    { path: `${ROOT}/stories/Button.stories.tsx`, kind: 'create', producer: 'generate/deterministic' },
    { path: `${ROOT}/src/Card/Card.tsx`, kind: 'merged', producer: 'generate/model', note: 'steward edit merged' },
    { path: `${ROOT}/src/Card/Card.module.css`, kind: 'update', producer: 'generate/model' },
    {
      path: `${ROOT}/src/Badge/Badge.tsx`,
      kind: 'conflict',
      producer: 'generate/deterministic',
      note: '1 conflicting hunk',
      proposal: '.design-sync/conflicts/src/Badge/Badge.tsx',
    },
    { path: `${ROOT}/stories/Badge.stories.tsx`, kind: 'unchanged', producer: 'generate/deterministic' },
    {
      path: `${ROOT}/src/Tag/Tag.tsx`,
      kind: 'remove-proposed',
      producer: 'handoff',
      note: 'Tag is no longer in the design',
    },
  ],
  checks: fixtureChecks,
  timings: { source: 30, tokens: 210, ir: 15, generate: 160, check: 2400, handoff: 50, total: 2870 },
  warnings: ['1 component uses raw colours, see --verbose'],
};

/** Writes small real PNGs where the fixture's image paths point, under a report folder. */
export async function writeFixtureImages(reportDir: string): Promise<void> {
  const comparison = fixtureChecks.components[0]?.stories[0]?.visual?.figma;
  if (!comparison) throw new Error('fixture has no visual comparison');
  const images: Array<[string, [number, number, number]]> = [
    [comparison.expected, [37, 99, 235]],
    [comparison.actual, [29, 78, 216]],
    [comparison.diff, [220, 38, 38]],
  ];
  for (const [path, rgb] of images) {
    const png = new PNG({ width: 240, height: 80 });
    for (let i = 0; i < png.data.length; i += 4) {
      const x = (i / 4) % 240;
      const inside = x > 20 && x < 220;
      png.data[i] = inside ? rgb[0] : 255;
      png.data[i + 1] = inside ? rgb[1] : 255;
      png.data[i + 2] = inside ? rgb[2] : 255;
      png.data[i + 3] = 255;
    }
    const target = join(reportDir, path);
    await mkdir(dirname(target), { recursive: true });
    await writeFile(target, PNG.sync.write(png));
  }
}
