import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STORE_KINDS } from '../../../../test/stores.js';
import type { Store } from '../../../store/open-store.js';
import { buildUprIndexData } from '../../../store/upr/search-index/build.js';
import {
  decodeUprIndex,
  encodeUprIndex,
  writeUprSearchIndex,
} from '../../../store/upr/search-index/persist.js';
import { uprDataVersion } from '../../../store/upr/store-recommendations.js';
import {
  buildUprSearchIndex,
  requestTerms,
  searchCore,
  searchUpr,
  type SearchDoc,
  type UprSearchRequest,
} from './index.js';
import { ensureTerms, uprSearchIndex } from './load.js';
import * as reference from './reference/index.js';

/**
 * The search with lazily read positional postings (format 2) against the search as it was
 * (reference/: postings and term sequences held whole), on generated recommendations and a
 * battery of queries: every part of the language, the filters, the units, pages and both orders.
 * Invented texts; the states are real codes so the regions are those of the UN groups.
 */

/** mulberry32: seeded, so every run generates the same corpus. */
function random(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// words chosen for what stemming joins or keeps apart, phrases, prefixes and Chinese
const WORDS = [
  'ratify',
  'ratified',
  'ratification',
  'ratifies',
  'right',
  'rights',
  'human',
  'defenders',
  'defender',
  'defendants',
  'defend',
  'minorities',
  'minors',
  'free',
  'freedom',
  'freed',
  'torture',
  'tortured',
  'death',
  'penalty',
  'abolish',
  'journalists',
  'journalist',
  'release',
  'investigate',
  'civil',
  'society',
  'NGOs',
  'expression',
  'assembly',
  'women',
  'optional',
  'protocol',
  'the',
  'of',
  'and',
  'all',
  'to',
  'in',
  'university',
  'universal',
  'Tibet',
  'Tibetan',
  'detention',
  'detained',
  'ill-treatment',
  'convention',
  '2019',
  'children',
  'ensure',
];
const HAN = ['人权维护者', '酷刑', '死刑', '公民社会', '言论自由', '报复'];
const STATES = ['CHN', 'FRA', 'DEU', 'BRA', 'KEN', 'RUS', 'NOR', 'CUB', 'VNM', 'USA'];
const THEMES = ['detention', 'civil-society', 'death-penalty', 'minorities', 'women'];
const KINDS = ['upr-info-export', 'un-matrix', 'wg-report'];

function corpus(size: number, seed: number, longAt = -1, kinds = KINDS): SearchDoc[] {
  const rnd = random(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(rnd() * list.length)]!;
  const docs: SearchDoc[] = [];
  for (let i = 0; i < size; i++) {
    const words: string[] = [];
    const length = i === longAt ? 70_000 : 3 + Math.floor(rnd() * 25);
    for (let w = 0; w < length; w++) {
      const r = rnd();
      if (r < 0.04) words.push(pick(HAN));
      else if (r < 0.1) words.push('human rights defenders');
      else if (r < 0.14) words.push('death penalty');
      else words.push(pick(WORDS));
    }
    const from = [...new Set([pick(STATES), ...(rnd() < 0.3 ? [pick(STATES)] : [])])];
    docs.push({
      id: i * 2 + 1 + (i % 3),
      sur: pick(['CHN', 'VNM', 'CUB', 'USA']),
      from,
      cycle: 1 + Math.floor(rnd() * 4),
      session: 10,
      response: pick(['supported', 'noted', 'unclear']),
      responseRaw: null,
      text: words.join(rnd() < 0.5 ? ' ' : ', ') + '.',
      actionCategory: 1 + Math.floor(rnd() * 5),
      themes: rnd() < 0.6 ? [pick(THEMES)] : [],
      paragraph: null,
      reportSymbol: null,
      documentId: 1,
      line: i,
      sourceKind: pick(kinds),
    });
  }
  return docs;
}

const QUERIES = [
  '',
  'torture',
  'torture OR "ill-treatment"',
  '"human rights defenders" -women',
  '(release OR investigate) AND (journalist* OR defender*)',
  'ratify "optional protocol" NOT torture',
  'death penalty',
  '"death penalty" OR abol*',
  '"civil society" OR NGOs',
  'freedom AND (expression OR assembly)',
  'NOT human',
  '-the',
  'free',
  'Tibet',
  'ratification*',
  'defender* -defendants',
  'minorities OR minors',
  'universit*',
  '"rights rights"',
  '"of the"',
  '人权维护者',
  '"酷刑"',
  '死刑 OR 公民社会',
  '报复 human',
  'cake',
  'a*',
  'torture OR x*',
  '(free OR freed) AND NOT (death OR penalty)',
  '"human rights" "rights defenders" human',
  'the OR of OR and OR to OR in',
];

const FILTERS: Array<UprSearchRequest['filters']> = [
  {},
  { sur: ['CHN', 'VNM'] },
  { region: ['WEOG'], response: ['noted'] },
  { cycle: [2, 3], unit: 'recommending-state' },
  { from: ['CHN', 'BRA'], theme: ['detention'], unit: 'paragraph' },
  { source: ['wg-report'], action: [2, 4] },
];

const requests: UprSearchRequest[] = [];
QUERIES.forEach((q, i) => {
  const filters = FILTERS[i % FILTERS.length];
  requests.push({ q, filters, limit: 10 });
  requests.push({ q, filters: {}, order: 'relevance', limit: 7, offset: i % 4 });
  requests.push({ q, filters, order: 'relevance', limit: 1000 });
});

const same = (r: { tookMs: number }) => ({ ...r, tookMs: 0 });

describe('UPR search: positional postings against the reference search', () => {
  const docs = corpus(2500, 20261203);
  const current = buildUprSearchIndex(docs);
  const old = reference.buildUprSearchIndex(docs);

  it('answers every request of the battery exactly as before', () => {
    for (const req of requests)
      expect(same(searchUpr(current, req)), JSON.stringify(req)).toEqual(
        same(reference.searchUpr(old, req)),
      );
  });

  it('on a store of one source (every document in the unit) answers as before', () => {
    const one = corpus(1500, 99, -1, ['upr-info-export']);
    const a = buildUprSearchIndex(one);
    const b = reference.buildUprSearchIndex(one);
    for (const req of requests)
      expect(same(searchUpr(a, req)), JSON.stringify(req)).toEqual(
        same(reference.searchUpr(b, req)),
      );
  });

  it('stores its postings in a form that reads back to the same index', () => {
    const data = buildUprIndexData(docs);
    const back = decodeUprIndex(encodeUprIndex(data, 'v'));
    expect(back?.data).toEqual(data);
  });

  it('with a text of 70,000 words (positions past 16 bits) answers as before', () => {
    const long = corpus(40, 7, 3);
    const a = buildUprSearchIndex(long);
    const b = reference.buildUprSearchIndex(long);
    for (const req of requests.filter((_, i) => i % 5 === 0))
      expect(same(searchUpr(a, req)), JSON.stringify(req)).toEqual(
        same(reference.searchUpr(b, req)),
      );
    const data = buildUprIndexData(long);
    expect(decodeUprIndex(encodeUprIndex(data, 'v'))?.data).toEqual(data);
  });
});

for (const kind of STORE_KINDS) {
  describe.skipIf(kind.skip)(
    `UPR search: the stored pages against the reference (${kind.name})`,
    () => {
      let store: Store;
      const docs = corpus(2500, 20261203);
      const old = reference.buildUprSearchIndex(docs);
      beforeAll(async () => {
        store = await kind.open();
        // the generated index stored under the store's version (its texts are not stored: the
        // core of each search is compared, page as ids, without reading texts)
        const version = await uprDataVersion(store.db);
        await store.db
          .transaction()
          .execute((trx) => writeUprSearchIndex(trx, buildUprIndexData(docs), version));
      });
      afterAll(async () => {
        await store?.close();
      });

      it('reads only the terms it is asked for, and answers as the reference search', async () => {
        const index = await uprSearchIndex(store.db);
        expect(index.docs).toBeUndefined();
        expect(index.size).toBe(docs.length);
        for (const req of requests) {
          await ensureTerms(store.db, index, requestTerms(index, req));
          const { page, positive, prefixes, ...core } = searchCore(index, req);
          const want = reference.searchUpr(old, req);
          const { results, tookMs, ...rest } = want;
          expect(core, JSON.stringify(req)).toEqual(rest);
          expect(
            Array.from(page, (d) => index.ids[d]),
            JSON.stringify(req),
          ).toEqual(results.map((h) => h.id));
          void positive;
          void prefixes;
          void tookMs;
        }
        const read = index.termPostings.filter((p) => p !== undefined).length;
        expect(read).toBeGreaterThan(0);
        expect(read).toBeLessThanOrEqual(index.terms.length);
      });
    },
  );
}
