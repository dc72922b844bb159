/**
 * What the CLI and the API both answer (one definition, so `participation share --json` and
 * /api/v1/participation/share say the same).
 */
import type { Store } from '../../store/open-store.js';
import {
  linkOrganizations,
  loadPointsOfOrder,
  loadStatements,
  loadTallies,
} from '../../store/hrc-participation/read.js';
import { pointsOfOrderFigure, type PointsOfOrderFigure } from './points-of-order.js';
import { participationShare, type ParticipationShare } from './share.js';

export async function shareView(
  store: Store,
  options: { session?: string | null; baseYear?: number | null; classification?: string | null },
): Promise<ParticipationShare> {
  const statements = await loadStatements(store.db, { speakerKind: 'ngo' });
  const tallies = await loadTallies(store.db);
  const links = await linkOrganizations(
    store.db,
    statements.map((s) => s.speakerKey),
  );
  return participationShare(statements, tallies, links, options);
}

export async function pointsOfOrderView(
  store: Store,
  state: string | null,
): Promise<PointsOfOrderFigure> {
  return pointsOfOrderFigure(
    await loadPointsOfOrder(store.db, state ? { raisedBy: state } : {}),
    state,
  );
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
  return {
    total: rows.length,
    page: page.page,
    pageSize: page.pageSize,
    items: rows.slice(from, from + page.pageSize),
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
