/**
 * Which organisations a figure may count as linked to a State, or under a classification: only
 * where the registry's label rests on evidence on record (issue 14: "never a label without
 * evidence"; the web shows no label without it either, ClassificationWithEvidence). The report's
 * participation section and the State profile both count through these, so they agree with each
 * other and with the jq filters that read the same figures from `groundpass participation … --json`.
 */
import type { StatementCluster } from '../participation/clusters.js';
import type { ParticipationShare } from './share.js';
import type { LinkedOrganization } from './views.js';

/** The classifications that tie an organisation to the State it is registered in. */
export const STATE_TIED: readonly string[] = ['gongo', 'state-linked'];

/** The organisations tied to `state` whose label has evidence. */
export function linkedToState(
  organizations: readonly LinkedOrganization[],
  state: string,
): LinkedOrganization[] {
  return organizations.filter(
    (o) =>
      o.countryCode === state &&
      STATE_TIED.includes(o.classification ?? '') &&
      o.evidence.length > 0,
  );
}

/** The organisations of one classification whose label has evidence. */
export function classifiedAs(
  organizations: readonly LinkedOrganization[],
  classification: string,
): LinkedOrganization[] {
  return organizations.filter((o) => o.classification === classification && o.evidence.length > 0);
}

/** The name keys the organisations were printed under. */
export function keysOf(organizations: readonly LinkedOrganization[]): Set<string> {
  return new Set(organizations.flatMap((o) => o.keys));
}

/** The slots of a share figure taken under the given name keys, and the statements behind them. */
export function slotsOfKeys(
  figure: Pick<ParticipationShare, 'byOrganization'>,
  keys: ReadonlySet<string>,
): { slots: number; statementIds: number[] } {
  const rows = figure.byOrganization.filter((r) => keys.has(r.key));
  return {
    slots: rows.reduce((n, r) => n + r.slots, 0),
    statementIds: rows.flatMap((r) =>
      r.evidence.filter((e) => e.kind === 'hrc-statement').flatMap((e) => e.ids),
    ),
  };
}

/** The clusters with at least one member printed under one of the keys. */
export function clustersOfKeys(
  view: {
    clusters: readonly StatementCluster[];
    members: Readonly<Record<string, { speakerKey: string }>>;
  },
  keys: ReadonlySet<string>,
): StatementCluster[] {
  return view.clusters.filter((c) =>
    c.members.some((m) => keys.has(view.members[m.id]?.speakerKey ?? '')),
  );
}
