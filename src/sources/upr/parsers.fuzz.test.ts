import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ParseProblem } from '../../domain/provenance.js';
import { UprRecommendation } from '../../domain/upr.js';
import { detectUprFile } from './detect.js';
import { buildZip, matrixDocumentXml, SAMPLE_MATRIX_ROWS } from './fixtures/build-docx.js';
import { parseUnMatrixCsv } from './un-matrix-csv.js';
import { parseUnMatrixDocx } from './un-matrix-docx.js';
import { parseUprInfoExport } from './upr-info-export.js';
import { parseWgAddendum, parseWgReport } from './wg-report.js';

const FIXTURES = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures');
const fixture = (name: string): string => readFileSync(path.join(FIXTURES, name), 'utf8');

const position = fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true });
const at = (t: string, p: number) => Math.floor(p * (t.length + 1));
const junk = fc.constantFrom(
  '"',
  '""',
  ',',
  '\n',
  '\r\n',
  '\r',
  ' ',
  '\uFEFF',
  '(',
  ')',
  ';',
  '28.',
  '–',
  ':',
  'Noted',
  '1.',
  '',
);
type Mutation = (text: string) => string;
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  position.map((p) => (t: string) => t.slice(0, at(t, p))),
  fc.tuple(position, junk).map(
    ([p, s]) =>
      (t: string) =>
        t.slice(0, at(t, p)) + s + t.slice(at(t, p)),
  ),
  fc.tuple(position, position).map(
    ([a, b]) =>
      (t: string) =>
        t.slice(0, at(t, Math.min(a, b))) + t.slice(at(t, Math.max(a, b))),
  ),
  fc.string({ maxLength: 40 }).map((s) => (t: string) => s + t),
);
const mutated = (base: string) =>
  fc.array(mutation, { maxLength: 6 }).map((ms) => ms.reduce((t, m) => m(t), base));

function checkProblems(file: string, text: string, problems: unknown[]): void {
  const lines = text.split(/\r\n|\r|\n/).length;
  for (const p of problems) {
    const problem = ParseProblem.parse(p);
    expect(problem.file).toBe(file);
    expect(problem.line).toBeGreaterThanOrEqual(1);
    expect(problem.line).toBeLessThanOrEqual(lines);
  }
}
function checkRecords(text: string, records: unknown[]): void {
  const lines = text.split(/\r\n|\r|\n/).length;
  for (const r of records) {
    const rec = UprRecommendation.parse(r);
    expect(rec.locator.line).toBeLessThanOrEqual(lines);
  }
}

describe('UPR parsers never throw and keep their promises on damaged input', () => {
  const textCases = [
    ['upr-info-export.csv', parseUprInfoExport],
    ['upr-info-pledges.csv', parseUprInfoExport],
    ['un-matrix.csv', parseUnMatrixCsv],
  ] as const;
  for (const [name, parse] of textCases) {
    it(name, () => {
      fc.assert(
        fc.property(mutated(fixture(name)), (text) => {
          const { value, problems } = parse(name, text);
          checkProblems(name, text, problems);
          checkRecords(text, value);
        }),
        { numRuns: 300 },
      );
    });
  }
  for (const name of ['wg-report-cycle3.txt', 'wg-report-cycle1-wrapped.txt']) {
    it(name, () => {
      fc.assert(
        fc.property(mutated(fixture(name)), (text) => {
          const { value, problems } = parseWgReport(name, text);
          checkProblems(name, text, problems);
          checkRecords(text, value.recommendations);
        }),
        { numRuns: 300 },
      );
    });
  }
  for (const name of ['wg-addendum-lists.txt', 'wg-addendum-items.txt']) {
    it(name, () => {
      fc.assert(
        fc.property(mutated(fixture(name)), (text) => {
          const { value, problems } = parseWgAddendum(name, text);
          checkProblems(name, text, problems);
          const lines = text.split(/\r\n|\r|\n/).length;
          for (const v of value) {
            expect(v.paragraph).toMatch(/^\d{1,3}\.\d{1,3}$/);
            expect(v.line).toBeGreaterThanOrEqual(1);
            expect(v.line).toBeLessThanOrEqual(lines);
          }
        }),
        { numRuns: 300 },
      );
    });
  }
  it('un-matrix-docx: damaged bytes and damaged XML', () => {
    const xml = matrixDocumentXml(
      ['UPR of China – Thematic list of recommendations (3rd cycle)'],
      SAMPLE_MATRIX_ROWS,
    );
    const good = buildZip({ 'word/document.xml': xml });
    fc.assert(
      fc.property(
        fc.oneof(
          fc.tuple(position, fc.integer({ min: 0, max: 255 })).map(([p, b]) => {
            const bytes = good.slice();
            bytes[Math.floor(p * bytes.length)] = b;
            return bytes;
          }),
          position.map((p) => good.slice(0, Math.floor(p * good.length))),
          mutated(xml).map((x) => buildZip({ 'word/document.xml': x })),
          fc.uint8Array({ maxLength: 200 }),
        ),
        (bytes) => {
          const { value, problems } = parseUnMatrixDocx('m.docx', bytes);
          for (const p of problems) expect(ParseProblem.parse(p).file).toBe('m.docx');
          for (const r of value) UprRecommendation.parse(r);
          detectUprFile('m.docx', bytes);
        },
      ),
      { numRuns: 300 },
    );
  });
});
