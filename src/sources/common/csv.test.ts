import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ParseProblem } from '../../domain/provenance.js';
import { readCsv } from './csv.js';
import { longDecisionTableCsv } from './fixtures/long-csv.js';
import { hasFatal } from './parse-result.js';

describe('readCsv', () => {
  it('reads a header and rows with the file line of each record', () => {
    const { value, problems } = readCsv('NGO_name,Session_number\nA,2024-06-14\nB,2024-02-09\n');
    expect(problems).toEqual([]);
    expect(value.header).toEqual(['NGO_name', 'Session_number']);
    expect(value.rows).toEqual([
      { line: 2, cells: ['A', '2024-06-14'], raw: 'A,2024-06-14' },
      { line: 3, cells: ['B', '2024-02-09'], raw: 'B,2024-02-09' },
    ]);
  });

  it('skips a BOM and trims header cells', () => {
    const { value } = readCsv('\uFEFF NGO_name ,Session_number\r\nA,2024-06-14\r\n');
    expect(value.header).toEqual(['NGO_name', 'Session_number']);
    expect(value.rows[0]!.cells).toEqual(['A', '2024-06-14']);
  });

  it('treats CRLF, LF and a lone CR each as one line break', () => {
    const { value } = readCsv('h\r\na\nb\rc\r\nd');
    expect(value.rows.map((r) => [r.line, r.cells[0]])).toEqual([
      [2, 'a'],
      [3, 'b'],
      [4, 'c'],
      [5, 'd'],
    ]);
  });

  it('reads quoted commas, doubled quotes and line breaks inside quotes', () => {
    const text =
      'NGO_name,Session_number,info\r\n' +
      '"Action League for Palestinians of Syria, Ltd.",2024-06-14,\r\n' +
      '"The ""Quoted"" Society",2024-06-14,"a note\non two lines"\r\n' +
      'Next,2024-02-09,\r\n';
    const { value, problems } = readCsv(text);
    expect(problems).toEqual([]);
    expect(value.rows.map((r) => r.cells)).toEqual([
      ['Action League for Palestinians of Syria, Ltd.', '2024-06-14', ''],
      ['The "Quoted" Society', '2024-06-14', 'a note\non two lines'],
      ['Next', '2024-02-09', ''],
    ]);
    // The record with a line break inside spans lines 3–4, so the next record starts on line 5.
    expect(value.rows.map((r) => r.line)).toEqual([2, 3, 5]);
    expect(value.rows[1]!.raw).toBe('"The ""Quoted"" Society",2024-06-14,"a note\non two lines"');
  });

  it('skips blank lines but counts them', () => {
    const { value } = readCsv('h1,h2\n\na,b\n\r\n\nc,d\n\n');
    expect(value.rows.map((r) => [r.line, r.cells])).toEqual([
      [3, ['a', 'b']],
      [6, ['c', 'd']],
    ]);
  });

  it('keeps empty cells, including a trailing one, and reads a last line without a break', () => {
    const { value } = readCsv('a,b,c\n,,\nx,,\ny,"",z');
    expect(value.rows.map((r) => r.cells)).toEqual([
      ['', '', ''],
      ['x', '', ''],
      ['y', '', 'z'],
    ]);
  });

  it('reports an unterminated quote as fatal at the line where the quote opened', () => {
    const { value, problems } = readCsv('h1,h2\r\na,b\r\n"never closed,2024\r\nc,d\r\n', {
      file: 'x.csv',
    });
    expect(hasFatal(problems)).toBe(true);
    expect(problems[0]).toMatchObject({
      file: 'x.csv',
      line: 3,
      code: 'csv-unterminated-quote',
      severity: 'fatal',
    });
    expect(value.rows[0]!.cells).toEqual(['a', 'b']);
  });

  it('keeps text after a closing quote and stray quotes, with warnings', () => {
    const { value, problems } = readCsv('h1,h2\n"a"b,c\nd"e,f\n');
    expect(value.rows.map((r) => r.cells)).toEqual([
      ['ab', 'c'],
      ['d"e', 'f'],
    ]);
    expect(problems.map((p) => [p.code, p.line, p.severity])).toEqual([
      ['csv-text-after-quote', 2, 'warning'],
      ['csv-stray-quote', 3, 'warning'],
    ]);
  });

  it('reports an empty file as fatal', () => {
    for (const text of ['', '\uFEFF', '\n\r\n']) {
      const { value, problems } = readCsv(text);
      expect(value).toEqual({ header: [], rows: [] });
      expect(problems.map((p) => p.code)).toEqual(['csv-empty']);
    }
  });

  // Any table, written out the way a spreadsheet might (quoting when needed or at random, any
  // line break), reads back to the same cells, the same raw text and the right start lines.
  it('round-trips any table', () => {
    const cellText = fc.string({
      unit: fc.constantFrom('a', 'é', ' ', ',', '"', '\n', '\r', '\r\n', 'Z', '’', '0'),
      maxLength: 12,
    });
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 4 }).chain((width) =>
          fc.record({
            header: fc.array(fc.stringMatching(/^[A-Za-z_]{1,8}$/), {
              minLength: width,
              maxLength: width,
            }),
            rows: fc.array(
              fc.array(fc.tuple(cellText, fc.boolean()), { minLength: width, maxLength: width }),
              { maxLength: 8 },
            ),
            eol: fc.constantFrom('\n', '\r\n', '\r'),
            bom: fc.boolean(),
            finalEol: fc.boolean(),
          }),
        ),
        ({ header, rows, eol, bom, finalEol }) => {
          const encode = ([text, quote]: [string, boolean]) =>
            quote || /[",\r\n]/.test(text) || text === '' ? `"${text.replace(/"/g, '""')}"` : text;
          const records = [header.join(','), ...rows.map((r) => r.map(encode).join(','))];
          const text = (bom ? '\uFEFF' : '') + records.join(eol) + (finalEol ? eol : '');
          const { value, problems } = readCsv(text);
          expect(problems).toEqual([]);
          expect(value.header).toEqual(header);
          expect(value.rows.map((r) => r.cells)).toEqual(rows.map((r) => r.map(([t]) => t)));
          let line = 2;
          value.rows.forEach((row, i) => {
            expect(row.raw).toBe(records[i + 1]);
            expect(row.line).toBe(line);
            line += (records[i + 1]!.match(/\r\n|\r|\n/g) ?? []).length + 1;
          });
        },
      ),
      { numRuns: 500 },
    );
  });

  it('never throws and reports problems with a line, whatever the input', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom('a', ',', '"', '\n', '\r', ' ', '\uFEFF') }),
        (text) => {
          const { value, problems } = readCsv(text, { file: 'f.csv' });
          for (const p of problems) {
            expect(ParseProblem.safeParse(p).success).toBe(true);
            expect(p.line).toBeGreaterThanOrEqual(1);
          }
          for (const row of value.rows) expect(row.line).toBeGreaterThanOrEqual(2);
        },
      ),
      { numRuns: 2000 },
    );
  });

  // How fast: `npm run bench` (bench/parsers.ts); a test never asserts wall-clock time (issue 8).
  it('reads 17,000 rows, quoted line breaks included', () => {
    const text = longDecisionTableCsv(17_000);
    const { value } = readCsv(text);
    expect(value.rows).toHaveLength(17_000);
    expect(value.rows[0]!.cells[0]).toBe('Organisation 0, Inc.');
    expect(value.rows[0]!.cells[2]).toContain('\n');
    expect(value.rows[1]!.line).toBe(4); // the quoted line break took line 3
  });
});
