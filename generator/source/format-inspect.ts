import type { InspectReport } from './inspect-design.ts';

/** The human-readable output of `design-sync inspect`: short sections, long lists cut with a count of the rest. */

const LIMIT = 12;

/** The human-readable `inspect` output: short sections, long lists cut with a count of the rest. */
export function formatInspect(report: InspectReport, limit = LIMIT): string {
  const { counts } = report;
  const lines: string[] = [];
  const section = (title: string) => lines.push('', title);
  const more = (total: number) => total > limit && lines.push(`  … and ${total - limit} more (--json lists all)`);

  lines.push(`${report.name}  (${report.shape}: ${report.origin})`);
  const facts = [
    report.fileKey && `file ${report.fileKey}`,
    report.version && `version ${report.version}`,
    report.lastModified && `modified ${report.lastModified}`,
  ].filter(Boolean);
  if (facts.length > 0) lines.push(facts.join(', '));

  section('counts');
  lines.push(
    table([
      ['nodes', counts.nodes],
      ['pages', counts.pages],
      ['top-level frames', counts.frames],
      ['component sets', `${counts.componentSets} (${counts.variants} variants)`],
      ['components (standalone)', counts.components],
      ['instances', counts.instances],
      ['auto-layout nodes', counts.autoLayout],
      [
        'variable bindings',
        `${counts.boundVariables} on ${counts.nodesWithBoundVariables} nodes (${counts.referencedVariables} variables, ${counts.definedReferencedVariables} defined here)`,
      ],
      ['styles', `${report.styles.total}${formatTally(report.styles.byType)} (${counts.styleReferences} referenced)`],
      ['renders', report.renders],
    ]),
  );
  const types = Object.entries(counts.byType).sort((a, b) => b[1] - a[1]);
  if (types.length > 0) lines.push(`  by type: ${types.map(([type, n]) => `${type} ${n}`).join(', ')}`);

  if (report.pages.length > 0) {
    section(`pages (${report.pages.length})`);
    for (const page of report.pages.slice(0, limit)) lines.push(`  ${page.name}  [${page.id}]  ${page.frames} frames`);
    more(report.pages.length);
  }
  if (report.frames.length > 0) {
    section(`top-level frames (${report.frames.length})`);
    for (const f of report.frames.slice(0, limit)) {
      const size = f.width === null ? '' : `${round(f.width)}x${round(f.height ?? 0)}`;
      lines.push(`  ${f.name}  [${f.id}]  ${size}  layout ${f.layout}, ${f.children} children`);
    }
    more(report.frames.length);
  }
  if (report.componentSets.length > 0) {
    section(`component sets (${report.componentSets.length})`);
    for (const set of report.componentSets.slice(0, limit)) {
      lines.push(`  ${set.name}  [${set.id}]  ${set.variants} variants`);
      for (const p of set.properties)
        lines.push(`    ${p.name}: ${p.type}${p.values.length > 0 ? ` = ${p.values.join(' | ')}` : ''}`);
    }
    more(report.componentSets.length);
  }
  if (report.components.length > 0) {
    section(`components (${report.components.length})`);
    lines.push(
      `  ${report.components
        .slice(0, limit)
        .map((c) => c.name)
        .join(', ')}`,
    );
    more(report.components.length);
  }
  if (report.variables) {
    section(`variables (${report.variables.total}, ${report.variables.aliases} aliases)`);
    for (const c of report.variables.collections.slice(0, limit)) {
      lines.push(
        `  ${c.name}${c.remote ? ' (library)' : ''}: ${c.variables} variables${formatTally(c.byType)}; modes ${c.modes.join(', ')}`,
      );
    }
    more(report.variables.collections.length);
  }
  if (report.warnings.length > 0) {
    section(`warnings (${report.warnings.length})`);
    for (const warning of report.warnings.slice(0, limit)) lines.push(`  ${warning}`);
    more(report.warnings.length);
  }
  section('what later stages can use');
  for (const u of report.usable) lines.push(`  ${u.stage.padEnd(9)} ${u.status.padEnd(8)} ${u.detail}`);
  return lines.join('\n');
}

function table(rows: Array<[string, string | number]>): string {
  const width = Math.max(...rows.map(([label]) => label.length));
  return rows.map(([label, value]) => `  ${label.padEnd(width)}  ${value}`).join('\n');
}

function formatTally(tally: Record<string, number>): string {
  const entries = Object.entries(tally);
  return entries.length === 0 ? '' : ` (${entries.map(([k, n]) => `${k} ${n}`).join(', ')})`;
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}
