/**
 * The JSON the web app reads from /api/v1. Shapes the analysis layer computes, and the domain's
 * vocabularies they use (QuestionTopic), are imported as types only: `import type` is erased at build, so no analysis code reaches the bundle
 * (ESLint forbids value imports from it), and a change to a figure's shape is a compile error
 * here rather than a silent drift. Only shapes the server builds inline are declared here.
 */

import type { Ballot } from '../analysis/common/agreement';
import type { Evidence, SourceRef } from '../analysis/evidence';
import type {
  ApplicationHistory,
  HistoryEvent,
  HistoryQuestion,
} from '../analysis/ngo-committee/application-history';
import type { ApplicationOutcome, DeferralHistory } from '../analysis/ngo-committee/deferrals';
import type {
  ListedQuestion,
  OrganizationHit,
  Page,
} from '../analysis/ngo-committee/question-list';
import type {
  QuestionsByState,
  StateQuestionShare,
} from '../analysis/ngo-committee/questions-by-state';
import type { MemberRecord, RollCallSummary } from '../analysis/ngo-committee/roll-calls';
import type { ListedVote } from '../analysis/ngo-committee/vote-list';
import type { QuestionTopic } from '../domain/ngo-committee';
import type {
  UprProfile,
  UprProfileCycle,
  UprProfileUnitPart,
  UprUnitChange,
  CountWithEvidence,
} from '../analysis/upr/profile';
import type {
  ListedUprRecommendation,
  UprRecommendationDetail,
} from '../analysis/upr/recommendation';
import type {
  FacetCount,
  FacetName,
  UprSearchHit,
  UprSearchResult,
} from '../analysis/upr/search/index';
import type { CriticalShare, UprGroupStats } from '../analysis/upr/stats';

export type {
  ApplicationHistory,
  ApplicationOutcome,
  Ballot,
  DeferralHistory,
  Evidence,
  HistoryEvent,
  HistoryQuestion,
  ListedQuestion,
  ListedVote,
  MemberRecord,
  OrganizationHit,
  Page,
  QuestionsByState,
  QuestionTopic,
  RollCallSummary,
  SourceRef,
  StateQuestionShare,
};

// UPR
export type {
  CountWithEvidence,
  CriticalShare,
  FacetCount,
  FacetName,
  ListedUprRecommendation,
  UprGroupStats,
  UprProfile,
  UprProfileCycle,
  UprProfileUnitPart,
  UprUnitChange,
  UprRecommendationDetail,
  UprSearchHit,
  UprSearchResult,
};

/** A topic a question was labelled with, and the rule and phrase that labelled it. */
export type TopicLabel = HistoryQuestion['topics'][number];

/** A recorded vote on one organisation's application. */
export type ApplicationVote = ApplicationHistory['votes'][number];

/** One pair of members in the agreement matrix, with the votes its figure counts. */
export type PairAgreement = RollCallSummary['agreement'][number];

// ---- HRC recorded votes (src/analysis/hrc-votes) ----
export type {
  AgreementMatrixFigure as HrcMatrix,
  AlignmentRow as HrcAlignmentRow,
} from '../analysis/hrc-votes/alignment';
export type { AgreementTriangleFigure as HrcMatrixTriangle } from '../analysis/hrc-votes/matrix-triangle';
export type { AmendmentRow, HostileAmendments } from '../analysis/hrc-votes/amendments';
export type { GroupCohesion } from '../analysis/hrc-votes/cohesion';
export type { IdealPoint, IdealPointYear } from '../analysis/hrc-votes/ideal-points';
export type { RecordItem, VotingRecord } from '../analysis/hrc-votes/record';
export type {
  ResolutionVotes,
  TextSource,
  VotingTextSummary,
} from '../analysis/hrc-votes/resolution';
export type { TextList as HrcTextList } from '../analysis/hrc-votes/text-list';
export type { TextKind, TextTheme, VoteOutcome, VoteValue, VotingBody } from '../domain/hrc-votes';

// ---- web-only: shapes the server builds itself (src/server), which the web may not import ----

export interface ApiErrorBody {
  error: { code: string; message: string };
}

export interface Meta {
  sample: boolean;
  database: string;
  counts: {
    documents: number;
    organizations: number;
    events: number;
    questions: number;
    /** NGO Committee roll-calls */
    votes: number;
    /** HRC / CHR / UNGA texts, voted or not */
    votingTexts: number;
    /** UPR recommendations */
    recommendations: number;
  };
}

export interface StateInfo {
  code: string;
  nameEn: string;
  nameZh: string;
  group: string;
  kind: string;
}

export interface StatesResponse {
  items: StateInfo[];
}

export interface LongestResponse {
  rows: DeferralHistory[];
}

/** A failed API call, carrying the server's own message so the page can show it. */
export class ApiFailure extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

type ParamValue = string | number | null | undefined;

/** An /api/v1 URL; empty and missing parameters are left out so the server applies its defaults. */
export function apiUrl(path: string, params: Record<string, ParamValue> = {}): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== null && value !== undefined && value !== '') search.set(key, String(value));
  }
  const qs = search.toString();
  return `/api/v1${path}${qs ? `?${qs}` : ''}`;
}

function isErrorBody(body: unknown): body is ApiErrorBody {
  if (typeof body !== 'object' || body === null || !('error' in body)) return false;
  const error = (body as { error: unknown }).error;
  return typeof error === 'object' && error !== null && 'message' in error;
}

export async function fetchJson<T>(url: string, signal?: AbortSignal): Promise<T> {
  const res = await fetch(url, { signal, headers: { accept: 'application/json' } });
  const body: unknown = await res.json().catch(() => null);
  if (!res.ok) {
    if (isErrorBody(body)) throw new ApiFailure(res.status, body.error.code, body.error.message);
    throw new ApiFailure(res.status, 'http', `HTTP ${res.status} ${res.statusText}`.trim());
  }
  if (body === null) throw new ApiFailure(res.status, 'bad-json', 'the server sent no JSON');
  return body as T;
}
