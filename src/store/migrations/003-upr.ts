import type { Kysely } from 'kysely';
import type { DialectName } from '../dialect.js';

type AnyDb = Kysely<unknown>;

/**
 * Tables of UPR recommendations, responses and their labels. Our labels (action, tone, narrative)
 * are one per recommendation and sit on its row; themes, the source's own issue tags and the
 * recommending states are many per recommendation and get tables of their own.
 */
export function upr(dialect: DialectName) {
  const id = dialect === 'postgres' ? 'serial' : 'integer';
  return {
    async up(db: AnyDb): Promise<void> {
      await db.schema
        .createTable('upr_recommendations')
        .addColumn('id', id, (c) => c.primaryKey())
        .addColumn('source_key', 'text', (c) => c.notNull().unique())
        .addColumn('document_id', 'integer', (c) => c.notNull().references('source_documents.id'))
        .addColumn('line', 'integer', (c) => c.notNull())
        // 'upr-info-export' | 'un-matrix' | 'wg-report': which unit the row counts (see docs/upr.md)
        .addColumn('source_kind', 'text', (c) => c.notNull())
        .addColumn('cycle', 'integer', (c) => c.notNull())
        .addColumn('session', 'integer')
        .addColumn('sur', 'text', (c) => c.notNull())
        .addColumn('text', 'text', (c) => c.notNull())
        .addColumn('language', 'text', (c) => c.notNull())
        .addColumn('response_raw', 'text')
        .addColumn('response', 'text', (c) => c.notNull())
        // where the response came from when a WG addendum set it (else the record's own document)
        .addColumn('response_document_id', 'integer', (c) => c.references('source_documents.id'))
        .addColumn('response_line', 'integer')
        .addColumn('paragraph', 'text')
        .addColumn('report_symbol', 'text')
        .addColumn('position_source', 'text')
        .addColumn('source_action', 'integer')
        .addColumn('action_category', 'integer', (c) => c.notNull())
        .addColumn('action_rule', 'text', (c) => c.notNull())
        .addColumn('action_matched', 'text', (c) => c.notNull())
        .addColumn('tone', 'text', (c) => c.notNull())
        .addColumn('tone_rule', 'text', (c) => c.notNull())
        .addColumn('tone_matched', 'text', (c) => c.notNull())
        .addColumn('narrative_rule', 'text')
        .addColumn('narrative_matched', 'text')
        .addColumn('says_repeated', 'integer', (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('upr_recommendations_sur_cycle')
        .on('upr_recommendations')
        .columns(['sur', 'cycle', 'response'])
        .execute();
      await db.schema
        .createIndex('upr_recommendations_paragraph')
        .on('upr_recommendations')
        .columns(['report_symbol', 'paragraph'])
        .execute();
      await db.schema
        .createIndex('upr_recommendations_document')
        .on('upr_recommendations')
        .column('document_id')
        .execute();

      await db.schema
        .createTable('upr_recommendation_states')
        .addColumn('recommendation_id', 'integer', (c) =>
          c.notNull().references('upr_recommendations.id').onDelete('cascade'),
        )
        .addColumn('position', 'integer', (c) => c.notNull())
        .addColumn('state', 'text', (c) => c.notNull())
        .addColumn('state_as_printed', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('upr_recommendation_states_pk', ['recommendation_id', 'position'])
        .execute();
      await db.schema
        .createIndex('upr_recommendation_states_state')
        .on('upr_recommendation_states')
        .column('state')
        .execute();

      await db.schema
        .createTable('upr_source_issues')
        .addColumn('recommendation_id', 'integer', (c) =>
          c.notNull().references('upr_recommendations.id').onDelete('cascade'),
        )
        .addColumn('issue', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('upr_source_issues_rec')
        .on('upr_source_issues')
        .column('recommendation_id')
        .execute();

      await db.schema
        .createTable('upr_themes')
        .addColumn('recommendation_id', 'integer', (c) =>
          c.notNull().references('upr_recommendations.id').onDelete('cascade'),
        )
        .addColumn('theme', 'text', (c) => c.notNull())
        .addColumn('rule_id', 'text', (c) => c.notNull())
        .addColumn('matched', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('upr_themes_rec')
        .on('upr_themes')
        .column('recommendation_id')
        .execute();
      await db.schema.createIndex('upr_themes_theme').on('upr_themes').column('theme').execute();

      // The responses a WG addendum gives, kept as read so a report imported after its addendum
      // still gets them (imports may come in any order).
      await db.schema
        .createTable('upr_addendum_responses')
        .addColumn('id', id, (c) => c.primaryKey())
        .addColumn('document_id', 'integer', (c) => c.notNull().references('source_documents.id'))
        .addColumn('line', 'integer', (c) => c.notNull())
        .addColumn('report_symbol', 'text', (c) => c.notNull())
        .addColumn('paragraph', 'text', (c) => c.notNull())
        .addColumn('response_raw', 'text', (c) => c.notNull())
        .addColumn('response', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('upr_addendum_responses_paragraph')
        .on('upr_addendum_responses')
        .columns(['report_symbol', 'paragraph'])
        .execute();
    },
  };
}
