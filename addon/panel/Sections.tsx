/** @jsxRuntime classic */
import React from 'react';
import type { ReportComponent } from '../../generator/report/report-schema.ts';
import type { ReportStory } from './find-story.ts';
import { Status } from './Status.tsx';
import { Table } from './Table.tsx';

type Layout = NonNullable<ReportStory['layout']>;
type Finding = NonNullable<ReportComponent['check']>['checks']['tokenLint']['findings'][number];

export function LayoutSection({ layout }: { layout: Layout }) {
  return (
    <section aria-labelledby="ds-layout-h">
      <h3 id="ds-layout-h">
        Layout fidelity <Status status={layout.status} />
      </h3>
      <p className="ds-meta">
        Score <span className="ds-score">{layout.score.toFixed(2)}</span> (mean IoU, {layout.matched} of{' '}
        {layout.figmaNodes} Figma nodes matched; Figma {layout.size.figma.width}×{layout.size.figma.height}, rendered{' '}
        {layout.size.dom.width}×{layout.size.dom.height})
      </p>
      {layout.worst.length > 0 && (
        <Table
          caption={{ text: 'Worst-matching nodes', className: 'ds-meta' }}
          columns={['Figma node', 'Element', 'IoU']}
          rows={layout.worst.map((node) => ({
            key: node.figmaId,
            cells: [
              <>
                {node.figmaName} <code>{node.figmaId}</code>
              </>,
              node.domPath ? <code>{node.domPath}</code> : 'not rendered',
              node.iou.toFixed(2),
            ],
          }))}
        />
      )}
    </section>
  );
}

export function A11ySection({ modes }: { modes: ReportStory['a11y'] }) {
  return (
    <section aria-labelledby="ds-a11y-h">
      <h3 id="ds-a11y-h">Accessibility (axe) per theme mode</h3>
      <ul>
        {modes.map((mode) => (
          <li key={mode.mode}>
            {mode.mode} <Status status={mode.status} />
            {mode.violations.length === 0 ? ' no violations' : ''}
            {mode.violations.length > 0 && (
              <ul>
                {mode.violations.map((violation) => (
                  <li key={violation.id}>
                    <strong>{violation.impact ?? 'unknown'}</strong>{' '}
                    <a href={violation.helpUrl} target="_blank" rel="noreferrer">
                      {violation.id}
                    </a>
                    : {violation.help}
                    {violation.summary ? ` (${violation.summary})` : ''} <code>{violation.targets.join(', ')}</code>
                  </li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}

export function TokenLintSection({ findings }: { findings: Finding[] }) {
  return (
    <section aria-labelledby="ds-lint-h">
      <h3 id="ds-lint-h">Token lint</h3>
      {findings.length === 0 ? (
        <p className="ds-meta">Every value uses a token.</p>
      ) : (
        <Table
          columns={['Where', 'Raw value', 'Suggested token']}
          rows={findings.map((finding) => ({
            key: `${finding.file}:${finding.line}:${finding.column}`,
            cells: [
              <code>
                {finding.file}:{finding.line}:{finding.column}
              </code>,
              <>
                <code>{finding.value}</code> {finding.kind}
              </>,
              finding.suggestion ? (
                <>
                  <code>var({finding.suggestion.cssVar})</code> {finding.suggestion.path}
                </>
              ) : (
                'no close token'
              ),
            ],
          }))}
        />
      )}
    </section>
  );
}

export function GeneratorSection({ component }: { component: ReportComponent }) {
  const generator = component.generator;
  return (
    <section aria-labelledby="ds-generator-h">
      <h3 id="ds-generator-h">Generator</h3>
      {generator ? (
        <p className="ds-meta">
          {generator.kind}
          {generator.model ? ` (${generator.model})` : ''}, {generator.attempts}{' '}
          {generator.attempts === 1 ? 'attempt' : 'attempts'}
          {generator.tokens ? `, ${generator.tokens.prompt + generator.tokens.completion} tokens` : ''}
          {generator.costUsd !== undefined ? `, $${generator.costUsd.toFixed(4)}` : ''}
          {generator.notes.length > 0 ? `. ${generator.notes.join('; ')}` : ''}
        </p>
      ) : (
        <p className="ds-meta">Not generated in this run.</p>
      )}
    </section>
  );
}
