import { useMemo, useSyncExternalStore } from 'react';

/**
 * Client-side routing on the History API: the whole app needs only the current path and query,
 * a way to change them, and links that do so (see Link.tsx). No router package for that.
 */

const NAVIGATE_EVENT = 'groundpass:navigate';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('popstate', onChange);
  window.addEventListener(NAVIGATE_EVENT, onChange);
  return () => {
    window.removeEventListener('popstate', onChange);
    window.removeEventListener(NAVIGATE_EVENT, onChange);
  };
}

function currentHref(): string {
  return window.location.pathname + window.location.search;
}

export interface AppLocation {
  path: string;
  query: URLSearchParams;
}

export function useLocation(): AppLocation {
  const href = useSyncExternalStore(subscribe, currentHref);
  return useMemo(() => {
    const url = new URL(href, window.location.origin);
    return { path: url.pathname, query: url.searchParams };
  }, [href]);
}

/** Goes to an in-app address; `replace` for changes a reader would not want in Back (filters). */
export function navigate(to: string, options: { replace?: boolean } = {}): void {
  if (to === currentHref()) return;
  if (options.replace) window.history.replaceState(null, '', to);
  else window.history.pushState(null, '', to);
  window.dispatchEvent(new Event(NAVIGATE_EVENT));
  if (!options.replace) window.scrollTo(0, 0);
}

type QueryValue = string | number | null | undefined;

/** An in-app address with a query string; empty values are left out to keep addresses short. */
export function href(path: string, params: Record<string, QueryValue> = {}): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== null && value !== undefined && value !== '') search.set(key, String(value));
  }
  const qs = search.toString();
  return qs ? `${path}?${qs}` : path;
}

/** A whole-number query parameter, or null when it is missing or not a number. */
export function intParam(query: URLSearchParams, name: string): number | null {
  const raw = query.get(name);
  if (raw === null || !/^\d+$/.test(raw)) return null;
  return Number(raw);
}
