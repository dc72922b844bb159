import type { Kysely } from 'kysely';
import { dataVersion } from '../../store/data-version.js';
import type { Database } from '../../store/schema.js';

/*
 * Values derived only from the data (a vote table, a figure), kept in memory per database and
 * data version: the version changes with every write that could change them (migration 008), so
 * a value is reused only while the data it was computed from is the data there is.
 */

export interface VersionCache<T> {
  version: string;
  values: Map<string, Promise<T>>;
}

/** How many values of one kind a database keeps per version (filters asked for most recently). */
const MAX_VALUES = 32;

/**
 * The value under `key` for the database's current data version, computed by `compute` when
 * absent. Concurrent callers share one computation; a failed one is forgotten.
 */
export async function cachedPerVersion<T>(
  caches: WeakMap<Kysely<Database>, VersionCache<T>>,
  db: Kysely<Database>,
  key: string,
  compute: () => Promise<T>,
): Promise<T> {
  const version = await dataVersion(db);
  let cache = caches.get(db);
  if (!cache || cache.version !== version) {
    cache = { version, values: new Map() };
    caches.set(db, cache);
  }
  const hit = cache.values.get(key);
  if (hit) {
    // most recently used last, so the oldest is the first to go
    cache.values.delete(key);
    cache.values.set(key, hit);
    return hit;
  }
  const value = compute();
  cache.values.set(key, value);
  if (cache.values.size > MAX_VALUES) cache.values.delete(cache.values.keys().next().value!);
  const values = cache.values;
  value.catch(() => {
    if (values.get(key) === value) values.delete(key);
  });
  return value;
}
