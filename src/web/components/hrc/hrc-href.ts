import { href } from '../router';

/** In-app addresses of the HRC votes pages, in one place so links and routes agree. */

export const HRC_HOME = '/hrc';
export const HRC_ALIGNMENT = '/hrc/alignment';
export const HRC_AMENDMENTS = '/hrc/amendments';
export const HRC_IDEAL_POINTS = '/hrc/ideal-points';

export function hrcTextHref(textId: number): string {
  return `/hrc/text/${textId}`;
}

/** A text by its UN symbol; symbols hold slashes, so the symbol is one encoded path segment. */
export function hrcSymbolHref(symbol: string): string {
  return `/hrc/resolution/${encodeURIComponent(symbol)}`;
}

export function hrcStateHref(
  state: string,
  params: { from?: number | null; to?: number | null; body?: string | null } = {},
): string {
  return href(`/hrc/state/${state}`, params);
}

export function hrcAlignmentHref(
  params: {
    state?: string | null;
    from?: number | null;
    to?: number | null;
    body?: string | null;
  } = {},
): string {
  return href(HRC_ALIGNMENT, params);
}
