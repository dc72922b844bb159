/**
 * The OHCHR voting collection's per-state votes, `votes_long.csv`: one row per (record, state)
 * with Y / N / A / "." (present, not voting) or blank ("not a member or no position recorded").
 * Blank rows are no ballot: the state had no seat or the roll-call does not say. They are counted
 * in one warning, not one per row, because they are expected (642 in the 2026 export).
 */
import type { Ballot, VoteValue } from '../../domain/hrc-votes.js';
import { canonicalStateCode } from '../../domain/reference/states.js';
import type { ParseResult } from '../common/parse-result.js';
import { readNamedCsv } from './csv-columns.js';
import { Problems } from './problems.js';

const COLUMNS = ['record_id', 'iso3', 'vote'] as const;
const VOTES: Readonly<Record<string, VoteValue>> = {
  Y: 'yes',
  N: 'no',
  A: 'abstain',
  '.': 'absent',
};

export function parseOhchrVotes(fileName: string, text: string): ParseResult<Ballot[]> {
  const problems = new Problems(fileName);
  const ballots: Ballot[] = [];
  const table = readNamedCsv(text, fileName, COLUMNS, problems);
  if (!table) return { value: ballots, problems: problems.list };

  const seen = new Set<string>();
  const unknownCodes = new Set<string>();
  let blank = 0;
  let firstBlankLine = 0;
  for (const row of table.rows) {
    const recordId = table.cell(row, 'record_id');
    const iso3 = table.cell(row, 'iso3');
    const code = table.cell(row, 'vote').toUpperCase();
    if (!/^\d+$/.test(recordId)) {
      problems.warn(row.line, 'bad-record-id', 'row without a numeric record_id; skipped', row.raw);
      continue;
    }
    const state = canonicalStateCode(iso3);
    if (!state) {
      // A code we cannot place would silently drop a state's record: the file is rejected.
      if (!unknownCodes.has(iso3)) {
        unknownCodes.add(iso3);
        problems.fatal(
          row.line,
          'unknown-state-code',
          `iso3 "${iso3}" is not a state we know`,
          row.raw,
        );
      }
      continue;
    }
    if (code === '') {
      blank += 1;
      if (firstBlankLine === 0) firstBlankLine = row.line;
      continue;
    }
    const vote = VOTES[code];
    if (!vote) {
      problems.warn(
        row.line,
        'unknown-vote',
        `vote "${code}" is not Y, N, A, "." or blank`,
        row.raw,
      );
      continue;
    }
    const key = `${recordId}|${state}`;
    if (seen.has(key)) {
      problems.warn(
        row.line,
        'repeated-ballot',
        `${state} votes twice on record ${recordId}; the first is kept`,
        row.raw,
      );
      continue;
    }
    seen.add(key);
    ballots.push({ sourceKey: `ohchr:${recordId}`, state, vote, locator: { line: row.line } });
  }
  if (blank > 0) {
    problems.warn(
      firstBlankLine,
      'blank-votes',
      `${blank} row(s) with a blank vote (not a member or no position recorded) give no ballot; the first is at line ${firstBlankLine}`,
    );
  }
  return { value: ballots, problems: problems.list };
}
