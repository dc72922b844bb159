import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseIshrCases } from './ishr-cases.js';
import { parseCasesCsv } from './registry-csv.js';
import { parseSgReprisalsReport } from './sg-report.js';
import { parseSpCommunications } from './sp-communications.js';

const fixture = (name: string) =>
  readFileSync(path.join(import.meta.dirname, 'fixtures', name), 'utf8');

/** A fixture with a random slice cut out and random text put in: the shapes a damaged file takes. */
const damaged = (text: string) =>
  fc
    .tuple(fc.nat(text.length), fc.nat(200), fc.string({ maxLength: 80 }))
    .map(([at, cut, insert]) => text.slice(0, at) + insert + text.slice(at + cut));

const parsers: [string, string, (file: string, text: string) => { problems: unknown[] }][] = [
  ['SG report', 'sg-report-annexes.txt', parseSgReprisalsReport],
  ['Uwazi JSON', 'uwazi-search.json', parseIshrCases],
  ['SP communications CSV', 'sp-communications.csv', parseSpCommunications],
  ['SP communications JSON', 'sp-communications.json', parseSpCommunications],
];

describe('the reprisals parsers never throw (damaged and random input)', () => {
  it.each(parsers)('%s', (_name, file, parse) => {
    fc.assert(
      fc.property(fc.oneof(damaged(fixture(file)), fc.string({ maxLength: 400 })), (text) => {
        const result = parse(file, text);
        expect(Array.isArray(result.problems)).toBe(true);
      }),
      { numRuns: 300, seed: 12 },
    );
  });

  it('registry CSV', () => {
    const header = 'caseId,reportYear,minor,acts,status\n';
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (body) => {
        expect(Array.isArray(parseCasesCsv('x.csv', header + body).problems)).toBe(true);
      }),
      { numRuns: 300, seed: 12 },
    );
  });
});

describe('the paragraph rules stay linear', () => {
  it('read a 200,000-character paragraph without a period (no quadratic backtracking)', () => {
    // Before the rules ran per sentence, 20,000 characters of "the Government word" took 13 s.
    const long = 'the Government word '.repeat(10_000);
    const read = parseSgReprisalsReport('x.txt', `A/HRC/45/36\nAnnex I\nChina\n1. ${long}\n`);
    expect(read.value.drafts).toHaveLength(1);
  });
});
