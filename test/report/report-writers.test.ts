import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildReport } from '../../generator/report/build-report.ts';
import { parseReport, readReport } from '../../generator/report/read-report.ts';
import { reportJsonSchema } from '../../generator/report/report-json-schema.ts';
import { reportToHtml } from '../../generator/report/report-to-html.ts';
import { reportToMarkdown } from '../../generator/report/report-to-markdown.ts';
import { writeReport } from '../../generator/report/write-report.ts';
import { DesignSyncError } from '../../generator/core/errors.ts';
import { fixtureInput } from './report-fixture.ts';

const report = buildReport(fixtureInput);
const dirs: string[] = [];
afterAll(() => Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true }))));

describe('report writers', () => {
  it('writes the PR body for a fixed report', async () => {
    const markdown = reportToMarkdown(report, { storybookUrl: 'https://example.test/storybook/' });
    await expect(markdown).toMatchFileSnapshot('__snapshots__/pr.md');
    expect(markdown).toContain('[Button](https://example.test/storybook/?path=/story/button--primary)');
    expect(markdown).toContain(
      'overlap in `src/Badge/Badge.tsx` (proposal: `.design-sync/conflicts/src/Badge/Badge.tsx`)',
    );
    expect(markdown).toContain('the design change was merged into steward edits in `src/Card/Card.tsx`');
  });

  it('writes the HTML page for a fixed report', async () => {
    await expect(reportToHtml(report)).toMatchFileSnapshot('__snapshots__/report.html');
  });

  it('escapes design-controlled text in HTML and Markdown', () => {
    const hostile = buildReport({
      ...fixtureInput,
      design: { ...fixtureInput.design, name: '<script>alert(1)</script>' },
      components: [{ name: 'A|B', change: 'new', nodeId: '9:9' }],
      files: [],
    });
    const page = reportToHtml(hostile);
    expect(page).not.toContain('<script>alert(1)</script>');
    expect(page).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(reportToMarkdown(hostile)).toContain('| A\\|B |');
  });

  it('keeps images relative to the report folder and drops script URLs', () => {
    const page = reportToHtml(report);
    expect(page).toContain('src="images/button--primary.figma.png"');
    const withBadUrl = buildReport({ ...fixtureInput });
    const violation = withBadUrl.components.find((c) => c.name === 'Card')?.check?.stories[0]?.a11y[1]?.violations[0];
    if (violation) violation.helpUrl = 'javascript:alert(1)';
    expect(reportToHtml(withBadUrl)).not.toContain('javascript:');
  });

  it('writes report.json, report.html and pr.md atomically and reads the JSON back', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'ds-report-'));
    dirs.push(dir);
    await writeReport(dir, report);
    expect((await readdir(dir)).sort()).toEqual(['pr.md', 'report.html', 'report.json']);
    expect(await readReport(join(dir, 'report.json'))).toEqual(report);
    expect(await readFile(join(dir, 'report.html'), 'utf8')).toBe(reportToHtml(report));
  });

  it('rejects a report of another schema version or shape with an input error', () => {
    expect(() => parseReport('{"schemaVersion":2}', 'r.json')).toThrow(/schemaVersion 2/);
    expect(() => parseReport('{"schemaVersion":1}', 'r.json')).toThrow(DesignSyncError);
    expect(() => parseReport('not json', 'r.json')).toThrow(/r\.json is not valid JSON/);
  });

  it('keeps the committed JSON Schema equal to the zod schema', async () => {
    await expect(`${JSON.stringify(reportJsonSchema(), null, 2)}\n`).toMatchFileSnapshot(
      '../../generator/report/report.schema.json',
    );
  });
});
