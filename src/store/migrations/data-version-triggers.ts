import { sql, type Kysely } from 'kysely';
import type { DialectName } from '../dialect.js';
import { dataVersionTriggerName } from '../data-version-tables.js';

/**
 * The data version (migration 008) rises with every write to these tables, so cached figures never
 * outlive the data. For the small editorial and registry tables of migrations 010, 012 and 013:
 * on SQLite inserts fire too (not only updates and deletes as on the ballot tables). The SQL is the
 * one those migrations have always run; it lives here once so a later migration cannot drift.
 */
export async function createDataVersionTriggers(
  db: Kysely<unknown>,
  dialect: DialectName,
  tables: readonly string[],
): Promise<void> {
  for (const table of tables) {
    if (dialect === 'postgres')
      await sql
        .raw(
          `create trigger ${dataVersionTriggerName(table, 'write')} after insert or update or delete or truncate on ${table} for each statement execute function data_version_bump()`,
        )
        .execute(db);
    else
      for (const event of ['insert', 'update', 'delete'] as const)
        await sql
          .raw(
            `create trigger ${dataVersionTriggerName(table, event)} after ${event} on ${table} begin update data_version set counter = counter + 1 where id = 1; end`,
          )
          .execute(db);
  }
}
