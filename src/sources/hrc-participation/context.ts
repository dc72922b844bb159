/**
 * The meeting a sentence belongs to: session, meeting, agenda item, debate and date, as the text
 * says them. A document walks its sentences in order and each record takes what was said last
 * before it (a summary names the debate, then lists its speakers). A session not printed is
 * inferred from the date (three regular sessions a year since 2008) and marked so.
 */
import { ENGLISH_MONTHS } from '../common/months.js';
import { ORDINAL_SOURCE, parseOrdinal } from './ordinals.js';

export interface MeetingContext {
  session: string | null;
  sessionBy: 'text' | 'date' | null;
  meeting: string | null;
  agendaItem: string | null;
  debate: string | null;
  date: string | null;
}

export const EMPTY_CONTEXT: MeetingContext = {
  session: null,
  sessionBy: null,
  meeting: null,
  agendaItem: null,
  debate: null,
  date: null,
};

const SESSION_PATTERNS: RegExp[] = [
  /\bHRC[\s-]?(S-?)?(\d{1,2})\b/,
  new RegExp(
    String.raw`\b(${ORDINAL_SOURCE})\s+(special\s+)?[Ss]ession\s+of\s+the\s+(?:UN\s+|United\s+Nations\s+)?Human\s+Rights\s+Council\b`,
    'i',
  ),
  new RegExp(
    String.raw`\bHuman\s+Rights\s+Council\s*[:,]?\s*(${ORDINAL_SOURCE})\s+(special\s+)?session\b`,
    'i',
  ),
  new RegExp(
    String.raw`\bHuman\s+Rights\s+Council\s+(?:on|at)\s+its\s+(${ORDINAL_SOURCE})\s+(special\s+)?session\b`,
    'i',
  ),
  /\bA\/HRC\/(S-)?(\d{1,2})\/\d/,
];

const MONTHS = ENGLISH_MONTHS.join('|');
const DAY_MONTH_YEAR = new RegExp(String.raw`\b(\d{1,2})\s+(${MONTHS})\s+((?:19|20)\d{2})\b`, 'i');
const MONTH_DAY_YEAR = new RegExp(
  String.raw`\b(${MONTHS})\s+(\d{1,2}),?\s+((?:19|20)\d{2})\b`,
  'i',
);
const ISO = /\b((?:19|20)\d{2})-(\d{2})-(\d{2})\b/;

const ITEM =
  /\b(?:agenda\s+)?item\s*(?:agenda)?[\s-]*(\d{1,2})\b|\bItem\s+Agenda[\s-]*(\d{1,2})\b/i;
const GENERAL_DEBATE =
  /\bgeneral\s+debate\b(?:\s+(?:on|under)\s+(?:agenda\s+)?(?:item\s+\d{1,2}|[^,.;:'’]{3,120}))?/i;
const DIALOGUE =
  /\binteractive\s+dialogue\s*(?:-|with|on)\s*(?:the\s+)?(?:report\s+of\s+(?:the\s+)?)?((?:Special\s+Rapporteur|Independent\s+Expert|Working\s+Group|Commission\s+of\s+Inquiry|High\s+Commissioner|Fact-Finding\s+Mission|Special\s+Representative)[^.;:'’]{0,120}?)(?=\s+on\s+(?:May|June|July|March|April|September|October|\d)|[.;:'’]|\s+and\s+(?:during|at|in)\b|$)/i;
/**
 * A UPR adoption at the Council (item 6): "adopted the outcome of the universal periodic review of
 * China", "on the outcome of the review of China". The State is the capitalised name after "of"
 * (the headline in capitals is left alone: it may list several States).
 */
const UPR_OUTCOME =
  /\b[Oo]utcomes?\s+of\s+the\s+(?:[Uu]niversal\s+[Pp]eriodic\s+)?[Rr]eview\s+of\s+(?:the\s+)?([A-Z][\p{L}'’-]*(?:\s+(?:of\s+|and\s+|the\s+)?[A-Z(][\p{L}'’()-]*)*)/u;
const MEETING = /^(MORNING|AFTERNOON|EVENING|NIGHT)$|\b(\d{1,2}(?:st|nd|rd|th)\s+meeting)\b/i;

function sessionIn(text: string): string | null {
  for (const re of SESSION_PATTERNS) {
    const m = re.exec(text);
    if (!m) continue;
    const special = Boolean(m[1]?.startsWith('S') || m[2]?.toLowerCase().startsWith('special'));
    const n = /^\d+$/.test(m[2] ?? '') ? Number(m[2]) : parseOrdinal(m[1] ?? '');
    if (n === null || n < 1 || n > 99) continue;
    return special ? `HRC-S${n}` : `HRC${n}`;
  }
  return null;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

export function dateIn(text: string): string | null {
  const iso = ISO.exec(text);
  if (iso) return `${iso[1]}-${iso[2]}-${iso[3]}`;
  const dmy = DAY_MONTH_YEAR.exec(text);
  if (dmy) {
    const month = ENGLISH_MONTHS.indexOf(dmy[2]!.toLowerCase()) + 1;
    return `${dmy[3]}-${pad(month)}-${pad(Number(dmy[1]))}`;
  }
  const mdy = MONTH_DAY_YEAR.exec(text);
  if (mdy) {
    const month = ENGLISH_MONTHS.indexOf(mdy[1]!.toLowerCase()) + 1;
    return `${mdy[3]}-${pad(month)}-${pad(Number(mdy[2]))}`;
  }
  return null;
}

/**
 * The regular session a date falls in, from 2008 (HRC7) on: the first of the year meets Feb–Apr,
 * the second Jun–Jul, the third Sep–Oct (HRC52 = March 2023). Null for other months (special
 * sessions, the UPR Working Group) and earlier years.
 */
export function sessionOfDate(date: string | null): string | null {
  if (!date) return null;
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  if (year < 2008) return null;
  const slot =
    month >= 2 && month <= 4 ? 1 : month >= 6 && month <= 7 ? 2 : month >= 9 && month <= 10 ? 3 : 0;
  return slot === 0 ? null : `HRC${3 * (year - 2006) + slot}`;
}

export function agendaItemIn(text: string): string | null {
  const m = ITEM.exec(text);
  return m ? String(Number(m[1] ?? m[2])) : null;
}

export function debateIn(text: string): string | null {
  const d = DIALOGUE.exec(text);
  if (d) return `interactive dialogue with the ${d[1]!.replace(/\s+/g, ' ').trim()}`;
  const u = UPR_OUTCOME.exec(text);
  if (u) return `universal periodic review outcome of ${u[1]!.trim()}`;
  const g = GENERAL_DEBATE.exec(text);
  if (g)
    return g[0]
      .replace(/\s+/g, ' ')
      .trim()
      .replace(/^general\s+debate/i, 'general debate');
  return null;
}

/** The context after a sentence: what it says replaces what was known. */
export function advance(ctx: MeetingContext, text: string): MeetingContext {
  const next = { ...ctx };
  const session = sessionIn(text);
  if (session) {
    next.session = session;
    next.sessionBy = 'text';
  }
  // a date line ("2 July 2015", a dateline) dates the meeting; a date inside a sentence ("As of
  // 1 April 2013 there are …") may be of anything
  // … or the date of a meeting: "At its 30th meeting, on 23 March 2023, the Council …"
  const meetingDate = /\bmeeting,\s+on\s+([^,]{6,30}),/.exec(text);
  const date =
    text.length <= 60 || /^\s*date\s/.test(text)
      ? dateIn(text)
      : meetingDate
        ? dateIn(meetingDate[1]!)
        : null;
  if (date) next.date = date;
  const meeting = MEETING.exec(text.trim());
  if (meeting) next.meeting = (meeting[1] ?? meeting[2]!).toLowerCase();
  const item = agendaItemIn(text);
  const debate = debateIn(text);
  if (debate) {
    next.debate = debate;
    // a new debate without an item printed does not keep the last debate's item
    next.agendaItem =
      item ??
      (/item\s+\d/i.test(debate)
        ? agendaItemIn(debate)
        : // UPR outcomes are adopted under item 6 (Council resolution 5/1, agenda)
          debate.startsWith('universal periodic review')
          ? '6'
          : null);
  } else if (item) next.agendaItem = item;
  return next;
}

/** The context as a record stores it: a session from the date when the text gives none. */
export function settle(ctx: MeetingContext): MeetingContext {
  if (ctx.session) return ctx;
  const inferred = sessionOfDate(ctx.date);
  return inferred ? { ...ctx, session: inferred, sessionBy: 'date' } : ctx;
}
