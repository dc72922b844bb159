import { describe, expect, it } from 'vitest';
import { toCsv } from './csv.js';

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
