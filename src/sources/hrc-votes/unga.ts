/**
 * UN General Assembly roll-calls in the format of the `unvotes` data (Voeten, via the R package):
 * un_roll_calls.csv, un_votes.csv and un_roll_call_issues.csv, keyed by `rcid`.
 *
 * States: un_votes names each state and gives ISO alpha-2, except for the Yemen Arab Republic, the
 * Federal Republic of Germany and Zanzibar (empty code). The name decides, because unvotes keeps
 * one label across seats ("Russia" is the USSR until 24 December 1991, "Yugoslavia" is Serbia and
 * Montenegro and then Serbia) and resolveStateOn knows those successions when given the date; so
 * the Federal Republic of Germany is DEU (its seat continued as Germany's) and the Yemen Arab
 * Republic YAR. Pass the roll-calls' dates (from parseUngaRollCalls) to apply them; without dates
 * the names resolve undated and one warning says so. The alpha-2 code is the fallback for a name
 * we do not know. Votes under "Taiwan" (the Republic of China in the UN's China seat, 1946–1971)
 * are not attributed to any state (see NON_STATE_NAMES): they give no ballot and one warning.
 */
import countries from 'i18n-iso-countries';
import type { Ballot, TextKind, VoteValue, VotingText } from '../../domain/hrc-votes.js';
import {
  canonicalStateCode,
  nonStateReason,
  resolveState,
  resolveStateOn,
} from '../../domain/reference/states.js';
import { parseCsvRows, type CsvRowParser } from '../common/csv-rows.js';
import type { ParseResult } from '../common/parse-result.js';
import { headerColumns, intCell, readNamedCsv, type NamedColumns } from './csv-columns.js';
import { Problems } from './problems.js';

const ROLL_CALL_COLUMNS = [
  'rcid',
  'session',
  'date',
  'unres',
  'amend',
  'para',
  'short',
  'descr',
] as const;
const VOTE_COLUMNS = ['rcid', 'country', 'country_code', 'vote'] as const;
const ISSUE_COLUMNS = ['rcid', 'short_name', 'issue'] as const;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const VOTES: Readonly<Record<string, VoteValue>> = {
  yes: 'yes',
  no: 'no',
  abstain: 'abstain',
  absent: 'absent',
};

export function ungaSourceKey(rcid: string): string {
  return `unvotes:${rcid}`;
}

export function parseUngaRollCalls(fileName: string, text: string): ParseResult<VotingText[]> {
  const problems = new Problems(fileName);
  const out: VotingText[] = [];
  const table = readNamedCsv(text, fileName, ROLL_CALL_COLUMNS, problems);
  if (!table) return { value: out, problems: problems.list };
  const seen = new Set<string>();
  for (const row of table.rows) {
    const get = (c: (typeof ROLL_CALL_COLUMNS)[number]): string => table.cell(row, c);
    const rcid = get('rcid');
    if (!/^\d+$/.test(rcid)) {
      problems.warn(row.line, 'bad-rcid', 'row without a numeric rcid; skipped', row.raw);
      continue;
    }
    if (seen.has(rcid)) {
      problems.warn(row.line, 'repeated-roll-call', `rcid ${rcid} repeated; the first is kept`);
      continue;
    }
    seen.add(rcid);
    const date = ISO_DATE.test(get('date')) ? get('date') : null;
    const session = intCell(get('session'));
    // a separate vote on a paragraph is not a vote on the text
    const kind: TextKind =
      get('amend') === '1' ? 'amendment' : get('para') === '1' ? 'other' : 'resolution';
    const title = (get('short') || get('descr')).replace(/\s+/g, ' ');
    out.push({
      sourceKey: ungaSourceKey(rcid),
      body: 'UNGA',
      symbol: get('unres') || null,
      title,
      date,
      year: date ? Number(date.slice(0, 4)) : null,
      session: session === null ? null : `GA${session}`,
      kind,
      outcome: 'unknown',
      recorded: true,
      voteTypeRaw: null,
      agendaItem: null,
      agendaTitle: null,
      sponsors: [],
      sponsorStates: [],
      draftSymbol: null,
      amendsSymbol: null,
      officialCounts: null,
      targets: [],
      themes: [],
      url: null,
      locator: { line: row.line },
    });
  }
  return { value: out, problems: problems.list };
}

export interface UngaVoteOptions {
  /** rcid → ISO date of the roll-call, so names resolve to the seat of that day */
  rollCallDates?: ReadonlyMap<string, string>;
}

/** rcid → date, from parsed roll-calls. */
export function rollCallDates(rollCalls: readonly VotingText[]): Map<string, string> {
  const dates = new Map<string, string>();
  for (const r of rollCalls)
    if (r.date && r.sourceKey.startsWith('unvotes:')) dates.set(r.sourceKey.slice(8), r.date);
  return dates;
}

export function parseUngaVotes(
  fileName: string,
  text: string,
  options: UngaVoteOptions = {},
): ParseResult<Ballot[]> {
  return parseCsvRows(text, fileName, ungaVotesParser(fileName, options));
}

/** parseUngaVotes one row at a time (an importer reads the 870,000 rows of un_votes in chunks). */
export function ungaVotesParser(
  fileName: string,
  options: UngaVoteOptions = {},
): CsvRowParser<Ballot> {
  const problems = new Problems(fileName);
  let table: NamedColumns<(typeof VOTE_COLUMNS)[number]> | null = null;
  const dates = options.rollCallDates;
  const seen = new BallotKeys();
  const unknown = new Set<string>();
  let undated = 0;
  let firstUndatedLine = 0;
  const nonState = new Map<string, { rows: number; line: number; reason: string }>();
  return {
    problems: problems.list,
    start(header) {
      table = headerColumns(header, VOTE_COLUMNS, problems);
    },
    row(row, emit) {
      if (!table) return;
      const rcid = table.cell(row, 'rcid');
      const name = table.cell(row, 'country');
      const alpha2 = table.cell(row, 'country_code');
      const vote = VOTES[table.cell(row, 'vote').toLowerCase()];
      if (!/^\d+$/.test(rcid)) {
        problems.warn(row.line, 'bad-rcid', 'row without a numeric rcid; skipped', row.raw);
        return;
      }
      if (!vote) {
        problems.warn(
          row.line,
          'unknown-vote',
          `vote "${table.cell(row, 'vote')}" is not yes, no or abstain`,
          row.raw,
        );
        return;
      }
      const reason = nonStateReasonOf(name);
      if (reason !== undefined) {
        const seenName = nonState.get(name);
        if (seenName) seenName.rows += 1;
        else nonState.set(name, { rows: 1, line: row.line, reason });
        return;
      }
      const date = dates?.get(rcid);
      if (date === undefined) {
        undated += 1;
        if (firstUndatedLine === 0) firstUndatedLine = row.line;
      }
      const state = stateOf(name, alpha2, date);
      if (!state) {
        const key = `${name}|${alpha2}`;
        if (!unknown.has(key)) {
          unknown.add(key);
          problems.fatal(
            row.line,
            'unknown-state',
            `"${name}" (${alpha2 || 'no code'}) is not a state we know`,
            row.raw,
          );
        }
        return;
      }
      if (!seen.add(rcid, state)) {
        problems.warn(
          row.line,
          'repeated-ballot',
          `${state} votes twice in roll-call ${rcid}; the first is kept`,
          row.raw,
        );
        return;
      }
      emit({ sourceKey: ungaSourceKey(rcid), state, vote, locator: { line: row.line } });
    },
    finish() {
      for (const [name, n] of nonState) {
        problems.warn(
          n.line,
          'non-state-votes',
          `${n.rows} vote(s) under "${name}" give no ballot: ${n.reason}`,
        );
      }
      if (undated > 0) {
        problems.warn(
          firstUndatedLine,
          'undated-votes',
          `${undated} vote(s) without a roll-call date: names resolved without seat successions (pass the roll-calls' dates)`,
        );
      }
    },
  };
}

/**
 * The (roll-call, state) pairs seen, to warn about a repeated ballot. 870,000 pairs as strings
 * took about 60 MB; as one number each (rcid × 4096 + the state's index) a fifth of that. An rcid
 * too long for an exact number keeps a string key.
 */
class BallotKeys {
  private readonly numbers = new Set<number>();
  private readonly strings = new Set<string>();
  private readonly stateIndex = new Map<string, number>();

  /** false when the pair was already seen */
  add(rcid: string, state: string): boolean {
    let i = this.stateIndex.get(state);
    if (i === undefined) this.stateIndex.set(state, (i = this.stateIndex.size));
    // "007" and "7" are two source keys: only digits without a leading zero map to a number
    if (rcid.length <= 9 && (rcid.length === 1 || rcid[0] !== '0') && i < 4096) {
      const key = Number(rcid) * 4096 + i;
      if (this.numbers.has(key)) return false;
      this.numbers.add(key);
      return true;
    }
    const key = `${rcid}|${state}`;
    if (this.strings.has(key)) return false;
    this.strings.add(key);
    return true;
  }
}

// nonStateReason folds the name each call; a file repeats two hundred names 870,000 times.
const nonStateMemo = new Map<string, string | null>();
function nonStateReasonOf(name: string): string | undefined {
  let reason = nonStateMemo.get(name);
  if (reason === undefined) {
    reason = nonStateReason(name) ?? null;
    if (nonStateMemo.size >= 8192) nonStateMemo.clear();
    nonStateMemo.set(name, reason);
  }
  return reason ?? undefined;
}

function stateOf(name: string, alpha2: string, date: string | undefined): string | undefined {
  const byName = date ? resolveStateOn(name, date) : resolveState(name);
  if (byName) return byName;
  if (/^[A-Za-z]{2}$/.test(alpha2)) {
    const alpha3 = countries.alpha2ToAlpha3(alpha2.toUpperCase());
    if (alpha3) return canonicalStateCode(alpha3);
  }
  return undefined;
}

export interface UngaIssue {
  sourceKey: string;
  /** the short code (me, nu, di, hr, co, ec); "hr" is human rights */
  issue: string;
  line: number;
}

export function parseUngaIssues(fileName: string, text: string): ParseResult<UngaIssue[]> {
  const problems = new Problems(fileName);
  const out: UngaIssue[] = [];
  const table = readNamedCsv(text, fileName, ISSUE_COLUMNS, problems);
  if (!table) return { value: out, problems: problems.list };
  for (const row of table.rows) {
    const rcid = table.cell(row, 'rcid');
    const issue = table.cell(row, 'short_name').toLowerCase();
    if (!/^\d+$/.test(rcid) || issue === '') {
      problems.warn(
        row.line,
        'bad-issue-row',
        'row without a numeric rcid or an issue code; skipped',
        row.raw,
      );
      continue;
    }
    out.push({ sourceKey: ungaSourceKey(rcid), issue, line: row.line });
  }
  return { value: out, problems: problems.list };
}
