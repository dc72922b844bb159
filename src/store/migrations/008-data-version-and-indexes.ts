import { randomUUID } from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import type { DialectName } from '../dialect.js';
import {
  DATA_VERSION_ROW_TABLES,
  DATA_VERSION_TABLES,
  dataVersionTriggerName,
} from '../data-version-tables.js';

type AnyDb = Kysely<unknown>;

/**
 * Issue 10: a data version that every write changes (so figures can be cached per version and
 * served with an ETag), and the indexes the API's queries lacked.
 *
 * The version is one row (`data_version`): an origin drawn when the database was created, and a
 * counter that triggers raise in the writing transaction itself, so a figure cached under a
 * version can never describe other data (docs/decisions/0005-caches-and-indexes.md). Triggers
 * rather than calls in each writer: a write path added later (a review decision, a relink) bumps
 * it without anyone remembering to.
 *
 * SQLite has row triggers only, and one on each ballot row would cost an import about half its
 * time again; there, INSERT fires on the tables every import or decision writes a row to
 * (`DATA_VERSION_ROW_TABLES`: a document row comes with every import) and UPDATE / DELETE on
 * every table. PostgreSQL fires once per statement on every table.
 */
export function dataVersionAndIndexes(dialect: DialectName) {
  return {
    async up(db: AnyDb): Promise<void> {
      await db.schema
        .createTable('data_version')
        .addColumn('id', 'integer', (c) => c.primaryKey())
        .addColumn('origin', 'text', (c) => c.notNull())
        .addColumn('counter', 'bigint', (c) => c.notNull())
        .execute();
      await db
        .insertInto('data_version' as never)
        .values({ id: 1, origin: randomUUID(), counter: 0 } as never)
        .execute();
      if (dialect === 'postgres') await postgresTriggers(db);
      else await sqliteTriggers(db);

      // Resolution symbols in a case-folded form with an index: the lookup by symbol had been
      // `upper(symbol) = ?`, a scan of every voting text. Generated, so no writer has to fill it;
      // on PostgreSQL with the "C" collation, so a prefix is a byte range the index serves.
      for (const [column, source] of [
        ['symbol_key', 'symbol'],
        ['draft_symbol_key', 'draft_symbol'],
      ] as const) {
        if (dialect === 'postgres')
          await sql`alter table hrc_voting_texts add column ${sql.ref(column)} text collate "C" generated always as (upper(${sql.ref(source)})) stored`.execute(
            db,
          );
        else
          await sql`alter table hrc_voting_texts add column ${sql.ref(column)} text generated always as (upper(${sql.ref(source)})) virtual`.execute(
            db,
          );
        await db.schema
          .createIndex(`hrc_voting_texts_${column}`)
          .on('hrc_voting_texts')
          .column(column)
          .execute();
      }
      // press accounts linked to a record: every resolution page asks for them
      await db.schema
        .createIndex('hrc_voting_texts_linked')
        .on('hrc_voting_texts')
        .column('linked_text_id')
        .execute();
    },
  };
}

async function sqliteTriggers(db: AnyDb): Promise<void> {
  const bump = 'update data_version set counter = counter + 1 where id = 1;';
  for (const table of DATA_VERSION_TABLES) {
    const events = DATA_VERSION_ROW_TABLES.includes(table)
      ? (['insert', 'update', 'delete'] as const)
      : (['update', 'delete'] as const);
    for (const event of events)
      await sql
        .raw(
          `create trigger ${dataVersionTriggerName(table, event)} after ${event} on ${table} begin ${bump} end`,
        )
        .execute(db);
  }
}

async function postgresTriggers(db: AnyDb): Promise<void> {
  await sql`create function data_version_bump() returns trigger language plpgsql as $$
    begin
      update data_version set counter = counter + 1 where id = 1;
      return null;
    end $$`.execute(db);
  for (const table of DATA_VERSION_TABLES)
    await sql
      .raw(
        `create trigger ${dataVersionTriggerName(table, 'write')} after insert or update or delete or truncate on ${table} for each statement execute function data_version_bump()`,
      )
      .execute(db);
}
