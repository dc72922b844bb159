import type { ParseProblem } from '../../domain/provenance.js';
import type { ParseResult } from './parse-result.js';

/** One CSV record: its cells, the file line it starts on, and its text as stored (for citation). */
export interface CsvRow {
  /** 1-based line of the file where the record starts (the header is line 1 unless blank lines lead). */
  line: number;
  cells: string[];
  /** The record exactly as in the file, without its line terminator. */
  raw: string;
}

export interface CsvTable {
  header: string[];
  rows: CsvRow[];
}

export interface ReadCsvOptions {
  /** Named in every problem so a reader can find the file. */
  file?: string;
}

const QUOTE = 34; // "
const COMMA = 44; // ,
const LF = 10;
const CR = 13;
const EXCERPT_LENGTH = 60;
// Sticky patterns that find where an unquoted cell ends. The regex engine scans natively, which
// keeps the first read of a large file fast, before the JIT has optimised a character loop.
const PLAIN_CELL = /[^,\r\n"]*/y;
const ANY_CELL = /[^,\r\n]*/y;

/**
 * Where a record's cells and row are allocated. Rows of a whole file live as long as the file;
 * rows of a stream die with their chunk. V8 learns per allocation site whether what it allocates
 * lives long and then allocates it straight into the old generation (pretenuring): with one site
 * for both, reading a whole file first (un_roll_calls) made the 870,000 streamed rows of the next
 * (un_votes) old-generation garbage, and the import's peak memory 320 MB instead of 230 MB. So each
 * way of reading has its own sites (the literals below).
 */
interface RowSites {
  cells(): string[];
  row(line: number, cells: string[], raw: string): CsvRow;
}
const WHOLE_FILE_ROWS: RowSites = {
  cells: () => [],
  row: (line, cells, raw) => ({ line, cells, raw }),
};
const STREAMED_ROWS: RowSites = {
  cells: () => [],
  row: (line, cells, raw) => ({ line, cells, raw }),
};

/**
 * Reads RFC 4180 CSV (comma-separated, double-quoted, "" for a quote inside quotes) as written by
 * spreadsheets: a UTF-8 BOM is skipped, CRLF, LF and lone CR all end a record, and quoted cells may
 * hold line breaks, which is why every record carries the file line where it starts.
 *
 * Lenient where spreadsheets are sloppy and strict where data would be lost: text after a closing
 * quote or a quote inside an unquoted cell is kept and warned about; an unterminated quote is fatal
 * because everything after it would be swallowed into one cell. Blank lines are skipped. Never
 * throws. The first record is the header; its cells are trimmed.
 */
export function readCsv(text: string, options: ReadCsvOptions = {}): ParseResult<CsvTable> {
  const problems: ParseProblem[] = [];
  const records: CsvRow[] = [];
  const start = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  scanRecords(text, start, 1, true, options.file, problems, records, WHOLE_FILE_ROWS);
  const first = records.shift();
  if (first === undefined) {
    problemSink(options.file, problems)(
      1,
      'csv-empty',
      'the file holds no header and no rows',
      'fatal',
    );
    return { value: { header: [], rows: [] }, problems };
  }
  return { value: { header: first.cells.map((h) => h.trim()), rows: records }, problems };
}

/**
 * readCsv for text that arrives in pieces (a file read in chunks): each push gives the records
 * completed so far, so a large file is never held whole. Records, lines and problems are exactly
 * readCsv's over the whole text, whatever the cuts (a record cut by a chunk waits for the next).
 * The first record is the header (`header`, trimmed); push and end give the rows after it.
 */
export class CsvRecordStream {
  /** null until the header record is complete */
  header: string[] | null = null;
  readonly problems: ParseProblem[] = [];
  private pending = '';
  private line = 1;
  private started = false;
  private readonly problem: ProblemSink;
  private readonly file: string | undefined;

  constructor(options: ReadCsvOptions = {}) {
    this.file = options.file;
    this.problem = problemSink(options.file, this.problems);
  }

  push(chunk: string): CsvRow[] {
    return this.scan(chunk, false);
  }

  /** The last records; a file with no record at all is the fatal `csv-empty`, as for readCsv. */
  end(): CsvRow[] {
    const rows = this.scan('', true);
    if (this.header === null)
      this.problem(1, 'csv-empty', 'the file holds no header and no rows', 'fatal');
    return rows;
  }

  private scan(chunk: string, final: boolean): CsvRow[] {
    let text = this.pending + chunk;
    let start = 0;
    if (!this.started) {
      // the byte-order mark can only be judged once the first character has arrived
      if (text.length === 0 && !final) return [];
      this.started = true;
      start = text.charCodeAt(0) === 0xfeff ? 1 : 0;
    }
    const records: CsvRow[] = [];
    const at = scanRecords(
      text,
      start,
      this.line,
      final,
      this.file,
      this.problems,
      records,
      STREAMED_ROWS,
    );
    this.line = at.line;
    this.pending = at.pos < text.length ? text.slice(at.pos) : '';
    text = '';
    if (this.header === null && records.length > 0)
      this.header = records.shift()!.cells.map((h) => h.trim());
    return records;
  }
}

type ProblemSink = (
  line: number,
  code: string,
  message: string,
  severity: ParseProblem['severity'],
  excerpt?: string,
) => void;

function problemSink(file: string | undefined, problems: ParseProblem[]): ProblemSink {
  return (line, code, message, severity, excerpt) => {
    const p: ParseProblem = { line, code, message, severity };
    if (file !== undefined) p.file = file;
    if (excerpt !== undefined) p.excerpt = excerpt.slice(0, EXCERPT_LENGTH);
    problems.push(p);
  };
}

/**
 * Reads the records of text[pos…] into `records`, starting at file line `line`. When `final` is
 * false the text may stop inside a record (a chunk of a larger file): that last record is left
 * unread, its problems unsaid, and the returned position is where it starts, to be read again
 * with the next chunk. Returns where reading stopped and the line there.
 */
function scanRecords(
  text: string,
  start: number,
  firstLine: number,
  final: boolean,
  file: string | undefined,
  problems: ParseProblem[],
  records: CsvRow[],
  sites: RowSites,
): { pos: number; line: number } {
  const problem = problemSink(file, problems);
  const n = text.length;
  let pos = start;
  let line = firstLine;

  // Advances `line` over the line breaks in text[from, to): CRLF counts once, so do lone CR and LF.
  const countLines = (from: number, to: number): void => {
    for (let i = from; i < to; i++) {
      const c = text.charCodeAt(i);
      if (c === LF) line++;
      else if (c === CR && text.charCodeAt(i + 1) !== LF) line++;
    }
  };

  records: while (pos < n) {
    const c0 = text.charCodeAt(pos);
    // A blank line is no record (spreadsheets drop empty rows; so do we).
    if (c0 === LF || c0 === CR) {
      // a CR at the end of a chunk may be the first half of a CRLF
      if (!final && c0 === CR && pos + 1 === n) break;
      pos += c0 === CR && text.charCodeAt(pos + 1) === LF ? 2 : 1;
      line++;
      continue;
    }
    const recordStart = pos;
    const recordLine = line;
    // problems of a record left for the next chunk are said when it is read whole
    const said = problems.length;
    const cells = sites.cells();
    let ended = false;
    while (!ended) {
      if (pos < n && text.charCodeAt(pos) === QUOTE) {
        // Quoted cell: runs to the next quote not doubled.
        const cellLine = line;
        let value = '';
        let from = pos + 1;
        let closed = false;
        while (true) {
          const q = text.indexOf('"', from);
          // not closed yet, or closed at the very end where the next chunk may double the quote
          if (!final && (q < 0 || q + 1 === n)) {
            problems.length = said;
            line = recordLine;
            pos = recordStart;
            break records;
          }
          if (q < 0) {
            countLines(from, n);
            value += text.slice(from);
            pos = n;
            problem(
              cellLine,
              'csv-unterminated-quote',
              'a quoted cell is never closed; the rest of the file would be read as one cell',
              'fatal',
              text.slice(recordStart, recordStart + EXCERPT_LENGTH),
            );
            break;
          }
          countLines(from, q);
          value += text.slice(from, q);
          if (text.charCodeAt(q + 1) === QUOTE) {
            value += '"';
            from = q + 2;
            continue;
          }
          pos = q + 1;
          closed = true;
          break;
        }
        if (closed) {
          // Anything between the closing quote and the delimiter is not RFC 4180; keep it, say so.
          const tailStart = pos;
          while (pos < n) {
            const c = text.charCodeAt(pos);
            if (c === COMMA || c === LF || c === CR) break;
            pos++;
          }
          if (pos > tailStart) {
            const tail = text.slice(tailStart, pos);
            value += tail;
            problem(
              line,
              'csv-text-after-quote',
              'text follows the closing quote of a cell; kept as part of the cell',
              'warning',
              tail,
            );
          }
        }
        cells.push(value);
      } else {
        const start = pos;
        PLAIN_CELL.lastIndex = pos;
        PLAIN_CELL.test(text);
        pos = PLAIN_CELL.lastIndex;
        const strayQuote = pos < n && text.charCodeAt(pos) === QUOTE;
        if (strayQuote) {
          ANY_CELL.lastIndex = pos;
          ANY_CELL.test(text);
          pos = ANY_CELL.lastIndex;
        }
        const value = text.slice(start, pos);
        if (strayQuote) {
          problem(
            line,
            'csv-stray-quote',
            'a double quote inside an unquoted cell; kept as written',
            'warning',
            value,
          );
        }
        cells.push(value);
      }
      // A record that runs to the end of a chunk, or ends in a CR that may start a CRLF, is not
      // complete yet: its last cell may go on in the next chunk.
      if (!final && (pos === n || (text.charCodeAt(pos) === CR && pos + 1 === n))) {
        problems.length = said;
        line = recordLine;
        pos = recordStart;
        break records;
      }
      // After a cell: a comma means another cell follows (even at the end of the record).
      if (pos < n && text.charCodeAt(pos) === COMMA) {
        pos++;
        continue;
      }
      ended = true;
    }
    const recordEnd = pos;
    if (pos < n) {
      // pos is at CR or LF: consume one line terminator.
      pos += text.charCodeAt(pos) === CR && text.charCodeAt(pos + 1) === LF ? 2 : 1;
      line++;
    }
    records.push(sites.row(recordLine, cells, text.slice(recordStart, recordEnd)));
  }
  return { pos, line };
}
