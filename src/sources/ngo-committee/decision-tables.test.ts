import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { SHARED_DATA_SKIP_REASON, repoRoot, sharedPath } from '../../../test/shared-data.js';
import { formatProblem, hasFatal } from '../common/parse-result.js';
import {
  type DecisionTable,
  type DecisionTableKind,
  type RollCallVote,
  detectDecisionTable,
  parseDecisionTable,
} from './decision-tables.js';

const FIXTURES = path.join(
  path.dirname(fileURLToPath(import.meta.url)),
  'fixtures',
  'decision-tables',
);
const fixture = (name: string) => readFileSync(path.join(FIXTURES, name), 'utf8');

/** Parses a fixture and insists it was read cleanly. */
function parseFixture(name: string): DecisionTable {
  const { value, problems } = parseDecisionTable(name, fixture(name));
  expect(problems.map(formatProblem)).toEqual([]);
  return value;
}

/** A roll-call without its file positions, to compare the raw and the filled layouts. */
const withoutLines = (votes: RollCallVote[]) =>
  votes.map(({ subject, outcome, sessionDate, ballots }) => ({
    subject,
    outcome,
    sessionDate,
    ballots: ballots.map(({ state, stateAsPrinted, vote }) => ({ state, stateAsPrinted, vote })),
  }));

const HEADERS = {
  ngo: 'NGO_name,Session_number',
  ngoInfo: 'NGO_name,Session_number,info',
  nameChanges: 'Old_name,New_name,Session_number',
  mergers: 'Old_name1,Old_name2,New_name,Session_number,additional_mention1,additional_mention_2',
  rollCall: 'Vote_topic,Country,Country_vote,Vote_outcome,Session_number',
};

describe('detectDecisionTable', () => {
  it('knows every sheet of the dataset by its name and header', () => {
    const cases: [string, string, DecisionTableKind][] = [
      ['1_ecosoc_status_granted.csv', HEADERS.ngo, 'granted'],
      ['2_name_changes.csv', HEADERS.nameChanges, 'name-changes'],
      ['3_ecosoc_closedrequests_failedrespond.csv', HEADERS.ngo, 'closed-no-response'],
      ['4_ecosoc_application_withdrawn.csv', HEADERS.ngo, 'withdrawn'],
      ['5_ecosoc_status_declined.csv', HEADERS.ngo, 'not-recommended'],
      ['6_ecosoc_status_withdrawn_ownrequest.csv', HEADERS.ngoInfo, 'status-withdrawn'],
      ['7_applications_deferred.csv', HEADERS.ngoInfo, 'deferred'],
      ['8_roll_call_votes.csv', HEADERS.rollCall, 'roll-call'],
      ['8_roll_call_votes_filled.csv', HEADERS.rollCall, 'roll-call'],
      ['9_newapplications_status_directly_granted.csv', HEADERS.ngo, 'granted-new'],
      ['10_newapplications_deferred.csv', HEADERS.ngo, 'deferred-new'],
      ['11_deferred_status_reclassification.csv', HEADERS.ngoInfo, 'deferred-reclassification'],
      ['12_mergers_organizations.csv', HEADERS.mergers, 'mergers'],
    ];
    for (const [name, header, kind] of cases)
      expect(detectDecisionTable(name, header), name).toBe(kind);
  });

  it('reads the words of a user’s export, not its number', () => {
    expect(detectDecisionTable('3_applications_deferred.csv', HEADERS.ngoInfo)).toBe('deferred');
    expect(detectDecisionTable('Applications Deferred (1).CSV', HEADERS.ngo)).toBe('deferred');
    expect(detectDecisionTable('exports/2024/ecosoc-status-granted.csv', HEADERS.ngo)).toBe(
      'granted',
    );
    expect(detectDecisionTable('C:\\data\\new_applications_deferred.csv', HEADERS.ngo)).toBe(
      'deferred-new',
    );
    expect(detectDecisionTable('status_declined.csv', HEADERS.ngo)).toBe('not-recommended');
    expect(detectDecisionTable('closed_failed_to_respond.csv', HEADERS.ngo)).toBe(
      'closed-no-response',
    );
    // The header alone tells these layouts, whatever the file is called.
    expect(detectDecisionTable('votes.csv', HEADERS.rollCall)).toBe('roll-call');
    expect(detectDecisionTable('Sheet1.csv', HEADERS.mergers)).toBe('mergers');
    expect(detectDecisionTable('Sheet1.csv', HEADERS.nameChanges)).toBe('name-changes');
  });

  it('reads a header with a BOM, a line ending, other case or spaces', () => {
    expect(detectDecisionTable('granted.csv', '\uFEFFNGO_name,Session_number\r')).toBe('granted');
    expect(detectDecisionTable('granted.csv', 'ngo name , session number')).toBe('granted');
    expect(detectDecisionTable('deferred.csv', 'NGO_name,Session_number,')).toBe('deferred');
  });

  it('returns undefined when neither header nor name tells the kind', () => {
    expect(detectDecisionTable('Sheet1.csv', HEADERS.ngo)).toBeUndefined();
    expect(detectDecisionTable('granted.csv', 'Name,Date')).toBeUndefined();
    expect(detectDecisionTable('granted.csv', 'NGO_name')).toBeUndefined();
    expect(detectDecisionTable('reclassification_granted.csv', HEADERS.ngo)).toBeUndefined();
    expect(detectDecisionTable('granted.csv', '')).toBeUndefined();
  });
});

describe('parseDecisionTable on the fixtures', () => {
  it('reads granted rows as recommendations, trimmed, with line and passage', () => {
    const table = parseFixture('1_ecosoc_status_granted.csv');
    expect(table.kind).toBe('granted');
    expect(table.decisions).toHaveLength(5);
    expect(table.decisions[1]).toEqual({
      kind: 'granted',
      organization: 'Alliance for Water, Sanitation and Hygiene, Inc.',
      sessionDate: '2024-06-14',
      action: 'recommended',
      status: 'unknown',
      note: null,
      locator: { line: 3 },
      passage: '"Alliance for Water, Sanitation and Hygiene, Inc.",2024-06-14',
    });
    expect(table.decisions[2]!.organization).toBe('Centre for Rural Women’s Advancement');
  });

  it('reads deferrals with notes, skipping empty rows and counting lines across quoted breaks', () => {
    const table = parseFixture('7_applications_deferred.csv');
    expect(table.kind).toBe('deferred');
    expect(table.decisions.map((d) => [d.locator.line, d.organization, d.sessionDate])).toEqual([
      [2, 'International Dalit Solidarity Network', '2024-06-14'],
      [3, 'Action League for Palestinians of Syria, Ltd.', '2024-06-14'],
      [4, 'Human Rights Foundation for the Caucasus', '2024-02-09'],
      [6, 'International Dalit Solidarity Network', '2024-02-09'],
      [7, 'Foundation for Peace and Human Rights Education', '1998-06-19'],
      [9, 'International Dalit Solidarity Network', '2023-06-05'],
      [11, 'Asia Centre for Civil Liberties (AC-CL)', '2023-06-05'],
    ]);
    expect(table.decisions.every((d) => d.action === 'deferred' && d.status === 'unknown')).toBe(
      true,
    );
    const note = table.decisions[4]!;
    expect(note.note).toBe(
      'At its 1996 session, the Committee had decided to defer consideration of the application of the Foundation for Peace and Human Rights Education to its 1997 session.',
    );
    // The passage is the record as stored, line break and quotes included.
    expect(note.passage).toContain('application\nof the Foundation');
    expect(note.passage.startsWith('"Foundation for Peace')).toBe(true);
  });

  it('maps every single-decision sheet to its action and status', () => {
    const expected: [string, DecisionTableKind, string, string][] = [
      ['9_newapplications_status_directly_granted.csv', 'granted-new', 'recommended', 'unknown'],
      ['10_newapplications_deferred.csv', 'deferred-new', 'deferred', 'unknown'],
      [
        '11_deferred_status_reclassification.csv',
        'deferred-reclassification',
        'deferred',
        'reclassification',
      ],
      ['3_ecosoc_closedrequests_failedrespond.csv', 'closed-no-response', 'closed', 'unknown'],
      ['4_ecosoc_application_withdrawn.csv', 'withdrawn', 'withdrawn', 'unknown'],
      ['5_ecosoc_status_declined.csv', 'not-recommended', 'not-recommended', 'unknown'],
      [
        '6_ecosoc_status_withdrawn_ownrequest.csv',
        'status-withdrawn',
        'status-withdrawn',
        'unknown',
      ],
    ];
    for (const [file, kind, action, status] of expected) {
      const table = parseFixture(file);
      expect(table.kind, file).toBe(kind);
      expect(table.decisions.length, file).toBeGreaterThan(0);
      for (const d of table.decisions)
        expect([d.kind, d.action, d.status], file).toEqual([kind, action, status]);
    }
    const withdrawn = parseFixture('6_ecosoc_status_withdrawn_ownrequest.csv').decisions;
    expect(withdrawn.map((d) => [d.organization, d.note])).toEqual([
      ['Arab Commission for Human Rights', null],
      ['Inter-Parliamentary Union', '(observer status withdrawn)'],
    ]);
    expect(parseFixture('11_deferred_status_reclassification.csv').decisions[1]!.note).toBe(
      'also mentioned in: 13.07.2000',
    );
  });

  it('takes the status from a note in the name when the row gives one', () => {
    const text = 'NGO_name,Session_number\nAid the Children Network (Special 2011),2012-06-08\n';
    const { value } = parseDecisionTable('granted.csv', text);
    expect(value.decisions[0]).toMatchObject({
      organization: 'Aid the Children Network',
      status: 'special',
    });
  });

  it('reads name changes with the old name’s status and year', () => {
    const table = parseFixture('2_name_changes.csv');
    expect(table.kind).toBe('name-changes');
    expect(
      table.nameChanges.map((c) => [
        c.oldName,
        c.newName,
        c.oldStatus,
        c.oldStatusYear,
        c.sessionDate,
        c.locator.line,
      ]),
    ).toEqual([
      [
        'Entrepreneurs Council of India',
        'Sustainable Development Council',
        'special',
        2021,
        '2024-06-14',
        2,
      ],
      [
        'International Harm Reduction Association (IHRA)',
        'Harm Reduction International',
        'special',
        2007,
        '2024-02-09',
        3,
      ],
      [
        'European Forum for Victim Services',
        'Victim Support Europe',
        'special',
        1995,
        '2009-03-04',
        4,
      ],
      [
        'Mouvement mondial des mères international',
        'Make Mothers Matter',
        'general',
        2004,
        '2014-02-07',
        5,
      ],
      ['Brothers of Charity', 'Global Action Against Poverty', null, null, '2012-02-21', 6],
      [
        'Observatoire international pour la non violence – Communes des nations pour la paix',
        'Observatoire international – communes des nations pour la paix',
        'special',
        2014,
        '2021-09-20',
        7,
      ],
    ]);
    expect(table.nameChanges[0]!.passage).toBe(
      '"Entrepreneurs Council of India (special, 2021)",Sustainable Development Council,2024-06-14',
    );
  });

  it('reads mergers, dropping the status notes from the old names', () => {
    const table = parseFixture('12_mergers_organizations.csv');
    expect(table.kind).toBe('mergers');
    expect(
      table.mergers.map((m) => [m.oldNames, m.newName, m.sessionDate, m.locator.line]),
    ).toEqual([
      [
        ['Stiftung Brot für Alle', 'Hilfswerk der Evangelischen Kirchen Schweiz'],
        'Hilfswerk der Evangelisch-reformierten Kirche Schweiz (HEKS)',
        '2024-06-14',
        2,
      ],
      [
        [
          'World Population Society',
          'Center for Health and Population and Social Welfare and the Future Institute for Sustainable Development',
        ],
        'Center for Health and Population and Social Welfare, Future Institute for Sustainable Development',
        '2007-02-20',
        3,
      ],
    ]);
  });

  it('reads a raw roll-call, filling topic, outcome and session down', () => {
    const table = parseFixture('8_roll_call_votes.csv');
    expect(table.kind).toBe('roll-call');
    expect(table.rollCalls).toHaveLength(2);
    const [first, second] = table.rollCalls as [RollCallVote, RollCallVote];
    expect(first).toMatchObject({
      subject: 'Urgent Action Fund for Women’s Human Rights',
      outcome: 'against',
      sessionDate: '2024-06-14',
      locator: { line: 2 },
    });
    expect(first.ballots.map((b) => [b.state, b.vote, b.locator.line])).toEqual([
      ['GRC', 'yes', 2],
      ['ISR', 'yes', 3],
      ['USA', 'yes', 4],
      ['CHN', 'no', 5],
      ['CUB', 'no', 6],
      ['RUS', 'no', 7],
      ['PAK', 'no', 8],
      ['IND', 'abstain', 9],
      ['BHR', 'absent', 10],
    ]);
    expect(first.ballots[2]!.stateAsPrinted).toBe('United States of America');
    // The topic cell holds a line break, so the vote starts on line 11 and its next row is line 13.
    expect(second).toMatchObject({
      subject:
        'Global Network for Rights and Development: The non-governmental organization was recommended for consultative status',
      outcome: 'in favor',
      sessionDate: '2015-02-18',
      locator: { line: 11 },
    });
    expect(second.ballots.map((b) => [b.state, b.vote])).toEqual([
      ['PAK', 'yes'],
      ['CHN', 'yes'],
      ['CUB', 'yes'],
      ['IND', 'yes'],
      ['RUS', 'yes'],
      ['ISR', 'no'],
      ['USA', 'abstain'],
      ['GRC', 'abstain'],
    ]);
    expect(second.ballots[1]!.locator.line).toBe(13);
  });

  it('reads the filled layout to the same votes as the raw one', () => {
    const raw = parseFixture('8_roll_call_votes.csv');
    const filled = parseFixture('8_roll_call_votes_filled.csv');
    expect(withoutLines(filled.rollCalls)).toEqual(withoutLines(raw.rollCalls));
  });
});

describe('parseDecisionTable on bad input', () => {
  const codes = (r: ReturnType<typeof parseDecisionTable>) =>
    r.problems.map((p) => [p.severity, p.code, p.line, p.file]);

  it('rejects a header of unknown kind', () => {
    const r = parseDecisionTable('Sheet1.csv', 'Name,Date\nA,2024-06-14\n');
    expect(codes(r)).toEqual([['fatal', 'unknown-table-kind', 1, 'Sheet1.csv']]);
    expect(r.value.kind).toBeNull();
    expect(parseDecisionTable('granted.csv', '').problems[0]!.code).toBe('csv-empty');
  });

  it('rejects bad dates with file and line', () => {
    const text =
      'NGO_name,Session_number\nA,2024-06-14\nB,14/06/2024\nC,2023-02-30\nD,\nE,0024-06-14\n';
    const r = parseDecisionTable('granted.csv', text);
    expect(codes(r)).toEqual([
      ['fatal', 'bad-date', 3, 'granted.csv'],
      ['fatal', 'bad-date', 4, 'granted.csv'],
      ['fatal', 'bad-date', 5, 'granted.csv'],
      ['fatal', 'bad-date', 6, 'granted.csv'],
    ]);
    expect(r.value.decisions.map((d) => d.organization)).toEqual(['A']);
  });

  it('rejects a missing organisation name, but not a fully empty row', () => {
    const r = parseDecisionTable(
      'deferred.csv',
      'NGO_name,Session_number,info\n,,\n  ,2024-06-14,\nA,2024-06-14,\n',
    );
    expect(codes(r)).toEqual([['fatal', 'missing-organization', 3, 'deferred.csv']]);
    const names = parseDecisionTable(
      'names.csv',
      `${HEADERS.nameChanges}\n"Old (special, 2011)",,2024-06-14\n`,
    );
    expect(codes(names)).toEqual([['fatal', 'missing-organization', 2, 'names.csv']]);
    const mergers = parseDecisionTable('m.csv', `${HEADERS.mergers}\n,,New,2024-06-14,,\n`);
    expect(codes(mergers)).toEqual([['fatal', 'missing-organization', 2, 'm.csv']]);
  });

  it('skips the chat-assistant preamble the compiler pasted, and the empty line after it', () => {
    const text =
      'NGO_name,Session_number\nZeta Foundation,2019-02-08\n' +
      'Here is your list without bullet points:,2018-06-11\n,2018-06-11\n1M1B Foundation,2018-06-11\n';
    const r = parseDecisionTable('9_newapplications_status_directly_granted.csv', text);
    expect(codes(r).map((c) => c.slice(0, 3))).toEqual([
      ['warning', 'not-an-organization', 3],
      ['warning', 'not-an-organization', 4],
    ]);
    expect(r.value.decisions.map((d) => d.organization)).toEqual([
      'Zeta Foundation',
      '1M1B Foundation',
    ]);
  });

  it('rejects an unknown ballot, naming file and line', () => {
    const text = `${HEADERS.rollCall}\nX,China,in favor,adopted,2024-06-14\n,India,yes please,,\n`;
    const r = parseDecisionTable('votes.csv', text);
    expect(codes(r)).toEqual([['fatal', 'unknown-vote', 3, 'votes.csv']]);
    expect(r.problems[0]!.message).toContain('yes please');
  });

  it('reads every spelling of a ballot the sheets use', () => {
    const values = [
      'in favor',
      'in favor ',
      'In favour',
      'against',
      'abstaining',
      'abstent',
      'abstain',
      'absent',
    ];
    const states = [
      'China',
      'India',
      'Cuba',
      'Israel',
      'Greece',
      'Pakistan',
      'Russian Federation',
      'United States',
    ];
    const rows = values.map(
      (v, i) =>
        `${i === 0 ? 'X' : ''},${states[i]},${v},${i === 0 ? 'adopted' : ''},${i === 0 ? '2024-06-14' : ''}`,
    );
    const r = parseDecisionTable('votes.csv', [HEADERS.rollCall, ...rows].join('\n'));
    expect(r.problems).toEqual([]);
    expect(r.value.rollCalls[0]!.ballots.map((b) => b.vote)).toEqual([
      'yes',
      'yes',
      'yes',
      'no',
      'abstain',
      'abstain',
      'abstain',
      'absent',
    ]);
  });

  it('rejects a state it cannot name', () => {
    const text = `${HEADERS.rollCall}\nX,China,against,adopted,2024-06-14\n,Atlantis,against,,\n,,against,,\n`;
    const r = parseDecisionTable('votes.csv', text);
    expect(codes(r)).toEqual([
      ['fatal', 'unknown-state', 3, 'votes.csv'],
      ['fatal', 'missing-state', 4, 'votes.csv'],
    ]);
  });

  it('rejects ballots before any vote topic, and a session change without a topic', () => {
    const r = parseDecisionTable('votes.csv', `${HEADERS.rollCall}\n,China,against,,\n`);
    expect(codes(r)).toEqual([['fatal', 'missing-vote-topic', 2, 'votes.csv']]);
    const s = parseDecisionTable(
      'votes.csv',
      `${HEADERS.rollCall}\nX,China,against,adopted,2024-06-14\n,India,against,,2023-06-05\n`,
    );
    expect(codes(s)).toEqual([['fatal', 'inconsistent-vote', 3, 'votes.csv']]);
  });

  it('counts a state listed twice with one ballot once, and drops a state with two ballots', () => {
    const text =
      `${HEADERS.rollCall}\nX,China,in favor,adopted,2024-06-14\n,India,against,,\n,China,in favor ,,\n` +
      `,Israel,against,,\n,Israel,abstaining,,\n`;
    const r = parseDecisionTable('votes.csv', text);
    expect(codes(r)).toEqual([
      ['warning', 'duplicate-ballot', 4, 'votes.csv'],
      ['warning', 'conflicting-ballots', 6, 'votes.csv'],
    ]);
    expect(hasFatal(r.problems)).toBe(false);
    expect(r.value.rollCalls[0]!.ballots.map((b) => [b.state, b.vote])).toEqual([
      ['CHN', 'yes'],
      ['IND', 'no'],
    ]);
  });

  it('starts a new vote for a new topic, session or outcome, and keeps outcomes to their vote', () => {
    const text =
      `${HEADERS.rollCall}\nA,China,against,rejected,2024-06-14\n,India,against,,\n` +
      `B,China,against,,\nB,China,in favor,,2024-02-09\n`;
    const r = parseDecisionTable('votes.csv', text);
    expect(r.problems).toEqual([]);
    expect(
      r.value.rollCalls.map((v) => [v.subject, v.outcome, v.sessionDate, v.ballots.length]),
    ).toEqual([
      ['A', 'rejected', '2024-06-14', 2],
      ['B', null, '2024-06-14', 1],
      ['B', null, '2024-02-09', 1],
    ]);
  });

  it('tells apart two votes in a row on the same subject in the raw layout', () => {
    const text =
      `${HEADERS.rollCall}\nA,China,against,rejected,2024-06-14\n,India,against,,\n` +
      `A,China,in favor,rejected,2024-06-14\n,India,in favor,,\n`;
    const r = parseDecisionTable('votes.csv', text);
    expect(r.problems).toEqual([]);
    expect(r.value.rollCalls.map((v) => v.ballots.map((b) => b.vote))).toEqual([
      ['no', 'no'],
      ['yes', 'yes'],
    ]);
  });

  it('rejects a file whose quote never closes, keeping what came before', () => {
    const r = parseDecisionTable(
      'granted.csv',
      'NGO_name,Session_number\nA,2024-06-14\n"B,2024-06-14\nC,2024-06-14\n',
    );
    expect(hasFatal(r.problems)).toBe(true);
    expect(r.problems.some((p) => p.code === 'csv-unterminated-quote' && p.line === 3)).toBe(true);
    expect(r.value.decisions[0]!.organization).toBe('A');
  });

  it('warns about extra cells, unknown columns and a name that is a date', () => {
    const text = 'NGO_name,Session_number,Remarks\nA,2024-06-14,x,extra\n2025-06-28,2018-06-11,\n';
    const r = parseDecisionTable('granted.csv', text);
    expect(codes(r)).toEqual([
      ['warning', 'unknown-column', 1, 'granted.csv'],
      ['warning', 'extra-cells', 2, 'granted.csv'],
      ['warning', 'name-looks-like-date', 3, 'granted.csv'],
    ]);
    expect(r.value.decisions).toHaveLength(2);
  });

  it('rejects a column given twice', () => {
    const r = parseDecisionTable(
      'granted.csv',
      'NGO_name,Session_number,NGO name\nA,2024-06-14,B\n',
    );
    expect(codes(r)).toEqual([['fatal', 'duplicate-column', 1, 'granted.csv']]);
  });
});

describe('the demo tables', () => {
  const dir = path.join(repoRoot, 'demo', 'ngo-committee', 'tables');
  const tables = readdirSync(dir)
    .filter((f) => f.endsWith('.csv'))
    .map((f) => [f, parseDecisionTable(f, readFileSync(path.join(dir, f), 'utf8'))] as const);

  it('parse without any problem', () => {
    expect(tables.map(([f]) => f).sort()).toEqual([
      '1_ecosoc_status_granted.csv',
      '2_name_changes.csv',
      '3_ecosoc_closedrequests_failedrespond.csv',
      '7_applications_deferred.csv',
      '8_roll_call_votes.csv',
    ]);
    for (const [f, r] of tables) expect(r.problems.map(formatProblem), f).toEqual([]);
  });

  it('tell the demo story: applications pending eight years and more, two roll-calls', () => {
    const get = (f: string) => tables.find(([name]) => name === f)![1].value;
    const deferred = get('7_applications_deferred.csv').decisions;
    const span = (org: string) => {
      const dates = deferred
        .filter((d) => d.organization === org)
        .map((d) => d.sessionDate)
        .sort();
      return Number(dates.at(-1)!.slice(0, 4)) - Number(dates[0]!.slice(0, 4));
    };
    expect(span('Riverbend Water Alliance')).toBe(8);
    expect(span('Lotus Women Network')).toBe(8);
    const votes = get('8_roll_call_votes.csv').rollCalls;
    expect(votes.map((v) => [v.subject, v.outcome, v.sessionDate, v.ballots.length])).toEqual([
      ['Harbour Light Rights Centre', 'rejected', '2024-06-14', 14],
      ['Open Ledger Institute', 'adopted', '2022-06-07', 14],
    ]);
  });
});

const DATASET = 'ecosoc-ngo-committee-decisions';
const datasetDir = sharedPath(DATASET);
const haveDataset = datasetDir !== undefined && existsSync(datasetDir);

describe.skipIf(!haveDataset)(`the real dataset (${DATASET})`, () => {
  if (!haveDataset) it.skip(SHARED_DATA_SKIP_REASON, () => {});
  const dir = datasetDir!;
  const files = haveDataset
    ? readdirSync(dir)
        .filter((f) => f.endsWith('.csv'))
        .sort()
    : [];
  const texts = new Map(files.map((f) => [f, readFileSync(path.join(dir, f), 'utf8')]));
  const parsed = new Map<string, ReturnType<typeof parseDecisionTable>>();
  const parse = (file: string) => {
    if (!parsed.has(file)) parsed.set(file, parseDecisionTable(file, texts.get(file)!));
    return parsed.get(file)!;
  };

  // Its speed is measured by `npm run bench` (bench/parsers.ts), not asserted here (issue 8).
  it('parses every file without a fatal problem', () => {
    expect(files).toHaveLength(13);
    for (const file of files) {
      const fatal = parse(file).problems.filter((p) => p.severity === 'fatal');
      expect(fatal.map(formatProblem), file).toEqual([]);
    }
  });

  it('reads the row counts PROVENANCE.md gives', () => {
    // file → [kind, CSV rows per PROVENANCE.md, records returned]; the difference is the rows
    // skipped with a warning (chat-assistant preambles), or for roll-calls the ballots dropped.
    const expected: Record<string, [DecisionTableKind, number, number]> = {
      '1_ecosoc_status_granted.csv': ['granted', 6196, 6194],
      '2_name_changes.csv': ['name-changes', 204, 204],
      '3_ecosoc_closedrequests_failedrespond.csv': ['closed-no-response', 854, 854],
      '4_ecosoc_application_withdrawn.csv': ['withdrawn', 54, 54],
      '5_ecosoc_status_declined.csv': ['not-recommended', 40, 40],
      '6_ecosoc_status_withdrawn_ownrequest.csv': ['status-withdrawn', 17, 17],
      '7_applications_deferred.csv': ['deferred', 4901, 4901],
      '8_roll_call_votes.csv': ['roll-call', 1788, 1784],
      '8_roll_call_votes_filled.csv': ['roll-call', 1788, 1784],
      '9_newapplications_status_directly_granted.csv': ['granted-new', 3944, 3942],
      '10_newapplications_deferred.csv': ['deferred-new', 2642, 2640],
      '11_deferred_status_reclassification.csv': ['deferred-reclassification', 66, 66],
      '12_mergers_organizations.csv': ['mergers', 11, 11],
    };
    for (const file of files) {
      const [kind, rows, records] = expected[file]!;
      const { value, problems } = parse(file);
      expect(value.kind, file).toBe(kind);
      const read =
        value.decisions.length +
        value.nameChanges.length +
        value.mergers.length +
        value.rollCalls.reduce((n, v) => n + v.ballots.length, 0);
      expect(read, file).toBe(records);
      const skipped = problems.filter((p) =>
        ['not-an-organization', 'conflicting-ballots'].includes(p.code),
      );
      // Two conflicting rows drop four ballots (each row and the one it conflicts with).
      const lost = skipped.reduce((n, p) => n + (p.code === 'conflicting-ballots' ? 2 : 1), 0);
      expect(read + lost, file).toBe(rows);
    }
  });

  it('finds 96 roll-calls, the same in the raw and the filled sheet, with China in all', () => {
    const raw = parse('8_roll_call_votes.csv').value.rollCalls;
    const filled = parse('8_roll_call_votes_filled.csv').value.rollCalls;
    expect(raw).toHaveLength(96);
    expect(filled).toHaveLength(96);
    expect(withoutLines(filled)).toEqual(withoutLines(raw));
    const votesWith = (code: string) =>
      raw.filter((v) => v.ballots.some((b) => b.state === code)).length;
    expect(votesWith('CHN')).toBe(96);
    expect(votesWith('IND')).toBe(96);
    expect(votesWith('PAK')).toBe(95);
    expect(votesWith('CUB')).toBe(87);
    expect(votesWith('RUS')).toBe(87);
    const china = raw.flatMap((v) => v.ballots.filter((b) => b.state === 'CHN').map((b) => b.vote));
    expect(china.filter((v) => v === 'no')).toHaveLength(49);
    expect(china.filter((v) => v === 'yes')).toHaveLength(47);
    // The one known slip: Israel and the United States listed as both against and abstaining.
    const slip = parse('8_roll_call_votes.csv').problems.filter(
      (p) => p.code === 'conflicting-ballots',
    );
    expect(slip.map((p) => p.line)).toEqual([612, 613]);
  });

  it('finds the International Dalit Solidarity Network deferred at 26 sessions', () => {
    const deferred = parse('7_applications_deferred.csv').value.decisions;
    const idsn = deferred.filter(
      (d) => d.organization === 'International Dalit Solidarity Network',
    );
    expect(new Set(idsn.map((d) => d.sessionDate)).size).toBe(26);
    expect(new Set(deferred.map((d) => d.organization)).size).toBe(1753);
    const sessions = new Set(
      files.flatMap((f) => {
        const v = parse(f).value;
        return [...v.decisions, ...v.nameChanges, ...v.mergers, ...v.rollCalls].map(
          (r) => r.sessionDate,
        );
      }),
    );
    expect([...sessions].sort()[0]).toBe('1998-06-19');
    expect([...sessions].sort().at(-1)).toBe('2024-06-14');
  });

  it('gives every record a line whose file text holds its passage', () => {
    for (const file of [
      '7_applications_deferred.csv',
      '2_name_changes.csv',
      '12_mergers_organizations.csv',
    ]) {
      const lines = texts.get(file)!.split(/\r\n|\n/);
      const { value } = parse(file);
      for (const r of [...value.decisions, ...value.nameChanges, ...value.mergers]) {
        const firstLine = r.passage.split('\n')[0]!;
        expect(lines[r.locator.line - 1], `${file}:${r.locator.line}`).toBe(firstLine);
      }
    }
  });
});
