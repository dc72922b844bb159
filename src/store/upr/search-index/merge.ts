import { Dict, type MultiColumnData, type UprIndexData } from './build.js';

/**
 * The index of documents stored earlier extended by the index of documents added after them
 * (higher ids), as if built from all of them at once: an import tokenises only its own texts.
 * Terms, forms and dictionaries keep the earlier codes and add the new ones in the order first
 * seen, which is the order a whole build gives. `responses` are every earlier document's response
 * as stored now (an addendum changes them), and the unit flags are computed again over all.
 */
export function appendUprIndexData(
  old: UprIndexData,
  added: UprIndexData,
  responses: readonly string[],
  sourceKinds: readonly string[],
): UprIndexData {
  const n = old.size + added.size;
  const termIds = new Map<string, number>();
  old.terms.forEach((t, i) => termIds.set(t, i));
  const terms = old.terms.slice();
  const remap = Int32Array.from(added.terms, (t) => {
    let id = termIds.get(t);
    if (id === undefined) {
      id = terms.length;
      terms.push(t);
      termIds.set(t, id);
    }
    return id;
  });

  // postings: each term's earlier documents, then its new ones shifted past them
  const count = new Int32Array(terms.length);
  for (let t = 0; t < old.terms.length; t++)
    count[t] = old.postingOffsets[t + 1]! - old.postingOffsets[t]!;
  for (let t = 0; t < added.terms.length; t++)
    count[remap[t]!]! += added.postingOffsets[t + 1]! - added.postingOffsets[t]!;
  const postingOffsets = new Int32Array(terms.length + 1);
  for (let t = 0; t < terms.length; t++) postingOffsets[t + 1] = postingOffsets[t]! + count[t]!;
  const postingDocs = new Int32Array(postingOffsets[terms.length]!);
  const fill = postingOffsets.slice(0, terms.length);
  for (let t = 0; t < old.terms.length; t++) {
    const list = old.postingDocs.subarray(old.postingOffsets[t]!, old.postingOffsets[t + 1]!);
    postingDocs.set(list, fill[t]!);
    fill[t]! += list.length;
  }
  for (let t = 0; t < added.terms.length; t++) {
    const m = remap[t]!;
    for (let k = added.postingOffsets[t]!; k < added.postingOffsets[t + 1]!; k++)
      postingDocs[fill[m]!++] = added.postingDocs[k]! + old.size;
  }

  const formTerm = new Map<string, number>();
  old.sortedForms.forEach((f, i) => formTerm.set(f, old.formTerms[i]!));
  added.sortedForms.forEach((f, i) => {
    if (!formTerm.has(f)) formTerm.set(f, remap[added.formTerms[i]!]!);
  });
  const sortedForms = [...formTerm.keys()].sort();

  const seqOffsets = new Int32Array(n + 1);
  seqOffsets.set(old.seqOffsets.subarray(0, old.size));
  const base = old.seqTerms.length;
  for (let d = 0; d <= added.size; d++) seqOffsets[old.size + d] = base + added.seqOffsets[d]!;
  const seqTerms = new Int32Array(base + added.seqTerms.length);
  seqTerms.set(old.seqTerms);
  for (let i = 0; i < added.seqTerms.length; i++) seqTerms[base + i] = remap[added.seqTerms[i]!]!;

  const sur = coded(old.sur, added.sur, Uint16Array);
  const source = coded(old.source, added.source, Uint8Array);
  const responseDict = new Dict();
  const response = new Uint8Array(n);
  responses.forEach((r, d) => (response[d] = responseDict.code(r)));
  for (let d = 0; d < added.size; d++)
    response[old.size + d] = responseDict.code(added.response.values[added.response.codes[d]!]!);

  const cycle = concat(old.cycle, added.cycle, Uint8Array);
  const perState = new Uint8Array(n);
  sourceKinds.forEach((k, d) => (perState[d] = k === 'upr-info-export' ? 1 : 0));
  const reviewsInParagraphs = new Set<string>();
  for (let d = 0; d < n; d++)
    if (!perState[d]) reviewsInParagraphs.add(`${sur.values[sur.codes[d]!]}|${cycle[d]}`);
  const shadowed = new Uint8Array(n);
  for (let d = 0; d < n; d++)
    if (perState[d] && reviewsInParagraphs.has(`${sur.values[sur.codes[d]!]}|${cycle[d]}`))
      shadowed[d] = 1;

  return {
    size: n,
    ids: concat(old.ids, added.ids, Int32Array),
    terms,
    postingOffsets,
    postingDocs,
    sortedForms,
    formTerms: Int32Array.from(sortedForms, (f) => formTerm.get(f)!),
    seqOffsets,
    seqTerms,
    sur,
    cycle,
    response: { codes: response, values: responseDict.values },
    action: concat(old.action, added.action, Uint8Array),
    source,
    perState,
    shadowed,
    hanDocs: old.hanDocs + added.hanDocs,
    from: multi(old.from, added.from, old.size),
    theme: multi(old.theme, added.theme, old.size),
  };
}

type Typed = Int32Array | Uint16Array | Uint8Array;

function concat<T extends Typed>(a: T, b: T, Ctor: new (n: number) => T): T {
  const out = new Ctor(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}

function coded<T extends Uint16Array | Uint8Array>(
  a: { codes: T; values: string[] },
  b: { codes: T; values: string[] },
  Ctor: new (n: number) => T,
): { codes: T; values: string[] } {
  const dict = new Dict(a.values);
  const map = b.values.map((v) => dict.code(v));
  const codes = new Ctor(a.codes.length + b.codes.length);
  codes.set(a.codes);
  for (let i = 0; i < b.codes.length; i++) codes[a.codes.length + i] = map[b.codes[i]!]!;
  return { codes, values: dict.values };
}

function multi(a: MultiColumnData, b: MultiColumnData, oldSize: number): MultiColumnData {
  const dict = new Dict(a.dict);
  const map = b.dict.map((v) => dict.code(v));
  const offsets = new Int32Array(oldSize + b.offsets.length);
  offsets.set(a.offsets.subarray(0, oldSize));
  const base = a.values.length;
  for (let d = 0; d < b.offsets.length; d++) offsets[oldSize + d] = base + b.offsets[d]!;
  const values = new Uint16Array(base + b.values.length);
  values.set(a.values);
  for (let i = 0; i < b.values.length; i++) values[base + i] = map[b.values[i]!]!;
  return { offsets, values, dict: dict.values };
}
