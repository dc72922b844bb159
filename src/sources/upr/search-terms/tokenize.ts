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
  /** the word folded but not stemmed (a Han character as is): what a prefix query matches */
  form: string;
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

/**
 * Words Porter would merge although a search for one must not find the other: a human rights
 * defender is not a defendant, minorities are not minors, a university is not universal.
 * Folded word → term (docs/upr.md lists them).
 */
const KEEP_APART: ReadonlyMap<string, string> = new Map([
  ['defender', 'defender'],
  ['defenders', 'defender'],
  ['defendant', 'defendant'],
  ['defendants', 'defendant'],
  ['minority', 'minoriti'],
  ['minorities', 'minoriti'],
  ['university', 'universiti'],
  ['universities', 'universiti'],
]);

interface WordForm {
  form: string;
  term: string;
}

// A corpus repeats a few thousand word forms millions of times: fold and stem each form once
// (bounded, so an index of unusual text cannot grow the memo without end).
const stems = new Map<string, WordForm>();
const STEM_MEMO_LIMIT = 200_000;

/** A word folded (what prefixes match) and as the index holds it: folded and stemmed. */
export function wordForm(word: string): WordForm {
  let out = stems.get(word);
  if (out === undefined) {
    const form = fold(word);
    let term = KEEP_APART.get(form) ?? porterStem(form);
    // Porter leaves "ratify" as "ratifi" but "ratification" as "ratif": one form for both.
    if (term.endsWith('ifi')) term = term.slice(0, -1);
    out = { form, term };
    if (stems.size >= STEM_MEMO_LIMIT) stems.clear();
    stems.set(word, out);
  }
  return out;
}

/** A word as the index holds it: folded and stemmed. */
export function normalizeWord(word: string): string {
  return wordForm(word).term;
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
        out.push({
          term: ch,
          form: ch,
          position: position++,
          start: offset,
          end: offset + ch.length,
        });
        offset += ch.length;
      }
    } else {
      const { form, term } = wordForm(word);
      out.push({
        term,
        form,
        position: position++,
        start,
        end: start + word.length,
      });
    }
  }
  return out;
}

/**
 * Distinct terms to index for a text: its word tokens and, for Han runs, character pairs; with
 * the sequence of word terms and, beside it, their unstemmed forms.
 */
export function indexTerms(text: string): {
  terms: Set<string>;
  sequence: string[];
  forms: string[];
} {
  const tokens = tokenize(text);
  const terms = new Set<string>();
  const sequence: string[] = [];
  const forms: string[] = [];
  let prev: Token | null = null;
  for (const t of tokens) {
    terms.add(t.term);
    sequence.push(t.term);
    forms.push(t.form);
    if (prev && HAN.test(t.term) && HAN.test(prev.term) && prev.end === t.start)
      terms.add(prev.term + t.term);
    prev = t;
  }
  return { terms, sequence, forms };
}

/**
 * The word pattern `tokenize` reads with, as a new RegExp (its own lastIndex): for a builder that
 * reads the same tokens without a Token object each (src/store/upr/search-index/build.ts).
 */
export function wordPattern(): RegExp {
  return new RegExp(WORD.source, WORD.flags);
}

export function isHan(s: string): boolean {
  return HAN.test(s);
}

/*
 * The word pattern as a hand-written scanner, for the index builder: the same spans as WORD's
 * matches, found without a match object and a substring per word (a corpus holds about a million
 * words). Each code point's class is what WORD's three properties say of it, asked of the regular
 * expressions themselves once per code point and kept (BMP in a table, the rest in a map).
 */
const HAN_CLASS = 1;
const LETTER_CLASS = 2;
const NUMBER_CLASS = 4;
const KNOWN_CLASS = 8;
const LETTER_RE = /\p{L}/u;
const NUMBER_RE = /\p{N}/u;
const bmpClasses = new Uint8Array(0x10000);
const astralClasses = new Map<number, number>();

function classOfCodePoint(cp: number): number {
  const ch = String.fromCodePoint(cp);
  return (
    (HAN.test(ch) ? HAN_CLASS : 0) |
    (LETTER_RE.test(ch) ? LETTER_CLASS : 0) |
    (NUMBER_RE.test(ch) ? NUMBER_CLASS : 0)
  );
}

function charClass(cp: number): number {
  if (cp < 0x10000) {
    let k = bmpClasses[cp]!;
    if (k === 0) bmpClasses[cp] = k = classOfCodePoint(cp) | KNOWN_CLASS;
    return k;
  }
  let k = astralClasses.get(cp);
  if (k === undefined) astralClasses.set(cp, (k = classOfCodePoint(cp)));
  return k;
}

/** The code point at i (a lone surrogate stands for itself, as it does for a /u pattern). */
function codePointAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 0xd800 || c > 0xdbff || i + 1 >= text.length) return c;
  const d = text.charCodeAt(i + 1);
  return d < 0xdc00 || d > 0xdfff ? c : ((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000;
}

/** Whether this UTF-16 unit is a Han character by itself: `isHan(word[0])` without the string. */
export function isHanUnit(unit: number): boolean {
  return (charClass(unit) & HAN_CLASS) !== 0;
}

/**
 * The next word of `text` at or after `from`, as `wordPattern()` would match it from there:
 * [start, end) in span[0], span[1], or false when there is none. A run of Han characters is one
 * word here too (its characters are read by the caller).
 */
export function nextWord(text: string, from: number, span: Int32Array): boolean {
  const n = text.length;
  let i = from;
  while (i < n) {
    const cp = codePointAt(text, i);
    const k = charClass(cp);
    const size = cp > 0xffff ? 2 : 1;
    if ((k & (HAN_CLASS | LETTER_CLASS | NUMBER_CLASS)) === 0) {
      i += size;
      continue;
    }
    const start = i;
    i += size;
    if (k & HAN_CLASS) {
      // [\p{Script=Han}]+
      while (i < n) {
        const c = codePointAt(text, i);
        if ((charClass(c) & HAN_CLASS) === 0) break;
        i += c > 0xffff ? 2 : 1;
      }
    } else {
      // [\p{L}\p{N}]+(?:['’][\p{L}]+)?
      while (i < n) {
        const c = codePointAt(text, i);
        if ((charClass(c) & (LETTER_CLASS | NUMBER_CLASS)) === 0) break;
        i += c > 0xffff ? 2 : 1;
      }
      const q = i < n ? text.charCodeAt(i) : 0;
      if ((q === 0x27 || q === 0x2019) && i + 1 < n) {
        let j = i + 1;
        while (j < n) {
          const c = codePointAt(text, j);
          if ((charClass(c) & LETTER_CLASS) === 0) break;
          j += c > 0xffff ? 2 : 1;
        }
        if (j > i + 1) i = j;
      }
    }
    span[0] = start;
    span[1] = i;
    return true;
  }
  return false;
}

const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });

/** Chinese words of a Han run in a query, as Intl.Segmenter cuts them. */
export function segmentHan(run: string): string[] {
  const out: string[] = [];
  for (const s of segmenter.segment(run))
    if (s.isWordLike && HAN.test(s.segment)) out.push(s.segment);
  return out.length > 0 ? out : [run];
}
