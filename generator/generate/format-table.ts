/** The human summary of a generate run: one row per component. */
import type { GenerateResult } from './generate-components.ts';

const pct = (n: number, total: number) => (total === 0 ? '-' : `${Math.round((n / total) * 100)}%`);

export function formatGenerateTable(result: Pick<GenerateResult, 'components' | 'rejected'>): string {
  const header = ['component', 'props', 'nodes', 'exact', 'approx', 'raw', 'files'];
  const rows = result.components.map((c) => {
    const total = c.exact + c.approximate + c.raw;
    return [
      c.accepted ? c.name : `${c.name} (rejected)`,
      String(c.props),
      String(c.nodes),
      `${c.exact} (${pct(c.exact, total)})`,
      `${c.approximate} (${pct(c.approximate, total)})`,
      `${c.raw} (${pct(c.raw, total)})`,
      String(c.accepted ? c.files.length : 0),
    ];
  });
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) =>
    cells
      .map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!)))
      .join('  ')
      .trimEnd();
  const lines = [line(header), ...rows.map(line)];
  const raw = result.components.reduce((n, c) => n + c.raw, 0);
  if (result.components.length === 0)
    lines.push('(no components: the design has no component sets, components or selected frames)');
  if (raw > 0)
    lines.push(`${raw} style value${raw === 1 ? '' : 's'} not on a token (see --json findings or --verbose).`);
  for (const r of result.rejected)
    lines.push(`rejected ${r.path}: ${r.reasons.map((x) => `${x.rule} ${x.message}`).join('; ')}`);
  return lines.join('\n');
}
