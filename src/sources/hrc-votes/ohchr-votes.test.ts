import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { SHARED_DATA_SKIP_REASON, sharedPath } from '../../../test/shared-data.js';
import { parseOhchrVotes } from './ohchr-votes.js';

const sample = readFileSync(new URL('./fixtures/votes-sample.csv', import.meta.url), 'utf8');

describe('parseOhchrVotes (fixture)', () => {
  const { value, problems } = parseOhchrVotes('votes-sample.csv', sample);

  it('maps Y/N/A/. and legacy codes, drops blanks, keeps the first of a repeated pair', () => {
    expect(value.map((b) => [b.sourceKey, b.state, b.vote, b.locator.line])).toEqual([
      ['ohchr:27240', 'CHN', 'no', 2],
      ['ohchr:27240', 'FRA', 'yes', 3],
      ['ohchr:27240', 'IND', 'abstain', 4],
      ['ohchr:25271', 'BEL', 'absent', 7],
      ['ohchr:25272', 'DEU', 'yes', 8],
    ]);
    expect(problems.map((p) => [p.code, p.line, p.severity])).toEqual([
      ['repeated-ballot', 6, 'warning'],
      ['blank-votes', 5, 'warning'],
    ]);
    expect(problems[1]!.message).toMatch(/^2 row/);
  });

  it('rejects the file on an unknown state code', () => {
    const r = parseOhchrVotes('v.csv', 'record_id,iso3,vote\n1,XXX,Y\n2,XXX,N\n3,FRA,Y\n');
    expect(r.problems.filter((p) => p.severity === 'fatal')).toHaveLength(1);
    expect(r.problems[0]).toMatchObject({ code: 'unknown-state-code', line: 2, file: 'v.csv' });
  });
});

describe('parseOhchrVotes: blanks in a roll-call of the whole Council', () => {
  // 47 member states with a code we know; the first is left blank in each roll-call below.
  const members = [
    'AFG',
    'ARG',
    'AUS',
    'AUT',
    'BEL',
    'BGD',
    'BOL',
    'BRA',
    'CAN',
    'CHE',
    'CHL',
    'CHN',
    'CIV',
    'CMR',
    'CUB',
    'CZE',
    'DEU',
    'DNK',
    'DZA',
    'EGY',
    'ERI',
    'ESP',
    'FIN',
    'FRA',
    'GAB',
    'GBR',
    'GHA',
    'IDN',
    'IND',
    'IRL',
    'IRN',
    'ITA',
    'JPN',
    'KEN',
    'KOR',
    'MEX',
    'MNG',
    'NGA',
    'NLD',
    'PAK',
    'PER',
    'PHL',
    'POL',
    'QAT',
    'RUS',
    'SEN',
    'VEN',
  ];
  const rollCall = (id: string, body: string, states: readonly string[]): string =>
    states.map((s, i) => `${id},${body},${s},${i === 0 ? '' : 'Y'}`).join('\n');
  const csv = (...calls: string[]) => `record_id,body,iso3,vote\n${calls.join('\n')}\n`;

  it('a blank in a 47-row (or 46-row: one seat empty) Council roll-call is a member who did not vote', () => {
    const { value, problems } = parseOhchrVotes(
      'v.csv',
      csv(
        rollCall('1', 'Human Rights Council', members),
        rollCall('2', 'Human Rights Council', members.slice(0, 46)),
      ),
    );
    expect(value).toHaveLength(93);
    expect(
      value.filter((b) => b.vote === 'absent').map((b) => [b.sourceKey, b.state, b.locator.line]),
    ).toEqual([
      ['ohchr:1', 'AFG', 2],
      ['ohchr:2', 'AFG', 49],
    ]);
    expect(problems.map((p) => p.code)).toEqual(['blank-votes']);
    expect(problems[0]!.message).toMatch(/^2 row.*2 .*absent/);
  });

  it('a blank stays no ballot on the Commission or in a partial Council roll-call', () => {
    const { value, problems } = parseOhchrVotes(
      'v.csv',
      csv(
        rollCall('1', 'Commission on Human Rights', members),
        rollCall('2', 'Human Rights Council', members.slice(0, 45)),
      ),
    );
    expect(value).toHaveLength(46 + 44);
    expect(value.some((b) => b.vote === 'absent')).toBe(false);
    expect(problems[0]!.message).toMatch(/^2 row.*0 .*absent/);
  });

  it('without a body column the roll-call size alone decides (the Commission never sat 46 or 47)', () => {
    const plain = `record_id,iso3,vote\n${members.map((s, i) => `9,${s},${i === 0 ? '' : 'N'}`).join('\n')}\n`;
    const { value } = parseOhchrVotes('v.csv', plain);
    expect(value.find((b) => b.state === 'AFG')?.vote).toBe('absent');
  });
});

const votesPath = sharedPath('hrc-voting', 'votes_long.csv.gz');

describe.skipIf(!votesPath)(`votes_long.csv.gz (real data; ${SHARED_DATA_SKIP_REASON})`, () => {
  const text = votesPath ? gunzipSync(readFileSync(votesPath)).toString('utf8') : '';
  const { value, problems } = parseOhchrVotes('votes_long.csv', text);

  // Checked with python3 csv on votes_long.csv.gz: 642 blank rows, 581 of them on the Council, all in
  // roll-calls of 47 rows (570) or 46 rows (11: session 38 after the US left, July 2018); the
  // 61 Commission blanks stay no ballot. 79,514 + 581 = 80,095 ballots.
  it('80,158 rows: 642 blank (581 in whole-Council roll-calls → absent), 2 repeats → 80,095 ballots', () => {
    expect(value).toHaveLength(80_095);
    expect(problems.filter((p) => p.severity === 'fatal')).toEqual([]);
    expect(problems.find((p) => p.code === 'blank-votes')!.message).toMatch(/^642 row.* 581 /);
    expect(problems.filter((p) => p.code === 'repeated-ballot').map((p) => p.line)).toEqual([
      19818, 71140,
    ]);
    const counts = { yes: 0, no: 0, abstain: 0, absent: 0 };
    for (const b of value) counts[b.vote] += 1;
    // PROVENANCE: Y 44,536 / N 18,368 / A 15,911 / . 701, less the two repeats (a Y and an N),
    // plus the 581 Council blanks as absent
    expect(counts).toEqual({ yes: 44_535, no: 18_367, abstain: 15_911, absent: 1_282 });
  });

  it('A/HRC/RES/S-1/1 (record 25389): Gabon left blank is absent, so 2 did not vote as officially', () => {
    const absent = value.filter((b) => b.sourceKey === 'ohchr:25389' && b.vote === 'absent');
    expect(absent.map((b) => b.state).sort()).toContain('GAB');
    expect(absent).toHaveLength(2);
  });

  it('China: N on A/HRC/RES/32/31 (record 27240), A on A/HRC/RES/36/21 (record 27426)', () => {
    const china = (key: string) =>
      value.find((b) => b.sourceKey === key && b.state === 'CHN')?.vote;
    expect(china('ohchr:27240')).toBe('no');
    expect(china('ohchr:27426')).toBe('abstain');
  });
});
