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

const votesPath = sharedPath('hrc-voting', 'votes_long.csv.gz');

describe.skipIf(!votesPath)(`votes_long.csv.gz (real data; ${SHARED_DATA_SKIP_REASON})`, () => {
  const text = votesPath ? gunzipSync(readFileSync(votesPath)).toString('utf8') : '';
  const { value, problems } = parseOhchrVotes('votes_long.csv', text);

  it('80,158 rows: 642 blank, 79,516 with a vote, of which 2 repeat a pair → 79,514 ballots', () => {
    expect(value).toHaveLength(79_514);
    expect(problems.filter((p) => p.severity === 'fatal')).toEqual([]);
    expect(problems.find((p) => p.code === 'blank-votes')!.message).toMatch(/^642 row/);
    expect(problems.filter((p) => p.code === 'repeated-ballot').map((p) => p.line)).toEqual([
      19818, 71140,
    ]);
    const counts = { yes: 0, no: 0, abstain: 0, absent: 0 };
    for (const b of value) counts[b.vote] += 1;
    // PROVENANCE: Y 44,536 / N 18,368 / A 15,911 / . 701, less the two repeats (a Y and an N)
    expect(counts).toEqual({ yes: 44_535, no: 18_367, abstain: 15_911, absent: 701 });
  });

  it('China: N on A/HRC/RES/32/31 (record 27240), A on A/HRC/RES/36/21 (record 27426)', () => {
    const china = (key: string) =>
      value.find((b) => b.sourceKey === key && b.state === 'CHN')?.vote;
    expect(china('ohchr:27240')).toBe('no');
    expect(china('ohchr:27426')).toBe('abstain');
  });
});
