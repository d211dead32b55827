/** A measured figure: medians are taken when the table is written. */
export type Figure =
  | { kind: 'timed'; ms: number[]; rssMb: number[]; note?: string }
  | { kind: 'count'; text: string }
  | { kind: 'na'; reason: string };

export const notAvailable = (reason: string): Figure => ({ kind: 'na', reason });

/** Rows of the main table, in pipeline order. */
export const ROWS = [
  'design',
  'source',
  'tokens',
  'ir',
  'generate (incl. gate)',
  'check',
  'sync (fresh)',
  'sync steps (fresh)',
  're-sync, nothing changed',
  're-sync, 1 component changed',
  're-sync steps (1 changed)',
  'pull: Figma API calls',
] as const;
export type RowName = (typeof ROWS)[number];

export const STAGE_ROWS: RowName[] = ['source', 'tokens', 'ir', 'generate (incl. gate)', 'check'];

/** One column of the table: a design and its figures. */
export interface SizeReport {
  label: string;
  figures: Partial<Record<RowName, Figure>>;
}
