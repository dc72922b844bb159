import { describe, expect, it } from 'vitest';
import { buildUprSearchIndex, searchUpr, type SearchDoc } from './index.js';

// invented recommendations; regions from the UN groups: NOR WEOG, CAN WEOG, BRA GRULAC, KEN African
const doc = (id: number, text: string, from: string, response = 'noted'): SearchDoc => ({
  id,
  sur: 'XYZ',
  from: [from],
  cycle: 2,
  session: 10,
  response,
  responseRaw: null,
  text,
  actionCategory: 4,
  themes: [],
  paragraph: null,
  reportSymbol: null,
  documentId: 1,
  line: id,
  sourceKind: 'upr-info-export',
});

const index = buildUprSearchIndex([
  // 11 words, "defenders" once
  doc(1, 'Protect the work of all human rights defenders in the country.', 'NOR'),
  // 2 words, "defenders" twice
  doc(2, 'Defenders, defenders!', 'BRA', 'supported'),
  doc(3, 'Ratify the convention.', 'KEN'),
  doc(4, 'Support defenders of the environment.', 'CAN', 'supported'),
]);

describe('UPR search: relevance order', () => {
  it('puts the text where the word weighs most first (BM25), ties in id order', () => {
    // BM25 by hand (k1 1.2, b 0.75; lengths 11, 2, 3, 5 words, mean 5.25): doc 2, "defenders"
    // twice in 2 words, 2·2.2 / (2 + 1.2·(0.25 + 0.75·2/5.25)) = 1.66·idf; doc 4, once in 5,
    // 2.2 / (1 + 1.2·(0.25 + 0.75·5/5.25)) = 1.02·idf; doc 1, once in 11, 0.69·idf
    const r = searchUpr(index, { q: 'defenders', order: 'relevance' });
    expect(r.results.map((h) => h.id)).toEqual([2, 4, 1]);
    expect(r.order).toBe('relevance');
    expect(searchUpr(index, { q: 'defenders' }).results.map((h) => h.id)).toEqual([1, 2, 4]);
    // nothing to weigh: id order; the default order is not named in the result
    expect(searchUpr(index, { q: '', order: 'relevance' }).results.map((h) => h.id)).toEqual([
      1, 2, 3, 4,
    ]);
    expect(searchUpr(index, { q: 'defenders' }).order).toBeUndefined();
  });

  it('pages through the ranked list', () => {
    const page = searchUpr(index, { q: 'defenders', order: 'relevance', offset: 1, limit: 1 });
    expect(page.results.map((h) => h.id)).toEqual([4]);
    expect(page.total).toBe(3);
  });
});

describe('UPR search: facets for multi-select', () => {
  it('counts a filtered facet without its own filter, so the other values stay choosable', () => {
    const r = searchUpr(index, { q: '', filters: { region: ['WEOG'] } });
    expect(r.total).toBe(2);
    expect(r.facets.region).toEqual([{ value: 'WEOG', count: 2 }]);
    expect(r.selectableFacets).toEqual({
      region: [
        { value: 'WEOG', count: 2 },
        { value: 'African', count: 1 },
        { value: 'GRULAC', count: 1 },
      ],
    });
  });

  it('applies the other filters to each facet', () => {
    const r = searchUpr(index, {
      q: 'defenders',
      filters: { region: ['WEOG'], response: ['supported'] },
    });
    expect(r.results.map((h) => h.id)).toEqual([4]);
    // regions among the supported matches of "defenders" (2 BRA, 4 CAN)
    expect(r.selectableFacets?.region).toEqual([
      { value: 'GRULAC', count: 1 },
      { value: 'WEOG', count: 1 },
    ]);
    // responses among the WEOG matches (1 noted, 4 supported)
    expect(r.selectableFacets?.response).toEqual([
      { value: 'noted', count: 1 },
      { value: 'supported', count: 1 },
    ]);
    expect(Object.keys(r.selectableFacets ?? {})).toEqual(['region', 'response']);
    expect(searchUpr(index, { q: 'defenders' }).selectableFacets).toBeUndefined();
  });
});
