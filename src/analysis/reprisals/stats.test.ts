import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SHARED_DATA_SKIP_REASON, sharedPath } from '../../../test/shared-data.js';
import { skipName } from '../../../test/skip.js';
import type { Appearance, ReprisalCase } from '../../domain/reprisals.js';
import { parseIshrCases } from '../../sources/reprisals/ishr-cases.js';
import { parseSgReprisalsReport } from '../../sources/reprisals/sg-report.js';
import { linkFollowUps, reportedAgainByYear, reportedAgainChains } from './chains.js';
import { cellCaseIds, evidenceSources, resolveEvidence, type Figure } from './figure.js';
import { casesByCountryYear, newVsFollowUp, sharesBy, unresolvedForYears } from './stats.js';
import { reprisalFigures } from './views.js';

const SYMBOLS: Record<number, string> = {
  2017: 'A/HRC/36/31',
  2018: 'A/HRC/39/41',
  2019: 'A/HRC/42/30',
  2020: 'A/HRC/45/36',
};
const appearance = (
  year: number,
  kind: Appearance['kind'],
  paragraph: string,
  annex: Appearance['annex'] = kind === 'new' ? 'I' : 'II',
): Appearance => ({
  symbol: SYMBOLS[year]!,
  year,
  annex,
  paragraph,
  kind,
  page: null,
});

let seq = 0;
function makeCase(over: Partial<ReprisalCase>): ReprisalCase {
  seq++;
  const year = over.reportYear ?? 2019;
  const country = over.country ?? 'CHN';
  return {
    caseId: `${year}-${country}-${String(seq).padStart(3, '0')}`,
    reportYear: year,
    country,
    region: null,
    recordType: 'named-individual',
    recordTypeCodedAs: null,
    pseudonym: `case ${seq}`,
    victimName: null,
    relatives: null,
    contact: null,
    gender: 'female',
    genderCodedAs: null,
    foreignNational: null,
    minor: null,
    civilServant: null,
    affectedGroups: [],
    activity: null,
    rightsDefended: [],
    priorUnAction: null,
    engagements: [],
    engagementTypes: [],
    trigger: null,
    reprisalDates: null,
    reprisalLocation: null,
    reprisalInformation: null,
    acts: [],
    perpetrators: [],
    basedOnNewLegislation: null,
    generalEnvironmentComment: null,
    governmentResponses: [],
    status: 'unresolved',
    appearances: [appearance(year, 'new', String(seq))],
    communicationRefs: [],
    externalIds: { uwaziSharedId: null, uwaziUrl: null },
    otherFields: {},
    review: 'confirmed',
    notes: null,
    ...over,
  };
}

const counts = <K>(f: Figure<K>) =>
  f.cells.map((c) => [c.key, c.value.kind === 'count' ? c.value.count : c.value.label]);

// Six cases: CHN 2017 ×4 (3 women, 1 man), EGY 2019 ×2 (women); two CHN cases followed up later.
const cases: ReprisalCase[] = [
  makeCase({
    reportYear: 2017,
    gender: 'female',
    acts: [
      { code: 'detention', codedAs: 'x' },
      { code: 'travel-restriction', codedAs: 'y' },
    ],
    appearances: [
      appearance(2017, 'new', '3'),
      appearance(2018, 'follow-up', '10'),
      appearance(2019, 'follow-up', '4'),
    ],
  }),
  makeCase({
    reportYear: 2017,
    gender: 'female',
    recordType: 'unnamed-individual',
    acts: [{ code: 'detention', codedAs: 'x' }],
    appearances: [appearance(2017, 'new', '4'), appearance(2019, 'follow-up', '5')],
  }),
  makeCase({
    reportYear: 2017,
    gender: 'female',
    recordType: 'group',
    status: 'resolved',
    acts: [{ code: 'surveillance', codedAs: 'z' }],
    appearances: [appearance(2017, 'new', '5')],
  }),
  makeCase({ reportYear: 2017, gender: 'male', appearances: [appearance(2017, 'new', '6')] }),
  makeCase({
    reportYear: 2019,
    country: 'EGY',
    gender: 'female',
    appearances: [appearance(2019, 'new', '20')],
  }),
  makeCase({
    reportYear: 2019,
    country: 'EGY',
    gender: 'female',
    status: 'unknown',
    appearances: [appearance(2019, 'new', '21')],
  }),
];
const internal = { audience: 'internal' } as const;
const publicView = { audience: 'public' } as const;

describe('reprisals figures', () => {
  it('counts cases per country and year, with the case ids and paragraphs behind each cell', () => {
    const f = casesByCountryYear(cases, internal);
    expect(counts(f)).toEqual([
      [{ country: 'CHN', year: 2017 }, 4],
      [{ country: 'EGY', year: 2019 }, 2],
    ]);
    expect(cellCaseIds(f, f.cells[1]!)).toEqual([cases[4]!.caseId, cases[5]!.caseId]);
    const sources = evidenceSources(cases, [f]);
    expect(
      resolveEvidence(cellCaseIds(f, f.cells[1]!), sources).appearances.map(
        (a) => `${a.symbol} ${a.annex} ${a.paragraph}`,
      ),
    ).toEqual(['A/HRC/42/30 I 20', 'A/HRC/42/30 I 21']);
    expect(f.total).toEqual({ kind: 'count', count: 6, share: 1 });
    // the figure lists each case once; the cells point into that list
    expect(f.evidence).toMatchObject({
      kind: 'reprisal-case',
      caseIds: cases.map((c) => c.caseId).sort(),
      withheld: false,
    });
    expect(f.cells.flatMap((c) => c.evidence ?? []).sort((a, b) => a - b)).toEqual([
      0, 1, 2, 3, 4, 5,
    ]);
  });

  it('shows "fewer than 3" to the public, never the number, share or evidence of a small cell', () => {
    const f = casesByCountryYear(cases, publicView);
    expect(f.cells[1]).toEqual({
      key: { country: 'EGY', year: 2019 },
      value: { kind: 'suppressed', label: 'fewer than 3' },
      evidence: null,
    });
    // only one small cell beside a shown total of 6: the other cell would give it away, so it goes too
    expect(f.cells[0]!.value.kind).toBe('suppressed');
    expect(JSON.stringify(f.cells)).not.toContain('2019-EGY');
    expect(f.threshold).toBe(3);
  });

  it("never names a suppressed cell's cases: not in the cell, the figure's list nor the sources", () => {
    // five cases of 2017 and four of 2018 in China, two of 2019 in Egypt: Egypt's cell is under 3,
    // and the next smallest (2018) goes with it, or the total would give Egypt's number away
    const many = [
      ...Array.from({ length: 5 }, () => makeCase({ reportYear: 2017, country: 'CHN' })),
      ...Array.from({ length: 4 }, () => makeCase({ reportYear: 2018, country: 'CHN' })),
      ...Array.from({ length: 2 }, () => makeCase({ reportYear: 2019, country: 'EGY' })),
    ];
    const f = casesByCountryYear(many, publicView);
    expect(f.cells.map((c) => c.value.kind)).toEqual(['count', 'suppressed', 'suppressed']);
    expect(f.cells[1]!.evidence).toBeNull();
    expect(f.cells[2]!.evidence).toBeNull();
    expect(f.total).toEqual({ kind: 'count', count: 11, share: 1 });
    // only the shown cell's five cases are listed, and the list says some were withheld
    expect(f.evidence).toMatchObject({
      kind: 'reprisal-case',
      caseIds: many
        .slice(0, 5)
        .map((c) => c.caseId)
        .sort(),
      withheld: true,
    });
    const text = JSON.stringify({ cells: f.cells, sources: evidenceSources(many, [f]) });
    expect(JSON.stringify(f)).not.toContain('2018-CHN');
    expect(JSON.stringify(f)).not.toContain('2019-EGY');
    // the 2019 report, where Egypt's cases appear, is only in the total's list of reports
    expect(text).not.toContain('A/HRC/42/30');
    expect(f.evidence!.reports!.map((r) => r.symbol)).toEqual([
      'A/HRC/36/31',
      'A/HRC/39/41',
      'A/HRC/42/30',
    ]);
    // an editor sees every case
    expect(casesByCountryYear(many, internal).evidence!.caseIds).toHaveLength(11);
  });

  it('splits each report into new and follow-up cases, evidence limited to that report', () => {
    const f = newVsFollowUp(cases, internal);
    expect(counts(f)).toEqual([
      [{ year: 2017, kind: 'new' }, 4],
      [{ year: 2018, kind: 'follow-up' }, 1],
      [{ year: 2019, kind: 'follow-up' }, 2],
      [{ year: 2019, kind: 'new' }, 2],
    ]);
    const inReport = resolveEvidence(
      cellCaseIds(f, f.cells[2]!),
      evidenceSources(cases, [f]),
      (s) => s.year === 2019 && s.kind === 'follow-up',
    );
    expect(inReport.appearances.map((a) => a.paragraph)).toEqual(['4', '5']);
  });

  it('finds cases unresolved for N years', () => {
    const f = unresolvedForYears(cases, 2020, 3, internal);
    // 2017 cases still unresolved in 2020: three of four (one resolved); the 2019 ones are too recent
    expect(counts(f)).toEqual([[{ yearsOpen: 3 }, 3]]);
    expect(cellCaseIds(f, f.cells[0]!)).toEqual(
      [cases[0]!.caseId, cases[1]!.caseId, cases[3]!.caseId].sort(),
    );
  });

  it('gives shares by gender, anonymity and act (acts are multi-valued)', () => {
    const gender = sharesBy(cases, 'gender', internal);
    expect(
      gender.cells.map((c) => [c.key.value, c.value.kind === 'count' && c.value.share]),
    ).toEqual([
      ['female', 5 / 6],
      ['male', 1 / 6],
    ]);
    expect(counts(sharesBy(cases, 'anonymity', internal))).toEqual([
      [{ value: 'named' }, 4],
      [{ value: 'anonymous' }, 2],
    ]);
    expect(counts(sharesBy(cases, 'act', internal))).toEqual([
      [{ value: 'not coded' }, 3],
      [{ value: 'detention' }, 2],
      [{ value: 'surveillance' }, 1],
      [{ value: 'travel-restriction' }, 1],
    ]);
    const pub = sharesBy(cases, 'gender', publicView);
    expect(counts(pub)).toEqual([
      [{ value: 'female' }, 'fewer than 3'],
      [{ value: 'male' }, 'fewer than 3'],
    ]);
  });

  it('chains the cases reported again across reports', () => {
    const chains = reportedAgainChains(cases);
    expect(chains.map((c) => [c.caseId, c.reports, c.firstYear, c.lastYear])).toEqual([
      [cases[0]!.caseId, 3, 2017, 2019],
      [cases[1]!.caseId, 2, 2017, 2019],
    ]);
    expect(chains[0]!.appearances.map((a) => `${a.symbol}:${a.kind}`)).toEqual([
      'A/HRC/36/31:new',
      'A/HRC/39/41:follow-up',
      'A/HRC/42/30:follow-up',
    ]);
    expect(counts(reportedAgainByYear(cases, internal))).toEqual([
      [{ year: 2018 }, 1],
      [{ year: 2019 }, 2],
    ]);
  });

  it('hides a small count of cases reported again from readers who may not see names', () => {
    // two chains (checked above): under the threshold, so the public and researchers get no number
    for (const role of ['public', 'researcher'] as const) {
      expect(reprisalFigures(cases, role).reportedAgain).toEqual({
        cases: null,
        suppressed: 'fewer than 3',
      });
    }
    const editor = reprisalFigures(cases, 'editor').reportedAgain;
    expect(Array.isArray(editor) && editor.map((c) => c.caseId)).toEqual([
      cases[0]!.caseId,
      cases[1]!.caseId,
    ]);
    // a third case mentioned in two reports brings the count to the threshold: shown as a number
    const third = makeCase({
      reportYear: 2018,
      appearances: [appearance(2018, 'new', '30'), appearance(2019, 'follow-up', '31')],
    });
    expect(reprisalFigures([...cases, third], 'public').reportedAgain).toEqual({ cases: 3 });
  });
});

describe('linkFollowUps on the annex II fixture', () => {
  const text = readFileSync(
    path.join(import.meta.dirname, '../../sources/reprisals/fixtures/sg-report-annexes.txt'),
    'utf8',
  );
  const { followUps } = parseSgReprisalsReport('r.txt', text).value;
  const zhao = makeCase({
    reportYear: 2019,
    victimName: 'Zhao Pingan',
    appearances: [appearance(2019, 'new', '12')],
  });
  const nour = makeCase({
    reportYear: 2017,
    country: 'EGY',
    victimName: 'Salma Nour',
    appearances: [appearance(2017, 'new', '9')],
  });
  const twin1 = makeCase({ reportYear: 2018, appearances: [appearance(2018, 'new', '20')] });
  const twin2 = makeCase({ reportYear: 2018, appearances: [appearance(2018, 'new', '21')] });

  it('matches by the cited report and paragraph, then by name in the same country; several candidates go to a person', () => {
    const { links, ambiguous } = linkFollowUps(followUps, [zhao, nour, twin1, twin2]);
    expect(links.map((l) => [l.appearance.paragraph, l.caseId, l.matchedBy])).toEqual([
      ['7', zhao.caseId, 'appearance'],
      ['8', null, null],
      ['9', null, null],
      ['10-11', nour.caseId, 'name'],
    ]);
    expect(ambiguous.map((a) => a.candidates)).toEqual([[twin1.caseId, twin2.caseId].sort()]);
  });
});

const recordsDir = sharedPath('ishr-endreprisals-china-cases', 'records');
describe.skipIf(!recordsDir)(
  skipName('figures on the real ISHR China records', !recordsDir && SHARED_DATA_SKIP_REASON),
  () => {
    const real = recordsDir
      ? readdirSync(recordsDir).map(
          (f) => parseIshrCases(f, readFileSync(path.join(recordsDir, f), 'utf8')).value[0]!.case,
        )
      : [];
    it('counts the four records by gender as coded, and shows the public no number below 3', () => {
      // PROVENANCE.md: Chen Jianfang Female, Jiang Tianyong Male, Hong Kong "Gender unclear", the 15 individuals not coded
      expect(
        counts(sharesBy(real, 'gender', internal))
          .map(([k, n]) => [(k as { value: string }).value, n])
          .sort(),
      ).toEqual([
        ['female', 1],
        ['male', 1],
        ['not coded', 1],
        ['unclear', 1],
      ]);
      const pub = sharesBy(real, 'gender', publicView);
      expect(pub.cells.every((c) => c.value.kind === 'suppressed' && c.evidence === null)).toBe(
        true,
      );
      expect(pub.total).toEqual({ kind: 'count', count: 4, share: 1 });
      expect(counts(casesByCountryYear(real, internal))).toEqual([
        [{ country: 'CHN', year: 2014 }, 1],
        [{ country: 'CHN', year: 2017 }, 1],
        [{ country: 'CHN', year: 2020 }, 1],
        [{ country: 'CHN', year: 2021 }, 1],
      ]);
    });
  },
);
