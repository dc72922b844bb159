/**
 * The JSON of /api/v1/reprisals/… as the web pages read it. Shapes come from the domain and the
 * analysis layer as types only (erased at build, so no server code reaches the bundle). Every
 * field of a case is optional: the server leaves out what the caller's role may not read.
 */

import type { Chain } from '../../../analysis/reprisals/chains';
import type {
  Cell,
  Count,
  EvidenceSource,
  EvidenceSources,
  Figure,
} from '../../../analysis/reprisals/figure';
import type { ShareDimension } from '../../../analysis/reprisals/stats';
import type { TimelineEvent } from '../../../analysis/reprisals/timeline';
import type { ReprisalCase, SpCommunication } from '../../../domain/reprisals';
import type { SessionRole } from '../../components/SessionContext';

export type {
  Cell,
  Chain,
  Count,
  EvidenceSource,
  EvidenceSources,
  Figure,
  ShareDimension,
  TimelineEvent,
};

/** A case as one role sees it: its id always, every other field only if the role may read it. */
export type ShownCase = Partial<ReprisalCase> & Pick<ReprisalCase, 'caseId'>;

export interface CaseListResponse {
  role: SessionRole;
  country: string | null;
  total: number;
  page: number;
  pageSize: number;
  items: ShownCase[];
  options: { countries: string[]; years: number[] };
}

export interface CaseResponse {
  role: SessionRole;
  case: ShownCase;
  communications: Partial<SpCommunication>[];
  timeline: TimelineEvent[];
}

export interface StatsResponse {
  role: SessionRole;
  country: string | null;
  audience: 'public' | 'internal';
  byYear: Figure<{ country: string; year: number }>;
  newVsFollowUp: Figure<{ year: number; kind: 'new' | 'follow-up' }>;
  shares: Record<ShareDimension, Figure<{ value: string }>>;
  /** the chains for editors and admins; their number only for everyone else */
  reportedAgain: Chain[] | { cases: number | null; suppressed?: string };
  /** the report paragraphs of every case the figures list, once for all of them */
  sources: EvidenceSources;
}
