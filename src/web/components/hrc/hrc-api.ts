import type { GroupCohesion, HrcAlignmentRow, IdealPointYear } from '../../api';

/** The wrappers /api/v1/votes/… builds around the analysis figures (src/server/routes/hrc-votes.ts). */

export interface AlignmentResponse {
  state: string;
  /** 'exclude': texts only (the default); 'include': amendments counted too */
  amendments: 'exclude' | 'include';
  stateVotes: number;
  minVotes: number;
  minVotesDefault: boolean;
  leftOut: number;
  rows: HrcAlignmentRow[];
}

export interface CohesionResponse {
  rows: GroupCohesion[];
}

export interface IdealPointsResponse {
  years: IdealPointYear[];
}

export const VOTING_BODIES = ['HRC', 'CHR', 'UNGA'] as const;
export const TEXT_KINDS = [
  'resolution',
  'decision',
  'amendment',
  'draft',
  'motion',
  'other',
] as const;
export const TEXT_THEMES = [
  'civil-society-space',
  'reprisals',
  'human-rights-defenders',
  'mutually-beneficial-cooperation',
  'development',
  'unilateral-coercive-measures',
  'peaceful-protests',
  'freedom-of-expression',
  'other',
] as const;
/** Regional groups in the order the UN lists them; states with none come last. */
export const GROUP_ORDER = ['African', 'Asia-Pacific', 'EEG', 'GRULAC', 'WEOG', 'none'] as const;

/** A query parameter when it is one of the allowed values, else null (a hand-edited address). */
export function oneOf<T extends string>(
  query: URLSearchParams,
  name: string,
  allowed: readonly T[],
): T | null {
  const raw = query.get(name);
  return raw !== null && (allowed as readonly string[]).includes(raw) ? (raw as T) : null;
}

/** The years a body sat: the Commission 1946–2006, the Council from 2006, the Assembly throughout. */
export function bodyYears(body: string | null, now = new Date().getUTCFullYear()): number[] {
  const first = body === 'HRC' ? 2006 : 1946;
  const last = body === 'CHR' ? 2006 : now;
  const out: number[] = [];
  for (let y = first; y <= last; y++) out.push(y);
  return out;
}
