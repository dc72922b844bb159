import type { Kysely } from 'kysely';
import { Indicator, type Classification } from '../../domain/gongo.js';
import { projectRecord, type Role } from '../../security/policies.js';
import {
  CLASSIFICATION_ENTITY,
  EVIDENCE_ENTITY,
  NAME_ENTITY,
  type GongoClassificationRow,
  type GongoEvidenceRow,
} from '../../store/gongo/register.js';
import type { Database } from '../../store/schema.js';
import {
  applicationHistory,
  type ApplicationHistory,
} from '../ngo-committee/application-history.js';
import { gongoScore, type GongoScore } from './gongo-score.js';
import { speakingRecord, type SpeakingRecord } from './speaking.js';

/*
 * One organisation as the registry shows it (issue 14): the NGO Committee's record of it (names,
 * status history, deferrals, votes: read from that module, not copied), its consultative status,
 * the editors' aliases, the GONGO evidence with its score, and the classification with its
 * history. Every editorial record is projected through the field policies for the caller's role
 * (who wrote it is for logged-in roles only). A classification is never returned without the
 * evidence it rests on: `classification.evidence` lists it, and the score shows its parts.
 */

export interface ConsultativeStatus {
  /** 'general' | 'special' | 'roster' when the source says, 'granted' when it does not say which */
  status: 'general' | 'special' | 'roster' | 'granted' | 'withdrawn' | 'none';
  /** the year the status was granted (or withdrawn) */
  year: number | null;
  /** the NGO Committee events it is read from */
  evidence: { kind: 'ngo-event'; ids: number[] };
}

export type EvidenceView = Partial<GongoEvidenceRow>;
export type ClassificationView = Partial<GongoClassificationRow>;

export interface OrganizationProfile {
  organization: ApplicationHistory['organization'];
  /** names added by editors, English and Chinese, aliases and abbreviations */
  names: Partial<{
    id: number;
    name: string;
    language: string;
    kind: string;
    source: string | null;
    addedAt: string;
    addedBy: string;
  }>[];
  consultativeStatus: ConsultativeStatus;
  ngoCommittee: Omit<ApplicationHistory, 'organization'>;
  evidence: { current: EvidenceView[]; retracted: EvidenceView[] };
  score: GongoScore;
  /** the current classification with the evidence it rests on; null when never classified */
  classification: (ClassificationView & { evidence: EvidenceView[]; score: GongoScore }) | null;
  /** every classification ever set, newest first */
  classificationHistory: ClassificationView[];
  /** statements at the Human Rights Council, co-signatures and points of order against it */
  speaking: SpeakingRecord;
}

const STATUS_WORDS = new Set(['general', 'special', 'roster']);

/**
 * The status as the Committee's decisions give it: the latest grant (with its category when the
 * source names one), unless a withdrawal of status followed it.
 */
export function consultativeStatusOf(
  events: readonly {
    id: number;
    action: string;
    status: string;
    date: string | null;
    year: number | null;
  }[],
): ConsultativeStatus {
  const when = (e: { date: string | null; year: number | null }) =>
    e.date ?? `${e.year ?? 0}-07-01`;
  const decisive = events
    .filter((e) => e.action === 'recommended' || e.action === 'status-withdrawn')
    .sort((a, b) => when(a).localeCompare(when(b)) || a.id - b.id);
  const last = decisive.at(-1);
  if (!last) return { status: 'none', year: null, evidence: { kind: 'ngo-event', ids: [] } };
  const year = last.year ?? (last.date ? Number(last.date.slice(0, 4)) : null);
  if (last.action === 'status-withdrawn')
    return { status: 'withdrawn', year, evidence: { kind: 'ngo-event', ids: [last.id] } };
  const status = STATUS_WORDS.has(last.status)
    ? (last.status as 'general' | 'special' | 'roster')
    : 'granted';
  return { status, year, evidence: { kind: 'ngo-event', ids: [last.id] } };
}

export async function loadEvidence(
  db: Kysely<Database>,
  organizationIds: readonly number[],
): Promise<GongoEvidenceRow[]> {
  if (organizationIds.length === 0) return [];
  return db
    .selectFrom('gongoEvidence')
    .selectAll()
    .where('organizationId', 'in', organizationIds)
    .orderBy('id')
    .execute();
}

export function scoreOf(evidence: readonly GongoEvidenceRow[]): GongoScore {
  return gongoScore(
    evidence
      .filter((e) => e.retractedAt === null)
      .flatMap((e) => {
        const indicator = Indicator.safeParse(e.indicator);
        return indicator.success ? [{ id: e.id, indicator: indicator.data, share: e.share }] : [];
      }),
  );
}

export async function organizationProfile(
  db: Kysely<Database>,
  organizationId: number,
  role: Role,
): Promise<OrganizationProfile | undefined> {
  const history = await applicationHistory(db, organizationId);
  if (!history) return undefined;
  const { organization, ...ngoCommittee } = history;
  const [names, evidence, classifications, events, speaking] = await Promise.all([
    db
      .selectFrom('organizationNames')
      .select(['id', 'name', 'language', 'kind', 'source', 'addedAt', 'addedBy'])
      .where('organizationId', '=', organizationId)
      .orderBy('id')
      .execute(),
    loadEvidence(db, [organizationId]),
    db
      .selectFrom('gongoClassifications')
      .selectAll()
      .where('organizationId', '=', organizationId)
      .orderBy('id', 'desc')
      .execute(),
    db
      .selectFrom('ngoEvents')
      .select(['id', 'action', 'status', 'date', 'year'])
      .where('organizationId', '=', organizationId)
      .execute(),
    speakingRecord(db, organizationId),
  ]);
  const shownEvidence = (rows: readonly GongoEvidenceRow[]) =>
    rows.map((e) => projectRecord(role, EVIDENCE_ENTITY, e));
  const current = evidence.filter((e) => e.retractedAt === null);
  const score = scoreOf(evidence);
  const latest = classifications[0];
  return {
    organization,
    names: names.map((n) => projectRecord(role, NAME_ENTITY, n)),
    consultativeStatus: consultativeStatusOf(events),
    ngoCommittee,
    evidence: {
      current: shownEvidence(current),
      retracted: shownEvidence(evidence.filter((e) => e.retractedAt !== null)),
    },
    score,
    classification: latest
      ? {
          ...projectRecord(role, CLASSIFICATION_ENTITY, latest),
          evidence: shownEvidence(current),
          score,
        }
      : null,
    classificationHistory: classifications.map((c) =>
      projectRecord(role, CLASSIFICATION_ENTITY, c),
    ),
    speaking,
  };
}

export type { Classification };
