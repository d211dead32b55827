/** @jsxRuntime classic */
import React, { type ReactNode } from 'react';

/** The panel's tables, as the report's `htmlTable` draws them: a caption, column headers, keyed rows. */

export interface TableRow {
  key: string;
  cells: ReactNode[];
}

export function Table({
  caption,
  columns,
  rows,
}: {
  caption?: { text: string; className?: string };
  columns: string[];
  rows: TableRow[];
}) {
  return (
    <table>
      {caption && <caption className={caption.className}>{caption.text}</caption>}
      <thead>
        <tr>
          {columns.map((name) => (
            <th key={name} scope="col">
              {name}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.key}>
            {row.cells.map((cell, i) => (
              <td key={i}>{cell}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
