/**
 * One entry of a list of organisations, split into its parts: the organisation's name, its country
 * (in parentheses, or described: "a national organization in Bangladesh"), and where the questions
 * about it start (after a dash).
 */
import { collapse } from './characters.js';
import { dropFinalPeriod } from './sentences.js';
import { CAP_WORD } from './state-names.js';

// A parenthesised group with at most one nested group: "(Iran (Islamic Republic of))".
const PAREN_GROUP = /\(((?:[^()]|\([^()]*\))*)\)/g;
// What may follow the country at the end of a list entry: "", ";", "; and", ".", ", and".
const AFTER_COUNTRY_END = /^\s*[;,.:]?\s*(?:and|or)?\s*[;.]?\s*$/;
// …and on the last line of a truncated excerpt, the start of "and" too: "(United States); an".
const AFTER_COUNTRY_END_CUT = /^\s*[;,.]?\s*(?:and|an|a|or)?\s*$/;
// The separator between an entry and the questions about it: em dash, en dash, " - ", "--".
const AFTER_COUNTRY_SEP = /^\s*(?:[—–]+|-{1,2}(?=\s)|,(?=\s*(?:as|while)\s))\s*/;
const SEP_BEFORE_CLAUSE = /^(.{2,300}?)\s*(?:[—–]+|\s-{1,2})\s*(?=(?:as|while)\s)/;
const DASH = /\s[—–]\s*/;
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
// A bullet some mirrors add, and the "and" before a list's last entry, are not part of the name.
const ENTRY_LEAD = /^\s*(?:[•·▪*]\s*)?(?:(?:and|or)\s+)?/;
const LEADING_CONJUNCTION = /^(?:and|or)\s+/i;
const TRAILING_SEPARATORS = /[\s,;:]+$/;
const TRAILING_LIST_JOINER = /[\s;,]*(?:\band)?[\s;,]*$/;
// How an entry of a list set out line by line ends: "A;", "B; and", "C, and", "D."
const LIST_LINE_END = /;\s*(?:and)?$|,\s*and$|\.$/;
const COLON_IN_TEXT = /:\s/;
const NAME_START = /^[\p{L}\p{N}"“‘'«(]/u;
// An organisation line met outside any list: we cannot tell what the Committee did with it.
const ORG_LINE_CUE =
  /\)\s*(?:[—–]|-{1,2}\s)\s*(?:as|while)\s|\s[—–]\s*as\s+(?:the\s+)?(?:representatives?\s+of\b|\p{Lu}[\p{L}\p{M}]*\s?'s?\s+(?:representative|delegate))/u;

export interface ItemHead {
  /** Ranges are indices in the line. */
  org: [number, number];
  country: [number, number] | null;
  /** Where the text after the separator starts, or -1 when there is none. */
  tailStart: number;
  /** True when the organisation was found without a country or description ("Friends of ISTAR;"). */
  plain: boolean;
}

/** True for a line that starts as running prose does, which ends a list set out line by line. */
export function startsAsProse(trimmed: string): boolean {
  return PROSE_START.test(trimmed);
}

/** True for a line shaped like "Org (Country) — as the representative of …", wherever it is. */
export function looksLikeApplicationLine(m: string): boolean {
  return ORG_LINE_CUE.test(m);
}

/**
 * Reads one list entry in line[start, end) (match form). Returns null when the text is not an
 * organisation entry. `inline` entries come from a list run into one paragraph and were already
 * split at ";". `cut` is true on the last line of a truncated excerpt.
 */
export function readItemHead(
  m: string,
  start: number,
  end: number,
  inline: boolean,
  cut: boolean,
): ItemHead | null {
  const lead = ENTRY_LEAD.exec(m.slice(start, end));
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
    const dash = DASH.exec(text.slice(nameEnd));
    return {
      org: [s, s + nameEnd],
      country,
      tailStart: dash ? s + nameEnd + dash.index + dash[0].length : -1,
      plain: false,
    };
  }

  const t = text.trimEnd();
  const name = dropFinalPeriod(t.replace(TRAILING_LIST_JOINER, ''));
  if (name.length < 2 || name.length > (inline ? 200 : 150)) return null;
  if ((!inline && PROSE_START.test(t)) || PROSE_VERB.test(` ${t} `) || COLON_IN_TEXT.test(t))
    return null;
  if (!inline && !LIST_LINE_END.test(t)) return null;
  return { org: [s, s + name.length], country: null, tailStart: -1, plain: true };
}

function isOrganizationName(name: string): boolean {
  const t = name.trim();
  if (t.length < 2 || t.length > 300) return false;
  if (!NAME_START.test(t)) return false;
  return !PROSE_VERB.test(` ${t} `);
}

/** A name as printed, without the list's joiners and punctuation around it. */
export function cleanName(s: string): string {
  return dropFinalPeriod(
    collapse(s).replace(LEADING_CONJUNCTION, '').replace(TRAILING_SEPARATORS, ''),
  );
}
