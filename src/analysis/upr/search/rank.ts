import type { QueryNode } from './query.js';
import type { TermPostings } from '../../../store/upr/search-index/positional.js';
import { phraseCount, postingsOf, prefixTerms, seek, type UprSearchIndex } from './index.js';

/**
 * Relevance order (BM25, Robertson & Zaragoza 2009, with the usual k1 = 1.2, b = 0.75). Each word,
 * phrase or prefix of the query that is not negated is one unit: its frequency in a document is
 * how often it occurs there (a phrase: its word sequence; a prefix: any word it selected), its
 * document frequency how many recommendations of the whole index hold it, the length a
 * document's number of words. Ties, and every document when the query has no such unit, keep id
 * order. Computed from the positional postings of the query's terms, over the matches only.
 */
const K1 = 1.2;
const B = 0.75;

interface Unit {
  /** the terms of a word or phrase, in order; or a prefix's terms (set) */
  terms: TermPostings[];
  phrase: boolean;
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
      const terms = (ids as number[]).map((t) => postingsOf(index, t));
      out.push({ terms, phrase: terms.length > 1, idf });
    } else {
      // every term a word starting so selects (a prefix's frequency counts each of its words)
      const terms = prefixTerms(index, node.prefix, Infinity).map((t) => postingsOf(index, t));
      out.push({ terms, phrase: false, idf });
    }
  }
  return out;
}

/** How often a unit occurs in each of `docs` (ascending), from its terms' positional postings. */
function frequencies(docs: Int32Array, unit: Unit): Int32Array {
  const tf = new Int32Array(docs.length);
  if (unit.phrase) {
    const at = new Int32Array(unit.terms.length);
    outer: for (let i = 0; i < docs.length; i++) {
      const d = docs[i]!;
      for (let j = 0; j < unit.terms.length; j++) {
        const list = unit.terms[j]!.docs;
        at[j] = seek(list, at[j]!, d);
        if (list[at[j]!] !== d) continue outer;
      }
      tf[i] = phraseCount(unit.terms, at, false);
    }
    return tf;
  }
  // a word, or a prefix's words (each word has one term: their counts add up)
  for (const term of unit.terms) {
    let k = 0;
    for (let i = 0; i < docs.length && k < term.docs.length; i++) {
      k = seek(term.docs, k, docs[i]!);
      if (term.docs[k] === docs[i]) tf[i]! += term.starts[k + 1]! - term.starts[k]!;
    }
  }
  return tf;
}

/**
 * The first `k` documents (given in id order) in relevance order: highest BM25 first, ties by id.
 * Scores are summed unit by unit in the query's order, as the whole-sort implementation did, so
 * equal documents get equal scores bit for bit.
 */
export function rankByRelevance(
  index: UprSearchIndex,
  docs: Int32Array,
  positive: readonly QueryNode[],
  evaluate: (index: UprSearchIndex, node: QueryNode) => Int32Array,
  k = docs.length,
): Int32Array {
  const us = units(index, positive, evaluate);
  if (us.length === 0 || docs.length < 2) return docs;
  const scores = new Float64Array(docs.length);
  const avg = index.avgLength || 1;
  const norms = new Float64Array(docs.length);
  for (let i = 0; i < docs.length; i++) {
    const d = docs[i]!;
    const length = index.seqOffsets[d + 1]! - index.seqOffsets[d]!;
    norms[i] = K1 * (1 - B + (B * length) / avg);
  }
  for (const u of us) {
    const tf = frequencies(docs, u);
    for (let i = 0; i < docs.length; i++) {
      const f = tf[i]!;
      if (f > 0) scores[i]! += (u.idf * f * (K1 + 1)) / (f + norms[i]!);
    }
  }
  const top = topK(scores, Math.min(k, docs.length));
  return Int32Array.from(top, (i) => docs[i]!);
}

/** `a` ranks before `b`: higher score, then lower index. */
const before = (scores: Float64Array, a: number, b: number) =>
  scores[a]! > scores[b]! || (scores[a] === scores[b] && a < b);

/** The indices of the k best scores, best first (a heap of the k best, the worst at its root). */
function topK(scores: Float64Array, k: number): Int32Array {
  const n = scores.length;
  if (k <= 0) return new Int32Array(0);
  if (k * 4 >= n) {
    const order = Int32Array.from({ length: n }, (_, i) => i);
    order.sort((a, b) => scores[b]! - scores[a]! || a - b);
    return order.subarray(0, k);
  }
  const heap = new Int32Array(k);
  let size = 0;
  const down = (at: number) => {
    for (;;) {
      const l = 2 * at + 1;
      const r = l + 1;
      let worst = at;
      if (l < size && before(scores, heap[worst]!, heap[l]!)) worst = l;
      if (r < size && before(scores, heap[worst]!, heap[r]!)) worst = r;
      if (worst === at) return;
      [heap[at], heap[worst]] = [heap[worst]!, heap[at]!];
      at = worst;
    }
  };
  for (let i = 0; i < n; i++) {
    if (size < k) {
      let at = size++;
      heap[at] = i;
      while (at > 0) {
        const parent = (at - 1) >> 1;
        if (!before(scores, heap[parent]!, heap[at]!)) break;
        [heap[at], heap[parent]] = [heap[parent]!, heap[at]!];
        at = parent;
      }
    } else if (before(scores, i, heap[0]!)) {
      heap[0] = i;
      down(0);
    }
  }
  return heap.sort((a, b) => scores[b]! - scores[a]! || a - b);
}
