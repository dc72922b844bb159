import { href } from './router';

/**
 * The address of the recorded votes behind a member's record (`state`) or behind a pair's
 * agreement (`state` and `withState`), for the same years as the figure.
 */
export function voteListHref(
  state: string | null,
  withState: string | null = null,
  range: { from?: number | null; to?: number | null } = {},
): string {
  return href('/votes/list', { state, with: withState, from: range.from, to: range.to });
}
