import type { Store } from '../../store/open-store.js';
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

export async function clustersView(store: Store, session: string | null): Promise<ClustersView> {
  let q = store.db
    .selectFrom('hrcStatements')
    .select(['id', 'speaker', 'session', 'text'])
    .where('speakerKind', '=', 'ngo')
    .orderBy('id');
  if (session) q = q.where('session', '=', session);
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
