import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectParticipation, parseParticipation } from './parse.js';
import { splitList } from './list-items.js';
import { sessionOfDate } from './context.js';

const fixture = (name: string) =>
  readFileSync(path.join(import.meta.dirname, 'fixtures', name), 'utf8');

describe('meeting summary (press release) speaker lists', () => {
  const press = parseParticipation(fixture('press-summary-hrc55.txt')).value;
  const ngosAt = (line: number) =>
    press.statements
      .filter((s) => s.line === line && s.speakerKind === 'ngo')
      .map((s) => s.speaker);

  it('reads "Also speaking were the following non-governmental organizations:" split by semicolons', () => {
    expect(ngosAt(12)).toEqual([
      'Friends of the Lantern Society',
      'Harbour Rights Watch',
      'Alpine Institute for Justice and Peace',
      'Coalition of River Peoples',
      'Northern Star Youth Association',
    ]);
    const joint = press.statements.find((s) => s.speaker === 'Coalition of River Peoples')!;
    expect(joint.joint).toBe(true);
    expect(joint.jointCount).toBe(12);
  });

  it('reads "The following non-governmental organizations also took the floor:" split by commas', () => {
    expect(ngosAt(14)).toEqual([
      'Blue Meadow Foundation',
      "Cedar Women's League",
      'Global Fairness Network',
    ]);
    expect(press.statements.find((s) => s.speaker === "Cedar Women's League")!.joint).toBe(true);
  });

  it('gives session (from the date), agenda item and debate to each speaker', () => {
    const s = press.statements.find((x) => x.speaker === 'Harbour Rights Watch')!;
    expect(s).toMatchObject({
      session: 'HRC55',
      sessionBy: 'date',
      agendaItem: '4',
      date: '2024-03-20',
    });
    expect(s.debate).toMatch(/^general debate under agenda item 4/);
  });

  it('tells States, other bodies and NGOs apart in a mixed list', () => {
    const at22 = press.statements
      .filter((s) => s.line === 22)
      .map((s) => [s.speakerKind, s.speaker]);
    expect(at22).toEqual([
      ['state', 'Norway'],
      ['state', 'Pakistan'],
      ['other', 'European Union'],
      ['other', 'National Human Rights Commission of Examplestan'],
      ['ngo', 'Silver Birch Advocacy'],
    ]);
  });

  it('marks an "included" list as incomplete and reads a count without names', () => {
    expect(press.statements.filter((s) => s.line === 24).every((s) => !s.listComplete)).toBe(true);
    expect(press.tallies).toMatchObject([{ line: 26, count: 75, speakerKind: 'ngo' }]);
  });

  it('reads points of order: who raised it, against whose speech, the ruling', () => {
    expect(
      press.pointsOfOrder.map((p) => [p.line, p.raisedBy, p.targetOrganization, p.outcome]),
    ).toEqual([
      [16, 'CHN', 'Harbour Rights Watch', 'speaker-continued'],
      [18, 'RUS', 'Blue Meadow Foundation', 'unknown'],
    ]);
    expect(press.pointsOfOrder[0]!.ruling).toMatch(/chose their own speakers/);
  });

  it('lists a sentence about NGOs speaking that names none, with why', () => {
    expect(press.unread).toHaveLength(1);
    expect(press.unread[0]).toMatchObject({ line: 28, kind: 'speaker-list' });
  });
});

describe('meeting transcript (UN Web TV JSON)', () => {
  const t = parseParticipation(fixture('webtv-hrc52-item4.json')).value;
  it('gives NGO turns with their words and moments, and the joint statement', () => {
    expect(t.form).toBe('transcript-json');
    expect(t.statements).toHaveLength(2);
    expect(t.statements[0]).toMatchObject({
      speaker: 'Lantern Freedom Alliance',
      session: 'HRC52',
      agendaItem: '4',
      moment: '00:00:10',
      joint: true,
      jointCount: 8,
    });
    expect(t.statements[0]!.text).toMatch(/detention of human rights defenders/);
  });
  it('reads the point of order against the NGO speaking and the President’s ruling', () => {
    expect(t.pointsOfOrder).toHaveLength(1);
    expect(t.pointsOfOrder[0]).toMatchObject({
      raisedBy: 'CHN',
      targetOrganization: 'Lantern Freedom Alliance',
      targetSpeaker: 'Ann Example',
      outcome: 'speaker-continued',
      moment: '00:00:41',
    });
  });
});

describe('pieces', () => {
  it('splits lists at the last "and" only where two organisations meet', () => {
    expect(
      splitList('A Watch, Centre for Justice and Peace and B Foundation').map((i) => i.text),
    ).toEqual(['A Watch', 'Centre for Justice and Peace', 'B Foundation']);
  });
  it('infers the regular session from a date', () => {
    expect(sessionOfDate('2023-03-23')).toBe('HRC52');
    expect(sessionOfDate('2021-09-20')).toBe('HRC48');
    expect(sessionOfDate('2023-08-01')).toBeNull();
  });
  it('says a file with no participation is none, and never throws on junk', () => {
    expect(detectParticipation('The Committee adopted its agenda.')).toBeNull();
    expect(parseParticipation('{"transcript": {"statements": 5}}').problems[0]!.severity).toBe(
      'fatal',
    );
    expect(parseParticipation('\u0000').problems[0]!.code).toBe('not-text');
  });
});

describe('session report (A/HRC/xx/2) speaker lists', () => {
  const r = parseParticipation(fixture('session-report-excerpt.txt')).value;
  it('reads the observers for NGOs per agenda item, with the meeting and its date', () => {
    const ngos = r.statements.filter((s) => s.speakerKind === 'ngo');
    expect(ngos.map((s) => s.speaker)).toEqual([
      'Amber Coast Human Rights Network',
      'Fellowship of Quiet Rivers',
      // an "and" inside a name between commas stays in the name
      'Foundation for Lantern Keepers and Bridge Builders International',
      // a name wrapped over two lines at the page width
      'Institute for Mountain Communities',
      'Lighthouse Legal Aid',
      'Western Harbour Association',
    ]);
    expect(ngos[0]).toMatchObject({
      session: 'HRC52',
      sessionBy: 'text',
      agendaItem: '4',
      date: '2023-03-23',
      meeting: '30th meeting',
    });
    expect(ngos[4]!.cosigners).toEqual(['Meadow Voices', "Pine Valley Women's Union"]);
  });
  it('reads States with "(also on behalf of …)" as States', () => {
    expect(r.statements.filter((s) => s.speakerKind === 'state').map((s) => s.state)).toEqual([
      'ARG',
      'CHN',
      'FIN',
      'AUS',
      'VAT',
    ]);
  });
  it('reads the point of order in the report', () => {
    expect(r.pointsOfOrder.map((p) => [p.raisedBy, p.targetOrganization, p.outcome])).toEqual([
      ['CHN', 'Fellowship of Quiet Rivers', 'speaker-continued'],
    ]);
    expect(r.unread).toEqual([]);
  });
});

describe('meeting transcript (text copy)', () => {
  const t = parseParticipation(fixture('text-transcript-hrc55.txt')).value;
  it('gives the turn the President opens to an NGO, with its words and joint count', () => {
    expect(t.form).toBe('transcript-text');
    expect(t.statements).toHaveLength(1);
    expect(t.statements[0]).toMatchObject({
      speaker: 'Harbour Rights Watch',
      session: 'HRC55',
      line: 9,
      jointCount: 5,
    });
    expect(t.statements[0]!.debate).toMatch(
      /Special Rapporteur on the situation of human rights defenders/,
    );
  });
  it('reads the State’s point of order and the President’s ruling after it', () => {
    expect(t.pointsOfOrder).toMatchObject([
      {
        raisedBy: 'CHN',
        targetOrganization: 'Harbour Rights Watch',
        line: 13,
        rulingLine: 14,
        outcome: 'speaker-continued',
      },
    ]);
  });
});

describe('UPR adoptions (item 6)', () => {
  const doc = parseParticipation(fixture('press-upr-adoption-hrc56.txt')).value;

  it('reads each adoption as its own debate, named for the State, under item 6', () => {
    // lines 10-12: China's adoption and its NGO speakers; lines 14-16: Mexico's
    expect(
      doc.statements.map((s) => [s.line, s.speaker, s.agendaItem, s.debate, s.speakerKind]),
    ).toEqual([
      [
        12,
        'Friends of the Lantern Society',
        '6',
        'universal periodic review outcome of China',
        'ngo',
      ],
      [12, 'Harbour Rights Watch', '6', 'universal periodic review outcome of China', 'ngo'],
      [12, 'Quiet Valley Trust', '6', 'universal periodic review outcome of China', 'ngo'],
      [16, 'Blue Meadow Foundation', '6', 'universal periodic review outcome of Mexico', 'ngo'],
      [16, "Cedar Women's League", '6', 'universal periodic review outcome of Mexico', 'ngo'],
    ]);
  });

  it('reads "Speaking in the discussion … were the following non-governmental organizations:" as NGOs', () => {
    const first = doc.statements[0]!;
    expect(first.form).toBe('speaking-in-the-debate-were-ngos');
    expect(first.speaker).not.toMatch(/following/);
  });
});
