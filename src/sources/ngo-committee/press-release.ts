import { z } from 'zod';
import {
  PressApplication,
  PressVote,
  type ApplicationStatus,
  type NgoAction,
  type PressQuestion,
  type VoteCounts,
} from '../../domain/ngo-committee.js';
import { ParseProblem, SourceDocumentMeta } from '../../domain/provenance.js';
import { resolveState } from '../../domain/reference/states.js';
import { COUNT_PATTERN_SOURCE, parseCount } from '../common/numbers.js';
import type { ParseResult } from '../common/parse-result.js';
import { isIsoDate, parseUnTextHeader, type UnTextHeader } from '../common/un-text-header.js';
import { labelQuestion } from './topics.js';

/**
 * Parser for the UN Meetings Coverage press releases of the ECOSOC Committee on NGOs (symbols
 * ECOSOC/64xx–70xx, NGO/6xx–9xx), 2010 onwards plus older ones. It reads
 *
 *  - per-application lines: "Org (Country) — as the representative of China asked …;" and the
 *    variants the UN has printed since 2010 (possessives, delegates, several states per line,
 *    en dash or " - " in mirrors, plain "Org (Country);" in recommended lists, the 2010 style
 *    "Org, a national organization in Bangladesh which …;", lists run into one paragraph);
 *  - the context those lines sit in: section headings (status sought) and lead-in sentences
 *    (what the Committee did);
 *  - recorded votes: "by a recorded vote of 15 in favour (…) to 3 against (…), with 1 abstention (…)".
 *
 * It is pure and total: any string gives a result; lines that look like records but cannot be read
 * become warnings with their file line, so nothing is dropped silently.
 */

export interface NgoPressRelease {
  meta: SourceDocumentMeta;
  applications: PressApplication[];
  votes: PressVote[];
}

/** The result's shape as a schema, for importers and the fuzz test. */
export const NgoPressReleaseSchema = z.object({
  meta: SourceDocumentMeta,
  applications: z.array(PressApplication),
  votes: z.array(PressVote),
});

/** Problem codes this parser reports. "Unread" ones mean a candidate line (or part) was not read. */
export const PROBLEM_CODES = {
  notText: 'not-text',
  truncatedLine: 'truncated-line',
  unreadListItem: 'unread-list-item',
  unreadQuestion: 'unread-question',
  listWithoutAction: 'list-without-action',
  orgLineOutsideList: 'org-line-outside-list',
  unreadVote: 'unread-vote',
  unknownState: 'unknown-state',
  unresolvedCountry: 'unresolved-country',
  voteCountMismatch: 'vote-count-mismatch',
} as const;

const UNREAD_CODES: ReadonlySet<string> = new Set([
  PROBLEM_CODES.truncatedLine,
  PROBLEM_CODES.unreadListItem,
  PROBLEM_CODES.unreadQuestion,
  PROBLEM_CODES.listWithoutAction,
  PROBLEM_CODES.orgLineOutsideList,
  PROBLEM_CODES.unreadVote,
]);

/** True for problems that mean text was not read (as opposed to a name not resolved). */
export function isUnreadProblem(p: ParseProblem): boolean {
  return UNREAD_CODES.has(p.code);
}

// ---------------------------------------------------------------------------------------------
// Characters
// ---------------------------------------------------------------------------------------------

/**
 * One-for-one character folding, so that indices in the folded line are indices in the printed
 * line: no-break and thin spaces become spaces, non-breaking and other hyphens become "-". Dashes
 * (— –) are kept: they separate an organisation from the questions about it.
 */
function foldSpaces(s: string): string {
  return s
    .replace(/[\u00a0\u2007\u202f\u2000-\u200a\u200b\u3000\t\f\v]/g, ' ')
    .replace(/[\u2010\u2011\u2012]/g, '-');
}

/** As foldSpaces, and every apostrophe form becomes "'", for matching only (output keeps ’). */
function foldApostrophes(s: string): string {
  return s.replace(/[\u2018\u2019\u02bc\u0060\u00b4\u2032]/g, "'");
}

function collapse(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

function excerpt(s: string, max = 160): string {
  const t = collapse(s);
  return t.length <= max ? t : `${t.slice(0, max - 1)}…`;
}

// A line that ends like this was not cut by the excerpt; anything else on the last line was.
const ENDS_COMPLETE = /[.;:!?)\]"'”’»…]\s*$/;

// ---------------------------------------------------------------------------------------------
// State names in running text
// ---------------------------------------------------------------------------------------------

// A capitalised word of a state name, then more words joined by "of", "and", "the", "d'" or a
// parenthesised qualifier: "Republic of Korea", "Côte d'Ivoire", "Iran (Islamic Republic of)".
// Repetition is bounded so that a long run of capitalised words cannot make matching quadratic.
const CAP_WORD = String.raw`\p{Lu}[\p{L}\p{M}.\-]*`;
const STATE_NAME = String.raw`${CAP_WORD}(?:(?:(?:\s+(?:of|and|the)){0,3}\s+|\s+d')${CAP_WORD}|\s*\([^()]{1,60}\)){0,8}`;
const SPEAKER = String.raw`(?:representatives?|delegates?|delegations?|speakers?)`;
const CLAUSE_LEAD = String.raw`(?:\b(?:[Aa]s|[Ww]hile|[Aa]nd|[Ww]ith|[Bb]ut|[Ww]hereas)\s+)?(?:\b[Tt]he\s+)?`;
// "as the representative of China asked", "while the delegate of Cuba requested"
const CLAUSE_OF = new RegExp(
  String.raw`${CLAUSE_LEAD}\b${SPEAKER}\s+(?:of|from)\s+(?:the\s+)?(${STATE_NAME})`,
  'dgu',
);
// "as China's representative asked", "as China 's representative" (stray space, as printed in
// 2021), "the United States' delegate"
const CLAUSE_POSSESSIVE = new RegExp(
  String.raw`${CLAUSE_LEAD}(?<![\p{L}\p{M}])(${STATE_NAME})(\s?'s?)\s+${SPEAKER}\b`,
  'dgu',
);
const CLAUSE_PATTERNS: ReadonlyArray<readonly [RegExp, boolean]> = [
  [CLAUSE_OF, false],
  [CLAUSE_POSSESSIVE, true],
];

interface Clause {
  /** Indices in the text searched. */
  start: number;
  end: number;
  nameStart: number;
  nameEnd: number;
  printedEnd: number;
  possessive: boolean;
}

interface ResolvedName {
  printed: string;
  code: string;
}

/**
 * The state(s) a printed name stands for: one state ("Türkiye"), or several joined by commas and
 * "and" ("China and Pakistan") while keeping "Trinidad and Tobago" whole. With dropLeading, words
 * before the name that the pattern swept in ("Then China") are dropped one by one.
 */
function resolveStates(printed: string, dropLeading: boolean): ResolvedName[] | null {
  const name = printed.replace(/[\s.,;:-]+$/, '');
  if (name === '') return null;
  const whole = resolveState(name);
  if (whole) return [{ printed: name, code: whole }];
  // Split on separators but keep them, so that parts can be joined back as printed.
  const pieces = name.split(/(\s*,\s*(?:and\s+)?|\s+and\s+)/);
  const parts: string[] = [];
  const seps: string[] = [];
  pieces.forEach((p, i) => (i % 2 === 0 ? parts.push(p) : seps.push(p)));
  if (parts.length > 1) {
    const out: ResolvedName[] = [];
    let i = 0;
    while (i < parts.length) {
      let found = false;
      for (let j = parts.length - 1; j >= i; j -= 1) {
        let joined = parts[i]!;
        for (let k = i + 1; k <= j; k += 1) joined += seps[k - 1]! + parts[k]!;
        const code = resolveState(joined);
        if (code) {
          out.push({ printed: joined.trim(), code });
          i = j + 1;
          found = true;
          break;
        }
      }
      if (!found) break;
    }
    if (i === parts.length) return out;
  }
  if (dropLeading) {
    const words = name.split(/\s+/);
    for (let drop = 1; drop < Math.min(words.length, 4); drop += 1) {
      const rest = words.slice(drop).join(' ');
      const code = resolveState(rest);
      if (code) return [{ printed: rest, code }];
    }
  }
  return null;
}

// ---------------------------------------------------------------------------------------------
// Sentences
// ---------------------------------------------------------------------------------------------

const ABBREVIATIONS = new Set([
  'inc',
  'ltd',
  'co',
  'corp',
  'st',
  'dr',
  'mr',
  'mrs',
  'ms',
  'no',
  'nos',
  'jr',
  'sr',
  'mt',
  'e.v',
  'u.s',
  'u.k',
  'etc',
  'vs',
  'ave',
]);

function isAbbreviation(text: string, dot: number): boolean {
  let start = dot;
  while (start > 0 && /[\p{L}.]/u.test(text[start - 1]!)) start -= 1;
  const word = text.slice(start, dot).toLowerCase();
  // A single capital ("G. A. T.") is an initial, not the end of a sentence.
  return ABBREVIATIONS.has(word) || /^\p{L}$/u.test(word);
}

/**
 * Sentence spans of a line: a sentence ends at ". " (or ! ?) before a capital or an opening quote,
 * never inside parentheses (vote lists) and never after an abbreviation ("Inc.", "Ltd.").
 */
function sentenceSpans(text: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  let start = 0;
  let depth = 0;
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i];
    if (ch === '(') depth += 1;
    else if (ch === ')') depth = Math.max(0, depth - 1);
    else if ((ch === '.' || ch === '!' || ch === '?') && depth === 0) {
      let j = i + 1;
      while (j < text.length && text[j] === ' ') j += 1;
      if (
        j > i + 1 &&
        j < text.length &&
        /[\p{Lu}"“]/u.test(text[j]!) &&
        !isAbbreviation(text, i)
      ) {
        spans.push([start, i + 1]);
        start = j;
        i = j - 1;
      }
    }
  }
  spans.push([start, text.length]);
  return spans;
}

/** Where the last sentence of the text starts. */
function lastSentenceStart(text: string): number {
  const spans = sentenceSpans(text);
  return spans[spans.length - 1]![0];
}

/** Text up to its first sentence end (a period before white space or the end, not "Inc."). */
function untilSentenceEnd(text: string): string {
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i];
    if (ch !== '.' && ch !== ';') continue;
    const next = text[i + 1];
    if (next !== undefined && !/\s/.test(next)) continue;
    if (ch === '.' && isAbbreviation(text, i)) continue;
    return text.slice(0, i);
  }
  return text;
}

// ---------------------------------------------------------------------------------------------
// Context: headings and lead-in sentences
// ---------------------------------------------------------------------------------------------

const HEADING_STATUS: ReadonlyArray<[RegExp, ApplicationStatus]> = [
  [/^special\s+consultative\s+status$/i, 'special'],
  [/^general\s+consultative\s+status$/i, 'general'],
  [/^roster(?:\s+status)?$/i, 'roster'],
  [
    /^(?:requests?\s+for\s+)?reclassifications?(?:\s+of\s+(?:consultative\s+)?status)?$/i,
    'reclassification',
  ],
  [
    /^(?:(?:review|consideration)\s+of\s+)?(?:new\s+|deferred\s+)?quadrennial\s+reports?$/i,
    'quadrennial-report',
  ],
];

/** A section heading: a short capitalised line without closing punctuation. */
function isHeading(trimmed: string): boolean {
  if (trimmed.length > 100 || !/^[\p{Lu}\d]/u.test(trimmed)) return false;
  if (/[.;:,!?]$/.test(trimmed)) return false;
  return trimmed.split(/\s+/).length <= 12;
}

function headingStatus(trimmed: string): ApplicationStatus {
  for (const [re, status] of HEADING_STATUS) if (re.test(trimmed)) return status;
  return 'unknown';
}

/** What the Committee did to the organisations a lead-in sentence introduces. Order matters. */
function detectAction(s: string): NgoAction | null {
  if (/\bquadrennial\b/i.test(s)) {
    if (/\b(?:defer|postpon)/i.test(s)) return 'report-deferred';
    if (/\b(?:took|take|takes|taking|taken)\s+note\b|\bnoted\b/i.test(s)) return 'report-noted';
  }
  if (
    /\bnot\s+to\s+(?:recommend|grant)\b|\bdecided\s+against\b|\bno-action\b|\brejected\b|\bdenied\b|\bnot\s+recommended\b/i.test(
      s,
    )
  )
    return 'not-recommended';
  if (
    /\bwithdraw\w*\s+(?:of\s+|from\s+)?(?:the\s+)?(?:consultative\s+)?status\b|\bstatus\s+withdrawn\b/i.test(
      s,
    )
  )
    return 'status-withdrawn';
  if (/\bclos(?:e|ed|es|ing)\b/i.test(s)) return 'closed';
  if (/\bwithdr(?:ew|awn|awal|aw|awing)\b/i.test(s)) return 'withdrawn';
  if (/\b(?:postpon|defer)\w*/i.test(s)) return 'deferred';
  if (/\b(?:recommend\w*|grant\w*|approv\w*|reclassif\w*)\b/i.test(s)) return 'recommended';
  return null;
}

function detectStatus(s: string): ApplicationStatus | null {
  if (/\bquadrennial\b/i.test(s)) return 'quadrennial-report';
  if (/\breclassif/i.test(s)) return 'reclassification';
  if (/\bspecial\s+(?:consultative\s+)?status\b/i.test(s)) return 'special';
  if (/\bgeneral\s+(?:consultative\s+)?status\b/i.test(s)) return 'general';
  if (/\broster\b/i.test(s)) return 'roster';
  return null;
}

interface LeadIn {
  start: number;
  colon: number;
  action: NgoAction | null;
  status: ApplicationStatus | null;
  /** The number of organisations the sentence announces ("the following 52 organizations"). */
  announced: number | null;
}

const LIST_NOUN = String.raw`(?:non-governmental\s+)?(?:organi[sz]ations?|NGOs?|entities|entity|groups?|applicants?|applications?|reports?|bodies)`;
const ENDS_WITH_LIST_NOUN = new RegExp(String.raw`${LIST_NOUN}\s*(?:\([^()]*\))?\s*$`, 'i');
const ENDS_WITH_PREPOSITION = /\b(?:for|of|to)\s*$/i;
const MENTIONS_LIST_NOUN = new RegExp(String.raw`\b${LIST_NOUN}\b`, 'i');
const ANNOUNCED_COUNT = new RegExp(
  String.raw`\bfollowing\s+(${COUNT_PATTERN_SOURCE})\s+${LIST_NOUN}|\bto\s+(?:the\s+)?(?:following\s+)?(${COUNT_PATTERN_SOURCE})\s+${LIST_NOUN}`,
  'i',
);

const LEAD_IN_MAX = 600;
const LIST_END_QUICK = new RegExp(
  String.raw`(?:${LIST_NOUN}|\bfor|\bof|\bto)\s*(?:\([^()]*\))?\s*$`,
  'i',
);
const COUNTED_LIST_END = new RegExp(String.raw`\b${COUNT_PATTERN_SOURCE}\s+${LIST_NOUN}\s*$`, 'i');
const ENTRY_SEPARATOR = /\)\s*(?:[—–]|-{1,2}\s)/;

/**
 * The status sought by the organisations of a list: what the lead-in says, else the section
 * heading's. Report actions are about quadrennial reports whatever the heading; and a
 * "Quadrennial Reports" heading says nothing about applications closed or withdrawn under it.
 */
function listStatus(leadIn: LeadIn, heading: ApplicationStatus): ApplicationStatus {
  if (leadIn.action === 'report-noted' || leadIn.action === 'report-deferred')
    return 'quadrennial-report';
  const status = leadIn.status ?? heading;
  return status === 'quadrennial-report' ? 'unknown' : status;
}

/** A lead-in is the sentence before a colon that introduces a list of organisations. */
function classifyLeadIn(sentence: string): Omit<LeadIn, 'start' | 'colon'> | null {
  const s = sentence.trim();
  if (s.length < 8 || s.length > LEAD_IN_MAX) return null;
  const following = /\bfollowing\b/i.test(s);
  const endsLikeList = ENDS_WITH_LIST_NOUN.test(s) || ENDS_WITH_PREPOSITION.test(s);
  if (!following && !endsLikeList) return null;
  const action = detectAction(s);
  // "He said the following:" introduces a quotation, not organisations.
  if (!MENTIONS_LIST_NOUN.test(s) && !(action && endsLikeList)) return null;
  // Without a stated action, only "the following …:" or a counted list ("…, 15 non-governmental
  // organizations:") is taken as a list; "SUBJECT: UN COMMITTEE ON NGOS:" is not.
  if (!action && !following && !COUNTED_LIST_END.test(s)) return null;
  const m = ANNOUNCED_COUNT.exec(s);
  const printed = m ? (m[1] ?? m[2]) : undefined;
  return {
    action,
    status: detectStatus(s),
    announced: printed ? (parseCount(printed) ?? null) : null,
  };
}

// ---------------------------------------------------------------------------------------------
// Organisation lines
// ---------------------------------------------------------------------------------------------

// A parenthesised group with at most one nested group: "(Iran (Islamic Republic of))".
const PAREN_GROUP = /\(((?:[^()]|\([^()]*\))*)\)/g;
// What may follow the country at the end of a list entry: "", ";", "; and", ".", ", and".
const AFTER_COUNTRY_END = /^\s*[;,.:]?\s*(?:and|or)?\s*[;.]?\s*$/;
// …and on the last line of a truncated excerpt, the start of "and" too: "(United States); an".
const AFTER_COUNTRY_END_CUT = /^\s*[;,.]?\s*(?:and|an|a|or)?\s*$/;
// The separator between an entry and the questions about it: em dash, en dash, " - ", "--".
const AFTER_COUNTRY_SEP = /^\s*(?:[—–]+|-{1,2}(?=\s)|,(?=\s*(?:as|while)\s))\s*/;
const SEP_BEFORE_CLAUSE = /^(.{2,300}?)\s*(?:[—–]+|\s-{1,2})\s*(?=(?:as|while)\s)/;
// Running prose, not an organisation's name: a finite verb in lower case.
const PROSE_VERB =
  /\s(?:was|were|is|are|has|have|had|been|will|would|said|asked|requested|noted|decided|recommended|postponed|deferred|granted|took|held|considered|stated)\s/;
const PROSE_START =
  /^(?:The Committee|The \d|It|In|At|As|After|Also|During|Following|Speaking|Before|Action|Those|Several|Other|This|That|These|When|While|However|Further|Meanwhile|Responding|Turning|Delegates|Members|Committee|Under|On|Of|By|With)\b/;
// "Samaj Kalyan Unnayan Shagstha, a national organization in Bangladesh which …" (2010 style).
const DESCRIBED =
  /^(.{2,200}?),\s+(?:an?|the)\s+(?:[\p{L}-]+\s+){0,5}?(?:organi[sz]ation|NGO|group|association|network|foundation|institute|body|entity|charity|society|federation|union|centre|center)\b/u;
const DESCRIBED_IN = new RegExp(
  String.raw`\b(?:organi[sz]ation|NGO|group|entity|body|association|network)\s+(?:based\s+)?in\s+(?:the\s+)?(${CAP_WORD}(?:(?:\s+(?:of|and|the))?\s+${CAP_WORD}){0,5})`,
  'du',
);
const DESCRIBED_BASED = new RegExp(
  String.raw`\ban?\s+(\p{Lu}[\p{L}\p{M}]*(?:\s+\p{Lu}[\p{L}\p{M}]*){0,4})-based\b`,
  'du',
);
const REPRESENTATIVE_WORD =
  /\b(?:representatives?|delegates?|delegations?|speakers?)\b|^\s*(?:as|while)\s/i;

interface ItemHead {
  /** Ranges are indices in the line. */
  org: [number, number];
  country: [number, number] | null;
  /** Where the text after the separator starts, or -1 when there is none. */
  tailStart: number;
  /** True when the organisation was found without a country or description ("Friends of ISTAR;"). */
  plain: boolean;
}

/**
 * Reads one list entry in line[start, end) (match form). Returns null when the text is not an
 * organisation entry. `inline` entries come from a list run into one paragraph and were already
 * split at ";".
 */
function readItemHead(
  m: string,
  start: number,
  end: number,
  inline: boolean,
  cut: boolean,
): ItemHead | null {
  // A bullet some mirrors add, and the "and" before a list's last entry, are not part of the name.
  const lead = /^\s*(?:[•·▪*]\s*)?(?:(?:and|or)\s+)?/.exec(m.slice(start, end));
  const s = start + (lead ? lead[0].length : 0);
  const text = m.slice(s, end);
  if (text.trim() === '') return null;

  // The country is the first parenthesised group that ends the entry or precedes the separator,
  // so "(ACHR)" in "Asia Center for Human Rights (ACHR) (Republic of Korea) —" is part of the name.
  PAREN_GROUP.lastIndex = 0;
  for (let g = PAREN_GROUP.exec(text); g; g = PAREN_GROUP.exec(text)) {
    const groupEnd = g.index + g[0].length;
    const after = text.slice(groupEnd);
    const sep = AFTER_COUNTRY_SEP.exec(after);
    const atEnd = AFTER_COUNTRY_END.test(after) || (cut && AFTER_COUNTRY_END_CUT.test(after));
    if (!sep && !atEnd) continue;
    if (!isOrganizationName(text.slice(0, g.index))) return null;
    return {
      org: [s, s + g.index],
      country: [s + g.index + 1, s + groupEnd - 1],
      tailStart: sep ? s + groupEnd + sep[0].length : -1,
      plain: false,
    };
  }

  const beforeClause = SEP_BEFORE_CLAUSE.exec(text);
  if (beforeClause && isOrganizationName(beforeClause[1]!)) {
    return {
      org: [s, s + beforeClause[1]!.length],
      country: null,
      tailStart: s + beforeClause[0].length,
      plain: false,
    };
  }

  const described = DESCRIBED.exec(text);
  if (described && isOrganizationName(described[1]!)) {
    const nameEnd = described[1]!.length;
    let country: [number, number] | null = null;
    const within = DESCRIBED_IN.exec(text.slice(nameEnd));
    const based = within ? null : DESCRIBED_BASED.exec(text);
    if (within?.indices?.[1])
      country = [s + nameEnd + within.indices[1][0], s + nameEnd + within.indices[1][1]];
    else if (based?.indices?.[1]) country = [s + based.indices[1][0], s + based.indices[1][1]];
    const dash = /\s[—–]\s*/.exec(text.slice(nameEnd));
    return {
      org: [s, s + nameEnd],
      country,
      tailStart: dash ? s + nameEnd + dash.index + dash[0].length : -1,
      plain: false,
    };
  }

  const t = text.trimEnd();
  const name = t
    .replace(/[\s;,]*(?:\band)?[\s;,]*$/, '')
    .replace(/\.$/, (dot, offset: number, whole: string) =>
      isAbbreviation(whole, offset) ? dot : '',
    );
  if (name.length < 2 || name.length > (inline ? 200 : 150)) return null;
  if ((!inline && PROSE_START.test(t)) || PROSE_VERB.test(` ${t} `) || /:\s/.test(t)) return null;
  if (!inline && !/;\s*(?:and)?$|,\s*and$|\.$/.test(t)) return null;
  return { org: [s, s + name.length], country: null, tailStart: -1, plain: true };
}

function isOrganizationName(name: string): boolean {
  const t = name.trim();
  if (t.length < 2 || t.length > 300) return false;
  if (!/^[\p{L}\p{N}"“‘'«(]/u.test(t)) return false;
  return !PROSE_VERB.test(` ${t} `);
}

function cleanName(s: string): string {
  return collapse(s)
    .replace(/^(?:and|or)\s+/i, '')
    .replace(/[\s,;:]+$/, '')
    .replace(/\.$/, (dot, offset: number, whole: string) =>
      isAbbreviation(whole, offset) ? dot : '',
    );
}

// ---------------------------------------------------------------------------------------------
// Votes
// ---------------------------------------------------------------------------------------------

const NAME_LIST = String.raw`\((?:[^()]|\([^()]*\))*\)`;
const VOTE_CUE = new RegExp(
  String.raw`\b${COUNT_PATTERN_SOURCE}\s+(?:votes?\s+)?in\s+favou?r\b|\b(?:recorded|roll-call)\s+vote\s+of\b|\bby\s+a\s+vote\s+of\b`,
  'i',
);
const YES = new RegExp(
  String.raw`\b(${COUNT_PATTERN_SOURCE})\s+(?:votes?\s+)?in\s+favou?r\b(?:\s*(${NAME_LIST}))?`,
  'i',
);
const NO = new RegExp(
  String.raw`\b(${COUNT_PATTERN_SOURCE})\s+(?:votes?\s+)?against\b(?:\s*(${NAME_LIST}))?`,
  'i',
);
const ABSTAIN = new RegExp(
  String.raw`\b(${COUNT_PATTERN_SOURCE})\s+(?:abstentions?|abstaining|abstained)\b(?:\s*(${NAME_LIST}))?`,
  'i',
);
const ABSENT = new RegExp(
  String.raw`\b(${COUNT_PATTERN_SOURCE})\s+(?:(?:members?|delegations?|states?)\s+(?:were\s+)?absent|absent(?:\s+(?:members?|delegations?))?|absentees?)\b(?:\s*(${NAME_LIST}))?`,
  'i',
);
const ABSENT_COLON = /\babsent\s*:\s*((?:[^.;()]|\([^()]*\))+)/i;
const VOTE_INTRO =
  /\s*,?\s*(?:\b(?:by|in|with|following|after)\s+)?(?:a\s+)?(?:recorded\s+|roll-call\s+)?(?:votes?\s+(?:of\s+)?)?$/i;
const DECISION_VERB =
  /\b(rejected|adopted|approved|granted|denied|defeated|decided|refused|recommended|carried|failed)\b/gi;
const PARTICIPLE_TO_MOTION: Readonly<Record<string, string>> = {
  granted: 'grant',
  recommended: 'recommend',
  denied: 'deny',
  refused: 'refuse',
  rejected: 'reject',
  approved: 'approve',
};
const SUBJECT_BEFORE =
  /^(.{2,300}?)\s+(?:was|were)\s+(granted|recommended|denied|refused|rejected|approved)\s+(.+?)\s*$/;
const APPLICATION_OF = new RegExp(
  String.raw`\b(?:applications?|requests?)\s+(?:submitted\s+)?(?:by|of)\s+(?:the\s+)?(?:non-governmental\s+organi[sz]ation\s+|organi[sz]ation\s+|NGO\s+|group\s+)?(${CAP_WORD}[^;()]*)`,
  'u',
);
// Where an organisation's name ends in running text: ", following", " by a recorded vote"; but
// not ", Inc." or words inside names ("Committee to Protect Journalists").
const SUBJECT_STOP =
  /(?:,\s+(?!Inc\b|Ltd\b|e\.V\.)|\s+(?:by|following|after|was|were|which|with|on)\s)[\s\S]*$/;
const IN_FAVOUR_OF = /^\s+of\s+(\p{Ll}+ing\b[^,;.()]*?)(?=\s+(?:and|to|with)\s|\s*[,;.(]|$)/u;
const MOTION_AFTER = /^\s*,?\s*(?:(?:so as |in order )?to)\s+(.+)$/i;
const OBJECT_SPLIT =
  /^(.+?)\s+(?:of|for|to|submitted by)\s+(?:the\s+)?(?:non-governmental\s+organi[sz]ation|organi[sz]ation|NGO|group|entity)?\s*(\p{Lu}.*)$/u;

interface Tally {
  count: number;
  names: string | null;
  index: number;
  end: number;
}

function tally(re: RegExp, text: string): Tally | null {
  const m = re.exec(text);
  if (!m) return null;
  const count = parseCount(m[1]!);
  if (count === undefined) return null;
  const list = m[2] ?? null;
  return {
    count,
    names: list ? list.slice(1, -1) : null,
    index: m.index,
    end: m.index + m[0].length,
  };
}

/** Splits "Azerbaijan, Burundi, Iran (Islamic Republic of) and Sudan" at top-level commas and "and". */
function splitNameList(list: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < list.length; i += 1) {
    const ch = list[i];
    if (ch === '(') depth += 1;
    else if (ch === ')') depth = Math.max(0, depth - 1);
    else if ((ch === ',' || ch === ';') && depth === 0) {
      parts.push(list.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(list.slice(start));
  return parts.map((p) => collapse(p).replace(/^and\s+/i, '')).filter((p) => p !== '');
}

// ---------------------------------------------------------------------------------------------
// Metadata
// ---------------------------------------------------------------------------------------------

const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];
// Symbols at the top of a release: "ECOSOC/6731-NG0/822" (sic, zero for O), "NGO/934", or glued to
// the masthead ("Economic and Social CouncilECOSOC/6408"). Cross-references inside sentences
// ("See Press Releases ECOSOC/6729") do not start a line and are not taken.
const SYMBOL_AT_START =
  /^(?:.*Council)?\s*((?:ECOSOC|NGO|NG0)\/\d{2,5})(?:\s*-\s*((?:NGO|NG0)\/\d{2,5}))?\b/;
const SYMBOL_IN_TITLE = /\(((?:ECOSOC|NGO|NG0)\/\d{2,5})\)/;
const SYMBOL_IN_URL = /(?:^|[/.])(ecosoc|ngo)(\d{2,5})\.(?:doc\.)?html?(?:$|[?#])/i;
const DATE_CRAWLER = /^\s*date\s+(\d{4}-\d{2}-\d{2})\b/;
const DATE_WORDS = new RegExp(
  String.raw`^\s*(\d{1,2})\s+(${MONTHS.join('|')})\s+(\d{4})(?:\s|$)`,
  'i',
);
const DATE_COMPACT = /^\s*((?:19|20)\d{2})(\d{2})(\d{2})\s*$/;
const YEAR_IN_URL = /\/((?:19|20)\d{2})\//;
// The masthead (symbol, dateline) is at the top; later dates are references ("as of 3 February").
const MASTHEAD_LINES = 40;

function normaliseSymbol(symbol: string): string {
  return symbol.replace(/^NG0\//, 'NGO/');
}

function readSymbol(
  lines: readonly string[],
  title: string | null,
  url: string | null,
): string | null {
  let ngo: string | null = null;
  let seen = 0;
  for (const line of lines) {
    if (line.trim() === '') continue;
    if ((seen += 1) > MASTHEAD_LINES) break;
    const m = SYMBOL_AT_START.exec(line.length > 300 ? line.slice(0, 300) : line);
    if (!m) continue;
    const first = normaliseSymbol(m[1]!);
    if (first.startsWith('ECOSOC/')) return first;
    ngo ??= first;
  }
  if (ngo) return ngo;
  const inTitle = title ? SYMBOL_IN_TITLE.exec(title) : null;
  if (inTitle) return normaliseSymbol(inTitle[1]!);
  const inUrl = url ? SYMBOL_IN_URL.exec(url) : null;
  if (inUrl) return `${inUrl[1]!.toUpperCase()}/${inUrl[2]!}`;
  return null;
}

function readBodyDate(lines: readonly string[]): string | null {
  let seen = 0;
  for (const line of lines) {
    if (line.trim() === '') continue;
    if ((seen += 1) > MASTHEAD_LINES) break;
    const crawler = DATE_CRAWLER.exec(line);
    if (crawler && isIsoDate(crawler[1]!)) return crawler[1]!;
    const words = DATE_WORDS.exec(line);
    if (words) {
      const month = MONTHS.indexOf(words[2]!.toLowerCase()) + 1;
      const iso = `${words[3]}-${String(month).padStart(2, '0')}-${words[1]!.padStart(2, '0')}`;
      if (isIsoDate(iso)) return iso;
    }
    const compact = DATE_COMPACT.exec(line);
    if (compact) {
      const iso = `${compact[1]}-${compact[2]}-${compact[3]}`;
      if (isIsoDate(iso)) return iso;
    }
  }
  return null;
}

function readMeta(header: UnTextHeader, lines: readonly string[]): SourceDocumentMeta {
  const { url, title } = header.meta;
  const date = header.meta.date ?? readBodyDate(lines);
  const urlYear = url ? YEAR_IN_URL.exec(url) : null;
  return {
    symbol: readSymbol(lines, title, url),
    url,
    title,
    date,
    year: date ? Number(date.slice(0, 4)) : urlYear ? Number(urlYear[1]) : null,
    language: 'en',
  };
}

// ---------------------------------------------------------------------------------------------
// The reader
// ---------------------------------------------------------------------------------------------

interface Line {
  /** As in the file. */
  raw: string;
  /** Spaces and hyphens folded one-for-one (indices equal raw's); used for output text. */
  text: string;
  /** text with apostrophes folded too; used for matching. */
  m: string;
  number: number;
  /** The last line of a text that stops mid-sentence: an excerpt cut there. */
  cut: boolean;
}

interface ListContext {
  action: NgoAction | null;
  status: ApplicationStatus;
  entries: number;
  lastEndedWithAnd: boolean;
}

const LINE_BREAK = /\r\n|\r|\n/;
// An organisation line met outside any list: we cannot tell what the Committee did with it.
const ORG_LINE_CUE =
  /\)\s*(?:[—–]|-{1,2}\s)\s*(?:as|while)\s|\s[—–]\s*as\s+(?:the\s+)?(?:representatives?\s+of\b|\p{Lu}[\p{L}\p{M}]*\s?'s?\s+(?:representative|delegate))/u;

class ReleaseReader {
  readonly applications: PressApplication[] = [];
  readonly votes: PressVote[] = [];
  readonly problems: ParseProblem[] = [];
  private headingStatus: ApplicationStatus = 'unknown';
  private list: ListContext | null = null;

  constructor(private readonly file: string | undefined) {}

  warn(line: number, code: string, message: string, text?: string): void {
    const problem: ParseProblem = { line, code, message, severity: 'warning' };
    if (this.file !== undefined) problem.file = this.file;
    if (text !== undefined) problem.excerpt = excerpt(text);
    this.problems.push(problem);
  }

  readLine(line: Line): void {
    const trimmed = line.m.trim();
    if (trimmed === '') return;
    this.readVotes(line);
    if (this.readLeadIns(line)) return;
    if (this.list && this.readListEntry(line)) return;
    if (isHeading(trimmed) && !line.cut) {
      this.headingStatus = headingStatus(trimmed);
      this.list = null;
      return;
    }
    if (this.list) {
      if (PROSE_START.test(trimmed) || trimmed.length > 400) {
        this.list = null;
      } else if (line.cut) {
        this.warn(
          line.number,
          PROBLEM_CODES.truncatedLine,
          'excerpt cut mid-line; list entry not read',
          line.text,
        );
      } else {
        this.warn(
          line.number,
          PROBLEM_CODES.unreadListItem,
          'line in a list of organisations could not be read',
          line.text,
        );
      }
      return;
    }
    if (ORG_LINE_CUE.test(line.m)) {
      this.warn(
        line.number,
        PROBLEM_CODES.orgLineOutsideList,
        'organisation line outside any list: the Committee action is not stated',
        line.text,
      );
    }
  }

  // --- lead-ins ------------------------------------------------------------------------------

  /** Finds lead-in sentences in the line; reads lists that follow them on the same line. */
  private readLeadIns(line: Line): boolean {
    const leadIns: LeadIn[] = [];
    for (let c = line.m.indexOf(':'); c >= 0; c = line.m.indexOf(':', c + 1)) {
      const next = line.m[c + 1];
      if (next !== undefined && !/\s/.test(next)) continue;
      // Cheap tests first: a long line of colons must not cost a sentence split per colon.
      const windowStart = Math.max(0, c - LEAD_IN_MAX);
      if (
        !/following/i.test(line.m.slice(windowStart, c)) &&
        !LIST_END_QUICK.test(line.m.slice(Math.max(0, c - 60), c))
      ) {
        continue;
      }
      const start = windowStart + lastSentenceStart(line.m.slice(windowStart, c));
      if (leadIns.length > 0 && start < leadIns[leadIns.length - 1]!.colon) continue;
      const sentence = line.m.slice(start, c);
      // "Org (Country) — as China’s delegate asked the following: …" is an entry, not a lead-in.
      if (ENTRY_SEPARATOR.test(sentence)) continue;
      const kind = classifyLeadIn(sentence);
      if (kind) leadIns.push({ start, colon: c, ...kind });
    }
    if (leadIns.length === 0) return false;

    leadIns.forEach((leadIn, k) => {
      const status = listStatus(leadIn, this.headingStatus);
      const to = k + 1 < leadIns.length ? leadIns[k + 1]!.start : line.m.length;
      const rest = line.m.slice(leadIn.colon + 1, to);
      // "[YES 5, POSTPONED 15]" after the colon is a crawler's note, not an entry.
      if (/^\s*(?:\[[^\]]*\]\s*)?$/.test(rest)) {
        this.list = { action: leadIn.action, status, entries: 0, lastEndedWithAnd: false };
        return;
      }
      this.list = null;
      this.readInlineList(line, leadIn, status, leadIn.colon + 1, to, k === leadIns.length - 1);
    });
    return true;
  }

  /** A list run into the lead-in's paragraph: "…the following NGOs:  A; B; and C. The Committee…" */
  private readInlineList(
    line: Line,
    leadIn: LeadIn,
    status: ApplicationStatus,
    from: number,
    to: number,
    isLastOnLine: boolean,
  ): void {
    if (leadIn.action === null) {
      this.warn(
        line.number,
        PROBLEM_CODES.listWithoutAction,
        'list of organisations whose lead-in states no Committee action',
        line.text.slice(leadIn.start, to),
      );
      return;
    }
    // The list ends with its sentence; what follows is prose.
    let end = to;
    let ended = false;
    for (const [s, e] of sentenceSpans(line.m.slice(from, to))) {
      if (s > 0) {
        end = from + s;
        ended = true;
        break;
      }
      end = from + e;
    }
    const cutList = line.cut && isLastOnLine && !ended;
    const bounds: Array<[number, number]> = [];
    let depth = 0;
    let start = from;
    for (let i = from; i < end; i += 1) {
      const ch = line.m[i];
      if (ch === '(') depth += 1;
      else if (ch === ')') depth = Math.max(0, depth - 1);
      else if (ch === ';' && depth === 0) {
        bounds.push([start, i]);
        start = i + 1;
      }
    }
    bounds.push([start, end]);
    // "to following two organizations: A, Inc. and B." — two entries joined by "and" only.
    if (bounds.length === 1 && leadIn.announced !== null && leadIn.announced === 2) {
      const only = line.m.slice(from, end);
      const and = /\s+and\s+(?=\p{Lu})/u.exec(only);
      if (and)
        bounds.splice(0, 1, [from, from + and.index], [from + and.index + and[0].length, end]);
    }
    bounds.forEach(([s, e], i) => {
      if (line.m.slice(s, e).trim() === '') return;
      const last = i === bounds.length - 1;
      if (last && cutList) {
        this.warn(
          line.number,
          PROBLEM_CODES.truncatedLine,
          'excerpt cut mid-line; list entry not read',
          line.text.slice(s, e),
        );
        return;
      }
      if (!this.readRunInEntry(line, s, e, leadIn.action!, status)) {
        this.warn(
          line.number,
          PROBLEM_CODES.unreadListItem,
          'entry in a run-in list could not be read',
          line.text.slice(s, e),
        );
      }
    });
  }

  // --- list entries --------------------------------------------------------------------------

  /** Reads a line of a list as one entry; false when it is not an organisation entry. */
  private readListEntry(line: Line): boolean {
    const list = this.list!;
    const from = 0;
    const to = line.m.length;
    const head = readItemHead(line.m, from, to, false, line.cut);
    if (!head) return false;
    // A plain name without country ends in ";"; one ending in "." must close the list.
    if (head.plain && /\.\s*$/.test(line.m) && list.entries > 0 && !list.lastEndedWithAnd)
      return false;
    list.entries += 1;
    list.lastEndedWithAnd = /\band\s*$/.test(line.m.trim());
    if (list.action === null) {
      this.warn(
        line.number,
        PROBLEM_CODES.listWithoutAction,
        'organisation listed under a lead-in that states no Committee action',
        line.text,
      );
      return true;
    }
    this.emitApplication(line, head, from, to, list.action, list.status);
    return true;
  }

  /** Reads an entry of a run-in list; false when it is not an organisation entry. */
  private readRunInEntry(
    line: Line,
    from: number,
    to: number,
    action: NgoAction,
    status: ApplicationStatus,
  ): boolean {
    const head = readItemHead(line.m, from, to, true, false);
    if (!head) return false;
    this.emitApplication(line, head, from, to, action, status);
    return true;
  }

  private emitApplication(
    line: Line,
    head: ItemHead,
    from: number,
    to: number,
    action: NgoAction,
    listStatus: ApplicationStatus,
  ): void {
    const organization = cleanName(line.text.slice(head.org[0], head.org[1]));
    if (organization === '') {
      this.warn(
        line.number,
        PROBLEM_CODES.unreadListItem,
        'organisation name is empty',
        line.text.slice(from, to),
      );
      return;
    }
    let status = listStatus;
    const questions: PressQuestion[] = [];
    if (head.tailStart >= 0) {
      const firstClause = this.readQuestions(line, head.tailStart, to, questions);
      const tail = line.text.slice(head.tailStart, to);
      const remark = line.m.slice(head.tailStart, firstClause < 0 ? to : firstClause);
      // "— reclassified from roster status": a request for reclassification, not a new application.
      if (/\breclassif/i.test(remark)) status = 'reclassification';
      if (firstClause < 0 && REPRESENTATIVE_WORD.test(tail)) {
        if (line.cut) {
          this.warn(
            line.number,
            PROBLEM_CODES.truncatedLine,
            'excerpt cut mid-line; question not read',
            tail,
          );
        } else {
          this.warn(
            line.number,
            PROBLEM_CODES.unreadQuestion,
            'a state’s question could not be read',
            tail,
          );
        }
      }
    }
    const country = head.country
      ? cleanName(line.text.slice(head.country[0], head.country[1]))
      : '';
    let countryCode: string | null = null;
    if (country !== '') {
      countryCode = resolveState(country) ?? null;
      if (countryCode === null) {
        this.warn(
          line.number,
          PROBLEM_CODES.unresolvedCountry,
          `country "${country}" is not a known state name`,
          country,
        );
      }
    }
    this.applications.push({
      organization,
      country: country === '' ? null : country,
      countryCode,
      status,
      action,
      questions,
      locator: { line: line.number },
      passage: collapse(line.raw.slice(from, to)),
    });
  }

  /**
   * Reads the state clauses in line[from, to): each clause runs from the state's name to the next
   * clause or the end. Returns the line index of the first clause, or -1 when there is none.
   */
  private readQuestions(line: Line, from: number, to: number, out: PressQuestion[]): number {
    const tail = line.m.slice(from, to);
    const clauses: Clause[] = [];
    for (const [re, possessive] of CLAUSE_PATTERNS) {
      // Possessives need an apostrophe; skip the costlier scan when there is none.
      if (possessive && !tail.includes("'")) continue;
      re.lastIndex = 0;
      for (let m = re.exec(tail); m; m = re.exec(tail)) {
        const [nameStart, nameEnd] = m.indices![1]!;
        // A possessive is kept as printed, "’s" included ("China ’s"); the schema asks for that.
        const printedEnd = possessive ? m.indices![2]![1] : nameEnd;
        clauses.push({
          start: m.index,
          end: m.index + m[0].length,
          nameStart,
          nameEnd,
          printedEnd,
          possessive,
        });
      }
    }
    clauses.sort((a, b) => a.start - b.start);
    const kept: Clause[] = [];
    for (const c of clauses)
      if (kept.length === 0 || c.start >= kept[kept.length - 1]!.end) kept.push(c);
    if (kept.length === 0) return -1;

    kept.forEach((clause, i) => {
      const isLast = i === kept.length - 1;
      const textEnd = from + (isLast ? tail.length : kept[i + 1]!.start);
      const textStart = from + clause.end;
      let question = line.text.slice(textStart, textEnd);
      if (isLast && line.cut) {
        // "…in the past two years.  South Af" — the excerpt cut the next sentence short.
        const spans = sentenceSpans(line.m.slice(textStart, textEnd));
        if (spans.length > 1) {
          const fragmentStart = spans[spans.length - 1]![0];
          const fragment = question.slice(fragmentStart);
          question = question.slice(0, fragmentStart);
          this.warn(
            line.number,
            PROBLEM_CODES.truncatedLine,
            'excerpt cut mid-line; a following sentence was not read',
            fragment,
          );
        } else {
          this.warn(
            line.number,
            PROBLEM_CODES.truncatedLine,
            'excerpt cut mid-line; question text is incomplete',
            question,
          );
        }
      }
      question = collapse(question)
        .replace(/^[\s,;:]+/, '')
        .replace(/(?:[\s,;.]|\b(?:and|while|whereas|but)\b)+$/i, '');
      const printedName = collapse(
        line.text.slice(from + clause.nameStart, from + clause.printedEnd),
      );
      const states = resolveStates(tail.slice(clause.nameStart, clause.nameEnd), clause.possessive);
      if (!states) {
        this.warn(
          line.number,
          PROBLEM_CODES.unknownState,
          `"${printedName}" is not a known state name; question not recorded`,
          printedName,
        );
        return;
      }
      if (question === '') {
        this.warn(
          line.number,
          PROBLEM_CODES.unreadQuestion,
          `no question text after "${printedName}"`,
          line.text.slice(from, to),
        );
        return;
      }
      for (const s of states) {
        out.push({
          state: s.code,
          stateAsPrinted:
            states.length === 1 && s.printed === tail.slice(clause.nameStart, clause.nameEnd)
              ? printedName
              : s.printed,
          text: question,
          topics: labelQuestion(question),
          locator: { line: line.number },
        });
      }
    });
    return from + kept[0]!.start;
  }

  // --- votes ---------------------------------------------------------------------------------

  private readVotes(line: Line): void {
    // Most lines mention no vote; a substring test is much cheaper than the cue's alternation.
    const m = line.m;
    if (!m.includes('favo') && !m.includes('vote') && !m.includes('Vote')) return;
    if (!VOTE_CUE.test(m)) return;
    for (const [s, e] of sentenceSpans(line.m)) {
      const sentence = line.m.slice(s, e);
      if (!VOTE_CUE.test(sentence)) continue;
      this.readVote(line, s, e);
    }
  }

  private readVote(line: Line, from: number, to: number): void {
    const m = line.m.slice(from, to);
    const printed = line.text.slice(from, to);
    const yes = tally(YES, m);
    const no = tally(NO, m);
    const abstain = tally(ABSTAIN, m);
    const absent = tally(ABSENT, m);
    if (!yes || (!no && !abstain)) {
      if (line.cut && to === line.m.length) {
        this.warn(
          line.number,
          PROBLEM_CODES.truncatedLine,
          'excerpt cut mid-line; vote not read',
          printed,
        );
      } else {
        this.warn(
          line.number,
          PROBLEM_CODES.unreadVote,
          'sentence looks like a vote but its tally could not be read',
          printed,
        );
      }
      return;
    }
    const found = [yes, no, abstain, absent].filter((t): t is Tally => t !== null);
    const countsStart = Math.min(...found.map((t) => t.index));
    const countsEnd = Math.max(...found.map((t) => t.end));
    const before = m.slice(0, countsStart).replace(VOTE_INTRO, '');
    const after = m.slice(countsEnd);

    let motion: string | null = null;
    let subject: string | null = null;
    let outcome: 'adopted' | 'rejected' | null = null;

    const noAction = /\bno-action\s+motion\b|\bmotion\s+(?:of|for)\s+no[\s-]action\b/i.exec(m);
    if (noAction) motion = 'no-action motion';

    const toClause = MOTION_AFTER.exec(after);
    if (toClause) {
      const phrase = untilSentenceEnd(toClause[1]!).trim();
      const split = OBJECT_SPLIT.exec(phrase);
      motion ??= collapse(split ? split[1]! : phrase);
      if (split) subject = collapse(split[2]!);
    }

    // "6 votes in favour of granting consultative status and 10 against"
    const inFavourOf = IN_FAVOUR_OF.exec(m.slice(yes.end));
    if (inFavourOf) motion ??= collapse(inFavourOf[1]!);

    let verb: RegExpExecArray | null = null;
    DECISION_VERB.lastIndex = 0;
    for (let v = DECISION_VERB.exec(before); v; v = DECISION_VERB.exec(before)) verb = v;
    if (verb) {
      const word = verb[1]!.toLowerCase();
      outcome = /^(?:rejected|denied|defeated|refused|failed)$/.test(word) ? 'rejected' : 'adopted';
      const passive = SUBJECT_BEFORE.exec(before.trim());
      if (passive) {
        subject ??= collapse(passive[1]!);
        motion ??= collapse(`${PARTICIPLE_TO_MOTION[passive[2]!] ?? passive[2]!} ${passive[3]!}`);
      } else if (word !== 'decided') {
        const object = collapse(before.slice(verb.index + verb[0].length)).replace(/^the\s+/i, '');
        if (object !== '') motion ??= object;
      }
    }

    if (subject === null) {
      const application = APPLICATION_OF.exec(line.m);
      if (application)
        subject = collapse(untilSentenceEnd(application[1]!.replace(SUBJECT_STOP, '')));
    }

    const counts: VoteCounts = {
      yes: yes.count,
      no: no ? no.count : null,
      abstain: abstain ? abstain.count : null,
      absent: absent ? absent.count : null,
    };
    // "absent: Burundi, Sudan" instead of "2 absent (Burundi, Sudan)".
    let absentNamed = absent;
    const colon = absent?.names ? null : ABSENT_COLON.exec(m);
    if (colon) {
      const names = colon[1]!;
      const count = counts.absent ?? splitNameList(names).length;
      counts.absent = count;
      absentNamed = { count, names, index: colon.index, end: colon.index + colon[0].length };
    }
    const vote: PressVote = {
      subject: subject === null ? null : this.toPrinted(line, from, subject),
      motion: motion === null ? 'unknown' : this.toPrinted(line, from, motion),
      outcome,
      yes: this.readNames(line, yes, 'in favour'),
      no: this.readNames(line, no, 'against'),
      abstain: this.readNames(line, abstain, 'abstaining'),
      absent: this.readNames(line, absentNamed, 'absent'),
      counts,
      locator: { line: line.number },
      passage: collapse(line.raw.slice(from, to)),
    };
    this.votes.push(vote);
  }

  /** Maps match-form text found in a sentence back to its printed form (apostrophes as printed). */
  private toPrinted(line: Line, from: number, matched: string): string {
    const folded = collapse(line.m.slice(from));
    const printed = collapse(line.text.slice(from));
    const at = folded.indexOf(matched);
    return at >= 0 ? printed.slice(at, at + matched.length) : matched;
  }

  private readNames(line: Line, t: Tally | null, side: string): string[] {
    if (!t || t.names === null) return [];
    const codes: string[] = [];
    let named = 0;
    for (const name of splitNameList(t.names)) {
      const states = resolveStates(name, false);
      if (!states) {
        named += 1;
        this.warn(
          line.number,
          PROBLEM_CODES.unknownState,
          `"${name}" (voting ${side}) is not a known state name`,
          name,
        );
        continue;
      }
      named += states.length;
      for (const s of states) codes.push(s.code);
    }
    if (named !== t.count) {
      this.warn(
        line.number,
        PROBLEM_CODES.voteCountMismatch,
        `${t.count} ${side} but ${named} states named`,
        t.names,
      );
    }
    return codes;
  }
}

// ---------------------------------------------------------------------------------------------
// Entry point
// ---------------------------------------------------------------------------------------------

/**
 * Binary or otherwise non-text input: any NUL byte, or many control characters (other than tab and
 * line breaks) or U+FFFD replacement characters left by a failed decoding.
 */
function looksLikeText(text: string): boolean {
  if (text.includes('\u0000')) return false;
  let controls = 0;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (
      (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0b && c !== 0x0c && c !== 0x0d) ||
      c === 0xfffd
    )
      controls += 1;
  }
  return controls <= 16 || controls / text.length < 0.05;
}

export function parseNgoCommitteePressRelease(
  text: string,
  options: { file?: string } = {},
): ParseResult<NgoPressRelease> {
  const file = options.file;
  const emptyMeta: SourceDocumentMeta = {
    symbol: null,
    url: null,
    title: null,
    date: null,
    year: null,
    language: 'en',
  };
  if (!looksLikeText(text)) {
    const nul = text.indexOf('\u0000');
    const problem: ParseProblem = {
      line: nul >= 0 ? text.slice(0, nul).split(LINE_BREAK).length : 1,
      code: PROBLEM_CODES.notText,
      message:
        'input is not text (NUL bytes or control characters); save the release as UTF-8 text',
      severity: 'fatal',
    };
    if (file !== undefined) problem.file = file;
    return { value: { meta: emptyMeta, applications: [], votes: [] }, problems: [problem] };
  }

  const header = parseUnTextHeader(text);
  const rawLines = header.body.split(LINE_BREAK);
  const meta = readMeta(header, rawLines);
  const reader = new ReleaseReader(file);
  for (const p of header.problems) reader.problems.push(file === undefined ? p : { ...p, file });

  let lastNonBlank = rawLines.length - 1;
  while (lastNonBlank >= 0 && rawLines[lastNonBlank]!.trim() === '') lastNonBlank -= 1;
  rawLines.forEach((raw, i) => {
    const text = foldSpaces(raw);
    reader.readLine({
      raw,
      text,
      m: foldApostrophes(text),
      number: header.bodyStartLine + i,
      cut: i === lastNonBlank && !ENDS_COMPLETE.test(raw),
    });
  });

  return {
    value: { meta, applications: reader.applications, votes: reader.votes },
    problems: reader.problems,
  };
}
