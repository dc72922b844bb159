import type { Kysely } from 'kysely';
import type { DialectName } from '../dialect.js';
import { createDataVersionTriggers } from './data-version-triggers.js';
import { GONGO_DATA_VERSION_TABLES } from '../data-version-tables.js';

type AnyDb = Kysely<unknown>;

/**
 * Issue 14: the organisation registry's editorial tables (the store: src/store/gongo/).
 *
 * The organisation itself, its Committee names, name changes, status history and deferrals stay
 * where the NGO Committee module keeps them (`organizations`, `organization_aliases`,
 * `ngo_events`): these tables only add what editors write.
 * - organization_names: English and Chinese aliases and abbreviations an editor adds;
 * - gongo_evidence: one indicator of ties to a State or ruling party, with its source, passage
 *   and date; retracted, never deleted, so a label's past evidence can still be read;
 * - gongo_classifications: every classification ever set, append-only; the newest row of an
 *   organisation is its classification. Each row names the audit log entry that records it
 *   (audit_seq), and a revert names the entry whose state it restored.
 * The organisation references have no cascade: a merge moves these rows (organizations.ts), and a
 * delete that would lose evidence fails instead.
 */
export function organizationsGongo(dialect: DialectName) {
  const id = dialect === 'postgres' ? 'serial' : 'integer';
  const real = dialect === 'postgres' ? 'double precision' : 'real';
  return {
    async up(db: AnyDb): Promise<void> {
      await db.schema
        .createTable('organization_names')
        .addColumn('id', id, (c) => c.primaryKey())
        .addColumn('organization_id', 'integer', (c) => c.notNull().references('organizations.id'))
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('name_key', 'text', (c) => c.notNull())
        .addColumn('language', 'text', (c) => c.notNull())
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('source', 'text')
        .addColumn('added_by', 'text', (c) => c.notNull())
        .addColumn('added_at', 'text', (c) => c.notNull())
        .addUniqueConstraint('organization_names_unique', ['organization_id', 'name_key', 'kind'])
        .execute();
      await db.schema
        .createIndex('organization_names_key')
        .on('organization_names')
        .column('name_key')
        .execute();

      await db.schema
        .createTable('gongo_evidence')
        .addColumn('id', id, (c) => c.primaryKey())
        .addColumn('organization_id', 'integer', (c) => c.notNull().references('organizations.id'))
        .addColumn('indicator', 'text', (c) => c.notNull())
        .addColumn('share', real)
        .addColumn('statement', 'text', (c) => c.notNull())
        .addColumn('source', 'text', (c) => c.notNull())
        .addColumn('passage', 'text', (c) => c.notNull())
        .addColumn('source_date', 'text', (c) => c.notNull())
        .addColumn('added_by', 'text', (c) => c.notNull())
        .addColumn('added_at', 'text', (c) => c.notNull())
        .addColumn('audit_seq', 'integer', (c) => c.notNull())
        .addColumn('retracted_at', 'text')
        .addColumn('retracted_by', 'text')
        .addColumn('retraction_reason', 'text')
        .execute();
      await db.schema
        .createIndex('gongo_evidence_organization')
        .on('gongo_evidence')
        .column('organization_id')
        .execute();

      await db.schema
        .createTable('gongo_classifications')
        .addColumn('id', id, (c) => c.primaryKey())
        .addColumn('organization_id', 'integer', (c) => c.notNull().references('organizations.id'))
        .addColumn('classification', 'text', (c) => c.notNull())
        .addColumn('previous', 'text')
        .addColumn('reason', 'text', (c) => c.notNull())
        .addColumn('source', 'text', (c) => c.notNull())
        .addColumn('set_by', 'text', (c) => c.notNull())
        .addColumn('set_role', 'text', (c) => c.notNull())
        .addColumn('set_at', 'text', (c) => c.notNull())
        .addColumn('audit_seq', 'integer', (c) => c.notNull())
        .addColumn('reverts_to_audit_seq', 'integer')
        .execute();
      await db.schema
        .createIndex('gongo_classifications_organization')
        .on('gongo_classifications')
        .columns(['organization_id', 'id'])
        .execute();

      await createDataVersionTriggers(db, dialect, GONGO_DATA_VERSION_TABLES);
    },
  };
}
