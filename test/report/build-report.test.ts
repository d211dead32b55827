import { describe, expect, it } from 'vitest';
import { buildReport, worstStatus } from '../../generator/report/build-report.ts';
import { reportSchema } from '../../generator/report/report-schema.ts';
import { storyId } from '../../generator/report/story-id.ts';
import { fixtureInput } from './report-fixture.ts';

describe('buildReport', () => {
  const report = buildReport(fixtureInput);

  it('produces a report that satisfies its own schema', () => {
    expect(reportSchema.safeParse(JSON.parse(JSON.stringify(report))).success).toBe(true);
  });

  it('makes every file path relative to the project root and assigns files to components by the generated layout', () => {
    expect(report.files.map((f) => f.path)).toContain('src/Button/Button.tsx');
    expect(report.files.every((f) => !f.path.startsWith('/'))).toBe(true);
    expect(report.files.find((f) => f.path === 'stories/Button.stories.tsx')?.component).toBe('Button');
    expect(report.files.find((f) => f.path === 'tokens/build/tokens.css')?.component).toBeUndefined();
  });

  it('marks conflicts and steward edits from the file changes', () => {
    const byName = new Map(report.components.map((c) => [c.name, c]));
    expect(byName.get('Badge')).toMatchObject({ conflict: true, stewardEdited: true, change: 'unchanged' });
    expect(byName.get('Card')).toMatchObject({ conflict: false, stewardEdited: true, change: 'changed' });
    expect(byName.get('Button')).toMatchObject({ conflict: false, stewardEdited: false, change: 'new' });
  });

  it('counts changes, statuses and model cost in the summary', () => {
    expect(report.summary).toEqual({
      components: 4,
      new: 1,
      changed: 1,
      unchanged: 1,
      removed: 1,
      stewardEdited: 2,
      conflicts: 1,
      pass: 2,
      warn: 0,
      fail: 1,
      skipped: 1,
      modelCostUsd: 0.00416,
      modelTokens: { prompt: 5200, completion: 1300 },
    });
    expect(report.status).toBe('fail');
  });

  it('carries each component check and links Figma nodes and Storybook stories', () => {
    const button = report.components.find((c) => c.name === 'Button');
    expect(button?.check?.stories[0]?.visual?.figma?.mismatchRatio).toBe(0.041);
    expect(button?.figma?.url).toBe('https://www.figma.com/design/DesignSyncSampleKit01/?node-id=1-2');
    expect(button?.storyIds).toEqual(['button--primary']);
    expect(report.check?.throughput.storiesPerSecond).toBe(6.8);
    expect(report.check && 'components' in report.check).toBe(false);
  });

  it("takes story ids from the check stage, which read each story's CSF title", () => {
    const [button] = fixtureInput.checks!.components.filter((c) => c.name === 'Button');
    const story = { ...button!.stories[0]!, id: 'design-system-actions-button--primary' };
    const titled = buildReport({
      ...fixtureInput,
      checks: {
        ...fixtureInput.checks!,
        components: fixtureInput.checks!.components.map((c) => (c === button ? { ...c, stories: [story] } : c)),
      },
    });
    expect(titled.components.find((c) => c.name === 'Button')?.storyIds).toEqual([
      'design-system-actions-button--primary',
    ]);
  });

  it('records where the proposal of each conflicting file is', () => {
    const badge = report.components.find((c) => c.name === 'Badge');
    expect(badge?.files).toContainEqual({
      path: 'src/Badge/Badge.tsx',
      change: 'conflict',
      proposal: '.design-sync/conflicts/src/Badge/Badge.tsx',
    });
    expect(report.files.find((f) => f.path === 'src/Badge/Badge.tsx')?.proposal).toBe(
      '.design-sync/conflicts/src/Badge/Badge.tsx',
    );
  });

  it('raises the run to a warning when only a merge conflict needs a steward', () => {
    const clean = { ...fixtureInput, checks: { ...fixtureInput.checks!, status: 'pass' as const } };
    expect(buildReport(clean).status).toBe('warn');
  });

  it('reports components as not checked when the check stage did not run', () => {
    const { checks: _checks, ...input } = fixtureInput;
    const unchecked = buildReport(input);
    expect(unchecked.check).toBeUndefined();
    expect(unchecked.components.every((c) => c.status === 'skipped' && c.check === undefined)).toBe(true);
  });

  it('is deterministic and never throws on an empty run', () => {
    expect(buildReport(fixtureInput)).toEqual(report);
    const empty = buildReport({ ...fixtureInput, components: [], files: [], timings: {} });
    expect(empty.summary.components).toBe(0);
  });
});

describe('storyId', () => {
  it('matches the ids Storybook gives CSF exports', () => {
    expect(storyId('Button', 'Primary')).toBe('button--primary');
    expect(storyId('Components/Icon Button', 'AllStates')).toBe('components-icon-button--all-states');
    expect(storyId('Card', 'size2Large')).toBe('card--size-2-large');
  });
});

describe('worstStatus', () => {
  it('orders fail over warn over pass over skipped', () => {
    expect(worstStatus(['pass', 'skipped', 'warn'])).toBe('warn');
    expect(worstStatus(['fail', 'pass'])).toBe('fail');
    expect(worstStatus([])).toBe('skipped');
  });
});
