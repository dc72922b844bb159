import type { Store } from '../open-store.js';

/** The UPR tables a recommendation import writes; only their own secondary indexes are deferred. */
const TABLES = [
  'upr_recommendations',
  'upr_recommendation_states',
  'upr_source_issues',
  'upr_themes',
] as const;

/**
 * The secondary indexes of the UPR tables, dropped while an import fills them from empty and made
 * again, from the same SQL, before its transaction commits (SQLite only). Building an index from
 * the finished table is one sort; keeping it while 230,000 rows arrive one at a time is a B-tree
 * insert per row and index. Both statements run inside the import's transaction, so a file that
 * fails rolls the drops back with its rows: no reader, and no later import, ever sees the tables
 * without them. Unique and primary-key indexes (SQLite's own, with no SQL) are kept: they guard
 * the rows as they are written. Tables that already hold rows keep every index (dropping them
 * would make the import rebuild indexes over rows it did not write).
 */
export class DeferredIndexes {
  private constructor(
    private readonly sqlite: NonNullable<Store['sqlite']>,
    private readonly definitions: readonly string[],
  ) {}

  /** Drops the indexes when every UPR table is empty; null otherwise, or on PostgreSQL. */
  static dropIfEmpty(store: Pick<Store, 'sqlite'>): DeferredIndexes | null {
    const sqlite = store.sqlite;
    if (!sqlite || !sqlite.inTransaction) return null;
    for (const table of TABLES)
      if (sqlite.prepare(`select 1 from "${table}" limit 1`).get() !== undefined) return null;
    const rows = sqlite
      .prepare(
        `select name, sql from sqlite_master where type = 'index' and sql is not null and tbl_name in (${TABLES.map(() => '?').join(', ')}) order by rowid`,
      )
      .all(...TABLES) as Array<{ name: string; sql: string }>;
    for (const r of rows) sqlite.exec(`drop index "${r.name.replaceAll('"', '""')}"`);
    return new DeferredIndexes(
      sqlite,
      rows.map((r) => r.sql),
    );
  }

  /** Makes the dropped indexes again, as they were defined. */
  restore(): void {
    for (const sql of this.definitions) this.sqlite.exec(sql);
  }
}
