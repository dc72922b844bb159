import type { FacetName } from '../../api';

/**
 * The search page's whole state lives in its address (/upr?q=…&sur=CHN,VNM&page=2), so a search
 * can be shared and Back undoes a step. Facet values go comma-separated, as the API takes them.
 */

export const FACET_ORDER: readonly FacetName[] = [
  'sur',
  'from',
  'region',
  'cycle',
  'response',
  'theme',
  'action',
  'source',
];

export type UprFilters = Record<FacetName, string[]>;

/** '' is the API's default: one unit per review ('auto', docs/upr.md "Units"). */
export type UprUnitChoice = '' | 'paragraph' | 'recommending-state';

/** '' is the API's default, id order (the order of import); 'relevance' ranks by BM25. */
export type UprOrderChoice = '' | 'relevance';

export interface UprSearchState {
  q: string;
  filters: UprFilters;
  page: number;
  unit: UprUnitChoice;
  order?: UprOrderChoice;
}

export const SEARCH_PATH = '/upr';
export const PAGE_SIZE = 20;

function emptyFilters(): UprFilters {
  return {
    sur: [],
    from: [],
    region: [],
    cycle: [],
    response: [],
    theme: [],
    action: [],
    source: [],
  };
}

function splitList(raw: string | null): string[] {
  if (raw === null) return [];
  return [
    ...new Set(
      raw
        .split(',')
        .map((s) => s.trim())
        .filter((s) => s !== ''),
    ),
  ];
}

export function readSearchState(query: URLSearchParams): UprSearchState {
  const filters = emptyFilters();
  for (const name of FACET_ORDER) filters[name] = splitList(query.get(name));
  const rawPage = query.get('page');
  const page = rawPage !== null && /^\d+$/.test(rawPage) ? Math.max(1, Number(rawPage)) : 1;
  const unit = query.get('unit');
  return {
    q: query.get('q') ?? '',
    filters,
    page,
    unit: unit === 'paragraph' || unit === 'recommending-state' ? unit : '',
    order: query.get('order') === 'relevance' ? 'relevance' : '',
  };
}

/** The query parameters of a state, without empty ones; shared by the page's address and the API's. */
export function searchParams(
  state: Pick<UprSearchState, 'q' | 'filters'> & { unit?: UprUnitChoice; order?: UprOrderChoice },
): Record<string, string> {
  const out: Record<string, string> = {};
  const q = state.q.trim();
  if (q) out.q = q;
  for (const name of FACET_ORDER) {
    const values = state.filters[name];
    if (values.length > 0) out[name] = values.join(',');
  }
  if (state.unit) out.unit = state.unit;
  if (state.order) out.order = state.order;
  return out;
}

/** The page's address for a state; page 1 is left out so the first page has one address. */
export function searchHref(state: UprSearchState): string {
  const params = new URLSearchParams(searchParams(state));
  if (state.page > 1) params.set('page', String(state.page));
  const qs = params.toString();
  return qs ? `${SEARCH_PATH}?${qs}` : SEARCH_PATH;
}

/** The state with one facet value added, or removed when it was there; back to the first page. */
export function toggleFacet(state: UprSearchState, name: FacetName, value: string): UprSearchState {
  const current = state.filters[name];
  const next = current.includes(value) ? current.filter((v) => v !== value) : [...current, value];
  return { ...state, filters: { ...state.filters, [name]: next }, page: 1 };
}

export function hasFilters(filters: UprFilters): boolean {
  return FACET_ORDER.some((name) => filters[name].length > 0);
}

/**
 * The source kinds behind profile figures (each says which it counted: "wg-report", or
 * "un-matrix+wg-report" when a review's paragraphs came from both), as the search's `source`
 * filter, so a link from a figure into the search finds the rows the figure counted.
 */
export function sourceFilter(sourceKinds: readonly string[]): string[] {
  return [...new Set(sourceKinds.flatMap((k) => k.split('+')).filter((k) => k !== ''))].sort();
}

/** The search's unit for a profile's unit rule, so a link finds the rows the profile counted. */
export function unitOfRule(rule: string): UprUnitChoice {
  return rule === 'official' ? 'paragraph' : rule === 'upr-info' ? 'recommending-state' : '';
}

/** A link into the search for one state under review, optionally one cycle and responses. */
export function searchFor(filters: Partial<UprFilters>, q = '', unit: UprUnitChoice = ''): string {
  return searchHref({ q, filters: { ...emptyFilters(), ...filters }, page: 1, unit });
}
