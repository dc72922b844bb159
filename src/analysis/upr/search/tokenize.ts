import { porterStem } from './stemmer.js';

/**
 * How recommendation text becomes search terms.
 * - Latin and other alphabetic text: runs of letters and digits, case and accents folded, each
 *   word stemmed (Porter), so "ratified" finds "ratify" and "Ratification".
 * - Chinese (Han) text: each character and each pair of neighbouring characters becomes a term.
 *   Chinese has no spaces, and a word segmenter may cut the same word differently in a query and
 *   in a text; looking words up through their character pairs and then checking the text
 *   contains the word finds it wherever it stands. Words in queries come from Intl.Segmenter.
 */

export interface Token {
  /** the term as indexed (stemmed word, or a Han character or pair) */
  term: string;
  /** position among the word tokens of the text, for phrases */
  position: number;
  /** UTF-16 offsets of the word in the original text, for highlighting */
  start: number;
  end: number;
}

const HAN = /\p{Script=Han}/u;
const WORD = /[\p{Script=Han}]+|[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu;

export function fold(word: string): string {
  return word
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’]s$/, '')
    .replace(/['’]/g, '');
}

// A corpus repeats a few thousand word forms millions of times: stem each form once (bounded,
// so an index of unusual text cannot grow the memo without end).
const stems = new Map<string, string>();
const STEM_MEMO_LIMIT = 200_000;

/** A word as the index holds it: folded and stemmed. */
export function normalizeWord(word: string): string {
  let term = stems.get(word);
  if (term === undefined) {
    term = porterStem(fold(word));
    // Porter leaves "ratify" as "ratifi" but "ratification" as "ratif": one form for both.
    if (term.endsWith('ifi')) term = term.slice(0, -1);
    if (stems.size >= STEM_MEMO_LIMIT) stems.clear();
    stems.set(word, term);
  }
  return term;
}

/** Terms of a Han run: every character and every neighbouring pair. */
export function hanTerms(run: string): string[] {
  const chars = [...run];
  const out = chars.slice();
  for (let i = 0; i + 1 < chars.length; i++) out.push(chars[i]! + chars[i + 1]!);
  return out;
}

/**
 * Word tokens of a text with positions and offsets. A Han run is one token per character (its
 * pairs are added by `indexTerms`), so positions stay simple and phrases of Latin words work.
 */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  let position = 0;
  for (const m of text.matchAll(WORD)) {
    const word = m[0];
    const start = m.index;
    if (HAN.test(word[0]!)) {
      let offset = start;
      for (const ch of word) {
        out.push({ term: ch, position: position++, start: offset, end: offset + ch.length });
        offset += ch.length;
      }
    } else {
      out.push({
        term: normalizeWord(word),
        position: position++,
        start,
        end: start + word.length,
      });
    }
  }
  return out;
}

/** Distinct terms to index for a text: its word tokens and, for Han runs, character pairs. */
export function indexTerms(text: string): { terms: Set<string>; sequence: string[] } {
  const tokens = tokenize(text);
  const terms = new Set<string>();
  const sequence: string[] = [];
  let prev: Token | null = null;
  for (const t of tokens) {
    terms.add(t.term);
    sequence.push(t.term);
    if (prev && HAN.test(t.term) && HAN.test(prev.term) && prev.end === t.start)
      terms.add(prev.term + t.term);
    prev = t;
  }
  return { terms, sequence };
}

export function isHan(s: string): boolean {
  return HAN.test(s);
}

const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });

/** Chinese words of a Han run in a query, as Intl.Segmenter cuts them. */
export function segmentHan(run: string): string[] {
  const out: string[] = [];
  for (const s of segmenter.segment(run))
    if (s.isWordLike && HAN.test(s.segment)) out.push(s.segment);
  return out.length > 0 ? out : [run];
}
