/**
 * What a vote was on, from the sentence that states it: the text named before or after the
 * counts ("In a resolution on civil society space, adopted by …", "The Council rejected a
 * resolution on the situation of human rights in Yemen by a vote of …", "the Council extended
 * the mandate of …, with a vote of …"), a quoted title, or — for "The resolution was adopted by …"
 * — the last text the release named before.
 */
import type { TextKind, VoteOutcome } from '../../../domain/hrc-votes.js';
import { collapse } from './text.js';

const SYMBOL = /\bA\/HRC\/(?:RES\/|DEC\/)?(?:S-)?\d{1,2}\/(?:L\.\d{1,3}(?:\/Rev\.\d)?|\d{1,3})/;
const TEXT_ON =
  /\b((?:draft\s+)?(?:resolution|text|decision|amendments?|motion)(?:\s*\([^)]*\))?(?:,\s*as\s+orally\s+revised,)?\s+(?:on|concerning|regarding|entitled|about)\s+(.{3,240}?))(?=,?\s+(?:(?:was|were)\s+)?(?:adopted|approved|rejected|by\s+a\s+vote|by\s+\d|by\s+a\s+recorded|which|in\s+which|the\s+Council|with\s+a\s+vote|while)\b|[,;.]\s*$|$)/i;
// a quoted title, not a quoted speech: the quote follows the word for a text
const QUOTED =
  /\b(?:resolution|text|decision|entitled|résolution|texte|intitulée?)\s+(?:on\s+|sur\s+)?[“"«]\s*([^”"»]{8,240}?)[,.]?\s*[”"»]/i;
const ZH_TEXT = /(?:在|通过)?一项((?:关于)?[^，,。（(]{2,120}?(?:决议|决定|修正案))/;
const FR_TEXT =
  /\b(résolution|décision|amendement)\s+(?:sur|relative?\s+à|concernant)\s+(.{3,200}?)(?=,|\s+adoptée|\s+par\s+\d|\.?$)/i;
const BARE_TEXT =
  /^(?:the|this|that|la|le|cette)\s+(?:resolution|text|decision|résolution|texte|décision)$/i;
// "In a resolution", "By the terms of a text", "Aux termes d’une résolution": the text is
// described after the counts ("…, the Council decided to …").
const INDEFINITE_TEXT =
  /^(?:(?:In|By\s+the\s+terms\s+of|Under|Through|Aux\s+termes\s+d['’]|Par|Dans)\s*)?(?:a|an|another|une?|the)?\s*(?:resolution|text|decision|résolution|texte|décision)(?:\s*\([^)]*\))?$/i;
const TALLY_INTRO =
  /,?\s*(?:(?:was\s+|were\s+)?(?:adopted|approved|rejected|passed|adoptée?s?|rejetée?s?)\s+)?(?:by|with|in|par)?\s*(?:a\s+)?(?:recorded\s+)?(?:vote\s+of|votes?)?\s*$/i;
const AFTER_LEAD =
  /^(?:as\s+orally\s+revised,?\s*)?(?:the\s+Council\s+|le\s+Conseil\s+|the\s+resolution\s+said\s+)?/i;
const REJECT = /\b(?:rejected|defeated|failed|not\s+adopted|rejet(?:ée?s?)?|repoussée?)\b|否决/i;
const ADOPT =
  /\b(?:adopted|adopts|adopt|approved|passed|extended|renewed|decided|established|establishes|requested|condemned|expressed|called|urged|appointed|created|launch(?:ed)?|agreed|adoptée?s?|adopte|prolong(?:e|é)|décid(?:e|é))\b|通过|决定/i;

export interface SubjectReading {
  subject: string | null;
  /** true when the sentence only says "the resolution", so the context must say which */
  bare: boolean;
}

export function symbolIn(text: string): string | null {
  return SYMBOL.exec(text)?.[0] ?? null;
}

/** Every symbol printed in the text, in order, each once. */
export function symbolsIn(text: string): string[] {
  return [...new Set(text.match(new RegExp(SYMBOL.source, 'g')) ?? [])];
}

/** A text named anywhere in a sentence, for the context of later bare mentions. */
export function namedText(sentence: string): string | null {
  const quoted = QUOTED.exec(sentence);
  if (quoted) return collapse(quoted[1]!).replace(/[,.]$/, '');
  const on = TEXT_ON.exec(sentence);
  if (on) return collapse(on[1]!).replace(/\s*\([^)]*\)/, '');
  const fr = FR_TEXT.exec(sentence);
  if (fr) return collapse(`${fr[1]} sur ${fr[2]}`);
  const zh = ZH_TEXT.exec(sentence);
  if (zh) return collapse(zh[1]!);
  return null;
}

/** The subject of the vote whose counts sit at [start, end) in the sentence. */
export function readSubject(sentence: string, start: number, end: number): SubjectReading {
  const named = namedText(sentence);
  if (named) return { subject: named, bare: false };
  const before = collapse(sentence.slice(0, start).replace(TALLY_INTRO, ''))
    .replace(/^(?:By|With|In)\s+$/i, '')
    .replace(/[,;:\s]+$/, '');
  const after = collapse(sentence.slice(end))
    .replace(/^[,;:\s—–-]+/, '')
    .replace(/^(?:including\s+\S+\s+abstentions?\s*[—–-]*\s*)/i, '')
    .replace(AFTER_LEAD, '')
    .replace(/[.;]$/, '');
  const beforeBare = before.replace(/^(?:The|the)\s+/, 'the ').replace(/\s+(?:was|were)$/i, '');
  // "The resolution was adopted by a vote of …": the release named the text before
  if (
    BARE_TEXT.test(beforeBare) ||
    /^In\s+the\s+(?:resolution|text)(?:\s*\([^)]*\))?$/i.test(before)
  )
    return { subject: null, bare: true };
  if (
    before === '' ||
    INDEFINITE_TEXT.test(before) ||
    /^(?:adopted|approved|adoptée?)$/i.test(before)
  ) {
    if (after.length >= 8) return { subject: trimClause(after), bare: false };
    return { subject: null, bare: true };
  }
  return { subject: trimClause(before), bare: false };
}

function trimClause(text: string): string {
  const t = collapse(text).replace(/^(?:the\s+)?Council\s+/i, '');
  return t.length <= 200 ? t : `${t.slice(0, 199)}…`;
}

export function outcomeOf(sentence: string, yes: number, no: number): VoteOutcome {
  if (REJECT.test(sentence)) return 'rejected';
  if (ADOPT.test(sentence)) return 'adopted';
  // no verb: the Council's rule, a text carries with more votes for than against
  return yes > no ? 'adopted' : 'rejected';
}

export function kindOf(subject: string | null, sentence: string, outcome: VoteOutcome): TextKind {
  const s = `${subject ?? ''} ${sentence}`;
  if (/\bamendments?\b|\bamendement|修正案/i.test(subject ?? '')) return 'amendment';
  if (/\bno-action\s+motion\b|\bmotion\b/i.test(subject ?? '')) return 'motion';
  if (/\bdecision\b|\bdécision\b|决定草案/i.test(subject ?? '')) return 'decision';
  // a rejected draft never becomes a resolution
  if (outcome === 'rejected' && !/\bamendment/i.test(s)) return 'draft';
  return 'resolution';
}
