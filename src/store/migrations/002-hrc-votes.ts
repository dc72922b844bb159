import type { Kysely } from 'kysely';
import type { DialectName } from '../dialect.js';

type AnyDb = Kysely<unknown>;

/** Tables of HRC / CHR / UNGA recorded votes. */
export function hrcVotes(dialect: DialectName) {
  // SQLite's INTEGER PRIMARY KEY is the rowid; PostgreSQL needs an identity column.
  const id = dialect === 'postgres' ? 'serial' : 'integer';
  return {
    async up(db: AnyDb): Promise<void> {
      // One row per record of a source: an OHCHR record, a UNGA roll-call, or one vote a press
      // release reports. A press text points at the file record with the same symbol (linked_text_id)
      // so analysis counts the vote once.
      await db.schema
        .createTable('hrc_voting_texts')
        .addColumn('id', id, (c) => c.primaryKey())
        .addColumn('source_key', 'text', (c) => c.notNull().unique())
        .addColumn('source', 'text', (c) => c.notNull())
        .addColumn('body', 'text', (c) => c.notNull())
        .addColumn('symbol', 'text')
        .addColumn('title', 'text', (c) => c.notNull())
        .addColumn('date', 'text')
        .addColumn('year', 'integer')
        .addColumn('session', 'text')
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('outcome', 'text', (c) => c.notNull())
        .addColumn('recorded', 'integer', (c) => c.notNull())
        .addColumn('vote_type_raw', 'text')
        .addColumn('agenda_item', 'text')
        .addColumn('agenda_title', 'text')
        .addColumn('draft_symbol', 'text')
        .addColumn('amends_symbol', 'text')
        .addColumn('official_yes', 'integer')
        .addColumn('official_no', 'integer')
        .addColumn('official_abstain', 'integer')
        .addColumn('url', 'text')
        .addColumn('linked_text_id', 'integer', (c) => c.references('hrc_voting_texts.id'))
        .addColumn('linked_by', 'text')
        .addColumn('document_id', 'integer', (c) => c.notNull().references('source_documents.id'))
        .addColumn('line', 'integer', (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('hrc_voting_texts_symbol')
        .on('hrc_voting_texts')
        .column('symbol')
        .execute();
      await db.schema
        .createIndex('hrc_voting_texts_body_year')
        .on('hrc_voting_texts')
        .columns(['body', 'recorded', 'year'])
        .execute();
      await db.schema
        .createIndex('hrc_voting_texts_draft')
        .on('hrc_voting_texts')
        .column('draft_symbol')
        .execute();
      await db.schema
        .createIndex('hrc_voting_texts_amends')
        .on('hrc_voting_texts')
        .column('amends_symbol')
        .execute();

      await db.schema
        .createTable('hrc_ballots')
        .addColumn('text_id', 'integer', (c) =>
          c.notNull().references('hrc_voting_texts.id').onDelete('cascade'),
        )
        .addColumn('state', 'text', (c) => c.notNull())
        .addColumn('vote', 'text', (c) => c.notNull())
        .addColumn('document_id', 'integer', (c) => c.notNull().references('source_documents.id'))
        .addColumn('line', 'integer', (c) => c.notNull())
        .addPrimaryKeyConstraint('hrc_ballots_pk', ['text_id', 'state'])
        .execute();
      await db.schema
        .createIndex('hrc_ballots_state')
        .on('hrc_ballots')
        .columns(['state', 'text_id'])
        .execute();

      await db.schema
        .createTable('hrc_text_targets')
        .addColumn('text_id', 'integer', (c) =>
          c.notNull().references('hrc_voting_texts.id').onDelete('cascade'),
        )
        .addColumn('state', 'text', (c) => c.notNull())
        .addColumn('rule_id', 'text', (c) => c.notNull())
        .addColumn('matched', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('hrc_text_targets_text')
        .on('hrc_text_targets')
        .column('text_id')
        .execute();
      await db.schema
        .createIndex('hrc_text_targets_state')
        .on('hrc_text_targets')
        .column('state')
        .execute();

      await db.schema
        .createTable('hrc_text_themes')
        .addColumn('text_id', 'integer', (c) =>
          c.notNull().references('hrc_voting_texts.id').onDelete('cascade'),
        )
        .addColumn('theme', 'text', (c) => c.notNull())
        .addColumn('rule_id', 'text', (c) => c.notNull())
        .addColumn('matched', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('hrc_text_themes_text')
        .on('hrc_text_themes')
        .column('text_id')
        .execute();
      await db.schema
        .createIndex('hrc_text_themes_theme')
        .on('hrc_text_themes')
        .column('theme')
        .execute();

      await db.schema
        .createTable('hrc_text_sponsors')
        .addColumn('text_id', 'integer', (c) =>
          c.notNull().references('hrc_voting_texts.id').onDelete('cascade'),
        )
        .addColumn('position', 'integer', (c) => c.notNull())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('state', 'text')
        .execute();
      await db.schema
        .createIndex('hrc_text_sponsors_text')
        .on('hrc_text_sponsors')
        .column('text_id')
        .execute();

      await db.schema
        .createTable('hrc_unga_issues')
        .addColumn('text_id', 'integer', (c) =>
          c.notNull().references('hrc_voting_texts.id').onDelete('cascade'),
        )
        .addColumn('issue', 'text', (c) => c.notNull())
        .addColumn('document_id', 'integer', (c) => c.notNull().references('source_documents.id'))
        .addColumn('line', 'integer', (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('hrc_unga_issues_text')
        .on('hrc_unga_issues')
        .column('text_id')
        .execute();
    },
  };
}
