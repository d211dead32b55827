import { escapeHtml, raw, type Html } from './html.ts';

/** The report's tables: a caption, one header row of column names, and the body rows. */

type Content = Html | string | number;

/** A body cell: content, or content that is the row's header or carries a class. */
export type TableCell = Content | { content: Content; rowHeader?: true; className?: string };

export interface TableSpec {
  className?: string;
  /** Said above the table; `hidden` keeps it for screen readers only. */
  caption: { text: string; hidden?: true };
  columns: string[];
  rows: TableCell[][];
}

const text = (content: Content) => (typeof content === 'object' ? content.html : escapeHtml(content));
const classAttr = (className: string | undefined) =>
  className === undefined ? '' : ` class="${escapeHtml(className)}"`;

function cell(value: TableCell): string {
  if (typeof value !== 'object' || !('content' in value)) return `<td>${text(value)}</td>`;
  const tag = value.rowHeader ? 'th' : 'td';
  return `<${tag}${value.rowHeader ? ' scope="row"' : ''}${classAttr(value.className)}>${text(value.content)}</${tag}>`;
}

/** One accessible table: captioned, header cells scoped, every value escaped. */
export function htmlTable(spec: TableSpec): Html {
  const columns = spec.columns.map((name) => `<th scope="col">${escapeHtml(name)}</th>`).join('');
  return raw(
    [
      `<table${classAttr(spec.className)}>`,
      `<caption${spec.caption.hidden ? ' class="sr-only"' : ''}>${escapeHtml(spec.caption.text)}</caption>`,
      `<thead><tr>${columns}</tr></thead>`,
      '<tbody>',
      ...spec.rows.map((row) => `<tr>${row.map(cell).join('')}</tr>`),
      '</tbody>',
      '</table>',
    ].join('\n'),
  );
}
