import { readCsv, type CsvRow } from '../common/csv.js';
import type { Problems } from './problems.js';

/** A CSV table whose columns are looked up by name, so a reordered export still reads. */
export interface NamedTable<K extends string, O extends string = never> {
  rows: CsvRow[];
  /** The cell of `column` in `row`, trimmed; "" when the row is short or an optional column is absent. */
  cell(row: CsvRow, column: K | O): string;
  /** Whether the header has this optional column. */
  has(column: O): boolean;
}

/**
 * Reads CSV text and checks that the header names every required column. A missing column is
 * fatal (every record would be wrong), so the result is null then.
 */
export function readNamedCsv<K extends string, O extends string = never>(
  text: string,
  file: string,
  required: readonly K[],
  problems: Problems,
  optional: readonly O[] = [],
): NamedTable<K, O> | null {
  const csv = readCsv(text, { file });
  problems.adopt(csv.problems);
  if (csv.problems.some((p) => p.severity === 'fatal')) return null;
  const { header, rows } = csv.value;
  const index = new Map<string, number>();
  header.forEach((h, i) => {
    const key = h.toLowerCase();
    if (!index.has(key)) index.set(key, i);
  });
  const missing = required.filter((c) => !index.has(c.toLowerCase()));
  if (missing.length > 0) {
    problems.fatal(
      1,
      'missing-columns',
      `the header lacks column(s) ${missing.join(', ')}; is this the right file?`,
      header.join(','),
    );
    return null;
  }
  const at = new Map<K | O, number>(required.map((c) => [c, index.get(c.toLowerCase())!]));
  for (const c of optional) {
    const i = index.get(c.toLowerCase());
    if (i !== undefined) at.set(c, i);
  }
  return {
    rows,
    cell: (row, column) => {
      const i = at.get(column);
      return i === undefined ? '' : (row.cells[i] ?? '').trim();
    },
    has: (column) => at.has(column),
  };
}

/** A non-negative integer cell, or null when empty or not a number. */
export function intCell(value: string): number | null {
  return /^\d{1,9}$/.test(value) ? Number(value) : null;
}
