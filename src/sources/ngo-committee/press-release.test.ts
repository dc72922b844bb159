import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ParseProblem } from '../../domain/provenance.js';
import { SHARED_DATA_SKIP_REASON, sharedPath } from '../../../test/shared-data.js';
import {
  isUnreadProblem,
  NgoPressReleaseSchema,
  parseNgoCommitteePressRelease,
  type NgoPressRelease,
} from './press-release.js';
import type { PressApplication } from '../../domain/ngo-committee.js';
import type { ParseResult } from '../common/parse-result.js';

const FIXTURES = new URL('./fixtures/', import.meta.url);
const fixture = (name: string): string => readFileSync(new URL(name, FIXTURES), 'utf8');
const fixtureNames = readdirSync(FIXTURES).filter((f) => f.endsWith('.txt'));

function parseFixture(name: string): ParseResult<NgoPressRelease> {
  return parseNgoCommitteePressRelease(fixture(name), { file: name });
}

function app(result: ParseResult<NgoPressRelease>, organization: string): PressApplication {
  const found = result.value.applications.find((a) => a.organization === organization);
  if (!found) throw new Error(`no application for ${organization}`);
  return found;
}

/** Problems of one code on one file line. */
function problemsAt(
  result: ParseResult<NgoPressRelease>,
  line: number,
  code: string,
): ParseProblem[] {
  return result.problems.filter((p) => p.line === line && p.code === code);
}

/** Wraps list lines in a minimal release: header (5 lines), heading, lead-in; entries start on line 10. */
function release(leadIn: string, ...entries: string[]): string {
  return [
    'url: https://press.example.org/en/2022/ngo900.doc.htm',
    'title: Test release',
    'date: unknown',
    'kind: ngo-committee-press',
    '---',
    'Special Consultative Status',
    '',
    leadIn,
    '',
    ...entries,
  ].join('\n');
}
const POSTPONED =
  'The Committee postponed action on the applications of the following organizations:';

describe('metadata', () => {
  it('takes the ECOSOC symbol over the NGO one and reads "NG0" (zero) as NGO', () => {
    const { meta } = parseFixture('regular-session-2016.txt').value;
    expect(meta).toEqual({
      symbol: 'ECOSOC/6701',
      url: 'https://press.example.org/en/2016/ecosoc6701.doc.htm',
      title:
        'Concluding First Week of 2016 Session, Committee on Non-Governmental Organizations Recommends 3 Entities, Defers Action on 6, Closes 1 Application',
      date: null,
      // The header says "date: unknown"; the year comes from the URL path.
      year: 2016,
      language: 'en',
    });
  });

  it('reads an NGO/ symbol and the date a crawler put at the top of the body', () => {
    const { meta } = parseFixture('resumed-session-2024-votes.txt').value;
    expect(meta.symbol).toBe('NGO/981');
    expect(meta.date).toBe('2024-05-28');
    expect(meta.year).toBe(2024);
  });

  it('reads symbol and dateline of a release without header', () => {
    const { meta } = parseFixture('no-header-2010.txt').value;
    expect(meta).toEqual({
      symbol: 'ECOSOC/6411',
      url: null,
      title: null,
      date: '2010-01-29',
      year: 2010,
      language: 'en',
    });
  });

  it('reads a date that opens a run-in paragraph', () => {
    const text =
      '25 January 2013 Concluding First Week of Session, Committee on NGOs Approves 9 Applications';
    expect(parseNgoCommitteePressRelease(text).value.meta.date).toBe('2013-01-25');
  });

  it('does not take dates from running text for the release date', () => {
    const text = [
      'Presenting Draft Report, NGO Committee Grants Special Consultative Status to Six Entities',
      'It closed the applications of 23 organizations which had not responded as of 3 February 2016.',
    ].join('\n');
    expect(parseNgoCommitteePressRelease(text).value.meta.date).toBeNull();
  });

  it('falls back to the symbol in the title, then in the URL', () => {
    const withTitle =
      'url: https://press.un.org/en/2023/ngo955.doc.htm\ntitle: (NGO/956) Wrong on purpose\n---\nText.';
    expect(parseNgoCommitteePressRelease(withTitle).value.meta.symbol).toBe('NGO/956');
    const ngo =
      'url: https://press.un.org/en/2024/ngo973.doc.htm\ndate: 2024-05-28\n---\n date 2024-05-28 (Note: …)';
    expect(parseNgoCommitteePressRelease(ngo).value.meta).toMatchObject({
      symbol: 'NGO/973',
      year: 2024,
    });
    const ecosoc = 'url: https://www.un.org/press/en/2017/ECOSOC6844.doc.htm\n---\nText.';
    expect(parseNgoCommitteePressRelease(ecosoc).value.meta).toMatchObject({
      symbol: 'ECOSOC/6844',
      year: 2017,
    });
  });

  it('ignores symbols cross-referenced inside sentences', () => {
    const text =
      'The Committee closed the application.  (See Press Releases ECOSOC/6729 and ECOSOC/6730.)';
    expect(parseNgoCommitteePressRelease(text).value.meta.symbol).toBeNull();
  });

  it('reads a symbol glued to the masthead', () => {
    const text = '1 February 2010\nEconomic and Social CouncilECOSOC/6409\nNGO/689\n';
    expect(parseNgoCommitteePressRelease(text).value.meta.symbol).toBe('ECOSOC/6409');
  });
});

describe('sections and lead-in sentences', () => {
  it('reads a recommended list, its "; and" and a reclassification', () => {
    const r = parseFixture('regular-session-2016.txt');
    const recommended = r.value.applications.filter((a) => a.action === 'recommended');
    expect(
      recommended.map((a) => [
        a.organization,
        a.country,
        a.countryCode,
        a.status,
        a.questions.length,
      ]),
    ).toEqual([
      ['Harbour Lights Literacy Trust', 'United Kingdom', 'GBR', 'special', 0],
      ['Pak Rural Women Forum', 'Pakistan', 'PAK', 'special', 0],
      // "— reclassified from roster status": a reclassification request, not a new application.
      ['Andean Seed Savers Network', 'Greece', 'GRC', 'reclassification', 0],
    ]);
  });

  it('sets the status from headings and the action from each lead-in', () => {
    const r = parseFixture('quadrennial-and-closures-2019.txt');
    const rows = r.value.applications.map((a) => [a.organization, a.action, a.status]);
    expect(rows).toEqual([
      ['World Federation of Lighthouse Keepers', 'recommended', 'general'],
      ['Alpine Rescue Volunteers Association', 'recommended', 'roster'],
      ['Women for Peace through Dialogue', 'deferred', 'reclassification'],
      ['Global Network of Reading Rooms', 'report-noted', 'quadrennial-report'],
      ['Coastal Fisheries Council', 'report-noted', 'quadrennial-report'],
      ['Caucasus Peace Initiative', 'report-deferred', 'quadrennial-report'],
      // Closing applications under the "Quadrennial Reports" heading: the heading does not apply.
      ['Lakeside Sports for All', 'closed', 'unknown'],
      ['Urban Mobility Forum', 'closed', 'unknown'],
      ['Friends of the Pamir', 'withdrawn', 'unknown'],
      ['Voice of the Steppe Diaspora', 'not-recommended', 'special'],
      ['Old Harbour Chamber of Commerce', 'status-withdrawn', 'unknown'],
      ['Society for Ancient Scripts', 'status-withdrawn', 'unknown'],
    ]);
    expect(app(r, 'Urban Mobility Forum')).toMatchObject({
      country: 'Iran (Islamic Republic of)',
      countryCode: 'IRN',
    });
    expect(r.problems).toEqual([]);
  });

  it('reads the 2010 style "Name, a national organization in Country …"', () => {
    const r = parseFixture('no-header-2010.txt');
    expect(
      r.value.applications.map((a) => [a.organization, a.country, a.action, a.status]),
    ).toEqual([
      ['Rural Lantern Society', 'India', 'recommended', 'special'],
      ['Presse Libre Embleme', 'Switzerland', 'recommended', 'special'],
      ['Kitchen Garden Collective', 'Pakistan', 'recommended', 'roster'],
      // No heading and no status in the lead-in: the status sought is not stated.
      ['Mountain Schools Trust', 'Pakistan', 'deferred', 'unknown'],
      ['Valley Health Volunteers', 'India', 'deferred', 'unknown'],
    ]);
    expect(app(r, 'Valley Health Volunteers').questions).toMatchObject([
      {
        state: 'PAK',
        stateAsPrinted: 'Pakistan’s',
        text: 'asked about its registration in other States',
      },
    ]);
  });

  it('reads lists run into one paragraph, with their actions', () => {
    const r = parseFixture('run-in-lists-2013.txt');
    expect(
      r.value.applications.map((a) => [a.organization, a.action, a.status, a.country]),
    ).toEqual([
      ['Fondation pour la Lecture Rurale', 'recommended', 'special', null],
      ['Friends of QUASAR', 'recommended', 'special', null],
      ['Sisters Outside Inc.', 'recommended', 'special', null],
      ['Al-Noor Learning Institute', 'recommended', 'special', null],
      ['Educación para la Paz Activa', 'deferred', 'unknown', null],
      ['Helping Paws International Foundation', 'deferred', 'unknown', null],
      ['Society for Quiet Streets', 'deferred', 'unknown', null],
      // "to following two organizations: A, Inc. and B." — split at the "and" because two are announced.
      ['Committee for Safe Reporters, Inc.', 'not-recommended', 'unknown', null],
      ['Youth Coalition for Health and Rights', 'not-recommended', 'unknown', null],
    ]);
    expect(r.value.applications.every((a) => a.locator.line === 6)).toBe(true);
    expect(r.problems).toEqual([]);
  });

  it('ignores a crawler note after the lead-in colon', () => {
    const text = release(
      'The Committee recommended that special consultative status be granted to the following entities: [YES 5, POSTPONED 15]',
      'ISKCON Example International (United States);',
    );
    const r = parseNgoCommitteePressRelease(text);
    expect(r.value.applications).toMatchObject([
      { organization: 'ISKCON Example International', action: 'recommended' },
    ]);
  });

  it('warns about entries under a lead-in that states no action, and does not guess one', () => {
    const text = release(
      'Document E/C.2/2024/CRP.28, 15 non-governmental organizations:',
      'Example Union (India);',
    );
    const r = parseNgoCommitteePressRelease(text);
    expect(r.value.applications).toEqual([]);
    expect(r.problems).toMatchObject([
      { line: 10, code: 'list-without-action', severity: 'warning' },
    ]);
  });

  it('reads list entries behind a bullet', () => {
    const r = parseNgoCommitteePressRelease(
      release(POSTPONED, '• Alpha Trust (India);', '• and Beta Trust (Greece).'),
    );
    expect(r.value.applications.map((a) => a.organization)).toEqual(['Alpha Trust', 'Beta Trust']);
  });

  it('ends a list at the next heading or prose paragraph', () => {
    const text = release(
      POSTPONED,
      'Alpha Trust (India) — as the representative of Pakistan asked about its budget;',
      '',
      'Interactive Dialogue',
      '',
      'Beta Trust (India);',
      'The Committee will meet again at 10 a.m. on Tuesday.',
      'Gamma Trust (India);',
    );
    const r = parseNgoCommitteePressRelease(text);
    expect(r.value.applications.map((a) => a.organization)).toEqual(['Alpha Trust']);
    expect(r.problems).toEqual([]);
  });
});

describe('application lines', () => {
  const r = parseFixture('regular-session-2016.txt');

  it('takes the last parenthesised group before the dash as the country', () => {
    const a = app(r, 'Asia Forum for Civic Memory (AFCM)');
    expect(a).toMatchObject({
      country: 'Republic of Korea',
      countryCode: 'KOR',
      action: 'deferred',
      status: 'special',
    });
    expect(a.questions).toHaveLength(1);
    expect(a.questions[0]).toMatchObject({
      state: 'CHN',
      stateAsPrinted: 'China',
      text: 'asked for further information about the organization’s activities in Tibet and requested that it use the correct UN terminology',
    });
    expect(a.questions[0]!.topics.map((t) => t.topic)).toEqual(['un-terminology', 'activities']);
  });

  it('splits a line into one question per state, trimming "; and"', () => {
    const a = app(r, 'Northern Lights Human Rights Watchers');
    expect(a.questions.map((q) => [q.state, q.stateAsPrinted, q.text])).toEqual([
      ['CHN', 'China’s', 'asked why the organization’s website referred to Taiwan as a country'],
      ['PAK', 'Pakistan', 'requested a breakdown of its sources of funding'],
    ]);
  });

  it('reads the stray space before the possessive and a "while" clause', () => {
    const a = app(r, 'Free Press Collective Inc.');
    expect(a.questions.map((q) => [q.state, q.stateAsPrinted, q.text])).toEqual([
      ['CHN', 'China ’s', 'asked for details of its projects in Hong Kong'],
      ['IND', 'India', 'asked about its partners in South Asia'],
    ]);
  });

  it('reads an en dash separator and "Turkey" as Türkiye', () => {
    const a = app(r, 'Anatolian Heritage Watch');
    expect(a.country).toBe('Greece');
    expect(a.questions).toMatchObject([{ state: 'TUR', stateAsPrinted: 'Turkey' }]);
    expect(a.questions[0]!.topics.map((t) => t.topic)).toEqual(['branches-registration']);
  });

  it('reads " - " as separator, a delegate and a straight apostrophe', () => {
    const a = app(r, 'Gulf Civic Forum');
    expect(a.questions.map((q) => [q.state, q.stateAsPrinted, q.text])).toEqual([
      ['BHR', "Bahrain's", 'requested information on its expenditure in 2015'],
      ['CUB', 'Cuba', 'requested details of its membership'],
    ]);
  });

  it('keeps the application but not the question when the state name is unknown', () => {
    const a = app(r, 'Community Voice Trust');
    expect(a.questions).toEqual([]);
    const line = a.locator.line;
    expect(problemsAt(r, line, 'unknown-state')).toMatchObject([
      { excerpt: 'Freedonia', severity: 'warning' },
    ]);
  });

  it('reads the mirror layout: hyphens, "( Turkey)", several states named together', () => {
    const m = parseFixture('mirror-2022-hyphens.txt');
    expect(app(m, 'Black Sea Dialogue Centre')).toMatchObject({
      country: 'Turkey',
      countryCode: 'TUR',
    });
    expect(app(m, 'Black Sea Dialogue Centre').questions.map((q) => [q.state, q.text])).toEqual([
      ['CHN', 'asked for a list of its donors'],
      ['CUB', 'asked for a list of its donors'],
    ]);
    expect(app(m, 'Himalayan Heritage Circle').questions[0]!.topics).toEqual([
      { topic: 'un-terminology', ruleId: 'terminology.tibet', phrase: 'Tibet' },
    ]);
    expect(
      app(m, 'Pacific Islands Youth Voice').questions.map((q) => [q.state, q.stateAsPrinted]),
    ).toEqual([
      ['IRN', "Iran's"],
      ['RUS', 'Russian Federation'],
    ]);
    // En dashes inside a name are part of the name.
    expect(m.value.applications[1]).toMatchObject({
      organization: 'G. H. T. – Grupo Helénico de Teatro Comunitário – Maria Lopes',
      country: 'Greece',
      action: 'recommended',
    });
  });

  it('reads Türkiye, "the United States" and plural representatives', () => {
    const v = parseFixture('resumed-session-2024-votes.txt');
    expect(app(v, 'Riverside Legal Aid Centre')).toMatchObject({
      country: 'Türkiye',
      countryCode: 'TUR',
    });
    expect(app(v, 'Steppe Environmental Watch').questions).toMatchObject([
      { state: 'USA', stateAsPrinted: 'United States' },
    ]);
    expect(app(v, 'Silk Road Youth Exchange').questions.map((q) => [q.state, q.text])).toEqual([
      // The non-breaking hyphen of "2021‑22" is read as a hyphen.
      ['TUR', 'asked for a detailed breakdown of its expenditures for 2021-22'],
      ['GRC', 'asked about its partners'],
      ['ISR', 'asked about its partners'],
    ]);
  });

  it('keeps the printed line as passage and points at file lines', () => {
    for (const name of fixtureNames) {
      const lines = fixture(name).split(/\r\n|\r|\n/);
      for (const a of parseFixture(name).value.applications) {
        const printed = lines[a.locator.line - 1]!.replace(/\s+/g, ' ');
        expect(printed, `${name}: ${a.organization}`).toContain(a.passage);
        expect(a.passage, name).toContain(a.organization.replace(/\.$/, ''));
        for (const q of a.questions) expect(q.locator.line).toBe(a.locator.line);
      }
    }
  });
});

describe('recorded votes', () => {
  it('reads a vote with named states, its motion and subject', () => {
    const r = parseFixture('regular-session-2016.txt');
    expect(r.value.votes).toHaveLength(1);
    const vote = r.value.votes[0]!;
    expect(vote).toMatchObject({
      subject: 'Lotus Delta Heritage Foundation',
      motion: 'close the application',
      outcome: 'adopted',
      no: ['GRC', 'ISR', 'USA'],
      abstain: ['URY'],
      absent: [],
      counts: { yes: 15, no: 3, abstain: 1, absent: null },
      locator: { line: 18 },
    });
    for (const code of ['CHN', 'CUB', 'IND', 'IRN', 'PAK', 'RUS', 'ZAF', 'TUR'])
      expect(vote.yes).toContain(code);
    // Every one of the 15 names is either resolved or reported.
    const unresolved = problemsAt(r, 18, 'unknown-state').length;
    expect(vote.yes.length + unresolved).toBe(15);
  });

  it('reads a rejected request, numbers after a no-break space, Türkiye in a list', () => {
    const r = parseFixture('resumed-session-2024-votes.txt');
    const vote = r.value.votes[0]!;
    expect(vote).toMatchObject({
      subject: 'Open Newsroom Project, Inc.',
      motion: 'request for consultative status',
      outcome: 'rejected',
      counts: { yes: 6, no: 10, abstain: 3, absent: null },
      abstain: ['IND', 'IRN', 'TUR'],
    });
    expect(vote.yes).toEqual(expect.arrayContaining(['GRC', 'ISR', 'URY', 'USA']));
    expect(vote.no).toEqual(expect.arrayContaining(['CHN', 'CUB', 'PAK', 'RUS', 'ZAF']));
  });

  it('reads counts without names, numbers in words and an absent member', () => {
    const vote = parseFixture('resumed-session-2024-votes.txt').value.votes[1]!;
    expect(vote).toMatchObject({
      subject: 'The Harbour Rights Institute, Ltd.',
      motion: 'grant special consultative status',
      outcome: 'adopted',
      yes: [],
      no: ['ISR', 'USA', 'URY'],
      abstain: ['GRC', 'IND', 'RUS'],
      counts: { yes: 12, no: 3, abstain: 3, absent: 1 },
    });
  });

  it('reads a no-action motion and an "absent:" list', () => {
    const vote = parseFixture('resumed-session-2024-votes.txt').value.votes[2]!;
    expect(vote).toMatchObject({
      subject: 'Ocean Memory Society',
      motion: 'no-action motion',
      outcome: 'adopted',
      yes: [],
      no: [],
      absent: ['CUB', 'PAK'],
      counts: { yes: 11, no: 6, abstain: 2, absent: 2 },
    });
  });

  it('reads tallies in words, "none against" and "with 2 absent"', () => {
    const text =
      'The Committee adopted the decision by a vote of twenty-one in favour, none against and sixteen abstentions, with 2 absent.';
    const vote = parseNgoCommitteePressRelease(text).value.votes[0]!;
    expect(vote.counts).toEqual({ yes: 21, no: 0, abstain: 16, absent: 2 });
    expect(vote.outcome).toBe('adopted');
  });

  it('reads tallies with stray, no-break or thin spaces around the numbers', () => {
    const text =
      'The Committee decided, by a recorded vote of 15  in\u00a0favour to 3\u202fagainst, with 1\u00a0abstention, to close the application.';
    const vote = parseNgoCommitteePressRelease(text).value.votes[0]!;
    expect(vote.counts).toEqual({ yes: 15, no: 3, abstain: 1, absent: null });
    expect(vote.motion).toBe('close the application');
  });

  it('reports an unknown name in a vote list and a tally that does not match the names', () => {
    const text =
      'The Committee rejected the request by 2 votes in favour (China, Freedonia) to 3 against (Israel, Greece).';
    const r = parseNgoCommitteePressRelease(text);
    expect(r.value.votes[0]).toMatchObject({
      yes: ['CHN'],
      no: ['ISR', 'GRC'],
      outcome: 'rejected',
    });
    expect(r.problems.map((p) => p.code)).toEqual(['unknown-state', 'vote-count-mismatch']);
    expect(r.problems[0]!.excerpt).toBe('Freedonia');
  });

  it('warns about a vote whose tally cannot be read', () => {
    const r = parseNgoCommitteePressRelease(
      'Line one.\nThe motion was rejected by a recorded vote of the members present.\nLast line.',
    );
    expect(r.value.votes).toEqual([]);
    expect(r.problems).toMatchObject([{ line: 2, code: 'unread-vote' }]);
  });

  it('does not take an appeal to vote for a vote', () => {
    const text = 'She called upon other members to vote in favour of the application.';
    const r = parseNgoCommitteePressRelease(text);
    expect(r.value.votes).toEqual([]);
    expect(r.problems).toEqual([]);
  });
});

describe('excerpts cut mid-line', () => {
  it('keeps the question read before the cut and reports the cut fragment', () => {
    const r = parseFixture('truncated-excerpt-2021.txt');
    const a = app(r, 'Coalición Ibérica por la Memoria');
    expect(a.locator.line).toBe(18);
    expect(a.questions).toMatchObject([
      {
        state: 'PAK',
        text: 'asked for information regarding its activities in the past two years',
      },
    ]);
    expect(r.problems).toMatchObject([
      { line: 18, code: 'truncated-line', excerpt: 'South Af', severity: 'warning' },
    ]);
    expect(app(r, 'Hellenic Bridges Association').questions).toMatchObject([
      { state: 'TUR', stateAsPrinted: 'Turkey ’s' },
    ]);
  });

  it('keeps an application whose question was cut, and says so', () => {
    const r = parseNgoCommitteePressRelease(
      release(POSTPONED, 'Alpha Trust (India) — as China’s representat'),
    );
    expect(r.value.applications).toMatchObject([{ organization: 'Alpha Trust', questions: [] }]);
    expect(r.problems).toMatchObject([
      { line: 10, code: 'truncated-line', excerpt: 'as China’s representat' },
    ]);
  });

  it('keeps a question cut mid-clause and flags it', () => {
    const r = parseNgoCommitteePressRelease(
      release(
        POSTPONED,
        'Alpha Trust (India) — as the representative of China noted that the organization listed its',
      ),
    );
    expect(r.value.applications[0]!.questions).toMatchObject([
      { state: 'CHN', text: 'noted that the organization listed its' },
    ]);
    expect(r.problems.map((p) => p.code)).toEqual(['truncated-line']);
  });

  it('reports a list entry cut to a few letters', () => {
    const r = parseNgoCommitteePressRelease(
      release(POSTPONED, 'Alpha Trust (India);', '', 'The Asp'),
    );
    expect(r.value.applications.map((a) => a.organization)).toEqual(['Alpha Trust']);
    expect(r.problems).toMatchObject([{ line: 12, code: 'truncated-line', excerpt: 'The Asp' }]);
    expect(isUnreadProblem(r.problems[0]!)).toBe(true);
  });

  it('accepts "; an" cut from "; and" after a complete entry', () => {
    const r = parseNgoCommitteePressRelease(
      release(POSTPONED, 'Freedom Example (United States); an'),
    );
    expect(r.value.applications.map((a) => a.country)).toEqual(['United States']);
    expect(r.problems).toEqual([]);
  });
});

describe('robustness', () => {
  it('rejects binary input as fatal and returns empty records', () => {
    const r = parseNgoCommitteePressRelease('PK\u0003\u0004\u0000\u0000binary', { file: 'x.zip' });
    expect(r.value.applications).toEqual([]);
    expect(r.problems).toMatchObject([{ severity: 'fatal', code: 'not-text', file: 'x.zip' }]);
  });

  it('returns an empty result for empty text', () => {
    const r = parseNgoCommitteePressRelease('');
    expect(r.value).toEqual({
      meta: { symbol: null, url: null, title: null, date: null, year: null, language: 'en' },
      session: null,
      applications: [],
      votes: [],
    });
    expect(r.problems).toEqual([]);
  });

  it('reads CRLF files to the same records and lines', () => {
    const name = 'regular-session-2016.txt';
    const crlf = parseNgoCommitteePressRelease(fixture(name).replace(/\n/g, '\r\n'), {
      file: name,
    });
    expect(crlf).toEqual(parseFixture(name));
  });

  it('names the file in every problem', () => {
    const r = parseFixture('regular-session-2016.txt');
    expect(r.problems.length).toBeGreaterThan(0);
    for (const p of r.problems) expect(p.file).toBe('regular-session-2016.txt');
  });

  it('gives results that validate against the schemas, the same on every run', () => {
    for (const name of fixtureNames) {
      const first = parseFixture(name);
      expect(() => NgoPressReleaseSchema.parse(first.value), name).not.toThrow();
      expect(() => z.array(ParseProblem).parse(first.problems), name).not.toThrow();
      expect(parseFixture(name)).toEqual(first);
      expect(
        first.problems.some((p) => p.severity === 'fatal'),
        name,
      ).toBe(false);
    }
  });

  // Catastrophic backtracking would not finish at all; how fast it finishes is measured by
  // `npm run bench` (bench/parsers.ts), never asserted here (issue 8).
  it('finishes on pathological lines (no catastrophic backtracking)', () => {
    const lines = [
      `Alpha (India) — as the representative of ${'Abc '.repeat(40_000)}asked`,
      'following organizations: '.repeat(10_000),
      `15 in favour (${'Abc, '.repeat(40_000)}`,
      `${'Abc Def '.repeat(40_000)}'s representative`,
      '(a) '.repeat(50_000),
    ];
    const { problems } = parseNgoCommitteePressRelease(`${POSTPONED}\n${lines.join('\n')}`);
    expect(problems.filter((p) => p.severity === 'fatal')).toEqual([]);
  });
});

const corpusDir = sharedPath('un-texts', 'ngo-committee-press');
const corpusName = (name: string): string =>
  corpusDir ? name : `${name} — ${SHARED_DATA_SKIP_REASON}`;

describe.skipIf(!corpusDir)(corpusName('real press releases in ../shared/data'), () => {
  const parseReal = (file: string): ParseResult<NgoPressRelease> =>
    parseNgoCommitteePressRelease(readFileSync(path.join(corpusDir!, file), 'utf8'), { file });

  it('ecosoc6731 (2016): the Khmers Kampuchea-From Foundation vote and the first deferral', () => {
    const r = parseReal('ecosoc6731-2016.txt');
    expect(r.value.meta).toMatchObject({ symbol: 'ECOSOC/6731', year: 2016, date: null });
    const [vote] = r.value.votes;
    expect(vote).toMatchObject({
      subject: 'Khmers Kampuchea-From Foundation',
      motion: 'close the application',
      outcome: 'adopted',
      counts: { yes: 15, no: 3, abstain: 1 },
      no: ['GRC', 'ISR', 'USA'],
      abstain: ['URY'],
    });
    expect(vote!.yes).toEqual(expect.arrayContaining(['CHN', 'CUB', 'IND', 'PAK', 'RUS', 'TUR']));
    const first = r.value.applications[0]!;
    expect(first).toMatchObject({
      organization: 'Asia Center for Human Rights (ACHR)',
      country: 'Republic of Korea',
      countryCode: 'KOR',
      action: 'deferred',
      status: 'special',
    });
    expect(first.questions.map((q) => q.state)).toEqual(['CHN']);
    expect(first.questions[0]!.text).toContain('activities in the past two years');
  });

  it('ecosoc6762 (2016): the rejected request of the Committee to Protect Journalists', () => {
    const [vote] = parseReal('ecosoc6762-2016.txt').value.votes;
    expect(vote).toMatchObject({
      subject: 'Committee to Protect Journalists, Inc.',
      outcome: 'rejected',
      counts: { yes: 6, no: 10, abstain: 3 },
      abstain: ['IND', 'IRN', 'TUR'],
    });
    expect(vote!.yes).toEqual(expect.arrayContaining(['GRC', 'ISR', 'URY', 'USA']));
    expect(vote!.no).toEqual(expect.arrayContaining(['CHN', 'CUB', 'PAK', 'RUS', 'ZAF']));
  });

  it('ecosoc6695 (2015): a vote with counts in favour but no names', () => {
    const [vote] = parseReal('ecosoc6695-2015.txt').value.votes;
    expect(vote).toMatchObject({
      subject: 'The Palestinian Return Centre, Ltd.',
      motion: 'grant special consultative status',
      outcome: 'adopted',
      yes: [],
      no: ['ISR', 'USA', 'URY'],
      abstain: ['GRC', 'IND', 'RUS'],
      counts: { yes: 12, no: 3, abstain: 3, absent: 1 },
    });
  });

  it('ngo925 (2021): "Turkey ’s representative", "Bahrain ’s delegate"', () => {
    const r = parseReal('ngo925-2021.txt');
    expect(r.value.meta.date).toBe('2021-09-07');
    expect(
      r.value.applications.map((a) => [a.countryCode, a.questions.map((q) => q.state)]),
    ).toEqual([
      ['IRL', ['CHN']],
      ['GRC', ['TUR']],
      ['ESP', ['BHR']],
    ]);
    expect(r.value.applications[1]!.questions[0]!.stateAsPrinted).toBe('Turkey ’s');
  });

  it('ngo968 (2024): Türkiye asks about expenditures', () => {
    const r = parseReal('ngo968-2024.txt');
    const forum = r.value.applications.find((a) => a.organization === 'Global Citizen Forum')!;
    expect(forum.country).toBe('Canada');
    expect(forum.questions).toMatchObject([{ state: 'TUR', stateAsPrinted: 'Türkiye' }]);
    expect(forum.questions[0]!.topics.map((t) => t.topic)).toEqual(['funding']);
  });

  it('ecosoc6886 (2018): a recommended "; and" list with a reclassification', () => {
    const r = parseReal('ecosoc6886-2018.txt');
    expect(
      r.value.applications
        .slice(0, 2)
        .map((a) => [a.organization, a.countryCode, a.action, a.status]),
    ).toEqual([
      ['Pak Women', 'PAK', 'recommended', 'special'],
      [
        'International Federation of Consular Corps and Association',
        'BEL',
        'recommended',
        'reclassification',
      ],
    ]);
    expect(r.value.applications[2]!.questions).toMatchObject([{ state: 'IND' }]);
  });

  it('every file: no fatal problem, valid output, records on the lines they cite', () => {
    for (const file of readdirSync(corpusDir!).filter((f) => f.endsWith('.txt'))) {
      const text = readFileSync(path.join(corpusDir!, file), 'utf8');
      const r = parseNgoCommitteePressRelease(text, { file });
      expect(
        r.problems.filter((p) => p.severity === 'fatal'),
        file,
      ).toEqual([]);
      expect(() => NgoPressReleaseSchema.parse(r.value), file).not.toThrow();
      const lines = text.split(/\r\n|\r|\n/);
      for (const a of r.value.applications) {
        expect(lines[a.locator.line - 1]!.replace(/\s+/g, ' '), file).toContain(a.passage);
      }
    }
  });
});
