import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { VotingText } from '../../domain/hrc-votes.js';
import { SHARED_DATA_SKIP_REASON, sharedPath } from '../../../test/shared-data.js';
import { parseUngaIssues, parseUngaRollCalls, parseUngaVotes, rollCallDates } from './unga.js';

const fixture = (name: string): string =>
  readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');

describe('UNGA parsers (fixtures)', () => {
  const rollCalls = parseUngaRollCalls('rc.csv', fixture('unga-roll-calls-sample.csv'));

  it('reads roll-calls as UNGA texts', () => {
    expect(rollCalls.problems).toEqual([]);
    for (const t of rollCalls.value) VotingText.parse(t);
    expect(rollCalls.value.map((t) => [t.sourceKey, t.symbol, t.kind, t.session, t.date])).toEqual([
      ['unvotes:3', 'R/1/66', 'amendment', 'GA1', '1946-01-01'],
      ['unvotes:4', 'R/1/79', 'resolution', 'GA1', '1946-01-02'],
      ['unvotes:9147', 'A/RES/74/19', 'resolution', 'GA74', '2019-12-10'],
    ]);
    expect(rollCalls.value[2]!.title).toBe('Oceans and the law of the sea');
  });

  it('resolves states on the roll-call date; Taiwan rows give no ballot', () => {
    const votes = parseUngaVotes('v.csv', fixture('unga-votes-sample.csv'), {
      rollCallDates: rollCallDates(rollCalls.value),
    });
    expect(votes.value.map((b) => [b.sourceKey, b.state, b.vote])).toEqual([
      ['unvotes:3', 'USA', 'yes'],
      ['unvotes:3', 'SUN', 'no'],
      ['unvotes:9147', 'RUS', 'abstain'],
      ['unvotes:9147', 'SRB', 'yes'],
      ['unvotes:4', 'YAR', 'abstain'],
      ['unvotes:4', 'DEU', 'yes'],
      ['unvotes:9147', 'ZWE', 'yes'],
    ]);
    expect(votes.problems.map((p) => [p.code, p.line])).toEqual([['non-state-votes', 4]]);
  });

  it('without dates, names resolve undated and one warning says so', () => {
    const votes = parseUngaVotes('v.csv', fixture('unga-votes-sample.csv'));
    expect(votes.value[1]!.state).toBe('RUS');
    expect(votes.problems.map((p) => p.code)).toContain('undated-votes');
  });

  it('reads issues', () => {
    const issues = parseUngaIssues('i.csv', fixture('unga-issues-sample.csv'));
    expect(issues.value).toEqual([
      { sourceKey: 'unvotes:77', issue: 'me', line: 2 },
      { sourceKey: 'unvotes:9147', issue: 'hr', line: 3 },
    ]);
  });
});

const dir = sharedPath('unga-rollcall-unvotes');
const read = (name: string): string =>
  dir ? gunzipSync(readFileSync(`${dir}/${name}`)).toString('utf8') : '';

describe.skipIf(!dir)(`unvotes (real data; ${SHARED_DATA_SKIP_REASON})`, () => {
  it('6,203 roll-calls; 870,109 votes of which 1,233 under "Taiwan" → 868,876 ballots', () => {
    const rc = parseUngaRollCalls('un_roll_calls.csv', read('un_roll_calls.csv.gz'));
    expect(rc.problems).toEqual([]);
    expect(rc.value).toHaveLength(6203);
    const votes = parseUngaVotes('un_votes.csv', read('un_votes.csv.gz'), {
      rollCallDates: rollCallDates(rc.value),
    });
    expect(votes.problems.map((p) => p.code)).toEqual(['non-state-votes']);
    expect(votes.problems[0]!.message).toMatch(/^1233 vote/);
    expect(votes.value).toHaveLength(870_109 - 1_233);
    // PROVENANCE: China yes 3,858 / abstain 452 / no 222 (the PRC seat, 1971 on)
    const china = { yes: 0, no: 0, abstain: 0, absent: 0 };
    for (const b of votes.value) if (b.state === 'CHN') china[b.vote] += 1;
    expect(china).toEqual({ yes: 3858, no: 222, abstain: 452, absent: 0 });
    expect(votes.value.some((b) => b.state === 'SUN')).toBe(true);
  });

  it('5,745 issue tags, 1,015 human rights', () => {
    const issues = parseUngaIssues('un_roll_call_issues.csv', read('un_roll_call_issues.csv.gz'));
    expect(issues.value).toHaveLength(5745);
    expect(issues.value.filter((i) => i.issue === 'hr')).toHaveLength(1015);
  });
});
