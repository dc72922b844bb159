import { tokenize } from './search/tokenize.js';
import type { UprRow } from './rows.js';
import { UNIT_OF_SOURCE } from './stats.js';

/**
 * Recommendations repeated from an earlier cycle. A recommendation repeats an earlier one when
 * the same state under review got it from (at least one of) the same recommending states in an
 * earlier cycle, counted in the same unit (docs/upr.md), and
 * - the wording is close: the Jaccard similarity of their sets of content words (stemmed, without
 *   function words) is at least REPEAT_THRESHOLD, or SHORT_REPEAT_THRESHOLD when one of them has
 *   fewer than SHORT_TEXT_WORDS content words (one word more or less weighs more there);
 * - it asks for the same thing: the same main verb, or the one's verb among the other's words
 *   ("ratify" is not "implement"), and the same named instruments ("OP-CAT" is not "OP-CAT and
 *   ICPPED").
 * A recommendation that says so itself ("as recommended previously", `saysRepeated`) counts as
 * repeated even when the earlier wording differs; it names the closest earlier one only when
 * their similarity is at least SAYS_REPEATED_MIN_SIMILARITY, else none.
 */
export const REPEAT_THRESHOLD = 0.6;
export const SHORT_REPEAT_THRESHOLD = 0.75;
export const SHORT_TEXT_WORDS = 5;
export const SAYS_REPEATED_MIN_SIMILARITY = 0.3;

const FUNCTION_WORDS = new Set(
  'a an and the of to in on for its it by with as at or be that this these those all any from into their other which such is are was were has have had ensur continu further take measur step effort'.split(
    ' ',
  ),
);

/** Words before the verb that carries the request ("consider ratifying", "make efforts to"). */
const LEAD_INS = new Set(
  'consid pursu redoubl make seek undertak strive endeavour intensifi also urgent immedi promptli'.split(
    ' ',
  ),
);

/**
 * Instruments a recommendation may name, longest wording first where one contains another (the
 * Optional Protocol before the Convention against Torture it belongs to).
 */
const INSTRUMENTS: ReadonlyArray<readonly [string, RegExp]> = [
  [
    'opcat',
    /\bOP-?CAT\b|optional protocol to the convention against torture(?: and other cruel,? inhuman or degrading treatment or punishment)?/giu,
  ],
  [
    'iccpr-op2',
    /second optional protocol to the international covenant on civil and political rights(?:,? aiming at the abolition of the death penalty)?|\bICCPR-OP2\b/giu,
  ],
  ['ced', /\bICPPED\b|\bCPED\b|\bCED\b|enforced disappearance/giu],
  ['iccpr', /\bICCPR\b|covenant on civil and political rights/giu],
  ['icescr', /\bICESCR\b|covenant on economic,? social and cultural rights/giu],
  ['cat', /\bCAT\b|convention against torture/giu],
  ['cedaw', /\bCEDAW\b|elimination of (?:all forms of )?discrimination against women/giu],
  ['crc', /\bCRC\b|convention on the rights of the child/giu],
  ['crpd', /\bCRPD\b|rights of persons with disabilities/giu],
  ['cmw', /\bICRMW\b|\bCMW\b|rights of all migrants? workers/giu],
  ['icerd', /\bICERD\b|\bCERD\b|elimination of (?:all forms of )?racial discrimination/giu],
  ['rome', /rome statute|international criminal court|\bICC\b/giu],
  ['ilo', /\bILO\b[^.;,]*?\bconventions?\b(?:\s+(?:no\.?\s*)?\d+)?/giu],
];

// Most texts name none: one cheap test before the dozen patterns.
const MAY_NAME_INSTRUMENT =
  /OP-?CAT|ICCPR|ICESCR|ICPPED|CPED|CED|CAT|CEDAW|CRC|CRPD|ICRMW|CMW|CERD|ICC|ILO|protocol|covenant|convention|disappearance|statute|criminal court/iu;

/** The instruments a text names, by key, sorted and joined: two texts name the same set or not. */
export function namedInstruments(text: string): string {
  if (!MAY_NAME_INSTRUMENT.test(text)) return '';
  let rest = text;
  const found = new Set<string>();
  for (const [key, re] of INSTRUMENTS)
    rest = rest.replace(re, () => {
      found.add(key);
      return ' ';
    });
  return [...found].sort().join(' ');
}

/** The verb that carries the request: the first content word after any lead-in. */
export function mainVerb(text: string): string {
  return wordsAndVerb(text).verb;
}

function wordsAndVerb(text: string): { words: Set<string>; verb: string } {
  const words = new Set<string>();
  let verb = '';
  for (const t of tokenize(text))
    if (t.term.length > 1 && !FUNCTION_WORDS.has(t.term)) {
      words.add(t.term);
      if (verb === '' && !LEAD_INS.has(t.term)) verb = t.term;
    }
  return { words, verb };
}

export function contentWords(text: string): Set<string> {
  const out = new Set<string>();
  for (const t of tokenize(text))
    if (t.term.length > 1 && !FUNCTION_WORDS.has(t.term)) out.add(t.term);
  return out;
}

export function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 && b.size === 0) return 0;
  let both = 0;
  for (const x of a) if (b.has(x)) both++;
  return both / (a.size + b.size - both);
}

export interface Repeat {
  id: number;
  /** the earlier recommendation it repeats (closest wording), null when only its words say so */
  repeatOf: number | null;
  similarity: number;
  reason: 'close-wording' | 'says-repeated';
}

/**
 * The same main verb, or the one's verb among the other's words: "Consider signature and
 * ratification of X" asks what "Ratification of X" asks; "Ratify X" is not "Implement X".
 */
function sameVerb(a: Entry, b: Entry): boolean {
  return a.verb === b.verb || a.words.has(b.verb) || b.words.has(a.verb);
}

interface Entry {
  id: number;
  cycle: number;
  words: Set<string>;
  verb: string;
  instruments: string;
}

/** Pure: every recommendation that repeats one from an earlier cycle, by id. */
export function findRepeatedRecommendations(
  rows: readonly Pick<
    UprRow,
    'id' | 'sur' | 'cycle' | 'from' | 'text' | 'saysRepeated' | 'sourceKind'
  >[],
  threshold = REPEAT_THRESHOLD,
): Map<number, Repeat> {
  // Candidates share the state under review, a recommending state and the counting unit: small
  // groups, so comparing every pair inside a group stays cheap even over all 41,066 export rows.
  const groups = new Map<string, Entry[]>();
  const entries = new Map<number, Entry>();
  const groupOf = (r: (typeof rows)[number], from: string) =>
    `${r.sur}|${from}|${UNIT_OF_SOURCE[r.sourceKind] ?? 'paragraph'}`;
  for (const r of rows) {
    const { words, verb } = wordsAndVerb(r.text);
    const entry: Entry = {
      id: r.id,
      cycle: r.cycle,
      words,
      verb,
      instruments: namedInstruments(r.text),
    };
    entries.set(r.id, entry);
    for (const from of new Set(r.from)) {
      const k = groupOf(r, from);
      const list = groups.get(k);
      if (list) list.push(entry);
      else groups.set(k, [entry]);
    }
  }
  const out = new Map<number, Repeat>();
  for (const r of rows) {
    const mine = entries.get(r.id)!;
    let best: { id: number; similarity: number } | null = null;
    let bestSame: { id: number; similarity: number } | null = null;
    for (const from of new Set(r.from)) {
      for (const e of groups.get(groupOf(r, from)) ?? []) {
        if (e.cycle >= r.cycle) continue;
        const s = jaccard(mine.words, e.words);
        if (!best || s > best.similarity || (s === best.similarity && e.id < best.id))
          best = { id: e.id, similarity: s };
        const short = Math.min(mine.words.size, e.words.size) < SHORT_TEXT_WORDS;
        const sameRequest =
          sameVerb(mine, e) &&
          e.instruments === mine.instruments &&
          s >= (short ? Math.max(threshold, SHORT_REPEAT_THRESHOLD) : threshold);
        if (
          sameRequest &&
          (!bestSame ||
            s > bestSame.similarity ||
            (s === bestSame.similarity && e.id < bestSame.id))
        )
          bestSame = { id: e.id, similarity: s };
      }
    }
    if (bestSame)
      out.set(r.id, {
        id: r.id,
        repeatOf: bestSame.id,
        similarity: bestSame.similarity,
        reason: 'close-wording',
      });
    else if (r.saysRepeated)
      out.set(r.id, {
        id: r.id,
        repeatOf: best && best.similarity >= SAYS_REPEATED_MIN_SIMILARITY ? best.id : null,
        similarity: best?.similarity ?? 0,
        reason: 'says-repeated',
      });
  }
  return out;
}
