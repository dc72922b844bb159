import type SqliteDatabase from 'better-sqlite3';
import type { Insertable, Transaction } from 'kysely';
import type { Store } from './open-store.js';
import type { Database } from './schema.js';

type Table = keyof Database & string;

/** camelCase → snake_case, as Kysely's CamelCasePlugin maps names (our columns hold no digits). */
function snake(name: string): string {
  return name.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
}

const statements = new WeakMap<SqliteDatabase.Database, Map<string, SqliteDatabase.Statement>>();

/**
 * A statement of this connection, prepared once: an import runs the same few inserts for each of
 * hundreds of batches (one per name change), and preparing them again each time cost more than
 * the rows. SQLite prepares a kept statement anew by itself when the schema changes.
 */
export function preparedStatement(
  sqlite: SqliteDatabase.Database,
  sql: string,
): SqliteDatabase.Statement {
  let byText = statements.get(sqlite);
  if (!byText) statements.set(sqlite, (byText = new Map()));
  let statement = byText.get(sql);
  if (!statement) byText.set(sql, (statement = sqlite.prepare(sql)));
  return statement;
}

/**
 * Inserts many rows of one table inside the caller's transaction and returns their new ids, in
 * row order (on PostgreSQL only when `keyColumn` is given; otherwise an empty list). On SQLite one prepared statement is compiled once and run per row on the same
 * connection (so it belongs to the open transaction): multi-row SQL through the query builder
 * spends most of an import compiling statements of tens of thousands of parameters. On PostgreSQL,
 * multi-row inserts with RETURNING, chunked under its parameter limit; PostgreSQL does not promise
 * RETURNING rows in VALUES order, so ids are matched back through `keyColumn`, a unique column of
 * the rows, when the caller needs them.
 */
export async function bulkInsert<T extends Table>(
  store: Pick<Store, 'sqlite'>,
  trx: Transaction<Database>,
  table: T,
  rows: readonly Insertable<Database[T]>[],
  keyColumn?: keyof Insertable<Database[T]> & string,
): Promise<number[]> {
  if (rows.length === 0) return [];
  // every column any row names, in first-seen order (no array of every row's keys)
  const seen = new Set<string>();
  for (const row of rows) for (const key in row) seen.add(key);
  const columns = [...seen];
  if (store.sqlite) {
    // ids always come back here: lastInsertRowid is free
    const statement = preparedStatement(
      store.sqlite,
      `insert into "${snake(table)}" (${columns.map((c) => `"${snake(c)}"`).join(', ')}) values (${columns.map(() => '?').join(', ')})`,
    );
    const ids: number[] = new Array<number>(rows.length);
    // one array of values, filled again for each row and bound as it is (no spread, no copy)
    const values: unknown[] = new Array<unknown>(columns.length);
    for (let r = 0; r < rows.length; r++) {
      const record = rows[r] as Record<string, unknown>;
      for (let c = 0; c < columns.length; c++) {
        const v = record[columns[c]!];
        values[c] = v === undefined ? null : typeof v === 'boolean' ? Number(v) : v;
      }
      ids[r] = Number(statement.run(values).lastInsertRowid);
    }
    return ids;
  }
  const chunk = Math.max(1, Math.floor(60_000 / columns.length));
  const idByKey = new Map<unknown, number>();
  for (let i = 0; i < rows.length; i += chunk) {
    const query = trx
      .insertInto(table)
      // the rows are already of the table's insertable shape; Kysely's generic needs a nudge
      .values(rows.slice(i, i + chunk) as never);
    if (keyColumn === undefined) {
      await query.execute();
      continue;
    }
    const inserted = (await query
      .returning(['id', keyColumn] as never)
      .execute()) as unknown as Record<string, unknown>[];
    for (const r of inserted) idByKey.set(r[keyColumn], Number(r.id));
  }
  if (keyColumn === undefined) return [];
  return rows.map((r) => idByKey.get((r as Record<string, unknown>)[keyColumn])!);
}
