import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SHARED_DATA_SKIP_REASON, sharedPath } from '../../../test/shared-data.js';
import { skipName } from '../../../test/skip.js';
import { buildUnPdf } from '../common/fixtures/build-pdf.js';
import { readPdfText } from '../common/pdf-text.js';
import { CaseDraft, FollowUpLink } from '../../domain/reprisals.js';
import { REPRISAL_CASE_CONFIDENTIALITY } from '../../domain/reprisals-fields.js';
import { parseSgReprisalsReport } from './sg-report.js';

const fixture = readFileSync(
  path.join(import.meta.dirname, 'fixtures', 'sg-report-annexes.txt'),
  'utf8',
);

describe('parseSgReprisalsReport on a report in the published layout (invented people)', () => {
  const { value, problems } = parseSgReprisalsReport('sg-report-annexes.txt', fixture);

  it('reads the symbol and the year from the front matter', () => {
    expect(value.symbol).toBe('A/HRC/45/36');
    expect(value.year).toBe(2020);
  });

  it('accounts for every numbered paragraph of both annexes (11 in the fixture), none silently dropped', () => {
    expect(value.paragraphs.map((p) => p.number)).toEqual([
      '1',
      '2',
      '3',
      '4',
      '5',
      '6',
      '7',
      '8',
      '9',
      '10',
      '11',
    ]);
    const problemLines = new Set(problems.map((p) => p.line));
    for (const p of value.paragraphs) {
      if (p.outcome === 'problem') expect(problemLines.has(p.line)).toBe(true);
    }
    // the body's paragraphs 1-2 (before annex I) are not cases
    expect(value.paragraphs.every((p) => p.line > 17)).toBe(true);
  });

  it('makes one draft per annex I case, numbered per country, the Government reply joined to its case', () => {
    for (const d of value.drafts) CaseDraft.parse(d);
    expect(value.drafts.map((d) => d.case.caseId)).toEqual([
      '2020-CHN-001',
      '2020-CHN-002',
      '2020-EGY-001',
      '2020-VEN-001',
    ]);
    const hua = value.drafts[0]!.case;
    expect(hua.appearances).toEqual([
      { symbol: 'A/HRC/45/36', year: 2020, annex: 'I', paragraph: '1-2', kind: 'new', page: null },
    ]);
    expect(hua.victimName).toBe('Hua Mingyue');
    expect(hua.gender).toBe('female');
    expect(hua.recordType).toBe('named-individual');
    expect(hua.communicationRefs).toEqual(['CHN 7/2020']);
    expect(hua.governmentResponses[0]!.date).toBe('2020-08-17');
    expect(hua.acts.map((a) => a.code)).toEqual(
      expect.arrayContaining(['detention', 'disappearance', 'threats-to-relatives']),
    );
    // "Committee against Torture" is the body she engaged with, not an act of torture
    expect(hua.acts.map((a) => a.code)).not.toContain('torture-ill-treatment');
    expect(hua.engagements.map((e) => e.body)).toContain('treaty-bodies');
    expect(hua.review).toBe('draft');
    expect(hua.pseudonym).not.toContain('Hua');
  });

  it('reads groups, unnamed people and organisations, with the rule behind each value', () => {
    const [, group, egypt, ven] = value.drafts;
    expect(group!.case.recordType).toBe('group');
    expect(group!.case.acts.map((a) => a.code).sort()).toEqual([
      'surveillance',
      'travel-restriction',
    ]);
    expect(group!.case.engagements.map((e) => e.body)).toEqual(['upr']);
    expect(group!.case.engagementTypes.map((e) => e.code)).toEqual(['training']);
    expect(egypt!.case.recordType).toBe('unnamed-individual');
    expect(egypt!.case.victimName).toBeNull();
    expect(egypt!.case.engagementTypes.map((e) => e.code)).toEqual(['country-visit-meeting']);
    expect(ven!.case.recordType).toBe('organisation');
    expect(ven!.case.victimName).toBe('Andean Network for Rights');
    expect(ven!.case.basedOnNewLegislation).toBe(true);
    expect(
      ven!.reasons.some(
        (r) => r.field === 'basedOnNewLegislation' && r.matched === 'newly adopted law',
      ),
    ).toBe(true);
  });

  it('lists a heading that names no State and its paragraph as problems', () => {
    expect(problems.find((p) => p.code === 'unknown-country-heading')?.excerpt).toBe('Atlantis');
    expect(problems.find((p) => p.code === 'paragraph-without-country')?.line).toBe(37);
  });

  it('makes annex II paragraphs draft follow-up links with the earlier report, annex and paragraph', () => {
    for (const f of value.followUps) FollowUpLink.parse(f);
    expect(value.followUps.map((f) => [f.country, f.appearance.paragraph])).toEqual([
      ['CHN', '7'],
      ['CHN', '8'],
      ['CHN', '9'],
      ['EGY', '10-11'],
    ]);
    const [zhao, lawyer, unanchored, nour] = value.followUps;
    expect(zhao!.earlier).toEqual([{ symbol: 'A/HRC/42/30', annex: 'I', paragraphs: ['12'] }]);
    expect(zhao!.victimName).toBe('Zhao Pingan');
    // the reference sits in a footnote
    expect(lawyer!.earlier).toEqual([
      { symbol: 'A/HRC/39/41', annex: 'I', paragraphs: ['20', '21'] },
    ]);
    expect(unanchored!.earlier).toEqual([]);
    expect(problems.find((p) => p.code === 'follow-up-unanchored')?.line).toBe(46);
    expect(nour!.earlier.map((e) => `${e.symbol} ${e.annex} ${e.paragraphs.join(',')}`)).toEqual([
      'A/HRC/42/30 II 31',
      'A/HRC/39/41 I 44',
    ]);
    expect(nour!.governmentResponses[0]!.date).toBe('2020-06-02');
    expect(nour!.appearance.kind).toBe('follow-up');
  });

  it('gives the PDF page of each case when read from PDF lines', () => {
    const lines = fixture.split('\n').map((text, i) => ({ text, page: i < 40 ? 1 : 2 }));
    const pdf = parseSgReprisalsReport('r.pdf', { lines });
    expect(pdf.value.drafts[0]!.case.appearances[0]!.page).toBe(1);
    expect(pdf.value.followUps.at(-1)!.appearance.page).toBe(2);
  });

  it('refuses a text without a symbol, and says when there is no annex', () => {
    expect(parseSgReprisalsReport('x.txt', 'no symbol here').problems[0]).toMatchObject({
      code: 'no-symbol',
      severity: 'fatal',
    });
    const body = parseSgReprisalsReport('x.txt', 'A/HRC/27/38\n1. In China, a case.');
    expect(body.value.year).toBe(2014);
    expect(body.problems.map((p) => p.code)).toEqual(['no-annexes']);
  });
});

describe('the report read from a PDF (pdf.js), page by page', () => {
  it('drops running headers and footers, and gives each case the page it starts on', async () => {
    const lines = fixture.split('\n').filter((l) => l.trim() !== '');
    // three pages: the first break falls inside paragraph 1 (a country heading near the foot of
    // two pages of a three-page file would be taken for a running line by pdf-text.ts)
    const at1 = lines.findIndex((l) => l.startsWith('Committee against Torture'));
    const at2 = lines.findIndex((l) => l.startsWith('8. The case of a lawyer'));
    const pages = [lines.slice(1, at1), lines.slice(at1, at2), lines.slice(at2)];
    const pdf = await readPdfText('A_HRC_45_36.pdf', buildUnPdf('A/HRC/45/36', pages));
    expect(pdf.problems).toEqual([]);
    const { value, problems } = parseSgReprisalsReport('A_HRC_45_36.pdf', pdf.value);
    expect(value.symbol).toBe('A/HRC/45/36');
    expect(value.drafts.map((d) => [d.case.caseId, d.case.appearances[0]!.page])).toEqual([
      ['2020-CHN-001', 1],
      ['2020-CHN-002', 2],
      ['2020-EGY-001', 2],
      ['2020-VEN-001', 2],
    ]);
    // the paragraph broken across pages 2 and 3 reads on: its reference is whole
    expect(value.followUps[0]!.earlier).toEqual([
      { symbol: 'A/HRC/42/30', annex: 'I', paragraphs: ['12'] },
    ]);
    expect(value.followUps.map((f) => f.appearance.page)).toEqual([2, 3, 3, 3]);
    expect(value.drafts[0]!.passage).not.toMatch(/A\/HRC\/45\/36|GE\.25/);
    expect(problems.map((p) => p.code).sort()).toEqual([
      'follow-up-unanchored',
      'paragraph-without-country',
      'unknown-country-heading',
    ]);
  });
});

const realTexts = sharedPath('un-texts', 'reprisals-text');
describe.skipIf(!realTexts)(
  skipName(
    'the real report excerpts in ../shared/data/un-texts',
    !realTexts && SHARED_DATA_SKIP_REASON,
  ),
  () => {
    // Only the front matter and introduction of three reports are stored: no annex, so no case may
    // come out of them, and the symbol and the year printed on them must be read.
    it.each([
      ['sg-reprisals-report-a-hrc-27-38-2014.txt', 'A/HRC/27/38', 2014],
      ['sg-reprisals-report-a-hrc-42-30-2019.txt', 'A/HRC/42/30', 2019],
      ['sg-reprisals-report-a-hrc-45-36-2020.txt', 'A/HRC/45/36', 2020],
    ])('%s: %s of %i, no case invented from the introduction', (file, symbol, year) => {
      const text = readFileSync(path.join(realTexts!, file), 'utf8');
      const { value, problems } = parseSgReprisalsReport(file, text);
      expect([value.symbol, value.year]).toEqual([symbol, year]);
      expect(value.drafts).toEqual([]);
      expect(value.followUps).toEqual([]);
      expect(problems.map((p) => p.code)).toEqual(['no-annexes']);
    });
  },
);

describe('wording and layout as they vary between reports (invented people)', () => {
  const text = readFileSync(
    path.join(import.meta.dirname, 'fixtures', 'sg-report-variants.txt'),
    'utf8',
  );
  const { value, problems } = parseSgReprisalsReport('sg-report-variants.txt', text);

  it('reads capitalised annex headings, State names with their UN qualifiers, and French paragraphs', () => {
    expect([value.symbol, value.year]).toEqual(['A/HRC/54/61', 2023]);
    expect(value.drafts.map((d) => d.case.caseId)).toEqual([
      '2023-IRN-001',
      '2023-TUR-001',
      '2023-VNM-001',
      '2023-RUS-001',
    ]);
    const [iran, turkiye, vietnam, russia] = value.drafts.map((d) => d.case);
    expect(iran!.acts.map((a) => a.code)).toContain('threats-to-relatives');
    // the Working Group on Arbitrary Detention is whom he cooperated with, not an act
    expect(iran!.acts.map((a) => a.code)).not.toContain('detention');
    expect(iran!.engagements.map((e) => e.body)).toEqual(['special-procedures']);
    // French text becomes a draft with fewer suggestions, not a lost paragraph
    expect(turkiye!.reprisalInformation).toContain('Plusieurs défenseurs');
    expect(vietnam!.acts.map((a) => a.code)).toEqual(
      expect.arrayContaining(['detention', 'legal-action']),
    );
    expect(vietnam!.governmentResponses).toHaveLength(1);
    // "In addition," under a new country heading starts a case of its own
    expect(russia!.appearances[0]!.paragraph).toBe('4');
  });

  it('reads a follow-up heading carrying its reference, and reports a gap in the numbering', () => {
    expect(value.followUps.map((f) => [f.country, f.appearance.paragraph])).toEqual([
      ['CHN', '1'],
      ['IRN', '3'],
    ]);
    expect(value.followUps[0]!.earlier).toEqual([
      { symbol: 'A/HRC/51/47', annex: 'II', paragraphs: ['15'] },
    ]);
    expect(value.followUps[1]!.earlier).toEqual([
      { symbol: 'A/HRC/51/47', annex: 'I', paragraphs: ['40'] },
    ]);
    expect(problems.map((p) => p.code)).toEqual(['paragraph-numbering']);
  });
});

describe("public fields of a draft never carry the report's words about people", () => {
  // Names placed where the rules match: after a treaty body, a Working Group, between relatives and
  // the act done to them, after a session of the Council. Invented people; canary surnames.
  const report = [
    'A/HRC/45/36',
    'Cooperation with the United Nations, its representatives and mechanisms in the field of human rights',
    'Report of the Secretary-General',
    'Annex I',
    'Information on alleged cases of intimidation and reprisals',
    'Egypt',
    '1. On 3 March 2020, the Committee against Torture for its review of Elbonia, Ms. Quolbyx Zarnetti, was reportedly detained by police and held incommunicado. Her husband, Mr. Vexlor Quambry, was threatened by officers.',
    '2. The Working Group on Arbitrary Detention and Mr. Trandolph Yzzerwick raised the case of Ms. Pellifax Orrundt, whose passport was confiscated after the forty-third session of the Human Rights Council.',
  ].join('\n');
  const canaries = [
    'Quolbyx',
    'Zarnetti',
    'Vexlor',
    'Quambry',
    'Trandolph',
    'Yzzerwick',
    'Pellifax',
    'Orrundt',
  ];

  it('keeps every canary out of every public field of every draft', () => {
    const { value } = parseSgReprisalsReport('canary.txt', report);
    expect(value.drafts.length).toBe(2);
    const publicFields = Object.entries(REPRISAL_CASE_CONFIDENTIALITY)
      .filter(([, level]) => level === 'public')
      .map(([field]) => field);
    for (const draft of value.drafts) {
      const shown = JSON.stringify(
        Object.fromEntries(
          publicFields.map((f) => [f, (draft.case as Record<string, unknown>)[f]]),
        ),
      );
      for (const canary of canaries) expect(shown).not.toContain(canary);
    }
    // the rules did read what they should, so the test is not passing on an empty draft
    const first = value.drafts[0]!.case;
    expect(first.engagements.map((e) => e.body)).toContain('treaty-bodies');
    expect(first.acts.map((a) => a.code)).toEqual(
      expect.arrayContaining(['detention', 'threats-to-relatives']),
    );
  });
});
