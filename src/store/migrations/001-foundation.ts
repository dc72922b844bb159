import type { Kysely } from 'kysely';
import type { DialectName } from '../dialect.js';

// Migrations speak to an untyped Kysely: the schema they create is what schema.ts then describes.
type AnyDb = Kysely<unknown>;

export function foundation(dialect: DialectName) {
  // SQLite's INTEGER PRIMARY KEY is the rowid; PostgreSQL needs an identity column.
  const id = dialect === 'postgres' ? 'serial' : 'integer';
  return {
    async up(db: AnyDb): Promise<void> {
      await db.schema
        .createTable('source_documents')
        .addColumn('id', id, (c) => c.primaryKey())
        .addColumn('sha256', 'text', (c) => c.notNull().unique())
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('file_name', 'text', (c) => c.notNull())
        .addColumn('symbol', 'text')
        .addColumn('url', 'text')
        .addColumn('title', 'text')
        .addColumn('date', 'text')
        .addColumn('year', 'integer')
        .addColumn('language', 'text', (c) => c.notNull())
        .addColumn('byte_size', 'integer', (c) => c.notNull())
        .addColumn('imported_at', 'text', (c) => c.notNull())
        .execute();

      await db.schema
        .createTable('organizations')
        .addColumn('id', id, (c) => c.primaryKey())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('name_key', 'text', (c) => c.notNull().unique())
        .addColumn('country', 'text')
        .addColumn('country_code', 'text')
        .execute();

      await db.schema
        .createTable('organization_aliases')
        .addColumn('id', id, (c) => c.primaryKey())
        .addColumn('organization_id', 'integer', (c) =>
          c.notNull().references('organizations.id').onDelete('cascade'),
        )
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('name_key', 'text', (c) => c.notNull().unique())
        .addColumn('reason', 'text', (c) => c.notNull())
        .addColumn('document_id', 'integer', (c) => c.references('source_documents.id'))
        .addColumn('line', 'integer')
        .execute();
      await db.schema
        .createIndex('organization_aliases_org')
        .on('organization_aliases')
        .column('organization_id')
        .execute();

      await db.schema
        .createTable('organization_reviews')
        .addColumn('id', id, (c) => c.primaryKey())
        .addColumn('organization_id', 'integer', (c) => c.notNull().references('organizations.id'))
        .addColumn('candidate_organization_id', 'integer', (c) =>
          c.notNull().references('organizations.id'),
        )
        .addColumn('similarity', 'real', (c) => c.notNull())
        .addColumn('document_id', 'integer', (c) => c.notNull().references('source_documents.id'))
        .addColumn('line', 'integer', (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull())
        .execute();

      await db.schema
        .createTable('ngo_events')
        .addColumn('id', id, (c) => c.primaryKey())
        .addColumn('organization_id', 'integer', (c) => c.notNull().references('organizations.id'))
        .addColumn('document_id', 'integer', (c) => c.notNull().references('source_documents.id'))
        .addColumn('line', 'integer', (c) => c.notNull())
        .addColumn('passage', 'text', (c) => c.notNull())
        .addColumn('name_as_printed', 'text', (c) => c.notNull())
        .addColumn('country_as_printed', 'text')
        .addColumn('session', 'text')
        .addColumn('date', 'text')
        .addColumn('year', 'integer')
        .addColumn('action', 'text', (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('source_kind', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('ngo_events_org')
        .on('ngo_events')
        .column('organization_id')
        .execute();
      await db.schema
        .createIndex('ngo_events_action')
        .on('ngo_events')
        .columns(['action', 'date'])
        .execute();

      await db.schema
        .createTable('ngo_questions')
        .addColumn('id', id, (c) => c.primaryKey())
        .addColumn('event_id', 'integer', (c) => c.notNull().references('ngo_events.id'))
        .addColumn('organization_id', 'integer', (c) => c.notNull().references('organizations.id'))
        .addColumn('document_id', 'integer', (c) => c.notNull().references('source_documents.id'))
        .addColumn('line', 'integer', (c) => c.notNull())
        .addColumn('state', 'text', (c) => c.notNull())
        .addColumn('state_as_printed', 'text', (c) => c.notNull())
        .addColumn('text', 'text', (c) => c.notNull())
        .addColumn('date', 'text')
        .addColumn('year', 'integer')
        .addColumn('session', 'text')
        .execute();
      await db.schema
        .createIndex('ngo_questions_year')
        .on('ngo_questions')
        .columns(['year', 'state'])
        .execute();
      await db.schema
        .createIndex('ngo_questions_org')
        .on('ngo_questions')
        .column('organization_id')
        .execute();

      await db.schema
        .createTable('ngo_question_topics')
        .addColumn('question_id', 'integer', (c) =>
          c.notNull().references('ngo_questions.id').onDelete('cascade'),
        )
        .addColumn('topic', 'text', (c) => c.notNull())
        .addColumn('rule_id', 'text', (c) => c.notNull())
        .addColumn('phrase', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('ngo_question_topics_q')
        .on('ngo_question_topics')
        .column('question_id')
        .execute();

      await db.schema
        .createTable('ngo_votes')
        .addColumn('id', id, (c) => c.primaryKey())
        .addColumn('document_id', 'integer', (c) => c.notNull().references('source_documents.id'))
        .addColumn('line', 'integer', (c) => c.notNull())
        .addColumn('passage', 'text', (c) => c.notNull())
        .addColumn('session', 'text')
        .addColumn('date', 'text')
        .addColumn('year', 'integer')
        .addColumn('subject', 'text')
        .addColumn('organization_id', 'integer', (c) => c.references('organizations.id'))
        .addColumn('motion', 'text', (c) => c.notNull())
        .addColumn('outcome', 'text')
        .addColumn('yes_count', 'integer')
        .addColumn('no_count', 'integer')
        .addColumn('abstain_count', 'integer')
        .addColumn('absent_count', 'integer')
        .execute();

      await db.schema
        .createTable('ngo_ballots')
        .addColumn('vote_id', 'integer', (c) =>
          c.notNull().references('ngo_votes.id').onDelete('cascade'),
        )
        .addColumn('state', 'text', (c) => c.notNull())
        .addColumn('state_as_printed', 'text', (c) => c.notNull())
        .addColumn('vote', 'text', (c) => c.notNull())
        .addColumn('line', 'integer', (c) => c.notNull())
        .addPrimaryKeyConstraint('ngo_ballots_pk', ['vote_id', 'state'])
        .execute();

      await db.schema
        .createTable('meta')
        .addColumn('key', 'text', (c) => c.primaryKey())
        .addColumn('value', 'text', (c) => c.notNull())
        .execute();
    },
  };
}
