import { describe, expect, it } from 'vitest';
import { toCsv, withBom } from './csv.js';

const cells = (v: unknown) => toCsv(['h'], [[v]]).split('\r\n')[1];

describe('toCsv', () => {
  it('quotes cells a spreadsheet would run as a formula', () => {
    for (const s of ['=1+1', '+1', '-1', '@SUM(A1)']) expect(cells(s)).toBe(`'${s}`);
  });

  it('also guards a leading tab or carriage return, which some spreadsheets strip first', () => {
    expect(cells('\t=1+1')).toBe("'\t=1+1");
    expect(cells('\r=1+1')).toBe(`"'\r=1+1"`);
  });

  it('leaves numbers and ordinary text alone and escapes quotes', () => {
    expect(cells(-1)).toBe('-1');
    expect(cells('a "b", c')).toBe('"a ""b"", c"');
    expect(cells(null)).toBe('');
  });
});

describe('UTF-8 byte-order mark', () => {
  it('starts a CSV file with the BOM so Excel reads Chinese names as UTF-8, once', () => {
    const csv = toCsv(['state'], [['中国']]);
    expect(withBom(csv).charCodeAt(0)).toBe(0xfeff);
    expect(withBom(csv).slice(1)).toBe(csv);
    expect(withBom(withBom(csv))).toBe(withBom(csv));
    expect(Buffer.from(withBom(csv), 'utf8').subarray(0, 3)).toEqual(
      Buffer.from([0xef, 0xbb, 0xbf]),
    );
  });

  it('leaves it out when asked', () => {
    const csv = toCsv(['state'], [['中国']]);
    expect(withBom(csv, false)).toBe(csv);
    expect(withBom(withBom(csv), false)).toBe(csv);
  });
});
