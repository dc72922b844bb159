import type { Kysely } from 'kysely';
import type { Database } from '../../../store/schema.js';
import { uprDataVersion } from '../../../store/upr/store-recommendations.js';
import { buildUprSearchIndex, type SearchDoc, type UprSearchIndex } from './index.js';

/** Every stored recommendation as the search index needs it, in id order. */
export async function loadSearchDocs(db: Kysely<Database>): Promise<SearchDoc[]> {
  const [recs, states, themes] = await Promise.all([
    db
      .selectFrom('uprRecommendations')
      .select([
        'id',
        'sur',
        'cycle',
        'session',
        'response',
        'responseRaw',
        'text',
        'actionCategory',
        'paragraph',
        'reportSymbol',
        'documentId',
        'line',
        'sourceKind',
      ])
      .orderBy('id')
      .execute(),
    db
      .selectFrom('uprRecommendationStates')
      .select(['recommendationId', 'state'])
      .orderBy('recommendationId')
      .orderBy('position')
      .execute(),
    db.selectFrom('uprThemes').select(['recommendationId', 'theme']).execute(),
  ]);
  const fromById = new Map<number, string[]>();
  for (const s of states) {
    const list = fromById.get(s.recommendationId);
    if (list) list.push(s.state);
    else fromById.set(s.recommendationId, [s.state]);
  }
  const themesById = new Map<number, string[]>();
  for (const t of themes) {
    const list = themesById.get(t.recommendationId);
    if (list) list.push(t.theme);
    else themesById.set(t.recommendationId, [t.theme]);
  }
  return recs.map((r) => ({
    ...r,
    from: fromById.get(r.id) ?? [],
    themes: themesById.get(r.id) ?? [],
  }));
}

interface Cached {
  version: string;
  index: Promise<UprSearchIndex>;
}
const cache = new WeakMap<Kysely<Database>, Cached>();

/**
 * The search index of a store, built on first use and rebuilt only when a UPR import changed the
 * data (the store keeps a version that every UPR write changes). The CLI builds it once per call,
 * the server once per import.
 */
export async function uprSearchIndex(db: Kysely<Database>): Promise<UprSearchIndex> {
  const version = await uprDataVersion(db);
  const hit = cache.get(db);
  if (hit && hit.version === version) return hit.index;
  const index = loadSearchDocs(db).then(buildUprSearchIndex);
  cache.set(db, { version, index });
  index.catch(() => {
    if (cache.get(db)?.index === index) cache.delete(db);
  });
  return index;
}
