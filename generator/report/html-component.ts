import { CHECK_LABELS, STATUS_ICON, STATUS_LABEL, percent, plural, score, usd } from './format.ts';
import { html, safeUrl, type Html } from './html.ts';
import { htmlTable } from './html-table.ts';
import type { ReportComponent } from './report-schema.ts';
import type { CheckStatus } from '../check/types.ts';

/** One component's section of report.html: status badge, checks table, per-story images and findings. */

type StoryCheck = NonNullable<ReportComponent['check']>['stories'][number];
type A11yModeResult = StoryCheck['a11y'][number];
type VisualComparison = NonNullable<NonNullable<StoryCheck['visual']>['figma']>;

export const statusBadge = (status: CheckStatus): Html =>
  html`<span class="badge badge-${status}"
    ><span aria-hidden="true">${STATUS_ICON[status]}</span> ${STATUS_LABEL[status]}</span
  >`;

export const componentAnchor = (name: string) => `component-${name.replace(/[^A-Za-z0-9_-]/g, '-')}`;

/** One component's evidence: images side by side, then each check's findings. */
export function componentSection(component: ReportComponent): Html {
  const id = componentAnchor(component.name);
  const check = component.check;
  return html`<article class="component" id="${id}" aria-labelledby="${id}-h">
    <h3 id="${id}-h">${component.name} ${statusBadge(component.status)}</h3>
    <p class="meta">${metaLine(component)}</p>
    ${component.conflict ? html`<p class="callout callout-fail"><strong>Merge conflict:</strong> a steward edit and the design change could not be merged. Resolve the files marked <em>conflict</em> below.</p>` : false}
    ${check ? checksTable(check.checks) : html`<p>No checks ran for this component.</p>`}
    ${(check?.stories ?? []).map(storyEvidence)} ${component.findings ? designFindings(component.findings) : false}
    ${check && check.checks.tokenLint.findings.length > 0 ? tokenLintTable(check.checks.tokenLint.findings) : false}
    ${check && check.checks.typecheck.diagnostics.length > 0 ? typeErrors(check.checks.typecheck.diagnostics) : false}
    ${
      component.files.length > 0
        ? html`<details>
            <summary>Files (${component.files.length})</summary>
            <ul class="files">
              ${component.files.map((f) => html`<li><code>${f.path}</code> <span class="change change-${f.change}">${f.change}</span>${f.proposal ? html` proposal: <code>${f.proposal}</code>` : false}</li>`)}
            </ul>
          </details>`
        : false
    }
  </article>`;
}

function metaLine(component: ReportComponent): Html {
  const parts: Html[] = [html`<span class="tag">${component.change}</span>`];
  if (component.reason) parts.push(html`<span>${component.reason}</span>`);
  if (component.stewardEdited) parts.push(html`<span class="tag">steward-edited</span>`);
  const generator = component.generator;
  if (generator) {
    const model = generator.model ? ` (${generator.model})` : '';
    const cost = generator.costUsd === undefined ? '' : `, ${usd(generator.costUsd)}`;
    const tokens = generator.tokens ? `, ${generator.tokens.prompt + generator.tokens.completion} tokens` : '';
    parts.push(
      html`<span>generator: ${generator.kind}${model}, ${plural(generator.attempts, 'attempt')}${tokens}${cost}</span>`,
    );
  }
  if (component.figma?.url)
    parts.push(html`<a href="${safeUrl(component.figma.url)}">Figma node ${component.figma.nodeId}</a>`);
  return html`${parts.map((part, i) => (i === 0 ? part : html` · ${part}`))}`;
}

function checksTable(checks: NonNullable<ReportComponent['check']>['checks']): Html {
  const rows: Array<[string, { status: CheckStatus; summary: string }]> = CHECK_LABELS.map((c) => [
    c.heading,
    checks[c.key],
  ]);
  return htmlTable({
    className: 'checks',
    caption: { text: 'Check results', hidden: true },
    columns: ['Check', 'Result', 'Figures'],
    rows: rows.map(([name, result]) => [
      { content: name, rowHeader: true },
      statusBadge(result.status),
      result.summary,
    ]),
  });
}

function storyEvidence(story: StoryCheck): Html {
  const figma = story.visual?.figma;
  const baseline = story.visual?.baseline.filter(hasImages).find((b) => !b.written && b.mismatchedPixels > 0);
  return html`<section class="story" aria-label="Story ${story.name}">
    <h4>${story.name} ${statusBadge(story.status)}</h4>
    ${story.error ? html`<p class="callout callout-fail"><strong>Render error:</strong> <code>${story.error}</code></p>` : false}
    ${figma ? triptych('Figma render', 'Rendered story', figma) : false}
    ${baseline ? triptych(`Approved (${baseline.mode})`, `Now (${baseline.mode})`, baseline) : false}
    ${story.layout ? layoutBlock(story.layout) : false} ${story.a11y.length > 0 ? a11yBlock(story.a11y) : false}
    ${story.responsive && story.responsive.status !== 'pass' ? responsiveBlock(story.responsive) : false}
  </section>`;
}

/** A baseline comparison carries its images only when there was a difference to show. */
function hasImages<T extends Partial<VisualComparison>>(b: T): b is T & VisualComparison {
  return b.expected !== undefined && b.actual !== undefined && b.diff !== undefined;
}

function triptych(expectedLabel: string, actualLabel: string, comparison: VisualComparison): Html {
  const image = (src: string, caption: string) =>
    html`<figure>
      <img src="${safeUrl(src)}" alt="${caption}" />
      <figcaption>${caption}</figcaption>
    </figure>`;
  return html`<div class="triptych">
      ${image(comparison.expected, expectedLabel)}${image(comparison.actual, actualLabel)}${image(comparison.diff, `Pixel diff: ${percent(comparison.mismatchRatio)} differ`)}
    </div>
    <p class="figures">
      Pixel mismatch ${percent(comparison.mismatchRatio)} (${comparison.mismatchedPixels} of
      ${comparison.width}×${comparison.height})${comparison.sizeMismatch ? ', sizes differ' : ''}
      ${statusBadge(comparison.status)}
    </p>`;
}

function layoutBlock(layout: NonNullable<StoryCheck['layout']>): Html {
  return html`<p class="figures">
      Layout score <strong>${score(layout.score)}</strong> (mean IoU; ${layout.matched} of ${layout.figmaNodes} Figma
      nodes matched; Figma ${layout.size.figma.width}×${layout.size.figma.height}, rendered
      ${layout.size.dom.width}×${layout.size.dom.height}) ${statusBadge(layout.status)}
    </p>
    ${
      layout.worst.length > 0
        ? htmlTable({
            className: 'worst',
            caption: { text: 'Worst-matching nodes' },
            columns: ['Figma node', 'Element', 'IoU'],
            rows: layout.worst.map((node) => [
              html`${node.figmaName} <code>${node.figmaId}</code>`,
              node.domPath ? html`<code>${node.domPath}</code>` : 'not rendered',
              score(node.iou),
            ]),
          })
        : false
    }`;
}

function a11yBlock(modes: A11yModeResult[]): Html {
  return html`<div class="a11y">
    <p class="figures">
      Accessibility: ${modes.map((mode, i) => html`${i > 0 ? ', ' : ''}${mode.mode} ${statusBadge(mode.status)}`)}
    </p>
    ${modes
      .filter((mode) => mode.violations.length > 0)
      .map(
        (mode) =>
          html`<ul class="violations" aria-label="axe violations in ${mode.mode}">
            ${mode.violations.map(
              (v) =>
                html`<li>
                  <span class="impact impact-${v.impact ?? 'none'}">${v.impact ?? 'unknown'}</span>
                  <a href="${safeUrl(v.helpUrl)}">${v.id}</a> (${mode.mode}):
                  ${v.help}${v.summary ? html` <span class="detail">${v.summary}</span>` : false}
                  <code>${v.targets.join(', ')}</code>
                </li>`,
            )}
          </ul>`,
      )}
  </div>`;
}

function responsiveBlock(responsive: NonNullable<StoryCheck['responsive']>): Html {
  return html`<ul class="responsive" aria-label="Responsive findings">
    ${responsive.widths
      .filter((w) => w.overflow || w.overlaps.length > 0)
      .map(
        (w) =>
          html`<li>
            ${w.width}px:
            ${w.overflow ? `overflows (${w.scrollWidth}px content in ${w.clientWidth}px)` : ''}${w.overflow && w.overlaps.length > 0 ? '; ' : ''}${w.overlaps.length > 0 ? plural(w.overlaps.length, 'overlap') : ''}
          </li>`,
      )}
  </ul>`;
}

const FINDING_LABEL = { invisible: 'invisible', 'asset-fallback': 'fallback' } as const;

/** Layers drawn differently from Figma: invisible text first, since nothing on the screenshot shows it. */
function designFindings(findings: NonNullable<ReportComponent['findings']>): Html {
  const sorted = [...findings].sort((a, b) => (a.kind === b.kind ? 0 : a.kind === 'invisible' ? -1 : 1));
  const invisible = findings.filter((f) => f.kind === 'invisible').length;
  return html`<details${invisible > 0 ? ' open' : ''}>
    <summary>${plural(findings.length, 'design finding')}${invisible > 0 ? `, ${invisible} invisible` : ''}</summary>
    <ul class="findings">
      ${sorted.map((f) => html`<li><span class="change">${FINDING_LABEL[f.kind]}</span> <code>${f.nodeId}</code> ${f.message}</li>`)}
    </ul>
  </details>`;
}

function tokenLintTable(findings: NonNullable<ReportComponent['check']>['checks']['tokenLint']['findings']): Html {
  return htmlTable({
    className: 'lint',
    caption: { text: 'Token lint: raw values' },
    columns: ['Where', 'Value', 'Suggested token'],
    rows: findings.map((f) => [
      html`<code>${f.file}:${f.line}:${f.column}</code>`,
      html`<code>${f.value}</code> ${f.kind}`,
      f.suggestion
        ? html`<code>var(${f.suggestion.cssVar})</code>
            <span class="detail">${f.suggestion.path}, distance ${f.suggestion.distance} ${f.suggestion.unit}</span>`
        : 'no close token',
    ]),
  });
}

function typeErrors(diagnostics: NonNullable<ReportComponent['check']>['checks']['typecheck']['diagnostics']): Html {
  return html`<ul class="type-errors" aria-label="Type errors">
    ${diagnostics.map((d) => html`<li><code>${d.file}:${d.line}:${d.column}</code> ${d.code}: ${d.message}</li>`)}
  </ul>`;
}
