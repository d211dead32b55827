import { CHECK_LABEL, STATUS_ICON, STATUS_LABEL, fontWarning, ms, plural, usd } from './format.ts';
import { componentAnchor, componentSection, statusBadge } from './html-component.ts';
import { html, safeUrl, type Html } from './html.ts';
import { htmlTable, type TableCell } from './html-table.ts';
import { REPORT_CSS } from './report-css.ts';
import type { Report, TokenChange } from './report-schema.ts';

/** report.html: one self-contained page a steward reads instead of logs. Images are relative to the report folder. */
export function reportToHtml(report: Report): string {
  const title = `design-sync report: ${report.source.name}`;
  const page = html`<!doctype html>
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>${STATUS_ICON[report.status]} ${title}</title>
        <style>
          ${{ html: REPORT_CSS }}
        </style>
      </head>
      <body>
        <a class="skip" href="#components">Skip to components</a>
        <header>
          <h1>${title} ${statusBadge(report.status)}</h1>
          <p class="meta">${sourceLine(report)}</p>
        </header>
        <main>
          ${summarySection(report)} ${tokensSection(report)}
          <section id="components" aria-labelledby="components-h">
            <h2 id="components-h">Components</h2>
            ${
              report.components.length > 0
                ? html`<nav aria-label="Components">
                    <ul class="toc">
                      ${report.components.map((c) => html`<li><a href="#${componentAnchor(c.name)}">${c.name}</a> ${STATUS_LABEL[c.status]}, ${c.change}</li>`)}
                    </ul>
                  </nav>`
                : html`<p>No components.</p>`
            }
            ${report.components.map(componentSection)}
          </section>
          ${filesSection(report)} ${timingsSection(report)}
        </main>
        <footer>
          <p>
            Written by design-sync ${report.designSync} at ${report.generatedAt}. Machine-readable:
            <a href="report.json">report.json</a>.
          </p>
        </footer>
      </body>
    </html> `;
  return page.html;
}

function sourceLine(report: Report): Html {
  const source = report.source;
  return html`Figma file
  ${source.url ? html`<a href="${safeUrl(source.url)}">${source.name}</a>` : source.name}${source.fileKey ? html` (<code>${source.fileKey}</code>)` : false}${source.lastModified ? `, last modified ${source.lastModified}` : ''};
  checked ${report.generatedAt}`;
}

function summarySection(report: Report): Html {
  const s = report.summary;
  const card = (label: string, value: string | number) =>
    html`<div>
      <dt>${label}</dt>
      <dd>${value}</dd>
    </div>`;
  const attention = report.components.filter((c) => c.conflict || c.status === 'fail' || c.status === 'warn');
  return html`<section aria-labelledby="summary-h">
    <h2 id="summary-h">Summary</h2>
    <dl class="cards">
      ${card('Components', s.components)}${card('New', s.new)}${card('Changed', s.changed)}${card('Unchanged', s.unchanged)}${card('Removed', s.removed)}
      ${card('Passed', s.pass)}${card('Warnings', s.warn)}${card('Failed', s.fail)}${card('Conflicts', s.conflicts)}
      ${card('Model cost', usd(s.modelCostUsd))}${report.timings['total'] === undefined ? false : card('Run time', ms(report.timings['total']))}
      ${report.check ? card('Stories/s', report.check.throughput.storiesPerSecond.toFixed(1)) : false}
    </dl>
    ${
      attention.length > 0
        ? html`<h3>Needs a steward</h3>
            <ul>
              ${attention.map((c) => html`<li><a href="#${componentAnchor(c.name)}">${c.name}</a>: ${c.conflict ? 'merge conflict' : ''}${c.conflict && c.status !== 'pass' ? ', ' : ''}${c.status === 'pass' ? '' : `checks ${STATUS_LABEL[c.status]}`}${c.check && failingChecks(c.check.checks) ? html` <span class="detail">(${failingChecks(c.check.checks)})</span>` : false}</li>`)}
            </ul>`
        : html`<p>Nothing needs a steward's attention.</p>`
    }
    ${report.check ? html`<p class="figures">Checked in ${report.check.environment.browser}, modes: ${report.check.environment.modes.join(', ')}; ${plural(report.check.counts.stories, 'story', 'stories')}.</p>` : false}
    ${
      report.check?.fonts && report.check.fonts.missing.length > 0
        ? html`<h3>Fonts not available</h3>
            <ul>
              ${report.check.fonts.missing.map((f) => html`<li>${fontWarning(f)}</li>`)}
            </ul>`
        : false
    }
    ${
      report.warnings.length > 0
        ? html`<details>
            <summary>${plural(report.warnings.length, 'warning')}</summary>
            <ul>
              ${report.warnings.map((w) => html`<li>${w}</li>`)}
            </ul>
          </details>`
        : false
    }
  </section>`;
}

function failingChecks(checks: NonNullable<Report['components'][number]['check']>['checks']): string {
  return Object.entries(checks)
    .filter(([, result]) => result.status === 'fail' || result.status === 'warn')
    .map(([name, result]) => `${CHECK_LABEL[name] ?? name}: ${result.summary}`)
    .join('; ');
}

function tokensSection(report: Report): Html {
  const { diff } = report.tokens;
  const types = Object.entries(report.tokens.byType)
    .map(([type, n]) => `${n} ${type}`)
    .join(', ');
  const rows = [
    ...diff.added.map((t) => ['added', t] as const),
    ...diff.changed.map((t) => ['changed', t] as const),
    ...diff.removed.map((t) => ['removed', t] as const),
  ];
  const changesTable = htmlTable({
    caption: { text: 'Token changes', hidden: true },
    columns: ['Change', 'Token', 'Before', 'After'],
    rows: rows.map(([kind, t]) => tokenRow(kind, t)),
  });
  return html`<section aria-labelledby="tokens-h">
    <h2 id="tokens-h">Tokens</h2>
    <p>
      ${plural(report.tokens.total, 'token')}${types ? ` (${types})` : ''}; modes:
      ${report.tokens.modes.join(', ') || 'one'}. Changes: ${diff.added.length} added, ${diff.changed.length} changed,
      ${diff.removed.length} removed.
    </p>
    ${
      rows.length > 0
        ? html`<details${rows.length <= 20 ? html` open` : false}><summary>Token changes (${rows.length})</summary>${changesTable}</details>`
        : false
    }
    ${
      report.tokens.warnings.length > 0
        ? html`<details>
            <summary>${plural(report.tokens.warnings.length, 'token warning')}</summary>
            <ul>
              ${report.tokens.warnings.map((w) => html`<li>${w}</li>`)}
            </ul>
          </details>`
        : false
    }
  </section>`;
}

const tokenRow = (kind: string, t: TokenChange): TableCell[] => [
  kind,
  html`<code>${t.path}</code>${t.mode ? ` (${t.mode})` : ''}`,
  t.before === undefined ? '' : html`<code>${t.before}</code>`,
  t.after === undefined ? '' : html`<code>${t.after}</code>`,
];

function filesSection(report: Report): Html {
  const changed = report.files.filter((f) => f.change !== 'unchanged');
  return html`<section aria-labelledby="files-h">
    <h2 id="files-h">File changes</h2>
    <p>${plural(changed.length, 'file')} changed, ${report.files.length - changed.length} unchanged.</p>
    ${
      changed.length > 0
        ? htmlTable({
            caption: { text: 'Changed files', hidden: true },
            columns: ['File', 'Change', 'By', 'Note'],
            rows: changed.map((f) => [
              html`<code>${f.path}</code>`,
              { content: f.change, className: `change-${f.change}` },
              f.producer,
              f.note ?? '',
            ]),
          })
        : false
    }
  </section>`;
}

function timingsSection(report: Report): Html {
  const stages = Object.entries(report.timings);
  const checkStages = Object.entries(report.check?.timings ?? {});
  if (stages.length === 0 && checkStages.length === 0) return html``;
  return html`<section aria-labelledby="timings-h">
    <h2 id="timings-h">Timings</h2>
    ${htmlTable({
      caption: { text: 'Wall time per stage', hidden: true },
      columns: ['Stage', 'Time'],
      rows: [
        ...stages.map(([stage, t]): TableCell[] => [{ content: stage, rowHeader: true }, ms(t)]),
        ...checkStages.map(([stage, t]): TableCell[] => [{ content: `check/${stage}`, rowHeader: true }, ms(t ?? 0)]),
      ],
    })}
  </section>`;
}
