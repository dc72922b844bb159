import { createHash } from 'node:crypto';
import type { ParseProblem } from '../domain/provenance.js';
import { CsvRecordStream, type CsvRow } from '../sources/common/csv.js';
import type { CsvRowParser } from '../sources/common/csv-rows.js';
import { hasFatal } from '../sources/common/parse-result.js';
import { textChunks, type FileSource } from './file-chunks.js';

/**
 * Feeds a file's CSV rows to a row parser as they are read (twice when the parser counts first),
 * its records going to emit, and gives the store its turn to write after each chunk: a large export
 * is never held whole. Returns the CSV reader's problems and the sha256 of the bytes read (of the
 * second pass; '' when `hashBytes` is false, for bytes already hashed).
 */
export async function readCsvRows<T>(
  source: FileSource,
  fileName: string,
  parser: CsvRowParser<T>,
  emit: (record: T) => void,
  /** after each chunk's rows: the store's chance to write what they gave */
  afterChunk: () => Promise<void>,
  hashBytes = true,
): Promise<{ csvProblems: ParseProblem[]; sha256: string }> {
  let started = false;
  // A header without the columns the parser needs: no row is read (parseCsvRows does the same).
  const usable = () => !hasFatal(parser.problems);
  const pass = async (
    onRows: (rows: readonly CsvRow[]) => void,
    onRaw?: (b: Uint8Array) => void,
  ) => {
    const csv = new CsvRecordStream({ file: fileName });
    const take = (rows: readonly CsvRow[]) => {
      if (!started && csv.header !== null) {
        started = true;
        parser.start(csv.header);
      }
      if (rows.length > 0 && started && usable()) onRows(rows);
    };
    for await (const text of textChunks(source, onRaw)) {
      take(csv.push(text));
      await afterChunk();
    }
    take(csv.end());
    return csv.problems;
  };
  if (parser.count) {
    const count = parser.count.bind(parser);
    const problems = await pass((rows) => rows.forEach(count));
    // an unreadable CSV gives only the reader's problems: the second pass would find the same
    if (hasFatal(problems)) return { csvProblems: problems, sha256: '' };
  }
  const hash = createHash('sha256');
  const csvProblems = await pass(
    (rows) => {
      for (const row of rows) parser.row(row, emit);
    },
    hashBytes ? (bytes) => hash.update(bytes) : undefined,
  );
  if (started && usable()) parser.finish();
  return { csvProblems, sha256: hashBytes ? hash.digest('hex') : '' };
}
