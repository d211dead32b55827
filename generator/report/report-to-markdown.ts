import { CHECK_LABEL, STATUS_ICON, STATUS_LABEL, fontWarning, percent, plural, score, usd } from './format.ts';
import type { Report, ReportComponent, TokenChange } from './report-schema.ts';

/** pr.md: the report, short, as Markdown for a pull-request body. */

export interface MarkdownOptions {
  /** Base URL of a hosted Storybook build; each component then links its first story. */
  storybookUrl?: string;
  /** URL of the published report.html. */
  reportUrl?: string;
  /** Token changes listed before "and N more" (default 20). */
  maxTokenRows?: number;
}

/** pr.md: the report, short, for a pull-request body. */
export function reportToMarkdown(report: Report, options: MarkdownOptions = {}): string {
  const s = report.summary;
  const lines: string[] = [
    `## design-sync: ${report.source.name} ${STATUS_ICON[report.status]} ${STATUS_LABEL[report.status]}`,
    '',
    `**${plural(s.components, 'component')}**: ${s.new} new, ${s.changed} changed, ${s.unchanged} unchanged, ${s.removed} removed · ` +
      `checks: ${s.pass} pass, ${s.warn} warn, ${s.fail} fail${s.skipped > 0 ? `, ${s.skipped} not checked` : ''} · ` +
      `model cost ${usd(s.modelCostUsd)}${s.modelTokens.prompt + s.modelTokens.completion > 0 ? ` (${s.modelTokens.prompt + s.modelTokens.completion} tokens)` : ''}`,
    '',
    ...tokenLines(report, options.maxTokenRows ?? 20),
    ...componentLines(report, options.storybookUrl),
    ...stewardLines(report),
    footer(report, options.reportUrl),
  ];
  return `${lines.join('\n').trimEnd()}\n`;
}

function tokenLines(report: Report, maxRows: number): string[] {
  const { diff } = report.tokens;
  const rows: Array<[string, TokenChange]> = [
    ...diff.added.map((t) => ['added', t] as [string, TokenChange]),
    ...diff.changed.map((t) => ['changed', t] as [string, TokenChange]),
    ...diff.removed.map((t) => ['removed', t] as [string, TokenChange]),
  ];
  const lines = [
    '### Tokens',
    '',
    `${plural(report.tokens.total, 'token')}, modes: ${report.tokens.modes.join(', ') || 'one'}. ` +
      `${diff.added.length} added, ${diff.changed.length} changed, ${diff.removed.length} removed.`,
    '',
  ];
  if (rows.length === 0) return lines;
  lines.push('| Change | Token | Before | After |', '|---|---|---|---|');
  for (const [kind, t] of rows.slice(0, maxRows)) {
    lines.push(
      `| ${kind} | \`${cell(t.path)}\`${t.mode ? ` (${cell(t.mode)})` : ''} | ${code(t.before)} | ${code(t.after)} |`,
    );
  }
  if (rows.length > maxRows) lines.push('', `… and ${rows.length - maxRows} more in the full report.`);
  lines.push('');
  return lines;
}

function componentLines(report: Report, storybookUrl: string | undefined): string[] {
  const shown = report.components.filter(
    (c) => c.change !== 'unchanged' || c.status === 'fail' || c.status === 'warn' || c.conflict,
  );
  if (shown.length === 0) return ['### Components', '', 'No component changed.', ''];
  const lines = [
    '### Components',
    '',
    '| Component | Change | Checks | Layout | Figma diff | Accessibility | Token lint | Generator |',
    '|---|---|---|---|---|---|---|---|',
  ];
  for (const c of shown) lines.push(componentRow(c, storybookUrl));
  const unchanged = report.components.length - shown.length;
  if (unchanged > 0) lines.push('', `${plural(unchanged, 'unchanged component')} not listed.`);
  lines.push('');
  return lines;
}

function componentRow(c: ReportComponent, storybookUrl: string | undefined): string {
  const story = c.storyIds[0];
  const name =
    storybookUrl && story
      ? `[${cell(c.name)}](${storybookUrl.replace(/\/$/, '')}/?path=/story/${story})`
      : cell(c.name);
  const checks = c.check?.checks;
  const layout = checks?.layout.score === undefined ? '–' : score(checks.layout.score);
  const figma = checks?.visual.figmaMismatch === undefined ? '–' : percent(checks.visual.figmaMismatch);
  const generator = c.generator
    ? `${c.generator.kind}${c.generator.model ? ` ${cell(c.generator.model)}` : ''}${c.generator.attempts > 1 ? `, ${c.generator.attempts} attempts` : ''}`
    : '–';
  return `| ${name} | ${c.change}${c.conflict ? ', **conflict**' : c.stewardEdited ? ', steward-edited' : ''} | ${c.change === 'removed' ? '–' : `${STATUS_ICON[c.status]} ${STATUS_LABEL[c.status]}`} | ${layout} | ${figma} | ${checks ? cell(checks.a11y.summary) : '–'} | ${checks ? checks.tokenLint.findings.length : '–'} | ${generator} |`;
}

function stewardLines(report: Report): string[] {
  const lines: string[] = [];
  for (const c of report.components) {
    const conflicts = c.files.filter((f) => f.change === 'conflict');
    if (conflicts.length > 0)
      lines.push(
        `- **${c.name}**: a steward edit and the design change overlap in ${conflicts.map(conflictText).join(', ')}; the file was left as the steward wrote it.`,
      );
    const merged = c.files.filter((f) => f.change === 'merged').map((f) => `\`${cell(f.path)}\``);
    if (merged.length > 0)
      lines.push(`- **${c.name}**: the design change was merged into steward edits in ${merged.join(', ')}.`);
    const failing = Object.entries(c.check?.checks ?? {}).filter(([, r]) => r.status === 'fail' || r.status === 'warn');
    if (failing.length > 0)
      lines.push(
        `- **${c.name}**: ${failing.map(([check, r]) => `${CHECK_LABEL[check] ?? check} ${STATUS_LABEL[r.status]} (${r.summary})`).join('; ')}`,
      );
  }
  for (const c of report.components) {
    const invisible = (c.findings ?? []).filter((f) => f.kind === 'invisible');
    if (invisible.length > 0)
      lines.push(
        `- **${c.name}**: ${invisible.length === 1 ? '1 layer draws' : `${invisible.length} layers draw`} nothing where Figma draws them (${invisible.map((f) => `\`${f.nodeId}\``).join(', ')}): ${cell(invisible[0]!.message)}`,
      );
  }
  for (const font of report.check?.fonts?.missing ?? []) lines.push(`- ${cell(fontWarning(font))}`);
  const removals = report.files.filter((f) => f.change === 'remove-proposed');
  for (const f of removals) lines.push(`- Proposed removal: \`${cell(f.path)}\`${f.note ? ` (${f.note})` : ''}`);
  if (lines.length === 0) return [];
  const proposals = report.components.some((c) => c.files.some((f) => f.proposal !== undefined));
  return [
    '### Needs a steward',
    '',
    ...lines,
    '',
    ...(proposals
      ? [
          'Each proposal holds the merge with conflict markers (steward | last generated | design-sync): resolve it into the file, then delete the proposal.',
          '',
        ]
      : []),
  ];
}

const conflictText = (f: { path: string; proposal?: string }) =>
  `\`${cell(f.path)}\`${f.proposal ? ` (proposal: \`${cell(f.proposal)}\`)` : ''}`;

function footer(report: Report, reportUrl: string | undefined): string {
  const check = report.check;
  const parts = [`design-sync ${report.designSync}`];
  if (check) {
    parts.push(
      `${plural(check.counts.stories, 'story', 'stories')} checked in ${check.environment.browser} (${check.throughput.storiesPerSecond.toFixed(1)} stories/s), modes: ${check.environment.modes.join(', ')}`,
    );
  }
  parts.push(reportUrl ? `[full report](${reportUrl})` : 'full report: `report.html`');
  return `<sub>${parts.join(' · ')}</sub>`;
}

/** Table cells: pipes and newlines would break the row. */
const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
const code = (text: string | undefined) => (text === undefined ? '' : `\`${cell(text)}\``);
