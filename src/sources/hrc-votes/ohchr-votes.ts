/**
 * The OHCHR voting collection's per-state votes, `votes_long.csv`: one row per (record, state)
 * with Y / N / A / "." (present, not voting) or blank ("not a member or no position recorded").
 *
 * A blank means two things. On the Human Rights Council a roll-call of 47 rows (or 46 while a seat
 * stood empty: the US left in June 2018, Russia was suspended in April 2022) lists the whole
 * membership, so a blank there is a member who did not vote: `absent`, as the official
 * `nonvoting` total counts it (A/HRC/RES/S-1/1: Djibouti "." and Gabon blank, official
 * non-voting 2). Dropping it would erase 581 non-votes (Cuba, Bolivia, Venezuela most).
 * Elsewhere (the Commission, whose membership changed with the decades and whose roll-calls are
 * often partial, or a Council roll-call with missing rows) nothing tells a member who stayed
 * out from a row with nothing recorded, so a blank gives no ballot. Without a `body` column the
 * roll-call size alone decides: the Commission never had 46 or 47 members (18 to 53).
 * Blanks are counted in one warning, not one per row, because they are expected.
 */
import type { Ballot, VoteValue } from '../../domain/hrc-votes.js';
import { canonicalStateCode } from '../../domain/reference/states.js';
import type { CsvRow } from '../common/csv.js';
import { parseCsvRows, type CsvRowParser } from '../common/csv-rows.js';
import type { ParseResult } from '../common/parse-result.js';
import { headerColumns, type NamedColumns } from './csv-columns.js';
import { Problems } from './problems.js';

const COLUMNS = ['record_id', 'iso3', 'vote'] as const;
const COUNCIL = 'human rights council';
/** Council roll-call sizes that list every member sitting: 47 seats, one of them empty at times. */
const WHOLE_COUNCIL_ROWS: ReadonlySet<number> = new Set([46, 47]);
const VOTES: Readonly<Record<string, VoteValue>> = {
  Y: 'yes',
  N: 'no',
  A: 'abstain',
  '.': 'absent',
};

export function parseOhchrVotes(fileName: string, text: string): ParseResult<Ballot[]> {
  return parseCsvRows(text, fileName, ohchrVotesParser(fileName));
}

/**
 * parseOhchrVotes one row at a time. Whether a blank is a member who did not vote depends on how
 * many rows its roll-call has, so the rows are counted in a first pass (`count`).
 */
export function ohchrVotesParser(fileName: string): CsvRowParser<Ballot> {
  const problems = new Problems(fileName);
  let table: NamedColumns<(typeof COLUMNS)[number], 'body'> | null = null;
  const rowsPerRecord = new Map<string, number>();
  const seen = new Set<string>();
  const unknownCodes = new Set<string>();
  let blank = 0;
  let blankAbsent = 0;
  let firstBlankLine = 0;
  const wholeCouncil = (row: CsvRow, recordId: string): boolean =>
    WHOLE_COUNCIL_ROWS.has(rowsPerRecord.get(recordId) ?? 0) &&
    (!table!.has('body') || table!.cell(row, 'body').toLowerCase() === COUNCIL);
  return {
    problems: problems.list,
    start(header) {
      table = headerColumns(header, COLUMNS, problems, ['body'] as const);
    },
    count(row) {
      if (!table) return;
      const id = table.cell(row, 'record_id');
      rowsPerRecord.set(id, (rowsPerRecord.get(id) ?? 0) + 1);
    },
    row(row, emit) {
      if (!table) return;
      const recordId = table.cell(row, 'record_id');
      const iso3 = table.cell(row, 'iso3');
      const code = table.cell(row, 'vote').toUpperCase();
      if (!/^\d+$/.test(recordId)) {
        problems.warn(
          row.line,
          'bad-record-id',
          'row without a numeric record_id; skipped',
          row.raw,
        );
        return;
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
        return;
      }
      let vote: VoteValue | undefined;
      if (code === '') {
        blank += 1;
        if (firstBlankLine === 0) firstBlankLine = row.line;
        if (!wholeCouncil(row, recordId)) return;
        blankAbsent += 1;
        vote = 'absent';
      } else vote = VOTES[code];
      if (!vote) {
        problems.warn(
          row.line,
          'unknown-vote',
          `vote "${code}" is not Y, N, A, "." or blank`,
          row.raw,
        );
        return;
      }
      const key = `${recordId}|${state}`;
      if (seen.has(key)) {
        problems.warn(
          row.line,
          'repeated-ballot',
          `${state} votes twice on record ${recordId}; the first is kept`,
          row.raw,
        );
        return;
      }
      seen.add(key);
      emit({ sourceKey: `ohchr:${recordId}`, state, vote, locator: { line: row.line } });
    },
    finish() {
      if (blank > 0) {
        problems.warn(
          firstBlankLine,
          'blank-votes',
          `${blank} row(s) with a blank vote; ${blankAbsent} in roll-calls of the whole Council are members who did not vote (absent), the others (not a member or no position recorded) give no ballot; the first is at line ${firstBlankLine}`,
        );
      }
    },
  };
}
