import { describe, expect, it } from 'vitest';
import {
  readSearchState,
  searchFor,
  searchHref,
  searchParams,
  sourceFilter,
  toggleFacet,
} from './search-state';

const read = (qs: string) => readSearchState(new URLSearchParams(qs));

describe('UPR search state in the address', () => {
  it('reads the query, comma-separated facets and the page', () => {
    const s = read('q=%22human+rights%22&sur=CHN,VNM&cycle=2&page=3');
    expect(s.q).toBe('"human rights"');
    expect(s.filters.sur).toEqual(['CHN', 'VNM']);
    expect(s.filters.cycle).toEqual(['2']);
    expect(s.filters.theme).toEqual([]);
    expect(s.page).toBe(3);
    expect(read('source=un-matrix,wg-report').filters.source).toEqual(['un-matrix', 'wg-report']);
  });

  it('ignores empty items, duplicates and a page that is not a number', () => {
    const s = read('from=NOR,,NOR, SWE&page=x');
    expect(s.filters.from).toEqual(['NOR', 'SWE']);
    expect(s.page).toBe(1);
    expect(read('page=0').page).toBe(1);
  });

  it('writes back the same address it read (page 1 left out)', () => {
    const qs = 'q=release&sur=CHN&theme=Human+rights+defenders&page=2';
    expect(searchHref(read(qs))).toBe(`/upr?${qs}`);
    expect(searchHref(read('page=1'))).toBe('/upr');
    expect(searchParams(read('q=++&response=noted'))).toEqual({ response: 'noted' });
  });

  it('keeps the relevance order in the address and the API parameters; id order is the default', () => {
    expect(read('q=torture&order=relevance').order).toBe('relevance');
    expect(read('q=torture&order=whatever').order).toBe('');
    expect(searchHref(read('q=torture&order=relevance&page=2'))).toBe(
      '/upr?q=torture&order=relevance&page=2',
    );
    expect(searchParams(read('q=torture'))).toEqual({ q: 'torture' });
  });

  it('adds a facet value, removes it on a second toggle, and goes back to page 1', () => {
    const start = read('q=release&sur=CHN&page=4');
    const added = toggleFacet(start, 'sur', 'VNM');
    expect(added.filters.sur).toEqual(['CHN', 'VNM']);
    expect(added.page).toBe(1);
    expect(start.filters.sur).toEqual(['CHN']);
    const removed = toggleFacet(added, 'sur', 'CHN');
    expect(searchHref(removed)).toBe('/upr?q=release&sur=VNM');
    const bySource = toggleFacet(removed, 'source', 'wg-report');
    expect(searchHref(bySource)).toBe('/upr?q=release&sur=VNM&source=wg-report');
  });

  it('turns the source kinds a profile counted into the search filter', () => {
    expect(sourceFilter(['upr-info-export'])).toEqual(['upr-info-export']);
    // a review whose paragraphs came from a matrix and a report; cycles repeating a kind
    expect(sourceFilter(['wg-report', 'un-matrix+wg-report', 'upr-info-export'])).toEqual([
      'un-matrix',
      'upr-info-export',
      'wg-report',
    ]);
    expect(sourceFilter([])).toEqual([]);
    expect(searchFor({ sur: ['VNM'], cycle: ['3'], source: sourceFilter(['wg-report']) })).toBe(
      '/upr?sur=VNM&cycle=3&source=wg-report',
    );
    expect(searchFor({ sur: ['CHN'], source: [] })).toBe('/upr?sur=CHN');
  });
});
