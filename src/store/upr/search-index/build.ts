import {
  isHan,
  isHanUnit,
  nextWord,
  wordForm,
} from '../../../sources/upr/search-terms/tokenize.js';

/**
 * The UPR search index as it is stored: postings, word forms, term sequences and facet columns,
 * never the texts (docs/decisions/0004-search-index.md). Built here, in the store layer, so an
 * import can build it inside its own transaction; queried by src/analysis/upr/search/index.ts.
 * Document numbers are positions in id order.
 */

/** One recommendation as the index needs it (the analysis' SearchDoc is a superset). */
export interface UprIndexDoc {
  id: number;
  sur: string;
  from: readonly string[];
  cycle: number;
  response: string;
  text: string;
  actionCategory: number;
  themes: readonly string[];
  sourceKind: string;
}

/** A single-valued column of small codes and the value of each code. */
export interface CodedColumn<A> {
  codes: A;
  values: string[];
}

/** A many-valued column: the codes of document d are values[offsets[d] .. offsets[d + 1]). */
export interface MultiColumnData {
  offsets: Int32Array;
  values: Uint16Array;
  dict: string[];
}

export interface UprIndexData {
  size: number;
  ids: Int32Array;
  /** term by id, in the order first seen */
  terms: string[];
  /** postings of term t: postingDocs[postingOffsets[t] .. postingOffsets[t + 1]), ascending */
  postingOffsets: Int32Array;
  postingDocs: Int32Array;
  /** word forms (folded, not stemmed), sorted, each beside the id of its term: for prefixes */
  sortedForms: string[];
  formTerms: Int32Array;
  /** each document's word terms in order (for phrases and relevance) */
  seqOffsets: Int32Array;
  seqTerms: Int32Array;
  sur: CodedColumn<Uint16Array>;
  cycle: Uint8Array;
  response: CodedColumn<Uint8Array>;
  action: Uint8Array;
  source: CodedColumn<Uint8Array>;
  /** 1 when the row counts in recommending states (UPR Info), 0 in UN paragraphs */
  perState: Uint8Array;
  /** 1 for a UPR Info row whose review is also stored in UN paragraphs: 'auto' leaves it out */
  shadowed: Uint8Array;
  /** documents whose text holds Chinese characters */
  hanDocs: number;
  from: MultiColumnData;
  theme: MultiColumnData;
}

/** The index without its term postings and sequences: what a search reads when it opens it. */
export type UprIndexColumns = Omit<UprIndexData, 'postingDocs' | 'seqTerms'>;

/** A column of small codes with its dictionary, codes given in the order values are first seen. */
export class Dict {
  readonly values: string[];
  private readonly codes = new Map<string, number>();
  constructor(values: readonly string[] = []) {
    this.values = [];
    for (const v of values) this.code(v);
  }
  code(v: string): number {
    let c = this.codes.get(v);
    if (c === undefined) {
      c = this.values.length;
      this.values.push(v);
      this.codes.set(v, c);
    }
    return c;
  }
  find(v: string): number | undefined {
    return this.codes.get(v);
  }
}

/** A many-valued column filled one document at a time (each value once per document). */
class MultiColumnBuilder {
  private readonly dict = new Dict();
  private readonly offsets: number[] = [0];
  private readonly values: number[] = [];

  add(values: readonly string[]): void {
    // each value once, in the order first seen (a linear scan: a document has a few values)
    for (let i = 0; i < values.length; i++) {
      const v = values[i]!;
      if (values.indexOf(v) === i) this.values.push(this.dict.code(v));
    }
    this.offsets.push(this.values.length);
  }

  finish(): MultiColumnData {
    return {
      offsets: Int32Array.from(this.offsets),
      values: Uint16Array.from(this.values),
      dict: this.dict.values,
    };
  }
}

/** A distinct word (or Han character) of a build, read once: its term and that term's id. */
interface WordTerm {
  id: number;
  term: string;
  /** the term holds a Han character: two such terms side by side also make a pair term */
  han: boolean;
}

/** A typed array at least `need` long, grown by doubling (contents kept). */
function grown(a: Int32Array<ArrayBuffer>, need: number): Int32Array<ArrayBuffer> {
  if (need <= a.length) return a;
  const out = new Int32Array(Math.max(a.length * 2, need));
  out.set(a);
  return out;
}

/**
 * The distinct words of a build by their exact text, looked up by a span of the text being read:
 * no substring is made for a word seen before (almost every word of a corpus). Open addressing
 * over a hash of the span's UTF-16 units; each word's own string is kept to compare against.
 */
class WordTable {
  private slots = new Int32Array(1 << 12);
  private readonly keys: string[] = [];
  private readonly hashes: number[] = [];
  private readonly values: WordTerm[] = [];

  private static hash(text: string, start: number, end: number): number {
    let h = 0x811c9dc5;
    for (let i = start; i < end; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
    return h | 0;
  }

  find(text: string, start: number, end: number): WordTerm | undefined {
    const h = WordTable.hash(text, start, end);
    const mask = this.slots.length - 1;
    const len = end - start;
    for (let s = h & mask; ; s = (s + 1) & mask) {
      const e = this.slots[s]! - 1;
      if (e < 0) return undefined;
      if (this.hashes[e] !== h) continue;
      const key = this.keys[e]!;
      if (key.length !== len) continue;
      let i = 0;
      while (i < len && key.charCodeAt(i) === text.charCodeAt(start + i)) i++;
      if (i === len) return this.values[e];
    }
  }

  /** A word not in the table (find gave undefined). */
  insert(word: string, value: WordTerm): void {
    // a key of its own: a slice of a long text would keep the whole text alive
    const own = word.length > 12 ? (' ' + word).slice(1) : word;
    const e = this.keys.length;
    this.keys.push(own);
    this.hashes.push(WordTable.hash(own, 0, own.length));
    this.values.push(value);
    if (2 * (e + 1) > this.slots.length) this.rehash(this.slots.length * 2);
    else this.place(e);
  }

  private place(e: number): void {
    const mask = this.slots.length - 1;
    let s = this.hashes[e]! & mask;
    while (this.slots[s] !== 0) s = (s + 1) & mask;
    this.slots[s] = e + 1;
  }

  private rehash(size: number): void {
    this.slots = new Int32Array(size);
    for (let e = 0; e < this.keys.length; e++) this.place(e);
  }
}

/**
 * The index built one document at a time, in id order (`add`), then laid out (`finish`): an
 * import hands it each recommendation as it writes it, so no text is held until the end.
 *
 * Each text is read in one pass with the tokens `indexTerms` gives (the same words, found by
 * `nextWord`, the word pattern's own scanner; same word forms, same Han pairs), but no match,
 * Token object, Set or string array per document and no substring per known word: each distinct
 * word is folded, stemmed and numbered once per build, and each document's distinct terms are
 * kept as term ids in one typed array from which the postings are laid out. Term ids are given
 * in the order `indexTerms`' sets first show each term, so every array is what building from
 * the term sets gave (build.test.ts compares the two).
 */
export class UprIndexBuilder {
  /** the ids of the documents added, in order */
  readonly ids: number[] = [];
  private readonly termIds = new Map<string, number>();
  private readonly terms: string[] = [];
  private readonly formIds = new Map<string, number>();
  // a word read as Latin and a Han character are read differently: kept apart
  private readonly words = new WordTable();
  /** by code point */
  private readonly hanChars = new Map<number, WordTerm>();
  /** 1 + the last document that holds term t, so each document lists a term once */
  private lastDoc = new Int32Array(4096);
  private readonly docOffsets: number[] = [0];
  private docTerms = new Int32Array(1 << 16);
  private docLen = 0;
  private readonly seqOffsets: number[] = [0];
  private seqTerms = new Int32Array(1 << 16);
  private seqLen = 0;
  /** the span of the word being read */
  private readonly span = new Int32Array(2);
  private readonly surDict = new Dict();
  private readonly responseDict = new Dict();
  private readonly sourceDict = new Dict();
  private readonly sur: number[] = [];
  private readonly response: number[] = [];
  private readonly source: number[] = [];
  private readonly cycle: number[] = [];
  private readonly action: number[] = [];
  private readonly perState: number[] = [];
  private hanDocs = 0;
  private readonly from = new MultiColumnBuilder();
  private readonly theme = new MultiColumnBuilder();
  // the token before the current one, for Han pairs
  private prev: WordTerm | null = null;
  private prevEnd = -1;

  get size(): number {
    return this.ids.length;
  }

  private termId(t: string): number {
    let id = this.termIds.get(t);
    if (id === undefined) {
      id = this.terms.length;
      this.termIds.set(t, id);
      this.terms.push(t);
      this.lastDoc = grown(this.lastDoc, id + 1);
    }
    return id;
  }

  /** Term `id` stands in the document being added (listed once per document). */
  private holds(id: number): void {
    const mark = this.ids.length; // 1 + the index of the document being added
    if (this.lastDoc[id] === mark) return;
    this.lastDoc[id] = mark;
    if (this.docLen === this.docTerms.length) this.docTerms = grown(this.docTerms, this.docLen + 1);
    this.docTerms[this.docLen++] = id;
  }

  /** One word token: its term, the pair it makes with a Han token just before, its place. */
  private token(w: WordTerm, start: number, end: number): void {
    this.holds(w.id);
    const prev = this.prev;
    if (prev !== null && w.han && prev.han && this.prevEnd === start)
      this.holds(this.termId(prev.term + w.term));
    if (this.seqLen === this.seqTerms.length) this.seqTerms = grown(this.seqTerms, this.seqLen + 1);
    this.seqTerms[this.seqLen++] = w.id;
    this.prev = w;
    this.prevEnd = end;
  }

  /** The next document; ids must ascend. */
  add(doc: UprIndexDoc): void {
    this.ids.push(doc.id);
    const text = doc.text;
    const span = this.span;
    this.prev = null;
    this.prevEnd = -1;
    for (let at = 0; nextWord(text, at, span); at = span[1]!) {
      const start = span[0]!;
      const end = span[1]!;
      if (isHanUnit(text.charCodeAt(start))) {
        // a run of Han characters: each character a token (one starting outside the BMP is read
        // as a word, as `tokenize` reads it)
        for (let offset = start; offset < end;) {
          const cp = text.codePointAt(offset)!;
          const size = cp > 0xffff ? 2 : 1;
          let w = this.hanChars.get(cp);
          if (w === undefined) {
            const ch = String.fromCodePoint(cp);
            w = { id: this.termId(ch), term: ch, han: isHan(ch) };
            this.hanChars.set(cp, w);
            if (!this.formIds.has(ch)) this.formIds.set(ch, w.id);
          }
          this.token(w, offset, offset + size);
          offset += size;
        }
      } else {
        let w = this.words.find(text, start, end);
        if (w === undefined) {
          const word = text.slice(start, end);
          const { form, term } = wordForm(word);
          w = { id: this.termId(term), term, han: isHan(term) };
          this.words.insert(word, w);
          if (!this.formIds.has(form)) this.formIds.set(form, w.id);
        }
        this.token(w, start, end);
      }
    }
    this.docOffsets.push(this.docLen);
    this.seqOffsets.push(this.seqLen);

    this.perState.push(doc.sourceKind === 'upr-info-export' ? 1 : 0);
    if (isHan(doc.text)) this.hanDocs++;
    this.sur.push(this.surDict.code(doc.sur));
    this.response.push(this.responseDict.code(doc.response));
    this.source.push(this.sourceDict.code(doc.sourceKind));
    this.cycle.push(doc.cycle);
    this.action.push(doc.actionCategory);
    this.from.add(doc.from);
    this.theme.add(doc.themes);
  }

  /** The index of the documents added. */
  finish(): UprIndexData {
    const n = this.ids.length;
    const { terms, docTerms, docOffsets, docLen } = this;
    const nTerms = terms.length;
    const postingOffsets = new Int32Array(nTerms + 1);
    for (let i = 0; i < docLen; i++) postingOffsets[docTerms[i]! + 1]!++;
    for (let t = 0; t < nTerms; t++) postingOffsets[t + 1]! += postingOffsets[t]!;
    const postingDocs = new Int32Array(docLen);
    const fill = postingOffsets.slice(0, nTerms);
    for (let d = 0; d < n; d++)
      for (let i = docOffsets[d]!; i < docOffsets[d + 1]!; i++)
        postingDocs[fill[docTerms[i]!]!++] = d;

    // a UPR Info row whose review (state, cycle) is also stored in UN paragraphs
    const surValues = this.surDict.values;
    const reviewsInParagraphs = new Set<string>();
    for (let i = 0; i < n; i++)
      if (!this.perState[i]) reviewsInParagraphs.add(`${surValues[this.sur[i]!]}|${this.cycle[i]}`);
    const shadowed = new Uint8Array(n);
    for (let i = 0; i < n; i++)
      if (
        this.perState[i] &&
        reviewsInParagraphs.has(`${surValues[this.sur[i]!]}|${this.cycle[i]}`)
      )
        shadowed[i] = 1;

    const formIds = this.formIds;
    const sortedForms = [...formIds.keys()].sort();
    return {
      size: n,
      ids: Int32Array.from(this.ids),
      terms,
      postingOffsets,
      postingDocs,
      sortedForms,
      formTerms: Int32Array.from(sortedForms, (f) => formIds.get(f)!),
      seqOffsets: Int32Array.from(this.seqOffsets),
      seqTerms: this.seqTerms.slice(0, this.seqLen),
      sur: { codes: Uint16Array.from(this.sur), values: surValues },
      cycle: Uint8Array.from(this.cycle),
      response: { codes: Uint8Array.from(this.response), values: this.responseDict.values },
      action: Uint8Array.from(this.action),
      source: { codes: Uint8Array.from(this.source), values: this.sourceDict.values },
      perState: Uint8Array.from(this.perState),
      shadowed,
      hanDocs: this.hanDocs,
      from: this.from.finish(),
      theme: this.theme.finish(),
    };
  }
}

/** Builds the index of the documents, given in id order. */
export function buildUprIndexData(docs: readonly UprIndexDoc[]): UprIndexData {
  const builder = new UprIndexBuilder();
  for (const doc of docs) builder.add(doc);
  return builder.finish();
}
