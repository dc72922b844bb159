import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CaseDraft, FollowUpLink } from '../../domain/reprisals.js';
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
