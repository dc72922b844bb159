import type { ParseProblem } from '../../domain/provenance.js';
import { readCsv, type CsvRow } from './csv.js';

/** A CSV table whose columns are looked up by name (case-insensitive), so a reordered export still reads. */
export interface NamedTable<K extends string, O extends string = never> {
  header: string[];
  rows: CsvRow[];
  /** The cell of `column` in `row`, trimmed; "" when the row is short or an optional column is absent. */
  cell(row: CsvRow, column: K | O): string;
  /** Whether the header has this optional column. */
  has(column: O): boolean;
}

export interface NamedCsv<K extends string, O extends string> {
  /** null when the CSV could not be read or a required column is missing */
  table: NamedTable<K, O> | null;
  /** the CSV reader's own problems */
  problems: ParseProblem[];
  /** required columns the header lacks: each parser reports them in its own words */
  missing: K[];
  header: string[];
}

/**
 * Reads CSV text and finds the named columns. A missing required column makes every record wrong,
 * so the table is null then; the caller turns `missing` into its fatal problem.
 */
export function readNamedCsv<K extends string, O extends string = never>(
  text: string,
  file: string,
  required: readonly K[],
  optional: readonly O[] = [],
): NamedCsv<K, O> {
  const csv = readCsv(text, { file });
  const { header, rows } = csv.value;
  if (csv.problems.some((p) => p.severity === 'fatal'))
    return { table: null, problems: csv.problems, missing: [], header };
  const columns = namedColumns(header, required, optional);
  if (!columns.table)
    return { table: null, problems: csv.problems, missing: columns.missing, header };
  return { table: { header, rows, ...columns.table }, problems: csv.problems, missing: [], header };
}

/** Cells looked up by column name in rows of this header (a file read whole or in chunks). */
export interface NamedColumns<K extends string, O extends string = never> {
  /** The cell of `column` in `row`, trimmed; "" when the row is short or an optional column is absent. */
  cell(row: CsvRow, column: K | O): string;
  /** Whether the header has this optional column. */
  has(column: O): boolean;
}

/** The named columns of a header, or the required ones it lacks. */
export function namedColumns<K extends string, O extends string = never>(
  header: readonly string[],
  required: readonly K[],
  optional: readonly O[] = [],
): { table: NamedColumns<K, O> | null; missing: K[] } {
  const index = new Map<string, number>();
  header.forEach((h, i) => {
    const key = h.toLowerCase();
    if (!index.has(key)) index.set(key, i);
  });
  const missing = required.filter((c) => !index.has(c.toLowerCase()));
  if (missing.length > 0) return { table: null, missing };
  const at = new Map<K | O, number>(required.map((c) => [c, index.get(c.toLowerCase())!]));
  for (const c of optional) {
    const i = index.get(c.toLowerCase());
    if (i !== undefined) at.set(c, i);
  }
  return {
    table: {
      cell: (row, column) => {
        const i = at.get(column);
        return i === undefined ? '' : (row.cells[i] ?? '').trim();
      },
      has: (column) => at.has(column),
    },
    missing: [],
  };
}
