/**
 * What the CLI and the API both answer (one definition, so `participation share --json` and
 * /api/v1/participation/share say the same).
 */
import type { Store } from '../../store/open-store.js';
import { loadEvidence } from '../organizations/profile.js';
import {
  linkOrganizations,
  type OrganizationLink,
  loadPointsOfOrder,
  loadStatements,
  loadTallies,
} from '../../store/hrc-participation/read.js';
import { pointsOfOrderFigure, type PointsOfOrderFigure } from './points-of-order.js';
import { participationShare, type ParticipationShare } from './share.js';
import { uprAdoptionFigure, type UprAdoptionFigure } from './upr-adoption.js';

/**
 * An organisation of the registry that a figure's names joined, with the evidence its label rests
 * on: a page that shows a slot's classification shows that evidence beside it (issue 14: "the
 * evidence shows wherever the label appears").
 */
export interface LinkedOrganization extends OrganizationLink {
  /** the printed names' key(s) that joined it */
  keys: string[];
  evidence: { id: number; indicator: string; source: string; sourceDate: string }[];
}

export type ParticipationShareView = ParticipationShare & { organizations: LinkedOrganization[] };

/** The linked organisations of the given name keys, with their evidence on record (not retracted). */
export async function linkedWithEvidence(
  store: Store,
  links: ReadonlyMap<string, OrganizationLink>,
  keys: ReadonlySet<string>,
): Promise<LinkedOrganization[]> {
  const byId = new Map<number, LinkedOrganization>();
  for (const [key, link] of links) {
    if (!keys.has(key)) continue;
    const prev = byId.get(link.organizationId);
    if (prev) prev.keys.push(key);
    else byId.set(link.organizationId, { ...link, keys: [key], evidence: [] });
  }
  for (const e of await loadEvidence(store.db, [...byId.keys()])) {
    if (e.retractedAt !== null) continue;
    byId.get(e.organizationId)?.evidence.push({
      id: e.id,
      indicator: e.indicator,
      source: e.source,
      sourceDate: e.sourceDate,
    });
  }
  return [...byId.values()].sort((a, b) => a.organizationId - b.organizationId);
}

export async function shareView(
  store: Store,
  options: {
    session?: string | null;
    year?: number | null;
    baseYear?: number | null;
    classification?: string | null;
  },
): Promise<ParticipationShareView> {
  const statements = await loadStatements(store.db, { speakerKind: 'ngo' });
  const tallies = await loadTallies(store.db);
  const links = await linkOrganizations(
    store.db,
    statements.map((s) => s.speakerKey),
  );
  const figure = participationShare(statements, tallies, links, options);
  const keys = new Set(figure.byOrganization.map((r) => r.key));
  return { ...figure, organizations: await linkedWithEvidence(store, links, keys) };
}

export async function pointsOfOrderView(
  store: Store,
  state: string | null,
  year: number | null = null,
): Promise<PointsOfOrderFigure> {
  return pointsOfOrderFigure(
    await loadPointsOfOrder(store.db, state ? { raisedBy: state } : {}),
    state,
    year,
  );
}

/**
 * Who spoke at the adoptions of a State's UPR outcomes, with each NGO's registry link and, for
 * the classified ones, the evidence their label rests on (`organizations`).
 */
export async function uprAdoptionView(
  store: Store,
  state: string,
): Promise<UprAdoptionFigure & { organizations: LinkedOrganization[] }> {
  const statements = (await loadStatements(store.db)).filter((s) =>
    s.debate?.startsWith('universal periodic review outcome of '),
  );
  const links = await linkOrganizations(
    store.db,
    statements.filter((s) => s.speakerKind === 'ngo').map((s) => s.speakerKey),
  );
  const figure = uprAdoptionFigure(statements, links, state);
  const keys = new Set(figure.adoptions.flatMap((a) => a.speakers.map((x) => x.speakerKey)));
  return { ...figure, organizations: await linkedWithEvidence(store, links, keys) };
}

/** Stored statements by id (the evidence of a figure), with their sources, a page at a time. */
export async function statementsById(
  store: Store,
  ids: readonly number[],
  page: { page: number; pageSize: number },
) {
  const unique = [...new Set(ids)];
  const rows = unique.length === 0 ? [] : await loadStatements(store.db, { ids: unique });
  const found = new Set(rows.map((r) => r.id));
  const from = (page.page - 1) * page.pageSize;
  const items = rows.slice(from, from + page.pageSize);
  // a joint statement's co-signers as printed, in their order (only for the page's statements)
  const cosigners = new Map<number, string[]>();
  const joint = items.filter((r) => r.joint === 1).map((r) => r.id);
  if (joint.length > 0)
    for (const c of await store.db
      .selectFrom('hrcStatementCosigners')
      .select(['statementId', 'name'])
      .where('statementId', 'in', joint)
      .orderBy('statementId')
      .orderBy('position')
      .execute())
      cosigners.set(c.statementId, [...(cosigners.get(c.statementId) ?? []), c.name]);
  return {
    total: rows.length,
    page: page.page,
    pageSize: page.pageSize,
    items: items.map((r) => ({ ...r, cosigners: cosigners.get(r.id) ?? [] })),
    missing: unique.filter((id) => !found.has(id)),
  };
}

/** The sessions that have statements, newest first (for a client to offer). */
export async function sessionsWithStatements(store: Store): Promise<string[]> {
  const rows = await store.db
    .selectFrom('hrcStatements')
    .select('session')
    .distinct()
    .where('session', 'is not', null)
    .execute();
  return rows
    .map((r) => r.session!)
    .sort((a, b) => Number(b.replace(/\D/g, '')) - Number(a.replace(/\D/g, '')));
}
