import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { UprRecommendation } from '../../domain/upr.js';
import { hasFatal } from '../common/parse-result.js';
import { detectUprFile } from './detect.js';
import { buildZip, matrixDocumentXml, SAMPLE_MATRIX_ROWS } from './fixtures/build-docx.js';
import { canonicalResponse } from './responses.js';
import { parseUnMatrixCsv } from './un-matrix-csv.js';
import { parseUnMatrixDocx } from './un-matrix-docx.js';
import { parseUprInfoExport } from './upr-info-export.js';
import { parseWgAddendum, parseWgReport } from './wg-report.js';

const FIXTURES = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures');
const fixture = (name: string): string => readFileSync(path.join(FIXTURES, name), 'utf8');
const codes = (problems: { code: string }[]): string[] => problems.map((p) => p.code);

describe('parseUprInfoExport', () => {
  const { value, problems } = parseUprInfoExport(
    'upr-info-export.csv',
    fixture('upr-info-export.csv'),
  );

  it('reads one record per row, with its file line, across embedded newlines and doubled quotes', () => {
    for (const r of value) UprRecommendation.parse(r);
    expect(value.map((r) => r.locator.line)).toEqual([2, 3, 6, 7, 8]);
    expect(value[1]!.text).toBe(
      'Release all persons detained for the "peaceful exercise" of their rights, including human rights defenders.',
    );
    expect(value[1]).toMatchObject({
      sur: 'CHN',
      from: ['CAN'],
      response: 'noted',
      responseRaw: 'Noted',
      cycle: 1,
      session: 4,
    });
    expect(value[1]!.sourceIssues).toEqual(['Detention', 'Human rights defenders']);
  });

  it('derives the cycle from the session when the cycle column is empty', () => {
    expect(value[2]).toMatchObject({
      session: 17,
      cycle: 2,
      sourceAction: 2,
      response: 'supported',
    });
  });

  it('keys rows by content, numbering exact repeats', () => {
    expect(value[2]!.sourceKey).toMatch(/^upr-info:17:CHN:PAK:[0-9a-f]{12}$/);
    expect(value[3]!.sourceKey).toBe(`${value[2]!.sourceKey}:2`);
  });

  it('keeps the "(Unknown)" placeholder as printed, without a state and without a warning', () => {
    expect(value[4]).toMatchObject({ sur: 'IDN', from: [], fromAsPrinted: ['&#40;Unknown&#41;'] });
    expect(problems.filter((p) => p.line === 8)).toEqual([]);
  });

  it('warns about rows it cannot read and goes on', () => {
    expect(problems.map((p) => [p.line, p.code])).toEqual([
      [9, 'unknown-state'],
      [10, 'unknown-response'],
      [11, 'bad-session'],
    ]);
    expect(hasFatal(problems)).toBe(false);
  });

  it('skips a voluntary pledges file with one warning and no records', () => {
    const pledges = parseUprInfoExport('p.csv', fixture('upr-info-pledges.csv'));
    expect(pledges.value).toEqual([]);
    expect(codes(pledges.problems)).toEqual(['voluntary-pledges']);
    expect(hasFatal(pledges.problems)).toBe(false);
  });

  it('rejects a CSV without the export columns', () => {
    const r = parseUprInfoExport('x.csv', 'a,b\n1,2\n');
    expect(codes(r.problems)).toEqual(['upr-info-columns']);
    expect(hasFatal(r.problems)).toBe(true);
  });
});

describe('parseUnMatrixCsv', () => {
  const { value, problems } = parseUnMatrixCsv('un-matrix.csv', fixture('un-matrix.csv'));
  it('reads paragraphs with their states, positions, sources and themes', () => {
    for (const r of value) UprRecommendation.parse(r);
    expect(value.map((r) => r.sourceKey)).toEqual([
      'matrix:A/HRC/40/6:28.13',
      'matrix:A/HRC/25/5:186.28',
      'matrix:A/HRC/25/5:186.1',
    ]);
    expect(value[0]).toMatchObject({
      cycle: 3,
      sur: 'CHN',
      from: ['DNK', 'EST'],
      response: 'noted',
      paragraph: '28.13',
      positionSource: 'A/HRC/40/6/Add.1 - Para. 2',
      sourceIssues: [
        'A12 Acceptance of international norms',
        'D25 Prohibition of torture and cruel, inhuman or degrading treatment',
      ],
    });
    // "Sierra Le one" as printed, resolved despite the stray space
    expect(value[2]).toMatchObject({
      from: ['ALB', 'SLE'],
      fromAsPrinted: ['Albania', 'Sierra Le one'],
    });
  });
  it('warns about a repeated paragraph, a bad cycle and an unknown position', () => {
    expect(problems.map((p) => [p.line, p.code])).toEqual([
      [5, 'duplicate-paragraph'],
      [6, 'bad-cycle'],
      [7, 'unknown-response'],
    ]);
  });
});

describe('parseUnMatrixDocx', () => {
  const docx = buildZip({
    '[Content_Types].xml': '<Types/>',
    'word/document.xml': matrixDocumentXml(
      ['UPR of China – Thematic list of recommendations', 'Third cycle'],
      SAMPLE_MATRIX_ROWS,
    ),
  });
  it('reads the title, the table rows and skips theme headings', () => {
    const { value, problems } = parseUnMatrixDocx('china.docx', docx);
    for (const r of value) UprRecommendation.parse(r);
    expect(value).toHaveLength(2);
    expect(value[0]).toMatchObject({
      sourceKey: 'matrix:A/HRC/40/6:28.5',
      sur: 'CHN',
      cycle: 3,
      from: ['CRI', 'SLV', 'ISL'],
      response: 'noted',
      positionSource: 'A/HRC/40/6/Add.1 - Para. 2',
      reportSymbol: 'A/HRC/40/6',
      sourceIssues: [
        'A12 Acceptance of international norms',
        'D1 Civil & political rights - general measures of implementation',
      ],
      locator: { line: 3, paragraph: '28.5' },
    });
    // a recommendation cell of two paragraphs is one text
    expect(value[1]!.text).toBe(
      'Continue to combat separatism, terrorism and extremism in Xinjiang (Pakistan); Maintain stability in Xizang (Cambodia);',
    );
    expect(value[1]!.from).toEqual(['PAK', 'KHM']);
    expect(problems.map((p) => [p.line, p.code])).toEqual([
      [6, 'no-paragraph-number'],
      [7, 'unknown-response'],
    ]);
  });
  it('takes the state and cycle from options when the title lacks them', () => {
    const bare = buildZip({
      'word/document.xml': matrixDocumentXml([], SAMPLE_MATRIX_ROWS.slice(0, 2)),
    });
    expect(codes(parseUnMatrixDocx('x.docx', bare).problems)).toEqual([
      'matrix-sur-unknown',
      'matrix-cycle-unknown',
    ]);
    const r = parseUnMatrixDocx('x.docx', bare, { sur: 'CHN', cycle: 3 });
    expect(r.value.map((x) => x.sourceKey)).toEqual(['matrix:A/HRC/40/6:28.5']);
  });
  it('rejects bytes that are not a .docx', () => {
    const r = parseUnMatrixDocx('x.docx', new TextEncoder().encode('not a zip'));
    expect(codes(r.problems)).toEqual(['docx-unreadable']);
  });
});

describe('parseWgReport', () => {
  it('reads the numbered recommendations of a third-cycle report as pending', () => {
    const { value, problems } = parseWgReport('r.txt', fixture('wg-report-cycle3.txt'));
    expect(problems).toEqual([]);
    expect(value.reportSymbol).toBe('A/HRC/40/6');
    expect(value.sur).toBe('CHN');
    const recs = value.recommendations;
    for (const r of recs) UprRecommendation.parse(r);
    expect(recs.map((r) => r.paragraph)).toEqual([
      '28.1',
      '28.2',
      '28.3',
      '28.4',
      '28.5',
      '28.13',
      '28.14',
      '28.346',
    ]);
    expect(new Set(recs.map((r) => r.response))).toEqual(new Set(['pending']));
    expect(recs[0]).toMatchObject({
      cycle: 3,
      session: 31,
      locator: { line: 21, paragraph: '28.1' },
    });
    expect(recs[3]!.from).toEqual(['NZL', 'URY', 'MLI']);
    // the page break (symbol, GE number, page number) between 28.5 and 28.13 is not text
    expect(recs[4]!.text.endsWith('(United Kingdom of Great Britain and Northern Ireland);')).toBe(
      true,
    );
    expect(recs[6]!.from).toEqual(['NER', 'PHL', 'IDN']);
  });
  it('joins wrapped lines and reads first-cycle responses given in the report', () => {
    const { value } = parseWgReport('r1.txt', fixture('wg-report-cycle1-wrapped.txt'));
    const byPara = Object.fromEntries(value.recommendations.map((r) => [r.paragraph, r]));
    expect(Object.keys(byPara)).toEqual(['114.1', '114.2', '115.1', '116.1', '116.2']);
    expect(byPara['114.2']).toMatchObject({
      response: 'supported',
      cycle: 1,
      session: 4,
      from: ['SDN'],
      locator: { line: 17 },
    });
    expect(byPara['114.2']!.text).toBe(
      'Continue to promote the development of civil society and to encourage non-governmental organizations to play an active role in the promotion and protection of human rights (Sudan);',
    );
    expect(byPara['115.1']).toMatchObject({ response: 'pending', from: ['FRA', 'SWE'] });
    expect(byPara['116.2']).toMatchObject({
      response: 'noted',
      responseRaw: 'did not enjoy the support',
      from: ['CHE', 'AUT'],
    });
  });
  it('is fatal without the recommendations section', () => {
    expect(codes(parseWgReport('x.txt', 'Some press release.\n').problems)).toEqual([
      'wg-no-recommendations-section',
    ]);
  });
});

describe('parseWgAddendum', () => {
  it('reads response lists with ranges across lines, and ignores numbers in running text', () => {
    const { value, problems } = parseWgAddendum('a.txt', fixture('wg-addendum-lists.txt'));
    const got = Object.fromEntries(value.map((v) => [v.paragraph, v.response]));
    expect(got).toEqual({
      '28.1': 'supported',
      '28.4': 'supported',
      '28.9': 'supported',
      '28.12': 'supported',
      '28.15': 'supported',
      '28.16': 'supported',
      '28.17': 'supported',
      '28.20': 'supported',
      '28.21': 'supported',
      '28.22': 'supported',
      '28.30': 'supported',
      '28.40': 'partially',
      '28.2': 'noted',
      '28.3': 'noted',
      '28.5': 'noted',
      '28.6': 'noted',
      '28.7': 'noted',
      '28.8': 'noted',
      '28.10': 'rejected',
      '28.13': 'rejected',
      '28.14': 'rejected',
      '28.346': 'rejected',
    });
    expect(value.find((v) => v.paragraph === '28.21')).toMatchObject({
      line: 18,
      responseRaw: 'The following recommendations are accepted and already implemented',
    });
    expect(problems.map((p) => [p.line, p.code])).toEqual([[24, 'conflicting-response']]);
  });
  it('reads one response per numbered item', () => {
    const { value } = parseWgAddendum('b.txt', fixture('wg-addendum-items.txt'));
    expect(value.map((v) => [v.paragraph, v.response, v.responseRaw])).toEqual([
      ['186.1', 'supported', 'Accepted and already implemented'],
      ['186.2', 'supported', 'Accepted and being implemented'],
      ['186.3', 'noted', 'Noted'],
      ['186.4', 'rejected', 'Rejected'],
      ['186.5', 'partially', 'Partially accepted'],
      ['186.6', 'supported', 'Supported'],
    ]);
  });
});

describe('canonicalResponse', () => {
  it.each([
    ['Accepted', 'supported'],
    ['Supported', 'supported'],
    ['accepted and already implemented', 'supported'],
    ['accepted and being implemented', 'supported'],
    ['partially accepted', 'partially'],
    ['Partially supported', 'partially'],
    ['Noted', 'noted'],
    ['did not enjoy the support of China', 'noted'],
    ['rejected', 'rejected'],
    ['China does not accept', 'rejected'],
    ['Not accepted', 'rejected'],
    ['will be examined by China', 'pending'],
    ['部分接受', 'partially'],
    ['不接受', 'rejected'],
    ['接受', 'supported'],
  ] as const)('%s → %s', (raw, expected) => {
    expect(canonicalResponse(raw)).toBe(expected);
  });
  it('returns null for wording that states no response', () => {
    expect(canonicalResponse('')).toBeNull();
    expect(canonicalResponse('Voluntary Pledge')).toBeNull();
  });
});

describe('detectUprFile', () => {
  const enc = (s: string) => new TextEncoder().encode(s);
  it('tells every kind apart by content', () => {
    expect(detectUprFile('a.csv', enc(fixture('upr-info-export.csv')))).toBe('upr-info-export');
    expect(detectUprFile('a.csv', enc(fixture('upr-info-pledges.csv')))).toBe('upr-info-pledges');
    expect(detectUprFile('a.csv', enc(fixture('un-matrix.csv')))).toBe('un-matrix-csv');
    expect(detectUprFile('a.txt', enc(fixture('wg-report-cycle3.txt')))).toBe('wg-report');
    expect(detectUprFile('a.txt', enc(fixture('wg-addendum-lists.txt')))).toBe('wg-addendum');
    const docx = buildZip({ 'word/document.xml': matrixDocumentXml([], []) });
    expect(detectUprFile('a.docx', docx)).toBe('un-matrix-docx');
    expect(detectUprFile('a.zip', buildZip({ 'x.txt': 'x' }))).toBeNull();
    expect(detectUprFile('a.txt', enc('An unrelated press release.'))).toBeNull();
  });
});
