import {
  namedColumns,
  readNamedCsv as readColumns,
  type NamedColumns,
  type NamedTable,
} from '../common/named-csv.js';
import type { Problems } from './problems.js';

export type { NamedColumns, NamedTable };

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
  const read = readColumns(text, file, required, optional);
  problems.adopt(read.problems);
  if (read.missing.length > 0) missingColumns(problems, read.missing, read.header);
  return read.table;
}

/** The header's named columns for a file read row by row, or null with the same fatal problem. */
export function headerColumns<K extends string, O extends string = never>(
  header: readonly string[],
  required: readonly K[],
  problems: Problems,
  optional: readonly O[] = [],
): NamedColumns<K, O> | null {
  const columns = namedColumns(header, required, optional);
  if (columns.missing.length > 0) missingColumns(problems, columns.missing, header);
  return columns.table;
}

function missingColumns(problems: Problems, missing: readonly string[], header: readonly string[]) {
  problems.fatal(
    1,
    'missing-columns',
    `the header lacks column(s) ${missing.join(', ')}; is this the right file?`,
    header.join(','),
  );
}

/** A non-negative integer cell, or null when empty or not a number. */
export function intCell(value: string): number | null {
  return /^\d{1,9}$/.test(value) ? Number(value) : null;
}
