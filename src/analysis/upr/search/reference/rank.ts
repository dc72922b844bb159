import type { QueryNode } from '../query.js';
import type { UprSearchIndex } from './index.js';

/**
 * Relevance order (BM25, Robertson & Zaragoza 2009, with the usual k1 = 1.2, b = 0.75). Each word,
 * phrase or prefix of the query that is not negated is one unit: its frequency in a document is
 * how often it occurs there (a phrase: its word sequence; a prefix: any word it selected), its
 * document frequency how many recommendations of the whole index hold it, the length a
 * document's number of words. Ties, and every document when the query has no such unit, keep id
 * order. Computed from the term sequences the index stores, over the matches only.
 */
const K1 = 1.2;
const B = 0.75;

interface Unit {
  /** the term sequence of a word or phrase (term ids), or null for a prefix */
  seq: Int32Array | null;
  /** a prefix's terms */
  set: Set<number> | null;
  idf: number;
}

function units(
  index: UprSearchIndex,
  positive: readonly QueryNode[],
  evaluate: (index: UprSearchIndex, node: QueryNode) => Int32Array,
): Unit[] {
  const out: Unit[] = [];
  const seen = new Set<string>();
  for (const node of positive) {
    if (node.kind !== 'seq' && node.kind !== 'prefix') continue;
    const key = node.kind === 'seq' ? `s:${node.terms.join(' ')}` : `p:${node.prefix}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const df = evaluate(index, node).length;
    if (df === 0) continue;
    const idf = Math.log(1 + (index.size - df + 0.5) / (df + 0.5));
    if (node.kind === 'seq') {
      const ids = node.terms.map((t) => index.termIds.get(t));
      if (ids.some((id) => id === undefined)) continue;
      out.push({ seq: Int32Array.from(ids as number[]), set: null, idf });
    } else {
      const set = new Set<number>();
      const forms = index.sortedForms;
      let lo = 0;
      let hi = forms.length;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (forms[mid]! < node.prefix) lo = mid + 1;
        else hi = mid;
      }
      for (let i = lo; i < forms.length && forms[i]!.startsWith(node.prefix); i++)
        set.add(index.formTerms[i]!);
      out.push({ seq: null, set, idf });
    }
  }
  return out;
}

/** How often a unit occurs in the term sequence [start, end). */
function frequency(terms: Int32Array, start: number, end: number, unit: Unit): number {
  let n = 0;
  if (unit.set) {
    for (let i = start; i < end; i++) if (unit.set.has(terms[i]!)) n++;
    return n;
  }
  const seq = unit.seq!;
  const k = seq.length;
  outer: for (let i = start; i + k <= end; i++) {
    for (let j = 0; j < k; j++) if (terms[i + j] !== seq[j]) continue outer;
    n++;
  }
  return n;
}

/** The documents (in id order) in relevance order: highest BM25 first, ties by id. */
export function rankByRelevance(
  index: UprSearchIndex,
  docs: Int32Array,
  positive: readonly QueryNode[],
  evaluate: (index: UprSearchIndex, node: QueryNode) => Int32Array,
): Int32Array {
  const us = units(index, positive, evaluate);
  if (us.length === 0 || docs.length < 2) return docs;
  const scores = new Float64Array(docs.length);
  const avg = index.avgLength || 1;
  for (let i = 0; i < docs.length; i++) {
    const d = docs[i]!;
    const start = index.seqOffsets[d]!;
    const end = index.seqOffsets[d + 1]!;
    const norm = K1 * (1 - B + (B * (end - start)) / avg);
    let score = 0;
    for (const u of us) {
      const tf = frequency(index.seqTerms, start, end, u);
      if (tf > 0) score += (u.idf * tf * (K1 + 1)) / (tf + norm);
    }
    scores[i] = score;
  }
  const order = Int32Array.from({ length: docs.length }, (_, i) => i);
  order.sort((a, b) => scores[b]! - scores[a]! || a - b);
  return Int32Array.from(order, (i) => docs[i]!);
}
