import type { ReprisalCase } from '../../domain/reprisals.js';
import type { KeyRing } from '../../security/field-crypto.js';
import { CLEARANCE, projectRecord, type Role } from '../../security/policies.js';
import type { Store } from '../../store/open-store.js';
import {
  CASE_ENTITY,
  loadCases,
  vaultCtx,
  withConfidential,
  type CaseFilter,
} from '../../store/reprisals/cases.js';
import type { Actor } from '../../store/security/audit-log.js';
import { reportedAgainChains } from './chains.js';
import { DEFAULT_THRESHOLD, evidenceSources } from './figure.js';
import { casesByCountryYear, newVsFollowUp, sharesBy, type ShareDimension } from './stats.js';

/*
 * The registry as one caller may see it: what `groundpass reprisals cases|stats` prints and what
 * /api/v1/reprisals/… answers, computed in one place so the command line and the API cannot
 * disagree about who sees what.
 */

/** Whether a role is cleared for confidential fields (names, relatives, places). */
export const readsConfidential = (role: Role): boolean => CLEARANCE[role].includes('confidential');

/** A role cleared for confidential fields asked, but no data keys were given. */
export class ConfidentialKeysMissing extends Error {
  constructor() {
    super('confidential fields need the data keys, which were not given');
  }
}

export interface CasesView {
  /** the cases with every field the actor may read filled (confidential ones from the vault) */
  full: ReprisalCase[];
  /** the same, projected through the field policies for the actor's role */
  shown: Partial<ReprisalCase>[];
}

/**
 * The cases a filter selects, as `actor` may see them. Confidential fields are read from the vault
 * (each read audited) only for a role cleared for them; for any other role the vault is not
 * touched at all, so nothing confidential is ever decrypted on its behalf.
 */
export async function casesSeenBy(
  store: Store,
  ring: KeyRing | null,
  actor: Actor,
  filter: CaseFilter,
): Promise<CasesView> {
  let cases = await loadCases(store.db, filter);
  if (readsConfidential(actor.role) && cases.length > 0) {
    if (!ring) throw new ConfidentialKeysMissing();
    cases = await withConfidential(vaultCtx({ store, ring }), actor, cases);
  }
  return { full: cases, shown: cases.map((c) => projectRecord(actor.role, CASE_ENTITY, c)) };
}

export const SHARE_DIMENSIONS: readonly ShareDimension[] = [
  'gender',
  'anonymity',
  'recordType',
  'act',
  'unBody',
];

/**
 * The registry's figures for a role. They use public fields only (no vault read). Small cells are
 * hidden for everyone who may not read names anyway (public, researchers); the "reported again"
 * chains name case ids, so those readers get their count only. Each figure lists the cases behind
 * its shown numbers once (its cells point into that list); `sources` gives each listed case's
 * report paragraphs, once for all the figures (figure.ts says why).
 */
export function reprisalFigures(cases: readonly ReprisalCase[], role: Role) {
  const options = { audience: readsConfidential(role) ? 'internal' : 'public' } as const;
  const chains = reportedAgainChains(cases);
  const byYear = casesByCountryYear(cases, options);
  const followUps = newVsFollowUp(cases, options);
  const shares = Object.fromEntries(
    SHARE_DIMENSIONS.map((d) => [d, sharesBy(cases, d, options)]),
  ) as Record<ShareDimension, ReturnType<typeof sharesBy>>;
  return {
    audience: options.audience,
    byYear,
    newVsFollowUp: followUps,
    shares,
    reportedAgain: options.audience === 'internal' ? chains : publicChainCount(chains.length),
    sources: evidenceSources(cases, [byYear, followUps, ...Object.values(shares)]),
  };
}

/**
 * How many cases were reported again, for readers who may not see names. Like every public cell, a
 * number under the threshold is hidden: one case seen in two reports is a person a reader could
 * look for in those reports.
 */
function publicChainCount(n: number): { cases: number | null; suppressed?: string } {
  return n > 0 && n < DEFAULT_THRESHOLD
    ? { cases: null, suppressed: `fewer than ${DEFAULT_THRESHOLD}` }
    : { cases: n };
}
