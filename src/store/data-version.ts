import { sql, type Kysely, type Transaction } from 'kysely';
import type { Store } from './open-store.js';
import type { Database } from './schema.js';

/*
 * The data version: a value that changes whenever anything a figure reads is written (an import,
 * a review decision, the sample mark). Figures derived only from the data are cached under it
 * and served with an ETag (src/server/figure-cache.ts); the search index may be stored under it.
 *
 * It is "<origin>.<counter>": the origin is drawn when the database is created, so a database
 * dropped and imported again never repeats an earlier version; the counter is raised by triggers
 * in the writing transaction itself (migration 008), so the version and the data it names are
 * committed together. See docs/decisions/0005-caches-and-indexes.md.
 */

interface VersionRow {
  origin: string;
  counter: number | string;
}

const SELECT_VERSION = 'select origin, counter from data_version where id = 1';

function format(row: VersionRow | undefined): string {
  // no row: a database created before migration 008 ran (it always runs on open)
  return row ? `${row.origin}.${Number(row.counter)}` : 'none';
}

/** The current data version of a database (or of what a transaction sees). */
export async function dataVersion(db: Kysely<Database> | Transaction<Database>): Promise<string> {
  const { rows } =
    await sql<VersionRow>`select origin, counter from data_version where id = 1`.execute(db);
  return format(rows[0]);
}

/**
 * A reader of the data version for a server's hot path: on SQLite one prepared statement run
 * synchronously on the store's own handle (a few microseconds), elsewhere the query above.
 */
export function dataVersionReader(
  store: Pick<Store, 'db' | 'sqlite'>,
): () => string | Promise<string> {
  if (store.sqlite) {
    const statement = store.sqlite.prepare(SELECT_VERSION);
    return () => format(statement.get() as VersionRow | undefined);
  }
  return () => dataVersion(store.db);
}

/**
 * Raises the version by hand, inside the caller's transaction. The triggers already do this for
 * every write to a table that matters; this is for a writer that changes figures some other way.
 */
export async function bumpDataVersion(
  trx: Transaction<Database> | Kysely<Database>,
): Promise<void> {
  await sql`update data_version set counter = counter + 1 where id = 1`.execute(trx);
}
