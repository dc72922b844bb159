import type { ParseProblem } from '../../domain/provenance.js';
import { readCsv, type CsvRow } from './csv.js';
import { hasFatal, type ParseResult } from './parse-result.js';

/**
 * A CSV parser that takes one row at a time, so that an importer can parse a large export as it
 * reads it (in chunks, never whole) and a test can still parse a text in one call. The parser
 * keeps its own state between rows (repeats seen, counts for a closing warning).
 */
export interface CsvRowParser<T> {
  /** The header; a parser that cannot read a file with it says why in a fatal problem. */
  start(header: readonly string[]): void;
  /**
   * Rows seen once before the real pass, for parsers whose reading of a row depends on the whole
   * file (how many rows a roll-call has); absent when one pass is enough.
   */
  count?(row: CsvRow): void;
  /** One data row: the records it gives go to emit, in file order. */
  row(row: CsvRow, emit: (record: T) => void): void;
  /** After the last row: closing problems (counts of what was skipped). */
  finish(): void;
  /** The parser's problems so far, in order (the CSV reader's are kept apart). */
  readonly problems: readonly ParseProblem[];
}

/**
 * The problems of a CSV file parsed row by row, in the order a whole-text parse gives them: the
 * CSV reader's first, then the parser's. When the CSV itself cannot be read (an unterminated
 * quote) only the reader's problems count, as no row could be trusted.
 */
export function csvParseProblems(
  csvProblems: readonly ParseProblem[],
  parserProblems: readonly ParseProblem[],
): ParseProblem[] {
  return hasFatal(csvProblems) ? [...csvProblems] : [...csvProblems, ...parserProblems];
}

/** Parses a whole CSV text with a row parser: every record, and the problems in order. */
export function parseCsvRows<T>(
  text: string,
  file: string,
  parser: CsvRowParser<T>,
): ParseResult<T[]> {
  const csv = readCsv(text, { file });
  if (hasFatal(csv.problems)) return { value: [], problems: csv.problems };
  const { header, rows } = csv.value;
  const records: T[] = [];
  parser.start(header);
  if (!hasFatal(parser.problems)) {
    if (parser.count) for (const row of rows) parser.count(row);
    const emit = (r: T) => records.push(r);
    for (const row of rows) parser.row(row, emit);
    parser.finish();
  }
  return { value: records, problems: csvParseProblems(csv.problems, parser.problems) };
}
