import { indexTerms, isHan } from '../../../sources/upr/search-terms/tokenize.js';

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

function multiColumn(
  docs: readonly UprIndexDoc[],
  values: (d: UprIndexDoc) => Iterable<string>,
): MultiColumnData {
  const dict = new Dict();
  const offsets = new Int32Array(docs.length + 1);
  const out: number[] = [];
  docs.forEach((d, i) => {
    offsets[i] = out.length;
    for (const v of new Set(values(d))) out.push(dict.code(v));
  });
  offsets[docs.length] = out.length;
  return { offsets, values: Uint16Array.from(out), dict: dict.values };
}

/** Builds the index of the documents, given in id order. */
export function buildUprIndexData(docs: readonly UprIndexDoc[]): UprIndexData {
  const n = docs.length;
  const termIds = new Map<string, number>();
  const formIds = new Map<string, number>();
  const lists: number[][] = [];
  const seqOffsets = new Int32Array(n + 1);
  let seqTerms = new Int32Array(Math.max(16, n * 32));
  let seqLen = 0;
  const termId = (t: string) => {
    let id = termIds.get(t);
    if (id === undefined) {
      id = lists.length;
      termIds.set(t, id);
      lists.push([]);
    }
    return id;
  };
  for (let d = 0; d < n; d++) {
    const { terms, sequence, forms } = indexTerms(docs[d]!.text);
    for (const t of terms) lists[termId(t)]!.push(d);
    for (let i = 0; i < forms.length; i++)
      if (!formIds.has(forms[i]!)) formIds.set(forms[i]!, termIds.get(sequence[i]!)!);
    seqOffsets[d] = seqLen;
    if (seqLen + sequence.length > seqTerms.length) {
      const grown = new Int32Array(Math.max(seqTerms.length * 2, seqLen + sequence.length));
      grown.set(seqTerms);
      seqTerms = grown;
    }
    for (const t of sequence) seqTerms[seqLen++] = termIds.get(t)!;
  }
  seqOffsets[n] = seqLen;

  const postingOffsets = new Int32Array(lists.length + 1);
  let total = 0;
  lists.forEach((l, t) => {
    postingOffsets[t] = total;
    total += l.length;
  });
  postingOffsets[lists.length] = total;
  const postingDocs = new Int32Array(total);
  lists.forEach((l, t) => postingDocs.set(l, postingOffsets[t]!));

  const surDict = new Dict();
  const responseDict = new Dict();
  const sourceDict = new Dict();
  const sur = new Uint16Array(n);
  const response = new Uint8Array(n);
  const source = new Uint8Array(n);
  const cycle = new Uint8Array(n);
  const action = new Uint8Array(n);
  const ids = new Int32Array(n);
  const perState = new Uint8Array(n);
  const shadowed = new Uint8Array(n);
  const reviewsInParagraphs = new Set<string>();
  let hanDocs = 0;
  docs.forEach((doc, i) => {
    perState[i] = doc.sourceKind === 'upr-info-export' ? 1 : 0;
    if (!perState[i]) reviewsInParagraphs.add(`${doc.sur}|${doc.cycle}`);
    if (isHan(doc.text)) hanDocs++;
  });
  docs.forEach((doc, i) => {
    if (perState[i] && reviewsInParagraphs.has(`${doc.sur}|${doc.cycle}`)) shadowed[i] = 1;
    ids[i] = doc.id;
    sur[i] = surDict.code(doc.sur);
    response[i] = responseDict.code(doc.response);
    source[i] = sourceDict.code(doc.sourceKind);
    cycle[i] = doc.cycle;
    action[i] = doc.actionCategory;
  });
  const sortedForms = [...formIds.keys()].sort();
  return {
    size: n,
    ids,
    terms: [...termIds.keys()],
    postingOffsets,
    postingDocs,
    sortedForms,
    formTerms: Int32Array.from(sortedForms, (f) => formIds.get(f)!),
    seqOffsets,
    seqTerms: seqTerms.slice(0, seqLen),
    sur: { codes: sur, values: surDict.values },
    cycle,
    response: { codes: response, values: responseDict.values },
    action,
    source: { codes: source, values: sourceDict.values },
    perState,
    shadowed,
    hanDocs,
    from: multiColumn(docs, (d) => d.from),
    theme: multiColumn(docs, (d) => d.themes),
  };
}
