import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CsvRecordStream, readCsv } from './csv.js';

/** The text read in pieces cut at the given places, as an import reads a file in chunks. */
function readInPieces(text: string, cuts: number[]) {
  const stream = new CsvRecordStream({ file: 'x.csv' });
  const rows = [];
  let from = 0;
  for (const cut of [...new Set(cuts)].sort((a, b) => a - b)) {
    rows.push(...stream.push(text.slice(from, cut)));
    from = cut;
  }
  rows.push(...stream.push(text.slice(from)));
  rows.push(...stream.end());
  return { header: stream.header ?? [], rows, problems: stream.problems };
}

function whole(text: string) {
  const r = readCsv(text, { file: 'x.csv' });
  return { header: r.value.header, rows: r.value.rows, problems: r.problems };
}

describe('CsvRecordStream', () => {
  it('reads a record cut inside a quoted cell, inside a doubled quote and inside a CRLF', () => {
    const text = '\uFEFFa,b\r\n"x ""y""\r\nz",2\r\n3,4\r\n';
    // cuts: after the BOM, inside the quoted cell, between the two quotes of "", inside CRLF
    const cuts = [1, 9, 10, 12, 19, 20];
    const got = readInPieces(text, cuts);
    expect(got.header).toEqual(['a', 'b']);
    expect(got.rows.map((r) => [r.line, r.cells])).toEqual([
      [2, ['x "y"\r\nz', '2']],
      [4, ['3', '4']],
    ]);
    expect(got.problems).toEqual([]);
  });

  it('says an unterminated quote at the end, once, as readCsv does', () => {
    const text = 'a,b\n1,"never closed\n2,3\n';
    const got = readInPieces(text, [5, 7, 15]);
    expect(got.problems.map((p) => [p.code, p.line, p.severity])).toEqual([
      ['csv-unterminated-quote', 2, 'fatal'],
    ]);
  });

  it('says an empty text is csv-empty', () => {
    expect(readInPieces('', []).problems.map((p) => p.code)).toEqual(['csv-empty']);
    expect(readInPieces('\r\n\n', [1]).problems.map((p) => p.code)).toEqual(['csv-empty']);
  });

  it('gives readCsv’s header, rows, lines and problems wherever the text is cut', () => {
    // Texts made of the characters that decide how CSV is read, cut anywhere.
    const alphabet = fc.constantFrom('a', 'b', ',', '"', '\r', '\n', '\r\n', ' ', '\uFEFF', '中');
    const text = fc.array(alphabet, { maxLength: 60 }).map((a) => a.join(''));
    fc.assert(
      fc.property(text, fc.array(fc.nat(), { maxLength: 6 }), (t: string, cuts: number[]) => {
        const at = cuts.map((c) => (t.length === 0 ? 0 : c % (t.length + 1)));
        expect(readInPieces(t, at)).toEqual(whole(t));
      }),
      { numRuns: 3000 },
    );
  });
});
