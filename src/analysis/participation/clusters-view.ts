import { linkOrganizations } from '../../store/hrc-participation/read.js';
import type { Store } from '../../store/open-store.js';
import { linkedWithEvidence, type LinkedOrganization } from '../hrc-participation/views.js';
import { clusterStatements, type StatementCluster, type StatementInput } from './clusters.js';

/*
 * `groundpass participation clusters --session HRC55`: the NGO statements the participation store
 * holds with their words (transcript turns, statements told in prose; a speaker list gives names
 * only), clustered by clusters.ts. Statements without text cannot be compared and are counted.
 */

export interface ClustersView {
  session: string | null;
  /** NGO statements of the session stored with their text, and those without */
  statements: number;
  withoutText: number;
  clusters: StatementCluster[];
}

export async function clustersView(
  store: Store,
  session: string | null,
  /** only the statements of this year (the report's year); all years when null */
  year: number | null = null,
): Promise<ClustersView> {
  let q = store.db
    .selectFrom('hrcStatements')
    .select(['id', 'speaker', 'session', 'text'])
    .where('speakerKind', '=', 'ngo')
    .orderBy('id');
  if (session) q = q.where('session', '=', session);
  if (year !== null) q = q.where('year', '=', year);
  const rows = await q.execute();
  const input: StatementInput[] = rows
    .filter((r) => r.text !== null && r.text.trim() !== '')
    .map((r) => ({
      id: String(r.id),
      organization: r.speaker,
      session: r.session ?? '',
      text: r.text!,
    }));
  return {
    session,
    statements: input.length,
    withoutText: rows.length - input.length,
    clusters: clusterStatements(input),
  };
}

/** One member of a cluster as a page shows it: its words and where they were read. */
export interface ClusterMemberSource {
  id: number;
  organization: string;
  /** the printed name's key (joins `organizations`) */
  speakerKey: string;
  text: string;
  date: string | null;
  agendaItem: string | null;
  debate: string | null;
  line: number;
  moment: string | null;
  momentUrl: string | null;
  sourceFile: string;
  sourceUrl: string | null;
  sourceSymbol: string | null;
}

export interface ClustersWithSources extends ClustersView {
  /** every cluster member's words and source, by statement id (the clusters name ids only) */
  members: Record<string, ClusterMemberSource>;
  /** the registry organisations the members' names join, with classification and evidence */
  organizations: LinkedOrganization[];
}

/**
 * The clusters of a session with each member's words and source, for /api/v1/participation/clusters:
 * a reader sees the shared passages in each member's own words and can open the document.
 */
export async function clustersWithSources(
  store: Store,
  session: string | null,
  year: number | null = null,
): Promise<ClustersWithSources> {
  const view = await clustersView(store, session, year);
  const ids = [...new Set(view.clusters.flatMap((c) => c.members.map((m) => Number(m.id))))];
  const members: Record<string, ClusterMemberSource> = {};
  for (let i = 0; i < ids.length; i += 5000) {
    const rows = await store.db
      .selectFrom('hrcStatements as s')
      .innerJoin('sourceDocuments as d', 'd.id', 's.documentId')
      .select([
        's.id',
        's.speaker as organization',
        's.speakerKey',
        's.text',
        's.date',
        's.agendaItem',
        's.debate',
        's.line',
        's.moment',
        's.momentUrl',
        'd.fileName as sourceFile',
        'd.url as sourceUrl',
        'd.symbol as sourceSymbol',
      ])
      .where('s.id', 'in', ids.slice(i, i + 5000))
      .execute();
    for (const r of rows) members[String(r.id)] = { ...r, text: r.text ?? '' };
  }
  const keys = [...new Set(Object.values(members).map((m) => m.speakerKey))];
  const links = await linkOrganizations(store.db, keys);
  return { ...view, members, organizations: await linkedWithEvidence(store, links, new Set(keys)) };
}
