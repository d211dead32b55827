import { describe, expect, it } from 'vitest';
import { buildReport } from '../../generator/report/build-report.ts';
import { reportSchema } from '../../generator/report/report-schema.ts';
import { reportToHtml } from '../../generator/report/report-to-html.ts';
import { reportToMarkdown } from '../../generator/report/report-to-markdown.ts';
import { fixtureChecks, fixtureInput } from './report-fixture.ts';

// The fixture's Card with the ir's findings, and a check run in which one font fell back.
const input = {
  ...fixtureInput,
  components: fixtureInput.components.map((c) =>
    c.name === 'Card'
      ? {
          ...c,
          findings: [
            { nodeId: '3:9', kind: 'asset-fallback', message: 'vector drawing has no asset in the snapshot: cropped' },
            { nodeId: '3:7', kind: 'invisible', message: 'text colour composites to alpha 0: the text is invisible' },
            { nodeId: '3:8', kind: 'raw-value', message: 'colour #123456 has no token' },
          ],
        }
      : c,
  ),
  checks: {
    ...fixtureChecks,
    fonts: {
      loaded: ['Poppins 500 (@fontsource/poppins)'],
      missing: [
        {
          family: 'HelveticaNeue',
          weights: [400, 700],
          fallback: '"HelveticaNeue", "Helvetica Neue", Helvetica, Arial, "Nimbus Sans", "Liberation Sans", sans-serif',
          hint: 'npm i -D @fontsource/helveticaneue',
        },
      ],
    },
  },
};

describe('design findings and fonts in the report', () => {
  const report = buildReport(input);

  it('keeps the invisible and fallback findings of a component, not the token ones, and stays valid', () => {
    const card = report.components.find((c) => c.name === 'Card');
    expect(card?.findings?.map((f) => f.kind)).toEqual(['asset-fallback', 'invisible']);
    expect(report.components.find((c) => c.name === 'Button')?.findings).toBeUndefined();
    expect(reportSchema.safeParse(JSON.parse(JSON.stringify(report))).success).toBe(true);
  });

  it('tells the steward in the pull request which layers draw nothing and which font fell back to what', () => {
    const md = reportToMarkdown(report);
    expect(md).toContain('- **Card**: 1 layer draws nothing where Figma draws them (`3:7`)');
    expect(md).toContain(
      '- Font "HelveticaNeue" 400/700 is not available: text falls back to "HelveticaNeue", "Helvetica Neue", Helvetica',
    );
    expect(md).toContain('(npm i -D @fontsource/helveticaneue)');
  });

  it('lists the findings under the component and the missing fonts on the summary in report.html', () => {
    const page = reportToHtml(report);
    expect(page).toContain('2 design findings, 1 invisible');
    expect(page).toContain('<code>3:7</code> text colour composites to alpha 0');
    expect(page).toContain('Fonts not available');
    expect(page).toContain('Font &quot;HelveticaNeue&quot; 400/700 is not available');
  });
});
