import type {
  CaseStatus,
  RecordType,
  ReprisalAct,
  ReprisalCase,
  SpCommunication,
  UnBody,
} from '../../domain/reprisals.js';
import type { KeyRing } from '../../security/field-crypto.js';
import { projectRecord } from '../../security/policies.js';
import type { Store } from '../../store/open-store.js';
import { CASE_ENTITY, loadCases, vaultCtx, withConfidential } from '../../store/reprisals/cases.js';
import type { Actor } from '../../store/security/audit-log.js';
import { caseTimeline, type TimelineEvent } from './timeline.js';
import { ConfidentialKeysMissing, readsConfidential } from './views.js';

/*
 * The case list's filters and the case page's timeline, as the web pages and the API use them.
 * Every filter reads a PUBLIC field only (report year, record type, status, act, UN body): a
 * filter on a restricted or confidential field would let a caller who may not read it learn its
 * value from which cases match. So the same filter gives every role the same cases; only the
 * fields shown differ (projectRecord), and the vault is opened only for a role cleared for it,
 * and only for the cases of the page asked.
 */

export interface CaseCriteria {
  country?: string | undefined;
  /** a report of this year mentions the case (or the case was first reported that year) */
  year?: number | undefined;
  recordType?: RecordType | undefined;
  status?: CaseStatus | undefined;
  act?: ReprisalAct | undefined;
  /** the UN body the person engaged with, as the "by UN body" figure counts it */
  unBody?: UnBody | undefined;
}

type PublicView = Pick<
  ReprisalCase,
  'country' | 'reportYear' | 'appearances' | 'recordType' | 'status' | 'acts' | 'engagements'
>;

/** Whether a case meets every criterion given (public fields only). */
export function matchesCriteria(c: PublicView, k: CaseCriteria): boolean {
  if (k.country !== undefined && c.country !== k.country) return false;
  if (
    k.year !== undefined &&
    c.reportYear !== k.year &&
    !c.appearances.some((a) => a.year === k.year)
  )
    return false;
  if (k.recordType !== undefined && c.recordType !== k.recordType) return false;
  if (k.status !== undefined && c.status !== k.status) return false;
  if (k.act !== undefined && !c.acts.some((a) => a.code === k.act)) return false;
  if (k.unBody !== undefined && !c.engagements.some((e) => e.body === k.unBody)) return false;
  return true;
}

/** What the list's filters can be set to: the countries and report years the registry holds. */
export interface CaseListOptions {
  countries: string[];
  years: number[];
}

export function listOptions(cases: readonly PublicView[]): CaseListOptions {
  const countries = new Set<string>();
  const years = new Set<number>();
  for (const c of cases) {
    countries.add(c.country);
    years.add(c.reportYear);
    for (const a of c.appearances) years.add(a.year);
  }
  return { countries: [...countries].sort(), years: [...years].sort((a, b) => a - b) };
}

export interface CaseListPage {
  total: number;
  shown: Partial<ReprisalCase>[];
  options: CaseListOptions;
}

/**
 * One page of the cases matching `criteria`, in case id order, as `actor` may see them. The
 * stored cases are read without confidential fields; the page's cases are filled from the vault
 * (each read audited) only when the actor's role is cleared for them.
 */
export async function caseListSeenBy(
  store: Store,
  ring: KeyRing | null,
  actor: Actor,
  criteria: CaseCriteria,
  page: { limit: number; offset: number },
): Promise<CaseListPage> {
  const all = await loadCases(store.db);
  const matching = all.filter((c) => matchesCriteria(c, criteria));
  let cases = matching.slice(page.offset, page.offset + page.limit);
  if (readsConfidential(actor.role) && cases.length > 0) {
    if (!ring) throw new ConfidentialKeysMissing();
    cases = await withConfidential(vaultCtx({ store, ring }), actor, cases);
  }
  return {
    total: matching.length,
    shown: cases.map((c) => projectRecord(actor.role, CASE_ENTITY, c)),
    options: listOptions(all),
  };
}

/**
 * The timeline of a case from what the caller may see of it: `shown` is the projected record and
 * `communications` the letters its (restricted) references name. A field the role may not read is
 * absent from `shown` and so adds no event: the public's timeline has no government response (not
 * even its date) and no letter.
 */
export function visibleTimeline(
  shown: Partial<ReprisalCase>,
  communications: readonly SpCommunication[],
): TimelineEvent[] {
  return caseTimeline(
    {
      caseId: shown.caseId ?? '',
      appearances: shown.appearances ?? [],
      communicationRefs: shown.communicationRefs ?? [],
      governmentResponses: shown.governmentResponses ?? [],
    } as ReprisalCase,
    communications,
  );
}
