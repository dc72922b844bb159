import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SHARED_DATA_SKIP_REASON, sharedPath } from '../../../test/shared-data.js';
import { skipName } from '../../../test/skip.js';
import { ReprisalCase } from '../../domain/reprisals.js';
import { fieldsVisibleAt, REPRISAL_CASE_CONFIDENTIALITY } from '../../domain/reprisals-fields.js';
import { readCsv } from '../common/csv.js';
import { fieldKey } from './coded-record.js';
import { parseIshrCases } from './ishr-cases.js';
import { parseIshrEntityPage } from './ishr-page.js';

const fixture = (name: string) =>
  readFileSync(path.join(import.meta.dirname, 'fixtures', name), 'utf8');

describe('Uwazi /api/search JSON (invented case)', () => {
  const { value, problems } = parseIshrCases('uwazi-search.json', fixture('uwazi-search.json'));

  it('maps an entity to a case, keeping the sharedId; the other language version is one case', () => {
    expect(value).toHaveLength(1);
    const c = ReprisalCase.parse(value[0]!.case);
    expect(c.caseId).toBe('2022-011-002');
    expect(c.externalIds.uwaziSharedId).toBe('inv3nted01x');
    expect(c.country).toBe('CHN');
    expect(c.region).toBe('Asia');
    expect(c.recordType).toBe('named-individual');
    expect(c.victimName).toBe('Mei Lanfang (invented)');
    expect(c.gender).toBe('female');
    expect([c.foreignNational, c.minor, c.civilServant]).toEqual([false, false, false]);
    // nested thesaurus: "Parent: Item", the item decides (UPR), else the group
    expect(c.engagements.map((e) => [e.body, e.bodyCodedAs])).toEqual([
      ['upr', 'UN Human Rights Council: UPR'],
      ['special-procedures', 'UN Special Procedures: Thematic'],
    ]);
    // Uwazi dates are seconds since 1970: 1641081600 is 2 January 2022
    expect(c.reprisalDates).toBe('2022-01-02');
    expect(c.governmentResponses).toEqual([
      {
        date: '2022-03-03',
        dateAsPrinted: '3 March 2022',
        content: 'The Government stated that the case was handled according to law.',
      },
    ]);
    expect(c.status).toBe('unresolved');
    expect(c.communicationRefs).toEqual(['CHN 3/2022']);
    expect(c.appearances[0]).toMatchObject({ symbol: 'A/HRC/51/47', year: 2022 });
  });

  it('reports and keeps what the model has no place for: an unknown field, a value outside the vocabulary', () => {
    const c = value[0]!.case;
    expect(c.acts).toEqual([{ code: 'detention', codedAs: 'Arrest/Detention' }]);
    expect(c.otherFields['Types of reprisals suffered']).toEqual(['Invented category']);
    expect(c.otherFields['internal_tracking_code']).toEqual(['X-17']);
    const codes = problems.map((p) => p.code);
    expect(codes).toContain('unmapped-field');
    expect(codes).toContain('unmapped-value');
    expect(codes).toContain('duplicate-entity');
    expect(codes).toContain('entity-shape');
  });

  it('refuses what is not JSON entities', () => {
    expect(parseIshrCases('x.json', '{"a":1}').problems[0]!.code).toBe('not-uwazi');
    expect(parseIshrCases('x.json', '{oops').problems[0]!.severity).toBe('fatal');
  });
});

const recordsDir = sharedPath('ishr-endreprisals-china-cases', 'records');
const idsnFile = sharedPath('un-texts', 'reprisals-text', 'endreprisals-ishr-idsn-2020.txt');

describe.skipIf(!recordsDir)(
  skipName('the real ISHR End Reprisals records', !recordsDir && SHARED_DATA_SKIP_REASON),
  () => {
    const files = recordsDir
      ? [...readdirSync(recordsDir).map((f) => path.join(recordsDir, f)), idsnFile!]
      : [];
    const read = files.map((file) => {
      const text = readFileSync(file, 'utf8');
      return {
        file,
        text,
        page: parseIshrEntityPage(file, text),
        cases: parseIshrCases(file, text),
      };
    });

    it('maps every coded field of the five records somewhere, none unmapped', () => {
      expect(read).toHaveLength(5);
      for (const r of read) {
        const [mapped] = r.cases.value;
        expect(mapped, r.file).toBeDefined();
        ReprisalCase.parse(mapped!.case);
        const labels = r.page.value!.fields.map((f) => fieldKey(f.label));
        const landed = mapped!.landed.map((l) => fieldKey(l.label));
        expect(landed.sort()).toEqual([...labels].sort());
        expect(
          r.cases.problems.filter((p) => p.code.startsWith('unmapped')),
          r.file,
        ).toEqual([]);
        // the only problem is the excerpt cut at ~2,000 characters (PROVENANCE.md), when it is cut
        for (const p of r.cases.problems) expect(p.code).toBe('excerpt-cut');
      }
    });

    it('reads the values as printed on the pages', () => {
      const byId = new Map(
        read.map((r) => [r.cases.value[0]!.case.caseId, r.cases.value[0]!.case]),
      );
      expect([...byId.keys()].sort()).toEqual([
        '2014-017-003',
        '2017-022-001',
        '2020-025-001',
        '2020-058-001',
        '2021-020-001',
      ]);
      const chen = byId.get('2014-017-003')!;
      expect([chen.country, chen.recordType, chen.gender, chen.reprisalLocation]).toEqual([
        'CHN',
        'named-individual',
        'female',
        'Baiyun',
      ]);
      expect(chen.acts.map((a) => a.code)).toEqual(['threats-intimidation', 'travel-restriction']);
      expect(chen.engagements.map((e) => e.body)).toEqual(['upr']);
      expect(chen.engagementTypes.map((e) => e.code)).toEqual(['other', 'meeting-on-un-premises']);
      expect(chen.externalIds.uwaziSharedId).toBe('zpqwj6kuvpt');
      // the name is the victim's name (confidential), never the public pseudonym
      expect(chen.victimName).toBe('Chen Jianfang (Jianfeng)');
      expect(chen.pseudonym).toBe('CHN 2014 case 003');

      const jiang = byId.get('2017-022-001')!;
      expect(jiang.gender).toBe('male');
      expect(jiang.acts.map((a) => a.code)).toEqual(['disappearance']);
      expect(jiang.engagementTypes.map((e) => e.code)).toEqual(['country-visit-meeting']);
      expect(jiang.governmentResponses.map((g) => g.date)).toEqual(['2017-01-20', '2017-06-07']);
      expect(jiang.civilServant).toBe(false);
      expect(jiang.appearances[0]!.symbol).toBe('A/HRC/36/31');

      const fifteen = byId.get('2020-025-001')!;
      expect(fifteen.recordType).toBe('group');
      expect(fifteen.victimName).toBeNull();
      expect(fifteen.pseudonym).toBe('CHN 2020 case 001');
      expect(fifteen.affectedGroups[0]).toMatch(/^15 individuals who engaged/);
      expect(fifteen.acts).toHaveLength(5);
      expect(fifteen.priorUnAction!.bodies.map((b) => b.code)).toEqual([
        'assistant-secretary-general',
        'special-procedures',
      ]);

      const hk = byId.get('2021-020-001')!;
      expect([hk.recordType, hk.gender, hk.status, hk.basedOnNewLegislation]).toEqual([
        'general-situation',
        'unclear',
        'unresolved',
        true,
      ]);
      expect(hk.engagements.map((e) => e.body)).toEqual([
        'ohchr',
        'special-procedures',
        'treaty-bodies',
      ]);

      const idsn = byId.get('2020-058-001')!;
      expect([idsn.country, idsn.recordType]).toEqual(['IND', 'organisation']);
      expect(idsn.communicationRefs).toEqual(['OTH 16/2016', 'OTH 5/2017']);
      expect(idsn.engagements[0]!.body).toBe('ngo-committee');
    });

    it('shows no name or place of a real record to the public or to a researcher', () => {
      const researcher = fieldsVisibleAt(REPRISAL_CASE_CONFIDENTIALITY, ['public', 'restricted']);
      for (const r of read) {
        const c = r.cases.value[0]!.case;
        const seen = JSON.stringify(Object.fromEntries(researcher.map((f) => [f, c[f]])));
        // a place locates a person; a territory named for a general situation (Hong Kong) does not
        const person = c.recordType === 'named-individual' || c.recordType === 'unnamed-individual';
        const secrets = [c.victimName, person ? c.reprisalLocation : null].filter(
          (v): v is string => v !== null,
        );
        for (const secret of secrets)
          for (const word of secret.split(/[\s,()]+/).filter((w) => w.length > 3))
            expect(seen, `${c.caseId}: ${word}`).not.toContain(word);
      }
      // the names the reports print beside the victim's (Ms. Cao in Chen Jianfang's trigger) too
      const chen = read.find((r) => r.cases.value[0]!.case.caseId === '2014-017-003')!.cases
        .value[0]!.case;
      expect(JSON.stringify(researcher.map((f) => chen[f]))).not.toMatch(/Cao|Peng Lanlan/);
    });

    it('agrees with the independent parse of the same pages (endreprisals_cases_parsed.csv)', () => {
      const csvText = readFileSync(
        path.join(recordsDir!, '..', 'endreprisals_cases_parsed.csv'),
        'utf8',
      );
      const { header, rows } = readCsv(csvText).value;
      const col = (row: string[], name: string) => row[header.indexOf(name)] ?? '';
      const byId = new Map(
        read.map((r) => [r.cases.value[0]!.case.caseId, r.cases.value[0]!.case]),
      );
      expect(rows).toHaveLength(5);
      for (const { cells } of rows) {
        const c = byId.get(col(cells, 'case_id'))!;
        expect(c, col(cells, 'case_id')).toBeDefined();
        const orNull = (v: string) => (v === '' ? null : v);
        expect(c.reportYear).toBe(Number(col(cells, 'report_year')));
        expect(c.recordTypeCodedAs).toBe(col(cells, 'record_type'));
        expect(c.genderCodedAs).toBe(orNull(col(cells, 'gender')));
        expect(c.acts.map((a) => a.codedAs).join(' | ')).toBe(col(cells, 'reprisal_types'));
        expect(c.perpetrators.join(' | ')).toBe(col(cells, 'perpetrators'));
        expect(c.reprisalDates).toBe(orNull(col(cells, 'reprisal_dates')));
        expect(c.reprisalLocation).toBe(orNull(col(cells, 'reprisal_location')));
        expect(c.trigger).toBe(orNull(col(cells, 'trigger')));
        expect(c.engagementTypes.map((e) => e.codedAs).join(' | ')).toBe(
          col(cells, 'engagement_type'),
        );
        expect(c.governmentResponses.map((g) => g.dateAsPrinted).join('; ')).toBe(
          col(cells, 'government_response_dates'),
        );
        const yes = (v: string) => (v === '' ? null : v === 'Yes');
        expect(c.basedOnNewLegislation).toBe(yes(col(cells, 'based_on_new_legislation')));
        expect(c.minor).toBe(yes(col(cells, 'victim_minor')));
        expect(c.externalIds.uwaziUrl).toBe(col(cells, 'url'));
      }
    });
  },
);
