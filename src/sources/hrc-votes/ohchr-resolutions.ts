/**
 * The OHCHR Search Library voting collection, `resolutions.csv`: one row per resolution,
 * decision, amendment or presidential statement of the Commission on Human Rights (1946–2006) and
 * the Human Rights Council (2006–), with how it was decided and the official totals.
 *
 * How the catalogue records things, as found in the 2026 export (6,346 rows):
 *  - kind: the title ends ": resolution /", ": decision /", ": amendment /" (8 titles lack the
 *    colon) or ": presidential statement /" (kind "other"). Two amendments are catalogued as
 *    resolutions (A/HRC/35/L.41, L.42); the `draft` note ("Amendment … to draft resolution …") wins.
 *    A text under an L-symbol that is not an amendment never became a resolution: kind "draft"
 *    (A/HRC/59/L.1/Rev.1, "rejected by the Human Rights Council"; A/HRC/56/L.20/Rev.1, withdrawn).
 *  - outcome: vote_type WITHDRAWN / NOT CONSIDERED; else the draft note's own word ("Rejected by a
 *    recorded vote", "Adopted by …", "No action by vote" → not-considered); else the statement
 *    ("adopted by" / "rejected by"); else for an amendment the official counts (more yes than
 *    no); texts "ADOPTED WITHOUT VOTE" or non-recorded are adopted. Amendments' statements carry
 *    no verb, so the note decides most of them; rejected amendments far outnumber adopted ones.
 *  - amendsSymbol: the draft note names the draft an amendment would amend ("Amendment X to
 *    draft resolution Y", or "Amendment to Y X Sponsor", or short "to draft resolution L.41",
 *    completed with the amendment's session). When the note names none, the amendment is linked
 *    to the draft of the text with the same session and the same title stem.
 *  - session: see session.ts; symbols are kept as printed except that " as orally revised" is
 *    dropped from a symbol cell.
 */
import type { VoteOutcome, VotingBody, VotingText, TextKind } from '../../domain/hrc-votes.js';
import type { ParseResult } from '../common/parse-result.js';
import { intCell, readNamedCsv } from './csv-columns.js';
import { readDraftNote, type DraftNote } from './draft-note.js';
import { Problems } from './problems.js';
import { sessionOf } from './session.js';
import { splitSponsors, sponsorState } from './sponsors.js';
import { targetsOf, titleStem } from './targets.js';
import { themesOf } from './themes.js';

const COLUMNS = [
  'record_id',
  'symbol',
  'title',
  'statement',
  'date',
  'year',
  'body',
  'vote_type',
  'agenda_item_no',
  'agenda_item_title',
  'agenda_subject',
  'main_sponsors',
  'draft',
  'yes',
  'no',
  'abstain',
  'record_url',
] as const;

const KIND_SUFFIX = /(resolution|decision|amendment|presidential\s+statement)\s*\/\s*$/i;
const L_DOCUMENT = /\/L\.+\d/;
const ORALLY_REVISED = /\s*\(?as orally revised\)?\s*$/i;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const AGENDA_NUMBER = /^(\d{1,2})\.?$/;

export function parseOhchrResolutions(fileName: string, text: string): ParseResult<VotingText[]> {
  const problems = new Problems(fileName);
  const texts: VotingText[] = [];
  const table = readNamedCsv(text, fileName, COLUMNS, problems);
  if (!table) return { value: texts, problems: problems.list };
  const seenIds = new Set<string>();

  for (const row of table.rows) {
    const get = (c: (typeof COLUMNS)[number]): string => table.cell(row, c);
    const recordId = get('record_id');
    if (!/^\d+$/.test(recordId)) {
      problems.warn(row.line, 'bad-record-id', 'row without a numeric record_id; skipped', row.raw);
      continue;
    }
    if (seenIds.has(recordId)) {
      problems.warn(row.line, 'repeated-record', `record ${recordId} repeated; first kept`);
      continue;
    }
    seenIds.add(recordId);
    const body = bodyOf(get('body'));
    if (!body) {
      problems.warn(
        row.line,
        'unknown-body',
        `body "${get('body')}" is neither CHR nor HRC; skipped`,
      );
      continue;
    }
    const title = get('title').replace(/\s+/g, ' ');
    const symbolCell = get('symbol').replace(ORALLY_REVISED, '');
    const symbol = symbolCell === '' ? null : symbolCell;
    const voteType = get('vote_type');
    const statement = get('statement');
    const note = readDraftNote(get('draft'), symbol ?? '');
    const titleKind = KIND_SUFFIX.exec(title)?.[1]?.toLowerCase() ?? null;
    const kind = kindOf(titleKind, note, symbol);
    const counts = officialCounts(get('yes'), get('no'), get('abstain'));
    const date = ISO_DATE.test(get('date')) ? get('date') : null;
    const year = intCell(get('year')) ?? (date ? Number(date.slice(0, 4)) : null);
    const agendaNumber = AGENDA_NUMBER.exec(get('agenda_item_no'))?.[1] ?? null;
    const agendaItem = agendaNumber ?? (get('agenda_item_no') || null);
    const agendaTitle = get('agenda_item_title').replace(/\s*-\s*$/, '') || null;
    const sponsors = splitSponsors(get('main_sponsors'));
    const sponsorStates = [
      ...new Set(sponsors.map(sponsorState).filter((s): s is string => s !== undefined)),
    ];
    const subject = get('agenda_subject') || null;
    texts.push({
      sourceKey: `ohchr:${recordId}`,
      body,
      symbol,
      title,
      date,
      year,
      session: sessionOf(body, statement, symbol),
      kind,
      outcome: outcomeOf(kind, voteType, note.outcome, statement, counts),
      recorded: voteType.toUpperCase().startsWith('RECORDED'),
      voteTypeRaw: voteType || null,
      agendaItem,
      agendaTitle,
      sponsors,
      sponsorStates,
      draftSymbol: kind === 'amendment' ? null : note.draft,
      amendsSymbol: kind === 'amendment' ? note.amends : null,
      officialCounts: counts,
      targets:
        body === 'HRC' || body === 'CHR'
          ? targetsOf(title, agendaNumber, { agendaTitle, subject })
          : [],
      themes: themesOf(title, subject),
      url: get('record_url') || null,
      locator: { line: row.line },
    });
  }
  linkAmendmentsByTitle(texts);
  return { value: texts, problems: problems.list };
}

function bodyOf(body: string): VotingBody | null {
  if (/^commission on human rights$/i.test(body)) return 'CHR';
  if (/^human rights council$/i.test(body)) return 'HRC';
  return null;
}

function kindOf(titleKind: string | null, note: DraftNote, symbol: string | null): TextKind {
  const lDocument = symbol !== null && L_DOCUMENT.test(symbol);
  if (note.isAmendment) return 'amendment';
  // "Draft resolution A/HRC/56/L.20/Rev.1 Withdrawn" under a title catalogued as an amendment
  if (lDocument && note.isDraft) return 'draft';
  if (titleKind === 'amendment') return 'amendment';
  if (lDocument) return 'draft';
  if (titleKind === 'resolution') return 'resolution';
  if (titleKind === 'decision') return 'decision';
  return 'other';
}

function officialCounts(yes: string, no: string, abstain: string): VotingText['officialCounts'] {
  const y = intCell(yes);
  const n = intCell(no);
  const a = intCell(abstain);
  return y === null || n === null || a === null ? null : { yes: y, no: n, abstain: a };
}

function outcomeOf(
  kind: TextKind,
  voteType: string,
  noteOutcome: VoteOutcome | null,
  statement: string,
  counts: VotingText['officialCounts'],
): VoteOutcome {
  const vt = voteType.toUpperCase();
  if (vt.startsWith('WITHDRAWN')) return 'withdrawn';
  if (vt.startsWith('NOT CONSIDERED')) return 'not-considered';
  if (noteOutcome) return noteOutcome;
  if (/^\s*rejected\b/i.test(statement)) return 'rejected';
  if (kind === 'amendment' || kind === 'draft') {
    if (counts && vt.startsWith('RECORDED')) return counts.yes > counts.no ? 'adopted' : 'rejected';
    return 'unknown';
  }
  if (/^\s*adopted\b/i.test(statement) || vt.startsWith('ADOPTED') || vt.startsWith('NON-RECORDED'))
    return 'adopted';
  if (vt.startsWith('RECORDED') && counts) return counts.yes > counts.no ? 'adopted' : 'rejected';
  return 'unknown';
}

/**
 * For amendments whose note names no target: the draft of the non-amendment text of the same
 * session whose title stem is the amendment's, when exactly one such draft exists.
 */
function linkAmendmentsByTitle(texts: VotingText[]): void {
  const drafts = new Map<string, Set<string>>();
  for (const t of texts) {
    if (t.kind === 'amendment' || !t.draftSymbol || !t.session) continue;
    const key = `${t.session}|${titleStem(t.title).toLowerCase()}`;
    const set = drafts.get(key) ?? new Set<string>();
    set.add(t.draftSymbol);
    drafts.set(key, set);
  }
  for (const t of texts) {
    if (t.kind !== 'amendment' || t.amendsSymbol || !t.session) continue;
    const found = drafts.get(`${t.session}|${titleStem(t.title).toLowerCase()}`);
    if (found && found.size === 1) t.amendsSymbol = [...found][0]!;
  }
}
