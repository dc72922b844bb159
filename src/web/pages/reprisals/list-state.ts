/**
 * The case list's filters as they live in the page address (/reprisals?country=CHN&act=detention),
 * so a filtered list can be bookmarked and shared. Values are checked against the lists the page
 * offers; anything else is dropped rather than sent to the server.
 */

export const LIST_PATH = '/reprisals';
export const STATS_PATH = '/reprisals/stats';
export const casePath = (id: string) => `/reprisals/case/${encodeURIComponent(id)}`;

export const FILTER_KEYS = ['country', 'year', 'recordType', 'status', 'act', 'unBody'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];

export type ListFilters = Partial<Record<FilterKey, string>>;

export interface ListState {
  filters: ListFilters;
  page: number;
}

const VALID: Record<FilterKey, (v: string) => boolean> = {
  country: (v) => /^[A-Z]{3}$/.test(v),
  year: (v) => /^\d{4}$/.test(v),
  recordType: (v) => /^[a-z-]{1,40}$/.test(v),
  status: (v) => /^[a-z-]{1,40}$/.test(v),
  act: (v) => /^[a-z-]{1,40}$/.test(v),
  unBody: (v) => /^[a-z-]{1,40}$/.test(v),
};

/** The filters and page an address asks for; malformed values are left out. */
export function readListState(query: URLSearchParams): ListState {
  const filters: ListFilters = {};
  for (const key of FILTER_KEYS) {
    const raw = query.get(key);
    if (raw === null || raw === '') continue;
    const value = key === 'country' ? raw.toUpperCase() : raw;
    if (VALID[key](value)) filters[key] = value;
  }
  const page = Number(query.get('page'));
  return { filters, page: Number.isInteger(page) && page > 1 ? page : 1 };
}

/** The query parameters of a list state (page 1 left out, as the server's default). */
export function listParams(state: ListState): Record<string, string | number | null> {
  return { ...state.filters, page: state.page > 1 ? state.page : null };
}

/** The list with one filter changed (or cleared with ''), back on page 1. */
export function withFilter(state: ListState, key: FilterKey, value: string): ListState {
  const others = Object.entries(state.filters).filter(([k]) => k !== key);
  const filters = Object.fromEntries(value === '' ? others : [...others, [key, value]]);
  return { filters: filters as ListFilters, page: 1 };
}
