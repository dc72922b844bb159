/**
 * The OHCHR record's `draft` note, which says which L-document a text came from and, for an
 * amendment, which draft it would amend and what became of it:
 *
 *   Draft resolution A/HRC/32/L.2/Rev.1 as amended
 *   Amendment A/HRC/32/L.54 to draft resolution A/HRC/32/L.2/Rev.1 Rejected by a recorded vote
 *   Amendment to A/HRC/39/L.20 A/HRC/39/L.27 Russian Federation Rejected by a recorded vote (…)
 *   Amendment A/HRC/37/L.60 to draft resolution L.41 Rejected by a recorded vote
 *
 * Symbols come back normalised ("A/HRC/9/L..9", "A/HRC/9//L.9", "A/HRC/9L.9" are typing slips for
 * A/HRC/9/L.9; " as orally revised" is not part of a symbol), so that an amendment's target and a
 * resolution's draft compare equal.
 */
import type { VoteOutcome } from '../../domain/hrc-votes.js';

export interface DraftNote {
  isAmendment: boolean;
  /** the note starts "Draft resolution …" / "Draft decision …" */
  isDraft: boolean;
  /** the L-document voted on or adopted from (for an amendment: the amendment itself) */
  draft: string | null;
  /** for an amendment: the draft it would amend */
  amends: string | null;
  /** what the note says happened, when it says */
  outcome: VoteOutcome | null;
}

// An HRC L-symbol with the slips the catalogue has: doubled dots or slashes, a missing slash.
const L_SYMBOL =
  /A\/HRC\/(?:RES\/)?(S-\d{1,2}|\d{1,2})\/{0,2}L\.{1,2}(\d{1,3})(\/Rev\.\d)?(?:\/Add\.\d)?/g;
const SHORT_L = /\bdraft\s+(?:resolution|decision)\s+L\.(\d{1,3})(\/Rev\.\d)?/i;
const AMENDMENT_LEAD = /^\s*amendment\b/i;
const DRAFT_LEAD = /^\s*draft\s+(?:resolution|decision|presidential\s+statement)\b/i;
const NOTE_OUTCOMES: ReadonlyArray<[RegExp, VoteOutcome]> = [
  [/\brejected\b/i, 'rejected'],
  [/\bwithdrawn\b/i, 'withdrawn'],
  [/\bnot\s+considered\b|\bno\s+action\b|\bnot\s+acted\s+upon\b/i, 'not-considered'],
  [/\badopted\b/i, 'adopted'],
];

/** "A/HRC/32/L.2/Rev.1" from any of the printed forms; the session part is kept as printed. */
export function normaliseLSymbol(session: string, number: string, rev: string | undefined): string {
  return `A/HRC/${session}/L.${Number(number)}${rev ?? ''}`;
}

/** The L-symbols printed in a text, normalised, in order. */
export function lSymbolsIn(text: string): string[] {
  const out: string[] = [];
  L_SYMBOL.lastIndex = 0;
  for (let m = L_SYMBOL.exec(text); m; m = L_SYMBOL.exec(text))
    out.push(normaliseLSymbol(m[1]!, m[2]!, m[3]));
  return out;
}

/** The session part of an L-symbol ("32", "S-35"), for completing short forms ("L.41"). */
export function lSymbolSession(symbol: string): string | null {
  const m = /^A\/HRC\/(?:RES\/)?(S-\d{1,2}|\d{1,2})\/{0,2}L\./.exec(symbol);
  return m ? m[1]! : null;
}

export function readDraftNote(note: string, ownSymbol: string): DraftNote {
  const text = note.replace(/\s+/g, ' ').trim();
  const isAmendment = AMENDMENT_LEAD.test(text);
  const symbols = lSymbolsIn(text);
  let outcome: VoteOutcome | null = null;
  for (const [re, value] of NOTE_OUTCOMES) {
    if (re.test(text)) {
      outcome = value;
      break;
    }
  }
  const isDraft = DRAFT_LEAD.test(text);
  if (!isAmendment) {
    return { isAmendment, isDraft, draft: symbols[0] ?? null, amends: null, outcome };
  }
  const own = lSymbolsIn(ownSymbol)[0] ?? null;
  // "Amendment to X Y Sponsor": the first symbol is the target, the second the amendment.
  const targetFirst = /^amendment\s+to\s+A\/HRC/i.test(text);
  let draft = targetFirst ? (symbols[1] ?? null) : (symbols[0] ?? null);
  let amends = targetFirst ? (symbols[0] ?? null) : (symbols[1] ?? null);
  if (amends === null) {
    const short = SHORT_L.exec(text);
    const session = lSymbolSession(draft ?? own ?? ownSymbol);
    if (short && session) amends = normaliseLSymbol(session, short[1]!, short[2]);
  }
  draft ??= own;
  if (amends !== null && amends === draft) amends = null;
  return { isAmendment, isDraft, draft, amends, outcome };
}
