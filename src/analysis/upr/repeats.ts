import { tokenize } from './search/tokenize.js';
import type { UprRow } from './rows.js';

/**
 * Recommendations repeated from an earlier cycle. A recommendation repeats an earlier one when
 * the same state under review got it from (at least one of) the same recommending states in an
 * earlier cycle, and the wording is close: the Jaccard similarity of their sets of content words
 * (stemmed, without function words) is at least REPEAT_THRESHOLD. A recommendation that says so
 * itself ("as recommended previously", `saysRepeated`) counts as repeated even when the earlier
 * wording differs; it then names the closest earlier one if there is any.
 */
export const REPEAT_THRESHOLD = 0.6;

const FUNCTION_WORDS = new Set(
  'a an and the of to in on for its it by with as at or be that this these those all any from into their other which such is are was were has have had ensur continu further take measur step effort'.split(
    ' ',
  ),
);

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

/** Pure: every recommendation that repeats one from an earlier cycle, by id. */
export function findRepeatedRecommendations(
  rows: readonly Pick<UprRow, 'id' | 'sur' | 'cycle' | 'from' | 'text' | 'saysRepeated'>[],
  threshold = REPEAT_THRESHOLD,
): Map<number, Repeat> {
  // Candidates share the state under review and a recommending state: small groups, so comparing
  // every pair inside a group stays cheap even over all 41,066 export rows.
  const groups = new Map<string, { id: number; cycle: number; words: Set<string> }[]>();
  const words = new Map<number, Set<string>>();
  for (const r of rows) {
    const w = contentWords(r.text);
    words.set(r.id, w);
    for (const from of new Set(r.from)) {
      const k = `${r.sur}|${from}`;
      const list = groups.get(k);
      const entry = { id: r.id, cycle: r.cycle, words: w };
      if (list) list.push(entry);
      else groups.set(k, [entry]);
    }
  }
  const out = new Map<number, Repeat>();
  for (const r of rows) {
    const mine = words.get(r.id)!;
    let best: { id: number; similarity: number } | null = null;
    for (const from of new Set(r.from)) {
      for (const e of groups.get(`${r.sur}|${from}`) ?? []) {
        if (e.cycle >= r.cycle) continue;
        const s = jaccard(mine, e.words);
        if (!best || s > best.similarity || (s === best.similarity && e.id < best.id))
          best = { id: e.id, similarity: s };
      }
    }
    if (best && best.similarity >= threshold)
      out.set(r.id, {
        id: r.id,
        repeatOf: best.id,
        similarity: best.similarity,
        reason: 'close-wording',
      });
    else if (r.saysRepeated)
      out.set(r.id, {
        id: r.id,
        repeatOf: best && best.similarity > 0 ? best.id : null,
        similarity: best?.similarity ?? 0,
        reason: 'says-repeated',
      });
  }
  return out;
}
