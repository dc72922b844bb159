import type { Kysely } from 'kysely';
import type { DialectName } from '../dialect.js';
import { createDataVersionTriggers } from './data-version-triggers.js';
import { REPRISALS_DATA_VERSION_TABLES } from '../data-version-tables.js';

type AnyDb = Kysely<unknown>;

/**
 * Issue 12: the reprisals registry's tables (the store: src/store/reprisals/).
 *
 * Only public and restricted fields are columns (src/domain/reprisals-fields.ts). The confidential
 * ones (a case's victim name, relatives, contact, trigger, reprisal location and information,
 * government responses, notes, other fields; a follow-up link's name, description and responses; the case a
 * communication concerns) are NOT columns here: they belong in the vault of migration 009
 * (`confidential_values`, keyed entity + record id + field, ciphertext only), so the database file
 * holds no readable name. Writes go through src/store/reprisals/ (each audited); the data version
 * triggers of migration 008 are added here for these tables (REPRISALS_DATA_VERSION_TABLES), since
 * 008 runs before the tables exist.
 *
 * Lists and structured values (engagements, prior UN action, earlier references…) are JSON text,
 * as the domain schemas hold them; acts and appearances, which the figures and filters group by,
 * get rows of their own.
 */
export function reprisals(dialect: DialectName) {
  const id = dialect === 'postgres' ? 'serial' : 'integer';
  return {
    async up(db: AnyDb): Promise<void> {
      await db.schema
        .createTable('reprisal_cases')
        .addColumn('case_id', 'text', (c) => c.primaryKey())
        .addColumn('report_year', 'integer', (c) => c.notNull())
        .addColumn('country', 'text', (c) => c.notNull())
        .addColumn('region', 'text')
        .addColumn('record_type', 'text', (c) => c.notNull())
        .addColumn('record_type_coded_as', 'text')
        .addColumn('pseudonym', 'text', (c) => c.notNull())
        .addColumn('gender', 'text')
        .addColumn('gender_coded_as', 'text')
        // 1 / 0 / null: null is "not coded", never "no"
        .addColumn('foreign_national', 'integer')
        .addColumn('minor', 'integer')
        .addColumn('civil_servant', 'integer')
        .addColumn('affected_groups', 'text', (c) => c.notNull().defaultTo('[]'))
        .addColumn('activity', 'text')
        .addColumn('rights_defended', 'text', (c) => c.notNull().defaultTo('[]'))
        .addColumn('prior_un_action', 'text')
        .addColumn('engagements', 'text', (c) => c.notNull().defaultTo('[]'))
        .addColumn('engagement_types', 'text', (c) => c.notNull().defaultTo('[]'))
        .addColumn('reprisal_dates', 'text')
        .addColumn('perpetrators', 'text', (c) => c.notNull().defaultTo('[]'))
        .addColumn('based_on_new_legislation', 'integer')
        .addColumn('general_environment_comment', 'integer')
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('communication_refs', 'text', (c) => c.notNull().defaultTo('[]'))
        .addColumn('uwazi_shared_id', 'text', (c) => c.unique())
        .addColumn('uwazi_url', 'text')
        .addColumn('review', 'text', (c) => c.notNull())
        // the document the case was first read from (an SG report, an Uwazi export, an edited CSV)
        .addColumn('document_id', 'integer', (c) => c.references('source_documents.id'))
        .addColumn('line', 'integer')
        .execute();
      await db.schema
        .createIndex('reprisal_cases_country_year')
        .on('reprisal_cases')
        .columns(['country', 'report_year'])
        .execute();

      await db.schema
        .createTable('reprisal_case_acts')
        .addColumn('case_id', 'text', (c) =>
          c.notNull().references('reprisal_cases.case_id').onDelete('cascade'),
        )
        .addColumn('act', 'text', (c) => c.notNull())
        .addColumn('coded_as', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('reprisal_case_acts_pk', ['case_id', 'act', 'coded_as'])
        .execute();
      await db.schema
        .createIndex('reprisal_case_acts_act')
        .on('reprisal_case_acts')
        .column('act')
        .execute();

      await db.schema
        .createTable('reprisal_appearances')
        .addColumn('id', id, (c) => c.primaryKey())
        .addColumn('case_id', 'text', (c) =>
          c.notNull().references('reprisal_cases.case_id').onDelete('cascade'),
        )
        .addColumn('symbol', 'text', (c) => c.notNull())
        .addColumn('year', 'integer', (c) => c.notNull())
        // 'I', 'II', or '' for the body of the report ('' rather than null so the unique key holds)
        .addColumn('annex', 'text', (c) => c.notNull())
        .addColumn('paragraph', 'text', (c) => c.notNull())
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('page', 'integer')
        .addColumn('document_id', 'integer', (c) => c.references('source_documents.id'))
        .addColumn('line', 'integer')
        .addUniqueConstraint('reprisal_appearances_unique', [
          'case_id',
          'symbol',
          'annex',
          'paragraph',
        ])
        .execute();
      await db.schema
        .createIndex('reprisal_appearances_symbol')
        .on('reprisal_appearances')
        .columns(['symbol', 'annex', 'paragraph'])
        .execute();

      // why a rule suggested a draft's value (DESIGN §4): kept until a person confirms the case
      await db.schema
        .createTable('reprisal_draft_reasons')
        .addColumn('id', id, (c) => c.primaryKey())
        .addColumn('case_id', 'text', (c) =>
          c.notNull().references('reprisal_cases.case_id').onDelete('cascade'),
        )
        .addColumn('field', 'text', (c) => c.notNull())
        .addColumn('rule', 'text', (c) => c.notNull())
        // no `matched` words: they quote the paragraph ("Ms. …"), which names people; the
        // paragraph itself is the case's confidential reprisal information (in the vault)
        .execute();

      await db.schema
        .createTable('reprisal_follow_up_links')
        .addColumn('id', id, (c) => c.primaryKey())
        .addColumn('document_id', 'integer', (c) => c.notNull().references('source_documents.id'))
        .addColumn('line', 'integer', (c) => c.notNull())
        .addColumn('country', 'text', (c) => c.notNull())
        .addColumn('symbol', 'text', (c) => c.notNull())
        .addColumn('year', 'integer', (c) => c.notNull())
        .addColumn('annex', 'text', (c) => c.notNull())
        .addColumn('paragraph', 'text', (c) => c.notNull())
        .addColumn('page', 'integer')
        .addColumn('earlier', 'text', (c) => c.notNull().defaultTo('[]'))
        .addColumn('communication_refs', 'text', (c) => c.notNull().defaultTo('[]'))
        .addColumn('case_id', 'text', (c) =>
          c.references('reprisal_cases.case_id').onDelete('set null'),
        )
        .addColumn('matched_by', 'text')
        .addUniqueConstraint('reprisal_follow_up_links_unique', ['symbol', 'annex', 'paragraph'])
        .execute();

      await db.schema
        .createTable('sp_communications')
        .addColumn('reference', 'text', (c) => c.primaryKey())
        .addColumn('ohchr_id', 'text')
        .addColumn('state', 'text')
        .addColumn('date', 'text')
        .addColumn('type', 'text', (c) => c.notNull())
        .addColumn('mandates', 'text', (c) => c.notNull().defaultTo('[]'))
        .addColumn('reply_received', 'integer')
        .addColumn('reply_dates', 'text', (c) => c.notNull().defaultTo('[]'))
        .addColumn('document_id', 'integer', (c) => c.references('source_documents.id'))
        .addColumn('line', 'integer')
        .execute();
      await db.schema
        .createIndex('sp_communications_state')
        .on('sp_communications')
        .column('state')
        .execute();

      await createDataVersionTriggers(db, dialect, REPRISALS_DATA_VERSION_TABLES);
    },
  };
}
