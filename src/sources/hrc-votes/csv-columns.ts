import { readNamedCsv as readColumns, type NamedTable } from '../common/named-csv.js';
import type { Problems } from './problems.js';

export type { NamedTable };

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
  if (read.missing.length > 0)
    problems.fatal(
      1,
      'missing-columns',
      `the header lacks column(s) ${read.missing.join(', ')}; is this the right file?`,
      read.header.join(','),
    );
  return read.table;
}

/** A non-negative integer cell, or null when empty or not a number. */
export function intCell(value: string): number | null {
  return /^\d{1,9}$/.test(value) ? Number(value) : null;
}
