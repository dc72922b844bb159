import type { UprSourceKind } from '../../../store/upr/store-recommendations.js';
import {
  buildUprIndexData,
  Dict,
  type MultiColumnData,
  type UprIndexColumns,
} from '../../../store/upr/search-index/build.js';
import {
  allTermPostings,
  termBlocksOf,
  type TermPostings,
} from '../../../store/upr/search-index/positional.js';
import { regionOf } from '../region.js';
import { complement, difference, intersect, unionMany } from './postings.js';
import { parseQuery, positiveNodes, type QueryExpansion, type QueryNode } from './query.js';
import { rankByRelevance } from './rank.js';
import { isHan, tokenize } from './tokenize.js';

/**
 * Search over an inverted index of all recommendations: positional postings per term (sorted
 * Int32Arrays of document numbers, with each document's word positions), every facet a
 * typed-array column (multi-valued facets as offsets + values). Document numbers are positions in
 * the order the documents were given (the store gives them by id). The index is built at import
 * time and stored (src/store/upr/search-index/); a search reads the postings of its own terms
 * (load.ts: requestTerms, then ensureTerms) and texts stay in the store.
 */

/** One recommendation as the index needs it. */
export interface SearchDoc {
  id: number;
  sur: string;
  from: readonly string[];
  cycle: number;
  session: number | null;
  response: string;
  responseRaw: string | null;
  text: string;
  actionCategory: number;
  themes: readonly string[];
  paragraph: string | null;
  reportSymbol: string | null;
  documentId: number;
  line: number;
  /** which source the row came from, so a search can keep to one counting unit (docs/upr.md) */
  sourceKind: string;
}

export const FACETS = [
  'sur',
  'from',
  'region',
  'cycle',
  'response',
  'theme',
  'action',
  'source',
] as const;
export type FacetName = (typeof FACETS)[number];

export interface UprSearchFilters {
  sur?: readonly string[];
  from?: readonly string[];
  region?: readonly string[];
  cycle?: readonly number[];
  response?: readonly string[];
  theme?: readonly string[];
  action?: readonly number[];
  /** source kinds: 'upr-info-export' rows count recommending states, the others UN paragraphs */
  source?: readonly string[];
  /** the counting unit (docs/upr.md, "Units"); 'auto' when not given */
  unit?: UprSearchUnit;
}

/**
 * 'auto': per review (state under review and cycle), the UN's paragraphs where stored, else UPR
 * Info's rows, so no review is counted twice; 'paragraph' or 'recommending-state': that unit only.
 */
export const UPR_SEARCH_UNITS = ['auto', 'paragraph', 'recommending-state'] as const;
export type UprSearchUnit = (typeof UPR_SEARCH_UNITS)[number];

/** Below this many results a query is "few", and a prefix that finds more is offered. */
export const FEW_RESULTS = 20;

/**
 * The source kinds a store holds, each with its own counting unit: one row per recommending state
 * (UPR Info) or one per UN paragraph (matrix, WG report). Mixing them double-counts a review.
 */
export const UPR_SOURCE_KINDS = [
  'upr-info-export',
  'un-matrix',
  'wg-report',
] as const satisfies readonly UprSourceKind[];

export interface FacetCount {
  value: string;
  count: number;
}

export interface UprSearchHit {
  id: number;
  sur: string;
  from: string[];
  cycle: number;
  session: number | null;
  response: string;
  responseRaw: string | null;
  text: string;
  actionCategory: number;
  themes: string[];
  paragraph: string | null;
  reportSymbol: string | null;
  documentId: number;
  line: number;
  sourceKind: string;
  /** [start, end) UTF-16 offsets of the matched words in `text` */
  highlights: [number, number][];
  /** `text` as HTML: escaped, matches wrapped in <mark> */
  highlightedHtml: string;
}

/** Which unit a search counted in, and what the unit rule left out. */
export interface UprSearchUnitReport {
  rule: UprSearchUnit;
  /** the results per unit ('paragraph', 'recommending-state'), zero counts omitted */
  counted: FacetCount[];
  /** matches of the query and filters in the other unit, not counted */
  leftOut: number;
}

/** A query that would find more: `word*` for a word whose other forms stemming keeps apart. */
export interface UprSearchHint {
  kind: 'prefix';
  query: string;
  total: number;
}

/**
 * Why a search found nothing, most specific first: the query had nothing left to search for;
 * Chinese words the glossary cannot translate while no stored text is Chinese; the filters (the
 * words alone match `withoutFilters`); the unit (the matches are all in the other unit); or the
 * words match no recommendation.
 */
export type UprWhyEmpty =
  | { reason: 'query-ignored' }
  | { reason: 'chinese-not-in-texts'; untranslated: string[] }
  | { reason: 'filters-exclude'; withoutFilters: number }
  | { reason: 'other-unit'; leftOut: number }
  | { reason: 'no-match' };

export interface UprSearchResult {
  query: string;
  total: number;
  limit: number;
  offset: number;
  /** set when the results are not in id order: 'relevance' (BM25; docs/upr.md) */
  order?: UprSearchOrder;
  /** counts over the whole result set (they add up to `total` for single-valued facets) */
  facets: Record<FacetName, FacetCount[]>;
  /**
   * For each facet whose filter is set: its counts without its own filter (the query and the
   * other filters only), so a multi-select offers the values not chosen with what they add.
   */
  selectableFacets?: Partial<Record<FacetName, FacetCount[]>>;
  results: UprSearchHit[];
  /** parts of the query that were ignored (a stray parenthesis…) */
  problems: string[];
  unit: UprSearchUnitReport;
  /** Chinese terms also searched in English, through the glossary */
  expansions: QueryExpansion[];
  /** Chinese words of the query the glossary has no English for */
  untranslated: string[];
  hints: UprSearchHint[];
  /** set when `total` is 0 */
  whyEmpty: UprWhyEmpty | null;
  /** time spent answering, in milliseconds (index already built) */
  tookMs: number;
}

interface MultiColumn {
  offsets: Int32Array;
  values: Uint16Array;
  dict: Dict;
}

export interface UprSearchIndex {
  size: number;
  ids: Int32Array;
  /**
   * The documents with their texts when the index was built in memory from them (tests, bench);
   * absent for the stored index, whose texts stay in the database (searchUprStored fetches a page).
   */
  docs?: readonly SearchDoc[];
  /**
   * Each term's positional postings once read (all of them for an index built in memory; for the
   * stored index, those of the queries so far: load.ts reads a request's terms before it runs).
   */
  termPostings: Array<TermPostings | undefined>;
  /** term t is in postingOffsets[t + 1] - postingOffsets[t] documents (read or not) */
  postingOffsets: Int32Array;
  termIds: Map<string, number>;
  /** term by id */
  terms: string[];
  /**
   * The word forms seen (folded, not stemmed: docs/upr.md says a prefix matches words before
   * stemming), sorted, and beside each the id of its term; for prefix queries.
   */
  sortedForms: string[];
  formTerms: Int32Array;
  /** document d has seqOffsets[d + 1] - seqOffsets[d] words */
  seqOffsets: Int32Array;
  /** mean number of word tokens per document, for relevance (BM25) */
  avgLength: number;
  sur: { codes: Uint16Array; dict: Dict };
  cycle: Uint8Array;
  response: { codes: Uint8Array; dict: Dict };
  action: Uint8Array;
  source: { codes: Uint8Array; dict: Dict };
  /** 1 when the row counts in recommending states (UPR Info), 0 in UN paragraphs */
  perState: Uint8Array;
  /** 1 for a UPR Info row whose review is also stored in UN paragraphs: 'auto' leaves it out */
  shadowed: Uint8Array;
  /** documents whose text holds Chinese characters */
  hanDocs: number;
  from: MultiColumn;
  region: MultiColumn;
  theme: MultiColumn;
  all: Int32Array;
  /** per unit: its documents and their facet counts, computed when first needed */
  universes: Map<UprSearchUnit, Universe>;
  /** how long building (or loading) the index took */
  buildMs: number;
}

/** The region column, from the recommending states' column: each state's UN regional group. */
function regionColumn(from: MultiColumnData, size: number): MultiColumn {
  const dict = new Dict();
  const regionOfCode = from.dict.map((state) => regionOf(state));
  const offsets = new Int32Array(size + 1);
  const out = new Uint16Array(from.values.length);
  let n = 0;
  const regionCode = regionOfCode.map((r) => dict.code(r));
  for (let d = 0; d < size; d++) {
    const start = n;
    offsets[d] = start;
    // a document names a few states: a scan of its codes so far is cheaper than a Set
    for (let k = from.offsets[d]!; k < from.offsets[d + 1]!; k++) {
      const r = regionCode[from.values[k]!]!;
      let seen = false;
      for (let j = start; j < n && !seen; j++) seen = out[j] === r;
      if (!seen) out[n++] = r;
    }
  }
  offsets[size] = n;
  return { offsets, values: out.slice(0, n), dict };
}

const multi = (c: MultiColumnData): MultiColumn => ({
  offsets: c.offsets,
  values: c.values,
  dict: new Dict(c.dict),
});

/**
 * The query structures over an index's columns (built now, or read from the store) and the term
 * postings at hand: all of them, or none for a stored index whose postings are read per query.
 */
export function searchIndexOf(
  data: UprIndexColumns,
  termPostings: Array<TermPostings | undefined>,
  docs?: readonly SearchDoc[],
  t0 = performance.now(),
): UprSearchIndex {
  const n = data.size;
  const termIds = new Map<string, number>();
  data.terms.forEach((term, id) => termIds.set(term, id));
  const all = new Int32Array(n);
  for (let i = 0; i < n; i++) all[i] = i;
  return {
    size: n,
    ids: data.ids,
    ...(docs ? { docs } : {}),
    termPostings,
    postingOffsets: data.postingOffsets,
    termIds,
    terms: data.terms,
    sortedForms: data.sortedForms,
    formTerms: data.formTerms,
    seqOffsets: data.seqOffsets,
    avgLength: n === 0 ? 0 : data.seqOffsets[n]! / n,
    sur: { codes: data.sur.codes, dict: new Dict(data.sur.values) },
    cycle: data.cycle,
    response: { codes: data.response.codes, dict: new Dict(data.response.values) },
    action: data.action,
    source: { codes: data.source.codes, dict: new Dict(data.source.values) },
    perState: data.perState,
    shadowed: data.shadowed,
    hanDocs: data.hanDocs,
    from: multi(data.from),
    region: regionColumn(data.from, n),
    theme: multi(data.theme),
    all,
    universes: new Map(),
    buildMs: performance.now() - t0,
  };
}

/** An index over documents held in memory with their texts (tests, bench, a database without one). */
export function buildUprSearchIndex(docs: readonly SearchDoc[]): UprSearchIndex {
  const t0 = performance.now();
  const data = buildUprIndexData(docs);
  return searchIndexOf(data, allTermPostings(termBlocksOf(data), data.postingOffsets), docs, t0);
}

const EMPTY = new Int32Array(0);
const MAX_PREFIX_TERMS = 2000;

/** A term's postings; they must have been read (load.ts reads a request's terms first). */
export function postingsOf(index: UprSearchIndex, t: number): TermPostings {
  const p = index.termPostings[t];
  if (!p) throw new Error(`UPR search: the postings of "${index.terms[t]}" were not read`);
  return p;
}

/** The first k at or after `from` with list[k] >= target (galloping, then binary search). */
export function seek(list: Int32Array, from: number, target: number): number {
  if (from >= list.length || list[from]! >= target) return from;
  let step = 1;
  let lo = from;
  let hi = from + 1;
  while (hi < list.length && list[hi]! < target) {
    lo = hi;
    step *= 2;
    hi = from + step;
  }
  if (hi > list.length) hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (list[mid]! < target) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * How often the terms stand one after the other in one document, given each term's postings and
 * the document's place in them (at[j]); `first` stops at the first occurrence.
 */
export function phraseCount(
  lists: readonly TermPostings[],
  at: Int32Array,
  first: boolean,
): number {
  const k = lists.length;
  const p0 = lists[0]!;
  let count = 0;
  const cursor = new Int32Array(k);
  for (let j = 0; j < k; j++) cursor[j] = lists[j]!.starts[at[j]!]!;
  for (let i = p0.starts[at[0]!]!; i < p0.starts[at[0]! + 1]!; i++) {
    const start = p0.positions[i]!;
    let ok = true;
    for (let j = 1; j < k && ok; j++) {
      const list = lists[j]!;
      const end = list.starts[at[j]! + 1]!;
      let c = cursor[j]!;
      while (c < end && list.positions[c]! < start + j) c++;
      cursor[j] = c;
      ok = c < end && list.positions[c] === start + j;
    }
    if (ok) {
      count++;
      if (first) return count;
    }
  }
  return count;
}

/** Ids of the terms of the words (unstemmed) that start with `prefix`, at most `max`. */
export function prefixTerms(
  index: UprSearchIndex,
  prefix: string,
  max = MAX_PREFIX_TERMS,
): number[] {
  const forms = index.sortedForms;
  let lo = 0;
  let hi = forms.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (forms[mid]! < prefix) lo = mid + 1;
    else hi = mid;
  }
  const out = new Set<number>();
  for (let i = lo; i < forms.length && forms[i]!.startsWith(prefix); i++) {
    out.add(index.formTerms[i]!);
    if (out.size >= max) break;
  }
  return [...out];
}

/** A node as a string: equal nodes (a hint's query repeats the query's) are evaluated once. */
function nodeKey(node: QueryNode): string {
  switch (node.kind) {
    case 'all':
    case 'none':
      return node.kind;
    case 'seq':
      return `s(${node.terms.join(' ')}|${node.required.join(' ')})`;
    case 'prefix':
      return `p(${node.prefix})`;
    case 'not':
      return `!(${nodeKey(node.child)})`;
    case 'and':
    case 'or':
      return `${node.kind}(${node.children.map(nodeKey).join(',')})`;
  }
}

/** The results of the nodes evaluated during one search, by nodeKey. */
export type EvalMemo = Map<string, Int32Array>;

export function evaluate(index: UprSearchIndex, node: QueryNode, memo?: EvalMemo): Int32Array {
  if (!memo) return evaluateNode(index, node, undefined);
  const key = nodeKey(node);
  let docs = memo.get(key);
  if (!docs) {
    docs = evaluateNode(index, node, memo);
    memo.set(key, docs);
  }
  return docs;
}

function evaluateSeq(index: UprSearchIndex, node: QueryNode & { kind: 'seq' }): Int32Array {
  const lists: Int32Array[] = [];
  for (const t of node.required) {
    const id = index.termIds.get(t);
    if (id === undefined) return EMPTY;
    lists.push(postingsOf(index, id).docs);
  }
  lists.sort((a, b) => a.length - b.length);
  let docs = lists[0] ?? EMPTY;
  for (let i = 1; i < lists.length && docs.length > 0; i++) docs = intersect(docs, lists[i]!);
  if (node.terms.length < 2 || docs.length === 0) return docs;
  // a phrase: its words at consecutive positions, from the positions of its own terms
  const terms = node.terms.map((t) => postingsOf(index, index.termIds.get(t)!));
  const at = new Int32Array(terms.length);
  const out = new Int32Array(docs.length);
  let n = 0;
  for (let i = 0; i < docs.length; i++) {
    const d = docs[i]!;
    for (let j = 0; j < terms.length; j++) at[j] = seek(terms[j]!.docs, at[j]!, d);
    if (phraseCount(terms, at, true) > 0) out[n++] = d;
  }
  return out.subarray(0, n);
}

function evaluateNode(index: UprSearchIndex, node: QueryNode, memo: EvalMemo | undefined) {
  switch (node.kind) {
    case 'all':
      return index.all;
    case 'none':
      return EMPTY;
    case 'seq':
      return evaluateSeq(index, node);
    case 'prefix':
      return unionMany(
        prefixTerms(index, node.prefix).map((t) => postingsOf(index, t).docs),
        index.size,
      );
    case 'or':
      return unionMany(
        node.children.map((c) => evaluate(index, c, memo)),
        index.size,
      );
    case 'not':
      return complement(evaluate(index, node.child, memo), index.size);
    case 'and': {
      const positive = node.children.filter((c) => c.kind !== 'not');
      const negative = node.children.flatMap((c) => (c.kind === 'not' ? [c.child] : []));
      const lists = positive
        .map((c) => evaluate(index, c, memo))
        .sort((a, b) => a.length - b.length);
      let docs = lists[0] ?? index.all;
      for (let i = 1; i < lists.length && docs.length > 0; i++) docs = intersect(docs, lists[i]!);
      for (const neg of negative) {
        if (docs.length === 0) break;
        docs = difference(docs, evaluate(index, neg, memo));
      }
      return docs;
    }
  }
}

/** Which codes are wanted, as a table indexed by code (null: no filter on this column). */
function codesOf<T extends string | number>(
  wanted: readonly T[] | undefined,
  size: number,
  lookup: (v: T) => number | undefined,
): Uint8Array | null {
  if (!wanted || wanted.length === 0) return null;
  const out = new Uint8Array(size);
  for (const w of wanted) {
    const c = lookup(w);
    if (c !== undefined && Number.isInteger(c) && c >= 0 && c < size) out[c] = 1;
  }
  return out;
}

function applyFilters(index: UprSearchIndex, docs: Int32Array, f: UprSearchFilters): Int32Array {
  const sur = codesOf(f.sur, index.sur.dict.values.length, (v) => index.sur.dict.find(v));
  const response = codesOf(f.response, index.response.dict.values.length, (v) =>
    index.response.dict.find(v),
  );
  const cycle = codesOf(f.cycle, 256, (v) => v);
  const action = codesOf(f.action, 256, (v) => v);
  const source = codesOf(f.source, index.source.dict.values.length, (v) =>
    index.source.dict.find(v),
  );
  const multi: Array<[MultiColumn, Uint8Array]> = [];
  for (const [col, wanted] of [
    [index.from, f.from],
    [index.region, f.region],
    [index.theme, f.theme],
  ] as const) {
    const codes = codesOf(wanted, col.dict.values.length, (v) => col.dict.find(v));
    if (codes) multi.push([col, codes]);
  }
  if (!sur && !response && !cycle && !action && !source && multi.length === 0) return docs;
  const out = new Int32Array(docs.length);
  let n = 0;
  next: for (let i = 0; i < docs.length; i++) {
    const d = docs[i]!;
    if (sur && !sur[index.sur.codes[d]!]) continue;
    if (response && !response[index.response.codes[d]!]) continue;
    if (cycle && !cycle[index.cycle[d]!]) continue;
    if (action && !action[index.action[d]!]) continue;
    if (source && !source[index.source.codes[d]!]) continue;
    for (const [col, codes] of multi) {
      let hit = false;
      for (let k = col.offsets[d]!; k < col.offsets[d + 1]!; k++)
        if (codes[col.values[k]!]) {
          hit = true;
          break;
        }
      if (!hit) continue next;
    }
    out[n++] = d;
  }
  return out.subarray(0, n);
}

/** Each code's number of documents among `docs` (a single-valued column). */
function rawSingle(docs: Int32Array, codes: ArrayLike<number>, size: number): Int32Array {
  const counts = new Int32Array(size);
  for (let i = 0; i < docs.length; i++) counts[codes[docs[i]!]!]!++;
  return counts;
}

/** Each value's number of documents among `docs` (a document holds each value once). */
function rawMulti(docs: Int32Array, col: MultiColumn): Int32Array {
  const counts = new Int32Array(col.dict.values.length);
  const { offsets, values } = col;
  for (let i = 0; i < docs.length; i++) {
    const d = docs[i]!;
    for (let k = offsets[d]!; k < offsets[d + 1]!; k++) counts[values[k]!]!++;
  }
  return counts;
}

function rawCounts(index: UprSearchIndex, docs: Int32Array, name: FacetName): Int32Array {
  switch (name) {
    case 'sur':
      return rawSingle(docs, index.sur.codes, index.sur.dict.values.length);
    case 'from':
      return rawMulti(docs, index.from);
    case 'region':
      return rawMulti(docs, index.region);
    case 'cycle':
      return rawSingle(docs, index.cycle, 256);
    case 'response':
      return rawSingle(docs, index.response.codes, index.response.dict.values.length);
    case 'theme':
      return rawMulti(docs, index.theme);
    case 'action':
      return rawSingle(docs, index.action, 256);
    case 'source':
      return rawSingle(docs, index.source.codes, index.source.dict.values.length);
  }
}

function labelOf(index: UprSearchIndex, name: FacetName): (c: number) => string {
  switch (name) {
    case 'sur':
      return (c) => index.sur.dict.values[c]!;
    case 'from':
      return (c) => index.from.dict.values[c]!;
    case 'region':
      return (c) => index.region.dict.values[c]!;
    case 'theme':
      return (c) => index.theme.dict.values[c]!;
    case 'response':
      return (c) => index.response.dict.values[c]!;
    case 'source':
      return (c) => index.source.dict.values[c]!;
    case 'cycle':
    case 'action':
      return String;
  }
}

const byCount = (a: FacetCount, b: FacetCount) =>
  b.count - a.count || a.value.localeCompare(b.value);
const byValue = (a: FacetCount, b: FacetCount) => a.value.localeCompare(b.value);

/** The documents of one unit and, once counted, each facet's counts over all of them. */
interface Universe {
  docs: Int32Array;
  counts: Map<FacetName, Int32Array>;
}

function universeOf(index: UprSearchIndex, unit: UprSearchUnit): Universe {
  let u = index.universes.get(unit);
  if (!u) {
    u = { docs: keepUnit(index, index.all, unit), counts: new Map() };
    index.universes.set(unit, u);
  }
  return u;
}

/**
 * The facets of `docs`. Given the unit the documents were kept in (`docs` are some of its
 * documents), a result holding more than half of the unit is counted as the unit's counts less
 * those of the documents it leaves out: `NOT human` counts the 20% that hold "human", not the 80%.
 */
export function facetCounts(
  index: UprSearchIndex,
  docs: Int32Array,
  only: readonly FacetName[] = FACETS,
  unit?: UprSearchUnit,
): Record<FacetName, FacetCount[]> {
  const universe = unit && docs.length * 2 > index.size ? universeOf(index, unit) : null;
  const rest = !universe
    ? null
    : universe.docs.length === index.size
      ? complement(docs, index.size)
      : difference(universe.docs, docs);
  // the facets not asked for stay empty (selectableFacets counts one at a time)
  const out = {} as Record<FacetName, FacetCount[]>;
  for (const name of FACETS) {
    if (!only.includes(name)) {
      out[name] = [];
      continue;
    }
    let counts: Int32Array;
    if (universe && rest && rest.length < docs.length) {
      let whole = universe.counts.get(name);
      if (!whole) {
        whole = rawCounts(index, universe.docs, name);
        universe.counts.set(name, whole);
      }
      counts = whole.slice();
      const less = rawCounts(index, rest, name);
      for (let c = 0; c < counts.length; c++) counts[c]! -= less[c]!;
    } else counts = rawCounts(index, docs, name);
    const label = labelOf(index, name);
    const list: FacetCount[] = [];
    for (let c = 0; c < counts.length; c++)
      if (counts[c]) list.push({ value: label(c), count: counts[c]! });
    out[name] = list.sort(name === 'cycle' || name === 'action' ? byValue : byCount);
  }
  return out;
}

/** The documents of one unit (UPR_SEARCH_UNITS): `auto` drops the rows a UN paragraph counts. */
function keepUnit(index: UprSearchIndex, docs: Int32Array, unit: UprSearchUnit): Int32Array {
  // a unit that keeps every document (a store of one kind of source) keeps these
  const universe = index.universes.get(unit);
  if (universe && universe.docs.length === index.size) return docs;
  const flags = unit === 'auto' ? index.shadowed : index.perState;
  // auto keeps flag 0 (not shadowed), paragraph flag 0 (not per state), recommending-state flag 1
  const keep = unit === 'recommending-state' ? 1 : 0;
  const out = new Int32Array(docs.length);
  let n = 0;
  for (let i = 0; i < docs.length; i++) if (flags[docs[i]!] === keep) out[n++] = docs[i]!;
  return out.subarray(0, n);
}

export interface MatchedDocs {
  /** the documents counted, in id order */
  docs: Int32Array;
  /** the documents the query and filters select before the unit rule */
  beforeUnit: Int32Array;
  /** the documents the query alone selects */
  words: Int32Array;
  root: QueryNode;
  problems: string[];
  expansions: QueryExpansion[];
  untranslated: string[];
}

/** The documents (positions in the index) a query and filters select, in id order. */
export function matchDocs(
  index: UprSearchIndex,
  q: string,
  filters: UprSearchFilters = {},
  memo: EvalMemo = new Map(),
): MatchedDocs {
  const { root, problems, expansions, untranslated } = parseQuery(q);
  const words = evaluate(index, root, memo);
  const beforeUnit = applyFilters(index, words, filters);
  universeOf(index, filters.unit ?? 'auto');
  const docs = keepUnit(index, beforeUnit, filters.unit ?? 'auto');
  return { docs, beforeUnit, words, root, problems, expansions, untranslated };
}

/** How many of `docs` count in each unit, zero counts omitted. */
function unitCounts(index: UprSearchIndex, docs: Int32Array): FacetCount[] {
  let perState = 0;
  for (let i = 0; i < docs.length; i++) perState += index.perState[docs[i]!]!;
  return [
    { value: 'paragraph', count: docs.length - perState },
    { value: 'recommending-state', count: perState },
  ].filter((c) => c.count > 0);
}

/**
 * The query with `word*` for each plain word of it (not inside quotes or a longer word): the
 * hints' candidates. Stemming keeps "free" and "freedom", "Tibet" and "Tibetan" apart.
 */
export function hintQueries(q: string, root: QueryNode): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  for (const node of positiveNodes(root)) {
    if (node.kind !== 'seq' || node.terms.length !== 1 || seen.has(node.raw)) continue;
    seen.add(node.raw);
    if (isHan(node.raw) || !/^[\p{L}\p{N}]{2,}$/u.test(node.raw)) continue;
    // the word as the user wrote it, not inside quotes or a longer word
    const at = new RegExp(`(^|[\\s(])${node.raw}(?=$|[\\s)])`, 'u').exec(q);
    if (!at) continue;
    const start = at.index + at[1]!.length;
    out.push(`${q.slice(0, start)}${node.raw}*${q.slice(start + node.raw.length)}`);
  }
  return out;
}

/**
 * For each plain word of the query, `word*` when it finds more: when the query finds few
 * (< FEW_RESULTS), or the prefix at least twice as many.
 */
function prefixHints(
  index: UprSearchIndex,
  q: string,
  root: QueryNode,
  filters: UprSearchFilters,
  total: number,
  memo: EvalMemo,
): UprSearchHint[] {
  const hints: UprSearchHint[] = [];
  for (const query of hintQueries(q, root)) {
    const more = matchDocs(index, query, filters, memo).docs.length;
    if (more > total && (total < FEW_RESULTS || more >= 2 * total))
      hints.push({ kind: 'prefix', query, total: more });
  }
  return hints;
}

/**
 * The terms whose postings a request needs: every word, phrase and prefix of its query and of its
 * hints' queries, and for relevance every term a prefix selects (not only the first 2,000).
 */
export function requestTerms(
  index: UprSearchIndex,
  req: Pick<UprSearchRequest, 'q' | 'order'>,
): number[] {
  const out = new Set<number>();
  const visit = (node: QueryNode, positive: boolean) => {
    switch (node.kind) {
      case 'seq':
        for (const t of [...node.required, ...node.terms]) {
          const id = index.termIds.get(t);
          if (id !== undefined) out.add(id);
        }
        break;
      case 'prefix':
        for (const t of prefixTerms(
          index,
          node.prefix,
          positive && req.order === 'relevance' ? Infinity : MAX_PREFIX_TERMS,
        ))
          out.add(t);
        break;
      case 'and':
      case 'or':
        for (const c of node.children) visit(c, positive);
        break;
      case 'not':
        // as positiveNodes counts them: NOT NOT x is positive again
        visit(node.child, !positive);
        break;
      case 'all':
      case 'none':
        break;
    }
  };
  const { root } = parseQuery(req.q);
  visit(root, true);
  for (const query of hintQueries(req.q, root)) visit(parseQuery(query).root, false);
  return [...out];
}

function whyEmpty(index: UprSearchIndex, m: MatchedDocs, filters: UprSearchFilters): UprWhyEmpty {
  if (m.root.kind === 'none') return { reason: 'query-ignored' };
  if (m.words.length === 0 && m.untranslated.length > 0 && index.hanDocs === 0)
    return { reason: 'chinese-not-in-texts', untranslated: m.untranslated };
  const unitOnly = keepUnit(index, m.words, filters.unit ?? 'auto');
  if (m.beforeUnit.length === 0 && unitOnly.length > 0)
    return { reason: 'filters-exclude', withoutFilters: unitOnly.length };
  if (m.beforeUnit.length > 0) return { reason: 'other-unit', leftOut: m.beforeUnit.length };
  if (m.words.length > 0) return { reason: 'filters-exclude', withoutFilters: m.words.length };
  return { reason: 'no-match' };
}

/** Result order: by id (the order of import, the default) or by relevance (BM25, rank.ts). */
export const UPR_SEARCH_ORDERS = ['id', 'relevance'] as const;
export type UprSearchOrder = (typeof UPR_SEARCH_ORDERS)[number];

export interface UprSearchRequest {
  q: string;
  filters?: UprSearchFilters;
  limit?: number;
  offset?: number;
  order?: UprSearchOrder;
}

/** The filter of each facet (same names). */
const FACET_FILTER: Record<FacetName, keyof UprSearchFilters> = {
  sur: 'sur',
  from: 'from',
  region: 'region',
  cycle: 'cycle',
  response: 'response',
  theme: 'theme',
  action: 'action',
  source: 'source',
};

/**
 * For each facet whose filter is set, its counts over the matches of the query and the other
 * filters (in the unit), so the values not chosen keep their counts and can be added: choosing
 * WEOG does not hide the other regions. Facets without a filter are not repeated here.
 */
function selectableFacets(
  index: UprSearchIndex,
  words: Int32Array,
  filters: UprSearchFilters,
): Partial<Record<FacetName, FacetCount[]>> {
  const out: Partial<Record<FacetName, FacetCount[]>> = {};
  for (const name of FACETS) {
    const key = FACET_FILTER[name];
    const own = filters[key];
    if (!Array.isArray(own) || own.length === 0) continue;
    const others = applyFilters(index, words, { ...filters, [key]: undefined });
    const unit = filters.unit ?? 'auto';
    out[name] = facetCounts(index, keepUnit(index, others, unit), [name], unit)[name];
  }
  return out;
}

/** What a search finds, before any text is read: the page is document numbers. */
export interface UprSearchCore extends Omit<UprSearchResult, 'results' | 'tookMs'> {
  page: Int32Array;
  positive: QueryNode[];
  prefixes: PrefixExpansions;
}

export function searchCore(index: UprSearchIndex, req: UprSearchRequest): UprSearchCore {
  const limit = Math.max(0, Math.min(req.limit ?? 20, 1000));
  const offset = Math.max(0, req.offset ?? 0);
  const filters = req.filters ?? {};
  const order = req.order ?? 'id';
  const memo: EvalMemo = new Map();
  const m = matchDocs(index, req.q, filters, memo);
  const { docs, root, problems } = m;
  const positive = positiveNodes(root);
  const prefixes = prefixExpansions(index, positive);
  // relevance: the first offset + limit in order (the page), not the whole result sorted
  const ordered =
    order === 'relevance'
      ? rankByRelevance(index, docs, positive, (i, n) => evaluate(i, n, memo), offset + limit)
      : docs;
  const selectable = selectableFacets(index, m.words, filters);
  return {
    query: req.q,
    total: docs.length,
    limit,
    offset,
    ...(order === 'id' ? {} : { order }),
    facets: facetCounts(index, docs, FACETS, filters.unit ?? 'auto'),
    ...(Object.keys(selectable).length > 0 ? { selectableFacets: selectable } : {}),
    problems,
    unit: {
      rule: filters.unit ?? 'auto',
      counted: unitCounts(index, docs),
      leftOut: m.beforeUnit.length - docs.length,
    },
    expansions: m.expansions,
    untranslated: m.untranslated,
    hints: prefixHints(index, req.q, root, filters, docs.length, memo),
    whyEmpty: docs.length === 0 ? whyEmpty(index, m, filters) : null,
    page: ordered.subarray(offset, offset + limit),
    positive,
    prefixes,
  };
}

/** A search result from its core and the page's documents (in the page's order). */
export function resultOf(
  core: UprSearchCore,
  pageDocs: readonly SearchDoc[],
  t0: number,
): UprSearchResult {
  const { positive, prefixes, ...rest } = core;
  const { problems, unit, expansions, untranslated, hints, whyEmpty } = rest;
  // the fields in the order they have always had (the API's JSON stays byte-identical)
  return {
    query: rest.query,
    total: rest.total,
    limit: rest.limit,
    offset: rest.offset,
    ...(rest.order ? { order: rest.order } : {}),
    facets: rest.facets,
    ...(rest.selectableFacets ? { selectableFacets: rest.selectableFacets } : {}),
    results: pageDocs.map((d) => hit(d, positive, prefixes)),
    problems,
    unit,
    expansions,
    untranslated,
    hints,
    whyEmpty,
    tookMs: performance.now() - t0,
  };
}

/** A search over an index that holds its documents (built in memory; see searchUprStored). */
export function searchUpr(index: UprSearchIndex, req: UprSearchRequest): UprSearchResult {
  const t0 = performance.now();
  const core = searchCore(index, req);
  if (core.page.length > 0 && !index.docs)
    throw new Error('this search index keeps no texts: search it with searchUprStored');
  const docs = index.docs ?? [];
  return resultOf(
    core,
    Array.from(core.page, (d) => docs[d]!),
    t0,
  );
}

/**
 * The terms each prefix of a query selected, so a hit highlights exactly the words that made it
 * match: those starting with the prefix and the other forms of their words.
 */
export function prefixExpansions(
  index: UprSearchIndex,
  positive: readonly QueryNode[],
): PrefixExpansions {
  const out = new Map<string, ReadonlySet<string>>();
  for (const node of positive)
    if (node.kind === 'prefix' && !out.has(node.prefix))
      out.set(node.prefix, new Set(prefixTerms(index, node.prefix).map((t) => index.terms[t]!)));
  return out;
}

/** prefix → the terms it selected */
export type PrefixExpansions = ReadonlyMap<string, ReadonlySet<string>>;

function hit(doc: SearchDoc, positive: QueryNode[], expansions: PrefixExpansions): UprSearchHit {
  const highlights = highlightRanges(doc.text, positive, expansions);
  return {
    id: doc.id,
    sur: doc.sur,
    from: [...doc.from],
    cycle: doc.cycle,
    session: doc.session,
    response: doc.response,
    responseRaw: doc.responseRaw,
    text: doc.text,
    actionCategory: doc.actionCategory,
    themes: [...doc.themes],
    paragraph: doc.paragraph,
    reportSymbol: doc.reportSymbol,
    documentId: doc.documentId,
    line: doc.line,
    sourceKind: doc.sourceKind,
    highlights,
    highlightedHtml: markHtml(doc.text, highlights),
  };
}

/**
 * Where the query's (non-negated) words and phrases stand in a text, merged and in order. A prefix
 * marks the words whose term it selected (`expansions`), or without them the words it starts.
 */
export function highlightRanges(
  text: string,
  positive: readonly QueryNode[],
  expansions?: PrefixExpansions,
): [number, number][] {
  if (positive.length === 0) return [];
  const tokens = tokenize(text);
  const ranges: [number, number][] = [];
  for (const node of positive) {
    if (node.kind === 'prefix') {
      const terms = expansions?.get(node.prefix);
      for (const t of tokens)
        if (terms ? terms.has(t.term) : t.form.startsWith(node.prefix))
          ranges.push([t.start, t.end]);
    } else if (node.kind === 'seq') {
      const k = node.terms.length;
      for (let i = 0; i + k <= tokens.length; i++) {
        let ok = true;
        for (let j = 0; j < k && ok; j++) ok = tokens[i + j]!.term === node.terms[j];
        if (ok) ranges.push([tokens[i]!.start, tokens[i + k - 1]!.end]);
      }
    }
  }
  ranges.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const merged: [number, number][] = [];
  for (const r of ranges) {
    const last = merged[merged.length - 1];
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else merged.push([r[0], r[1]]);
  }
  return merged;
}

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};
const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => ESCAPES[c]!);

/** The text as safe HTML: every character escaped, only our <mark> tags added. */
export function markHtml(text: string, ranges: readonly [number, number][]): string {
  let out = '';
  let at = 0;
  for (const [s, e] of ranges) {
    out += escapeHtml(text.slice(at, s)) + '<mark>' + escapeHtml(text.slice(s, e)) + '</mark>';
    at = e;
  }
  return out + escapeHtml(text.slice(at));
}
