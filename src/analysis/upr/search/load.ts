import type { Kysely } from 'kysely';
import type { Database } from '../../../store/schema.js';
import {
  readUprIndexHead,
  readUprTermPostings,
  type UprIndexHead,
} from '../../../store/upr/search-index/persist.js';
import { uprDataVersion } from '../../../store/upr/store-recommendations.js';
import { searchCsvOf } from './csv.js';
import {
  buildUprSearchIndex,
  matchDocs,
  requestTerms,
  resultOf,
  searchCore,
  searchIndexOf,
  type SearchDoc,
  type UprSearchFilters,
  type UprSearchIndex,
  type UprSearchRequest,
  type UprSearchResult,
} from './index.js';

const RECOMMENDATION_COLUMNS = [
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
] as const;

function withLists(
  recs: ReadonlyArray<Omit<SearchDoc, 'from' | 'themes'>>,
  states: ReadonlyArray<{ recommendationId: number; state: string }>,
  themes: ReadonlyArray<{ recommendationId: number; theme: string }>,
): SearchDoc[] {
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

/** Every stored recommendation as the search index needs it, in id order. */
export async function loadSearchDocs(db: Kysely<Database>): Promise<SearchDoc[]> {
  const [recs, states, themes] = await Promise.all([
    db.selectFrom('uprRecommendations').select(RECOMMENDATION_COLUMNS).orderBy('id').execute(),
    db
      .selectFrom('uprRecommendationStates')
      .select(['recommendationId', 'state'])
      .orderBy('recommendationId')
      .orderBy('position')
      .execute(),
    db.selectFrom('uprThemes').select(['recommendationId', 'theme']).execute(),
  ]);
  return withLists(recs, states, themes);
}

const ID_CHUNK = 500;

/** The recommendations with these ids, in the order given (a page, or a CSV's rows). */
export async function loadSearchDocsByIds(
  db: Kysely<Database>,
  ids: readonly number[],
): Promise<SearchDoc[]> {
  const byId = new Map<number, SearchDoc>();
  for (let at = 0; at < ids.length; at += ID_CHUNK) {
    const chunk = ids.slice(at, at + ID_CHUNK);
    const [recs, states, themes] = await Promise.all([
      db
        .selectFrom('uprRecommendations')
        .select(RECOMMENDATION_COLUMNS)
        .where('id', 'in', chunk)
        .execute(),
      db
        .selectFrom('uprRecommendationStates')
        .select(['recommendationId', 'state'])
        .where('recommendationId', 'in', chunk)
        .orderBy('recommendationId')
        .orderBy('position')
        .execute(),
      db
        .selectFrom('uprThemes')
        .select(['recommendationId', 'theme'])
        .where('recommendationId', 'in', chunk)
        .execute(),
    ]);
    for (const d of withLists(recs, states, themes)) byId.set(d.id, d);
  }
  return ids.map((id) => {
    const d = byId.get(id);
    if (!d) throw new Error(`UPR recommendation ${id} is in the search index but not stored`);
    return d;
  });
}

interface Cached {
  version: string;
  index: Promise<UprSearchIndex>;
}
const cache = new WeakMap<Kysely<Database>, Cached>();
/** Where the postings of a stored index are read from (absent: an index built in memory). */
const heads = new WeakMap<UprSearchIndex, UprIndexHead>();

/**
 * The term postings kept in memory per index, at most (bytes): the terms of recent queries. Past
 * it the oldest are dropped and read again when asked for (a few pages by primary key each).
 */
const POSTINGS_CACHE_BYTES = 48 << 20;
const cachedBytes = new WeakMap<UprSearchIndex, { bytes: number; order: number[] }>();

/**
 * The stored index when it describes the data (every UPR import writes it in its transaction):
 * its columns only, without texts, and the postings of each search's terms read when the search
 * needs them; else, for a database written by a version that did not store one (or an older
 * format), one built from the stored recommendations in memory (with texts), as before.
 */
async function openIndex(db: Kysely<Database>, version: string): Promise<UprSearchIndex> {
  const t0 = performance.now();
  const head = await readUprIndexHead(db);
  if (head && head.version === version) {
    const index = searchIndexOf(
      head.columns,
      new Array(head.columns.terms.length).fill(undefined),
      undefined,
      t0,
    );
    heads.set(index, head);
    return index;
  }
  if (version === 'empty' && !head) return buildUprSearchIndex([]);
  return buildUprSearchIndex(await loadSearchDocs(db));
}

/**
 * The postings of these terms read into the index, if they are not there yet. False when the
 * stored index has changed since this one was opened (an import committed): its pages describe
 * other data, and the caller opens the index again.
 */
export async function ensureTerms(
  db: Kysely<Database>,
  index: UprSearchIndex,
  terms: readonly number[],
): Promise<boolean> {
  const head = heads.get(index);
  const missing = terms.filter((t) => !index.termPostings[t]);
  if (!head || missing.length === 0) return true;
  const read = await readUprTermPostings(db, head, missing);
  if (!read) return false;
  const kept = cachedBytes.get(index) ?? { bytes: 0, order: [] };
  cachedBytes.set(index, kept);
  const wanted = new Set(terms);
  for (const [t, p] of read) {
    if (index.termPostings[t]) continue;
    index.termPostings[t] = p;
    kept.order.push(t);
    kept.bytes += p.docs.byteLength + p.starts.byteLength + p.positions.byteLength;
  }
  // drop the oldest terms this request does not need until the cache fits again
  while (kept.bytes > POSTINGS_CACHE_BYTES && kept.order.length > 0) {
    const t = kept.order.find((x) => !wanted.has(x));
    if (t === undefined) break;
    kept.order.splice(kept.order.indexOf(t), 1);
    const p = index.termPostings[t];
    if (p) kept.bytes -= p.docs.byteLength + p.starts.byteLength + p.positions.byteLength;
    index.termPostings[t] = undefined;
  }
  return true;
}

/**
 * `run` over the store's index once the postings of `terms` are in it. The check and the run are
 * one synchronous step: another request's reads cannot drop them in between. Opened again when an
 * import replaced the stored index meanwhile.
 */
async function withTerms<T>(
  db: Kysely<Database>,
  terms: (index: UprSearchIndex) => number[],
  run: (index: UprSearchIndex) => T,
): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    const index = await uprSearchIndex(db);
    const wanted = terms(index);
    if (!(await ensureTerms(db, index, wanted))) {
      if (attempt >= 5) throw new Error('UPR search index: changed during each of 5 reads');
      cache.delete(db);
      continue;
    }
    if (wanted.every((t) => index.termPostings[t])) return run(index);
  }
}

/**
 * The search index of a store, read once per data version (a UPR import writes a new one) and
 * kept per database handle: the server reads it on its first search and after each import.
 */
export async function uprSearchIndex(db: Kysely<Database>): Promise<UprSearchIndex> {
  const version = await uprDataVersion(db);
  const hit = cache.get(db);
  if (hit && hit.version === version) return hit.index;
  const index = openIndex(db, version);
  cache.set(db, { version, index });
  index.catch(() => {
    if (cache.get(db)?.index === index) cache.delete(db);
  });
  return index;
}

/** A search of the store: matched in the index, the page's texts read from the database. */
export async function searchUprStored(
  db: Kysely<Database>,
  req: UprSearchRequest,
): Promise<UprSearchResult> {
  const t0 = performance.now();
  const [index, core] = await withTerms(
    db,
    (index) => requestTerms(index, req),
    (index) => [index, searchCore(index, req)] as const,
  );
  const page = Array.from(core.page);
  const docs = index.docs
    ? page.map((d) => index.docs![d]!)
    : await loadSearchDocsByIds(
        db,
        page.map((d) => index.ids[d]!),
      );
  return resultOf(core, docs, t0);
}

/** Every recommendation a search selects, as CSV, read from the database in id order. */
export async function searchCsvStored(
  db: Kysely<Database>,
  q: string,
  filters: UprSearchFilters = {},
): Promise<string> {
  const [index, docs] = await withTerms(
    db,
    (index) => requestTerms(index, { q }),
    (index) => [index, matchDocs(index, q, filters).docs] as const,
  );
  return searchCsvOf(
    index.docs
      ? Array.from(docs, (d) => index.docs![d]!)
      : await loadSearchDocsByIds(
          db,
          Array.from(docs, (d) => index.ids[d]!),
        ),
  );
}
