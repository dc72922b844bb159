/**
 * The context list entries sit in: section headings say which status the organisations seek,
 * lead-in sentences ("The Committee recommended the following 12 organizations:") what it did.
 */
import type { ApplicationStatus, NgoAction } from '../../../domain/ngo-committee.js';
import { COUNT_PATTERN_SOURCE, parseCount } from '../../common/numbers.js';
import { lastSentenceStart } from './sentences.js';

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
export function isHeading(trimmed: string): boolean {
  if (trimmed.length > 100 || !/^[\p{Lu}\d]/u.test(trimmed)) return false;
  if (/[.;:,!?]$/.test(trimmed)) return false;
  return trimmed.split(/\s+/).length <= 12;
}

export function headingStatus(trimmed: string): ApplicationStatus {
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

export interface LeadIn {
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
export function listStatus(leadIn: LeadIn, heading: ApplicationStatus): ApplicationStatus {
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

/** The lead-in sentences of a line (match form), in order and not overlapping. */
export function findLeadIns(m: string): LeadIn[] {
  const leadIns: LeadIn[] = [];
  for (let c = m.indexOf(':'); c >= 0; c = m.indexOf(':', c + 1)) {
    const next = m[c + 1];
    if (next !== undefined && !/\s/.test(next)) continue;
    // Cheap tests first: a long line of colons must not cost a sentence split per colon.
    const windowStart = Math.max(0, c - LEAD_IN_MAX);
    if (
      !/following/i.test(m.slice(windowStart, c)) &&
      !LIST_END_QUICK.test(m.slice(Math.max(0, c - 60), c))
    ) {
      continue;
    }
    const start = windowStart + lastSentenceStart(m.slice(windowStart, c));
    if (leadIns.length > 0 && start < leadIns[leadIns.length - 1]!.colon) continue;
    const sentence = m.slice(start, c);
    // "Org (Country) — as China’s delegate asked the following: …" is an entry, not a lead-in.
    if (ENTRY_SEPARATOR.test(sentence)) continue;
    const kind = classifyLeadIn(sentence);
    if (kind) leadIns.push({ start, colon: c, ...kind });
  }
  return leadIns;
}
