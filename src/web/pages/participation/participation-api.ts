/**
 * The shapes the participation pages read from /api/v1/participation/… (the analysis modules'
 * own types, so a change there is a compile error here), and small helpers on them.
 */
import type { PointsOfOrderFigure } from '../../../analysis/hrc-participation/points-of-order';
import type { ParticipationEvidence } from '../../../analysis/hrc-participation/share';
import type { UprAdoptionFigure } from '../../../analysis/hrc-participation/upr-adoption';
import type {
  LinkedOrganization,
  ParticipationShareView,
  statementsById,
} from '../../../analysis/hrc-participation/views';
import type { ClustersWithSources } from '../../../analysis/participation/clusters-view';

export type {
  ClustersWithSources,
  LinkedOrganization,
  ParticipationEvidence,
  ParticipationShareView,
  PointsOfOrderFigure,
};

/** /participation/upr-adoption: the figure with the linked organisations' evidence. */
export type UprAdoptionView = UprAdoptionFigure & { organizations: LinkedOrganization[] };

/** A page of /participation/statements: the statements behind a figure, with their sources. */
export type StatementPage = Awaited<ReturnType<typeof statementsById>>;
export type StatementRow = StatementPage['items'][number];

export const CLASSIFICATIONS = ['gongo', 'state-linked', 'independent', 'unknown'] as const;

/** The statement ids and printed-count ids of a figure's evidence. */
export function evidenceIds(evidence: readonly ParticipationEvidence[]): {
  statements: number[];
  tallies: number[];
} {
  return {
    statements: evidence.filter((e) => e.kind === 'hrc-statement').flatMap((e) => e.ids),
    tallies: evidence.filter((e) => e.kind === 'hrc-speaker-tally').flatMap((e) => e.ids),
  };
}

/** Which kind of document a statement's reading rule belongs to (for the reader, not the rule). */
export function formKind(
  form: string,
): 'transcript' | 'session-report' | 'narrative' | 'speaker-list' {
  if (form.startsWith('transcript')) return 'transcript';
  if (form.startsWith('report-')) return 'session-report';
  if (form.startsWith('narrative') || form === 'statement-delivered-by') return 'narrative';
  return 'speaker-list';
}

/** A session code ordered by its number (HRC9 before HRC10), newest first. */
export function sessionNumber(session: string): number {
  return Number(session.replace(/\D/g, '')) || 0;
}
