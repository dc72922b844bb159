import type { ApplicationStatus, BallotValue, NgoAction } from '../../domain/ngo-committee.js';
import type { Locator, ParseProblem } from '../../domain/provenance.js';
import { resolveState } from '../../domain/reference/states.js';
import { readCsv, type CsvRow } from '../common/csv.js';
import type { ParseResult } from '../common/parse-result.js';
import { cleanOrgName, parseStatusNote } from './org-names.js';

/**
 * The Committee on NGOs' decisions, one table per decision type, in the layout of the hand-compiled
 * sheets of the ECOSOC_Status dataset (NGO_name,Session_number[,info]; Old_name,New_name,…;
 * Vote_topic,Country,Country_vote,…). Pure: text in, records and problems out.
 */

export type DecisionTableKind =
  | 'granted'
  | 'granted-new'
  | 'deferred'
  | 'deferred-new'
  | 'deferred-reclassification'
  | 'closed-no-response'
  | 'withdrawn'
  | 'not-recommended'
  | 'status-withdrawn'
  | 'name-changes'
  | 'mergers'
  | 'roll-call';

export interface DecisionRow {
  kind: DecisionTableKind;
  organization: string;
  /** ISO date of the session (the sheets' "Session_number" column holds a date). */
  sessionDate: string;
  action: NgoAction;
  status: ApplicationStatus;
  note: string | null;
  locator: Locator;
  /** The raw CSV record text. */
  passage: string;
}

export interface NameChangeRow {
  oldName: string;
  newName: string;
  /** 'general' | 'special' | 'roster' | 'none' (not in status), from the old name's note. */
  oldStatus: string | null;
  oldStatusYear: number | null;
  sessionDate: string;
  locator: Locator;
  passage: string;
}

export interface MergerRow {
  oldNames: string[];
  newName: string;
  sessionDate: string;
  locator: Locator;
  passage: string;
}

export interface Ballot {
  /** ISO 3166-1 alpha-3. */
  state: string;
  stateAsPrinted: string;
  vote: BallotValue;
  locator: Locator;
}

export interface RollCallVote {
  /** The NGO (or question) voted on, as recorded. */
  subject: string;
  /** As recorded, trimmed ("in favor", "rejected", …): its meaning depends on the motion. */
  outcome: string | null;
  sessionDate: string;
  ballots: Ballot[];
  /** The first row of the vote. */
  locator: Locator;
}

export interface DecisionTable {
  /** null only when the kind could not be told, which always comes with a fatal problem. */
  kind: DecisionTableKind | null;
  decisions: DecisionRow[];
  nameChanges: NameChangeRow[];
  mergers: MergerRow[];
  rollCalls: RollCallVote[];
}

type Family = 'ngo' | 'name-changes' | 'mergers' | 'roll-call';
type NgoKind = Exclude<DecisionTableKind, 'name-changes' | 'mergers' | 'roll-call'>;

/** Header cells compared without case, spaces or underscores: "NGO_name" = "ngo name". */
function columnKey(cell: string): string {
  return cell.toLowerCase().replace(/[^a-z0-9]/g, '');
}

const COLUMNS = {
  ngo: { required: ['ngoname', 'sessionnumber'], optional: ['info'] },
  'name-changes': { required: ['oldname', 'newname', 'sessionnumber'], optional: [] },
  mergers: {
    required: ['oldname1', 'oldname2', 'newname', 'sessionnumber'],
    optional: ['additionalmention1', 'additionalmention2'],
  },
  'roll-call': {
    required: ['votetopic', 'country', 'countryvote', 'sessionnumber'],
    optional: ['voteoutcome'],
  },
} as const satisfies Record<Family, { required: readonly string[]; optional: readonly string[] }>;

function familyOf(keys: ReadonlySet<string>): Family | undefined {
  const has = (family: Family) => COLUMNS[family].required.every((c) => keys.has(c));
  // Most specific first: a merger header also holds New_name.
  if (has('roll-call')) return 'roll-call';
  if (has('mergers')) return 'mergers';
  if (has('name-changes')) return 'name-changes';
  if (has('ngo')) return 'ngo';
  return undefined;
}

/**
 * The decision an NGO_name table records, from the words of its file name. The sheets share one
 * header, so the name is all there is; its number prefix is ignored because a user's export may
 * renumber or drop it. Words are matched with separators removed ("newapplications_deferred").
 */
function ngoKindFromName(fileName: string): NgoKind | undefined {
  const base = fileName.split(/[\\/]/).pop() ?? fileName;
  const w = base
    .replace(/\.[a-z0-9]+$/i, '')
    .toLowerCase()
    .replace(/[^a-z]/g, '');
  const isNew = /newapplication|firstconsideration|directly/.test(w);
  if (/reclassif/.test(w)) return /defer/.test(w) ? 'deferred-reclassification' : undefined;
  if (/closed|failedrespond|failedtorespond|noresponse/.test(w)) return 'closed-no-response';
  if (/ownrequest|statuswithdraw|withdrawnstatus|withdrawalofstatus/.test(w)) {
    return 'status-withdrawn';
  }
  if (/withdraw/.test(w)) return 'withdrawn';
  if (/declin|notrecommend|notgranted|denied|rejected/.test(w)) return 'not-recommended';
  if (/defer/.test(w)) return isNew ? 'deferred-new' : 'deferred';
  if (/grant|recommended/.test(w)) return isNew ? 'granted-new' : 'granted';
  return undefined;
}

function kindOf(fileName: string, header: readonly string[]): DecisionTableKind | undefined {
  const family = familyOf(new Set(header.map(columnKey)));
  if (family === undefined) return undefined;
  return family === 'ngo' ? ngoKindFromName(fileName) : family;
}

/**
 * The kind of decision table a file holds, from its header (which tells the layout) and, for the
 * layout all single-decision sheets share, the words of its file name. undefined when unknown.
 */
export function detectDecisionTable(
  fileName: string,
  headerLine: string,
): DecisionTableKind | undefined {
  return kindOf(fileName, readCsv(headerLine).value.header);
}

const NGO_ACTION: Record<NgoKind, NgoAction> = {
  granted: 'recommended',
  'granted-new': 'recommended',
  deferred: 'deferred',
  'deferred-new': 'deferred',
  'deferred-reclassification': 'deferred',
  'closed-no-response': 'closed',
  withdrawn: 'withdrawn',
  'not-recommended': 'not-recommended',
  'status-withdrawn': 'status-withdrawn',
};

/** Spellings the sheets use for a ballot ("in favor " with its trailing space, "abstent"). */
const BALLOT: Record<string, BallotValue> = {
  'in favor': 'yes',
  'in favour': 'yes',
  against: 'no',
  abstaining: 'abstain',
  abstain: 'abstain',
  abstained: 'abstain',
  abstention: 'abstain',
  abstent: 'abstain',
  absent: 'absent',
};

// ECOSOC first met in 1946; a year outside this range is a typing slip, not a session.
const FIRST_YEAR = 1946;
const LAST_YEAR = 2100;

/** A real calendar date written YYYY-MM-DD, or undefined. */
function isoDate(cell: string): string | undefined {
  const text = cell.trim();
  // A table has a few dozen distinct dates over thousands of rows: check each once.
  const known = checkedDates.get(text);
  if (known !== undefined) return known || undefined;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  let valid = false;
  if (m) {
    const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
    valid =
      year >= FIRST_YEAR &&
      year <= LAST_YEAR &&
      month >= 1 &&
      month <= 12 &&
      day >= 1 &&
      day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
  }
  if (checkedDates.size < 10_000) checkedDates.set(text, valid ? text : '');
  return valid ? text : undefined;
}
const checkedDates = new Map<string, string>();

const EXCERPT_LENGTH = 80;

/** Collects problems with the file name and the severity spelled once. */
class Problems {
  readonly list: ParseProblem[];
  constructor(
    private readonly file: string,
    initial: readonly ParseProblem[],
  ) {
    this.list = [...initial];
  }
  add(
    severity: ParseProblem['severity'],
    line: number,
    code: string,
    message: string,
    excerpt?: string,
  ) {
    const p: ParseProblem = { file: this.file, line, code, message, severity };
    if (excerpt !== undefined && excerpt !== '') p.excerpt = excerpt.slice(0, EXCERPT_LENGTH);
    this.list.push(p);
  }
  fatal(line: number, code: string, message: string, excerpt?: string) {
    this.add('fatal', line, code, message, excerpt);
  }
  warn(line: number, code: string, message: string, excerpt?: string) {
    this.add('warning', line, code, message, excerpt);
  }
}

/** Reads one row's cells by column key; cells past the end of a short row read as empty. */
type Cell = (row: CsvRow, key: string) => string;

function emptyTable(kind: DecisionTableKind | null): DecisionTable {
  return { kind, decisions: [], nameChanges: [], mergers: [], rollCalls: [] };
}

/**
 * Parses one decision table. Every record keeps its file line and raw text. A file that cannot be
 * read as a whole (unknown kind, bad date, missing name, unknown ballot or state) gets a fatal
 * problem naming file and line, and the importer rejects it whole; the records that could be read
 * are still returned so that all problems show in one run. Fully empty rows are skipped.
 */
export function parseDecisionTable(fileName: string, text: string): ParseResult<DecisionTable> {
  const csv = readCsv(text, { file: fileName });
  const problems = new Problems(fileName, csv.problems);
  const { header, rows } = csv.value;
  if (header.length === 0) return { value: emptyTable(null), problems: problems.list };

  const kind = kindOf(fileName, header);
  if (kind === undefined) {
    problems.fatal(
      1,
      'unknown-table-kind',
      'neither the header nor the file name tells which decision table this is (expected e.g. ' +
        'NGO_name,Session_number in a file named …_status_granted.csv, Old_name,New_name,… or ' +
        'Vote_topic,Country,Country_vote,…)',
      header.join(','),
    );
    return { value: emptyTable(null), problems: problems.list };
  }

  const family: Family =
    kind === 'name-changes' || kind === 'mergers' || kind === 'roll-call' ? kind : 'ngo';
  const index = new Map<string, number>();
  const known = new Set<string>([...COLUMNS[family].required, ...COLUMNS[family].optional]);
  header.forEach((h, i) => {
    const key = columnKey(h);
    if (index.has(key)) {
      problems.fatal(
        1,
        'duplicate-column',
        `column "${h}" appears twice; which to read is unclear`,
        h,
      );
    } else if (known.has(key)) {
      index.set(key, i);
    } else if (family === 'ngo' && key === '' && !index.has('info')) {
      // The source sheets leave the note column unnamed; an export straight from them may too.
      index.set('info', i);
    } else if (h !== '') {
      // (An unnamed column is the spreadsheet's trailing comma; its cells are checked as extras.)
      problems.warn(1, 'unknown-column', `column "${h}" is not part of this table; ignored`, h);
    }
  });
  const cell: Cell = (row, key) => {
    const i = index.get(key);
    return i === undefined ? '' : (row.cells[i] ?? '');
  };

  const table = emptyTable(kind);
  const filled = rows.filter((row) => {
    if (row.cells.every((c) => c.trim() === '')) return false;
    if (row.cells.length > header.length && row.cells.slice(header.length).some((c) => c.trim())) {
      problems.warn(
        row.line,
        'extra-cells',
        'the row has more cells than the header; extra ignored',
        row.raw,
      );
    }
    return true;
  });

  if (family === 'ngo') {
    table.decisions = readDecisions(kind as NgoKind, filled, cell, problems);
  } else if (family === 'name-changes') {
    table.nameChanges = readNameChanges(filled, cell, problems);
  } else if (family === 'mergers') {
    table.mergers = readMergers(filled, cell, problems);
  } else {
    table.rollCalls = readRollCalls(filled, cell, problems);
  }
  return { value: table, problems: problems.list };
}

function sessionOf(row: CsvRow, cell: Cell, problems: Problems): string | undefined {
  const raw = cell(row, 'sessionnumber');
  const date = isoDate(raw);
  if (date === undefined) {
    problems.fatal(
      row.line,
      'bad-date',
      raw.trim() === ''
        ? 'Session_number (the session date) is empty'
        : 'Session_number is not a date written YYYY-MM-DD',
      raw,
    );
  }
  return date;
}

/**
 * The sheets' compiler pasted some lists from a chat assistant: its preamble ("Here is your list
 * without bullet points:") and the blank line after it sit among the names. They are no
 * organisations, and rejecting three whole files over them would lose thousands of good rows.
 */
const CHAT_PREAMBLE = /^here(?:\s+is|\s+are|['’]s)\b.*\blist\b.*:$/i;

function readDecisions(
  kind: NgoKind,
  rows: CsvRow[],
  cell: Cell,
  problems: Problems,
): DecisionRow[] {
  const out: DecisionRow[] = [];
  let afterPreamble = false;
  for (const row of rows) {
    const printed = cleanOrgName(cell(row, 'ngoname'));
    const wasAfterPreamble = afterPreamble;
    afterPreamble = false;
    if (CHAT_PREAMBLE.test(printed)) {
      problems.warn(
        row.line,
        'not-an-organization',
        'text pasted from a chat assistant, not a name; skipped',
        printed,
      );
      afterPreamble = true;
      continue;
    }
    if (printed === '' && wasAfterPreamble) {
      problems.warn(
        row.line,
        'not-an-organization',
        'the empty line of a pasted chat answer; skipped',
        row.raw,
      );
      continue;
    }
    if (printed === '') {
      problems.fatal(row.line, 'missing-organization', 'NGO_name is empty', row.raw);
    } else if (/^\d{4}-\d{2}-\d{2}$/.test(printed)) {
      // Excel turns some names into dates; the row is kept (it is in the record) but flagged.
      problems.warn(
        row.line,
        'name-looks-like-date',
        'NGO_name is a date: a spreadsheet may have mangled it',
        printed,
      );
    }
    const sessionDate = sessionOf(row, cell, problems);
    if (printed === '' || sessionDate === undefined) continue;
    // A name may carry its status ("… (special, 2011)"); the sheets for new applications do not.
    const note = parseStatusNote(printed);
    const noted = note.status === 'none' || note.name === '' ? null : note.status;
    const status: ApplicationStatus =
      kind === 'deferred-reclassification' ? 'reclassification' : (noted ?? 'unknown');
    out.push({
      kind,
      organization: noted ? note.name : printed,
      sessionDate,
      action: NGO_ACTION[kind],
      status,
      note: cleanOrgName(cell(row, 'info')) || null,
      locator: { line: row.line },
      passage: row.raw,
    });
  }
  return out;
}

function readNameChanges(rows: CsvRow[], cell: Cell, problems: Problems): NameChangeRow[] {
  const out: NameChangeRow[] = [];
  for (const row of rows) {
    const old = parseStatusNote(cell(row, 'oldname'));
    const newName = cleanOrgName(cell(row, 'newname'));
    if (old.name === '')
      problems.fatal(row.line, 'missing-organization', 'Old_name is empty', row.raw);
    if (newName === '')
      problems.fatal(row.line, 'missing-organization', 'New_name is empty', row.raw);
    const sessionDate = sessionOf(row, cell, problems);
    if (old.name === '' || newName === '' || sessionDate === undefined) continue;
    out.push({
      oldName: old.name,
      newName,
      oldStatus: old.status,
      oldStatusYear: old.year,
      sessionDate,
      locator: { line: row.line },
      passage: row.raw,
    });
  }
  return out;
}

function readMergers(rows: CsvRow[], cell: Cell, problems: Problems): MergerRow[] {
  const out: MergerRow[] = [];
  for (const row of rows) {
    // Status notes ("(in special consultative status)") go: they describe the body, not name it.
    const oldNames = [cell(row, 'oldname1'), cell(row, 'oldname2')]
      .map((n) => parseStatusNote(n).name)
      .filter((n) => n !== '');
    const newName = cleanOrgName(cell(row, 'newname'));
    if (oldNames.length === 0) {
      problems.fatal(
        row.line,
        'missing-organization',
        'Old_name1 and Old_name2 are empty',
        row.raw,
      );
    } else if (oldNames.length === 1) {
      problems.warn(row.line, 'single-old-name', 'a merger with one old name only', row.raw);
    }
    if (newName === '')
      problems.fatal(row.line, 'missing-organization', 'New_name is empty', row.raw);
    const sessionDate = sessionOf(row, cell, problems);
    if (oldNames.length === 0 || newName === '' || sessionDate === undefined) continue;
    out.push({ oldNames, newName, sessionDate, locator: { line: row.line }, passage: row.raw });
  }
  return out;
}

interface OpenVote {
  vote: RollCallVote;
  /** false when the vote's date was unreadable: its ballots are checked but it is not returned. */
  valid: boolean;
  /** The Vote_topic and Session_number cells as written, to compare rows by (see readRollCalls). */
  topicText: string;
  sessionText: string;
  /** Whether a row of this vote left Vote_topic empty: then the sheet is in the raw layout. */
  sawBlankTopic: boolean;
  /** state → its ballot and the line it was cast on */
  cast: Map<string, { vote: BallotValue; line: number }>;
  conflicted: Set<string>;
}

/**
 * Roll-call sheets list one ballot per row. The raw sheet writes Vote_topic, Vote_outcome and
 * Session_number only on a vote's first row; the filled one repeats them on every row. So a row
 * with a topic starts a new vote when the open vote is in the raw layout (one of its rows left the
 * topic empty), or when its topic, session or outcome cell differs from the open vote's (filled
 * layout; compared as written, since two real votes differ only by a double space). Empty cells
 * are filled down from the open vote, as the dataset author's data_prep.R does, but an outcome is
 * never carried into the next vote: a vote whose outcome is not recorded has none.
 */
function readRollCalls(rows: CsvRow[], cell: Cell, problems: Problems): RollCallVote[] {
  const out: RollCallVote[] = [];
  let open: OpenVote | undefined;

  const close = () => {
    if (!open) return;
    if (open.conflicted.size > 0) {
      open.vote.ballots = open.vote.ballots.filter((b) => !open!.conflicted.has(b.state));
    }
    if (open.valid) out.push(open.vote);
  };

  for (const row of rows) {
    const topicText = cell(row, 'votetopic');
    const topic = cleanOrgName(topicText);
    const outcome = cleanOrgName(cell(row, 'voteoutcome'));
    const session = cell(row, 'sessionnumber').trim();
    const differs =
      !open ||
      open.sawBlankTopic ||
      topicText !== open.topicText ||
      (session !== '' && session !== open.sessionText) ||
      (outcome !== '' && outcome !== (open.vote.outcome ?? ''));

    if (topic !== '' && differs) {
      // A vote's first row without a session inherits the open vote's, as fill-down would.
      const inherit = session === '' && open !== undefined;
      const sessionText = inherit ? open!.sessionText : session;
      const sessionDate = inherit
        ? open!.valid
          ? open!.vote.sessionDate
          : undefined
        : sessionOf(row, cell, problems);
      close();
      open = {
        vote: {
          subject: topic,
          outcome: outcome || null,
          sessionDate: sessionDate ?? '',
          ballots: [],
          locator: { line: row.line },
        },
        valid: sessionDate !== undefined,
        topicText,
        sessionText,
        sawBlankTopic: false,
        cast: new Map(),
        conflicted: new Set(),
      };
    } else if (!open) {
      problems.fatal(
        row.line,
        'missing-vote-topic',
        'the first ballot row has no Vote_topic, so there is no vote to fill it down from',
        row.raw,
      );
      continue;
    } else if (
      (session !== '' && session !== open.sessionText) ||
      (outcome !== '' && outcome !== (open.vote.outcome ?? ''))
    ) {
      problems.fatal(
        row.line,
        'inconsistent-vote',
        `the row gives a session or outcome other than its vote's (line ${open.vote.locator.line}) but no topic`,
        row.raw,
      );
      continue;
    }
    if (topic === '') open.sawBlankTopic = true;
    readBallot(row, cell, problems, open);
  }
  close();
  return out;
}

function readBallot(row: CsvRow, cell: Cell, problems: Problems, open: OpenVote): void {
  const printed = cleanOrgName(cell(row, 'country'));
  const value = cell(row, 'countryvote');
  const vote = BALLOT[value.replace(/\s+/g, ' ').trim().toLowerCase()];
  if (vote === undefined) {
    problems.fatal(
      row.line,
      'unknown-vote',
      `Country_vote "${value.trim()}" is none of: in favor, against, abstaining, absent`,
      value,
    );
  }
  if (printed === '') {
    problems.fatal(row.line, 'missing-state', 'Country is empty', row.raw);
    return;
  }
  const state = resolveState(printed);
  if (state === undefined) {
    problems.fatal(row.line, 'unknown-state', `"${printed}" is not a known state name`, printed);
    return;
  }
  if (vote === undefined) return;

  const earlier = open.cast.get(state);
  if (earlier) {
    // The source repeats a state now and then (a copy slip in the sheet). One state has one ballot:
    // the same ballot twice is kept once; two different ballots are both dropped, since the sheet
    // cannot say which is right. Warnings, not fatal, so one slip does not cost the other votes.
    if (earlier.vote === vote) {
      problems.warn(
        row.line,
        'duplicate-ballot',
        `${printed} is listed twice in the vote of line ${open.vote.locator.line} (also line ${earlier.line}, same ballot); counted once`,
        row.raw,
      );
    } else {
      open.conflicted.add(state);
      problems.warn(
        row.line,
        'conflicting-ballots',
        `${printed} votes "${vote}" here and "${earlier.vote}" at line ${earlier.line} in the vote of line ${open.vote.locator.line}; both ballots dropped`,
        row.raw,
      );
    }
    return;
  }
  open.cast.set(state, { vote, line: row.line });
  open.vote.ballots.push({ state, stateAsPrinted: printed, vote, locator: { line: row.line } });
}
