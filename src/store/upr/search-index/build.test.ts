import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { sharedPath } from '../../../../test/shared-data.js';
import { SHARED_DATA_SKIP_REASON } from '../../../../test/shared-data.js';
import { skipName } from '../../../../test/skip.js';
import { indexTerms, isHan } from '../../../sources/upr/search-terms/tokenize.js';
import { parseUprInfoExport } from '../../../sources/upr/upr-info-export.js';
import {
  buildUprIndexData,
  Dict,
  UprIndexBuilder,
  type UprIndexData,
  type UprIndexDoc,
} from './build.js';

/**
 * The one-pass builder against the index as it was built before it (kept here as the reference):
 * each text's term set, sequence and forms from `indexTerms`, term ids given in the order the
 * sets show them. Every array must be the same.
 */
function referenceBuild(docs: readonly UprIndexDoc[]): UprIndexData {
  const n = docs.length;
  const termIds = new Map<string, number>();
  const formIds = new Map<string, number>();
  const lists: number[][] = [];
  const seqOffsets = new Int32Array(n + 1);
  const seq: number[] = [];
  const termId = (t: string) => {
    let id = termIds.get(t);
    if (id === undefined) {
      id = lists.length;
      termIds.set(t, id);
      lists.push([]);
    }
    return id;
  };
  docs.forEach((doc, d) => {
    const { terms, sequence, forms } = indexTerms(doc.text);
    for (const t of terms) lists[termId(t)]!.push(d);
    forms.forEach((f, i) => {
      if (!formIds.has(f)) formIds.set(f, termIds.get(sequence[i]!)!);
    });
    seqOffsets[d] = seq.length;
    for (const t of sequence) seq.push(termIds.get(t)!);
  });
  seqOffsets[n] = seq.length;
  const postingOffsets = new Int32Array(lists.length + 1);
  lists.forEach((l, t) => (postingOffsets[t + 1] = postingOffsets[t]! + l.length));
  const postingDocs = Int32Array.from(lists.flat());
  const multi = (values: (d: UprIndexDoc) => readonly string[]) => {
    const dict = new Dict();
    const offsets = new Int32Array(n + 1);
    const out: number[] = [];
    docs.forEach((d, i) => {
      offsets[i] = out.length;
      for (const v of new Set(values(d))) out.push(dict.code(v));
    });
    offsets[n] = out.length;
    return { offsets, values: Uint16Array.from(out), dict: dict.values };
  };
  const code = (pick: (d: UprIndexDoc) => string) => {
    const dict = new Dict();
    return { codes: docs.map((d) => dict.code(pick(d))), values: dict.values };
  };
  const sur = code((d) => d.sur);
  const response = code((d) => d.response);
  const source = code((d) => d.sourceKind);
  const inParagraphs = new Set(
    docs.filter((d) => d.sourceKind !== 'upr-info-export').map((d) => `${d.sur}|${d.cycle}`),
  );
  const sortedForms = [...formIds.keys()].sort();
  return {
    size: n,
    ids: Int32Array.from(docs, (d) => d.id),
    terms: [...termIds.keys()],
    postingOffsets,
    postingDocs,
    sortedForms,
    formTerms: Int32Array.from(sortedForms, (f) => formIds.get(f)!),
    seqOffsets,
    seqTerms: Int32Array.from(seq),
    sur: { codes: Uint16Array.from(sur.codes), values: sur.values },
    cycle: Uint8Array.from(docs, (d) => d.cycle),
    response: { codes: Uint8Array.from(response.codes), values: response.values },
    action: Uint8Array.from(docs, (d) => d.actionCategory),
    source: { codes: Uint8Array.from(source.codes), values: source.values },
    perState: Uint8Array.from(docs, (d) => (d.sourceKind === 'upr-info-export' ? 1 : 0)),
    shadowed: Uint8Array.from(docs, (d) =>
      d.sourceKind === 'upr-info-export' && inParagraphs.has(`${d.sur}|${d.cycle}`) ? 1 : 0,
    ),
    hanDocs: docs.filter((d) => isHan(d.text)).length,
    from: multi((d) => d.from),
    theme: multi((d) => d.themes),
  };
}

/** Field by field, typed arrays as bytes: toEqual walks 41,000-document arrays element by element. */
function expectSameIndex(got: UprIndexData, want: UprIndexData): void {
  expect(Object.keys(got).sort()).toEqual(Object.keys(want).sort());
  const flat = (v: unknown, path: string, out: Map<string, unknown>) => {
    if (ArrayBuffer.isView(v)) {
      out.set(
        path,
        `${v.constructor.name}:${Buffer.from(v.buffer, v.byteOffset, v.byteLength).toString('base64')}`,
      );
    } else if (Array.isArray(v)) out.set(path, JSON.stringify(v));
    else if (v !== null && typeof v === 'object')
      for (const [k, x] of Object.entries(v)) flat(x, `${path}.${k}`, out);
    else out.set(path, v);
    return out;
  };
  const a = flat(got, '', new Map());
  const b = flat(want, '', new Map());
  expect([...a.keys()]).toEqual([...b.keys()]);
  for (const [k, v] of b) expect(a.get(k) === v, k).toBe(true);
}

const doc = (id: number, text: string, more: Partial<UprIndexDoc> = {}): UprIndexDoc => ({
  id,
  sur: 'CHN',
  from: ['FRA'],
  cycle: 2,
  response: 'supported',
  text,
  actionCategory: 4,
  themes: [],
  sourceKind: 'upr-info-export',
  ...more,
});

/** n distinct words of letters ("ba", "ca", … "bb", …), space-separated. */
function manyWords(n: number): string {
  const words: string[] = [];
  for (let i = 0; i < n; i++) {
    let w = '';
    for (let k = i + 26; k > 0; k = Math.floor(k / 26)) w += String.fromCharCode(97 + (k % 26));
    words.push(w);
  }
  return words.join(' ');
}

describe('UprIndexBuilder', () => {
  it('gives the arrays of the term-set build on texts that test every tokenising rule', () => {
    const docs = [
      doc(3, 'Ratify the Convention; ratification of the OP-CAT. Ratified, ratifying!'),
      doc(4, "Women's rights: the women’s shelters, women and girls' education", {
        from: ['DEU', 'FRA', 'DEU'],
        themes: ["Women's rights", 'Rights of the Child'],
      }),
      doc(7, 'Protect human rights defenders, not defendants; minorities and minors', {
        sourceKind: 'un-matrix',
        sur: 'CHN',
        cycle: 2,
      }),
      doc(8, '保障人权捍卫者的权利，释放人权捍卫者 and the 人权 council'),
      // a Latin word running into Han characters, a Han run right before a Latin word
      doc(9, 'abc中文 中abc 文字abc中 x中y'),
      // a character outside the Basic Multilingual Plane opening a Han run, and inside one
      doc(10, '𠀀中 中𠀀 𠀀 Ⅻ ① café Café CAFÉ naïve'),
      doc(11, ''),
      doc(12, '2010 2,000 1st 3rd-cycle e-mail re-adopt'),
      doc(13, 'Continue to combat discrimination against women', {
        response: 'noted',
        sur: 'USA',
        cycle: 1,
        from: [],
        actionCategory: 2,
        sourceKind: 'upr-info-export',
      }),
      // Han-script characters that are not letters; apostrophes; long words in two cases
      doc(
        14,
        "⺀⺁ 〇一 二〇二〇年 ⺀a l'homme 1990's x' internationalisation INTERNATIONALISATION",
      ),
      // more distinct words than the word table's first size, each twice (it grows, finds them)
      doc(15, manyWords(5000)),
      doc(16, manyWords(5000).split(' ').reverse().join(' ')),
    ];
    const want = referenceBuild(docs);
    expectSameIndex(buildUprIndexData(docs), want);
    // added one at a time, as an import does
    const builder = new UprIndexBuilder();
    for (const d of docs) builder.add(d);
    expect(builder.ids).toEqual(docs.map((d) => d.id));
    expectSameIndex(builder.finish(), want);
  });

  it('builds an empty index', () => {
    expect(buildUprIndexData([])).toEqual(referenceBuild([]));
  });

  const exportFile = sharedPath(
    'upr-info-sessions-1-20',
    'upr_info_recommendations_sessions_1-20.csv.gz',
  );
  const real = exportFile !== undefined;
  it.skipIf(!real)(
    skipName(
      'gives the arrays of the term-set build for every text of the UPR Info export',
      !real && SHARED_DATA_SKIP_REASON,
    ),
    () => {
      const text = gunzipSync(readFileSync(exportFile!)).toString('utf8');
      const recs = parseUprInfoExport('upr_info_recommendations_sessions_1-20.csv', text).value;
      expect(recs.length).toBe(41066);
      const docs = recs.map((r, i) =>
        doc(i + 1, r.text, { sur: r.sur, from: r.from, cycle: r.cycle, response: r.response }),
      );
      expectSameIndex(buildUprIndexData(docs), referenceBuild(docs));
    },
    60_000,
  );
});
