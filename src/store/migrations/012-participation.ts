import type { CreateTableBuilder, Kysely } from 'kysely';
import type { DialectName } from '../dialect.js';
import { createDataVersionTriggers } from './data-version-triggers.js';
import { PARTICIPATION_DATA_VERSION_TABLES } from '../data-version-tables.js';

type AnyDb = Kysely<unknown>;

/**
 * Issue 14: who speaks at the Human Rights Council (src/store/hrc-participation/). Oral statements
 * (a speaker list's items, transcript turns, statements told in prose), counts of speakers a
 * summary gives without names, and points of order. Every row keeps its document and line; the
 * organisation is stored as printed plus its normalised key, so the organisation registry of
 * migration 013 can join to it without this migration knowing that registry.
 */
export function participation(dialect: DialectName) {
  const id = dialect === 'postgres' ? 'serial' : 'integer';
  const meeting = <T extends string>(t: CreateTableBuilder<T>) =>
    t
      .addColumn('document_id', 'integer', (c) => c.notNull().references('source_documents.id'))
      .addColumn('line', 'integer', (c) => c.notNull())
      .addColumn('passage', 'text', (c) => c.notNull())
      .addColumn('moment', 'text')
      .addColumn('moment_url', 'text')
      .addColumn('session', 'text')
      .addColumn('session_by', 'text')
      .addColumn('meeting', 'text')
      .addColumn('agenda_item', 'text')
      .addColumn('debate', 'text')
      .addColumn('date', 'text')
      .addColumn('year', 'integer');
  return {
    async up(db: AnyDb): Promise<void> {
      await meeting(
        db.schema.createTable('hrc_statements').addColumn('id', id, (c) => c.primaryKey()),
      )
        .addColumn('speaker_kind', 'text', (c) => c.notNull())
        .addColumn('speaker', 'text', (c) => c.notNull())
        .addColumn('speaker_key', 'text', (c) => c.notNull())
        .addColumn('state', 'text')
        .addColumn('person', 'text')
        .addColumn('joint', 'integer', (c) => c.notNull())
        .addColumn('joint_count', 'integer')
        .addColumn('text', 'text')
        .addColumn('form', 'text', (c) => c.notNull())
        .addColumn('list_complete', 'integer', (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('hrc_statements_session_item')
        .on('hrc_statements')
        .columns(['session', 'agenda_item'])
        .execute();
      await db.schema
        .createIndex('hrc_statements_speaker_key')
        .on('hrc_statements')
        .column('speaker_key')
        .execute();
      await db.schema
        .createIndex('hrc_statements_document')
        .on('hrc_statements')
        .column('document_id')
        .execute();

      await db.schema
        .createTable('hrc_statement_cosigners')
        .addColumn('statement_id', 'integer', (c) =>
          c.notNull().references('hrc_statements.id').onDelete('cascade'),
        )
        .addColumn('position', 'integer', (c) => c.notNull())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('name_key', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('hrc_statement_cosigners_pk', ['statement_id', 'position'])
        .execute();

      await meeting(
        db.schema.createTable('hrc_speaker_tallies').addColumn('id', id, (c) => c.primaryKey()),
      )
        .addColumn('speaker_kind', 'text', (c) => c.notNull())
        .addColumn('count', 'integer', (c) => c.notNull())
        .execute();

      await meeting(
        db.schema.createTable('hrc_points_of_order').addColumn('id', id, (c) => c.primaryKey()),
      )
        .addColumn('raised_by', 'text')
        .addColumn('raised_by_as_printed', 'text')
        .addColumn('target_speaker', 'text')
        .addColumn('target_organization', 'text')
        .addColumn('target_organization_key', 'text')
        .addColumn('ruling', 'text')
        .addColumn('ruling_line', 'integer')
        .addColumn('outcome', 'text', (c) => c.notNull())
        .addColumn('form', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('hrc_points_of_order_raised_by')
        .on('hrc_points_of_order')
        .columns(['raised_by', 'year'])
        .execute();

      await createDataVersionTriggers(db, dialect, PARTICIPATION_DATA_VERSION_TABLES);
    },
    async down(db: AnyDb): Promise<void> {
      for (const t of [
        'hrc_points_of_order',
        'hrc_speaker_tallies',
        'hrc_statement_cosigners',
        'hrc_statements',
      ])
        await db.schema.dropTable(t).execute();
    },
  };
}
