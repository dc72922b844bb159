import type { Kysely } from 'kysely';

type AnyDb = Kysely<unknown>;

/**
 * Issue 10's query-plan test over the routes added with issues 12 to 14: reads by a key that had
 * no index. A draft's reasons are read per case (the editor's form and queue); a Council point of
 * order and a joint statement's co-signers are read per organisation (its profile). The same
 * migration serves both dialects.
 */
const INDEXES: readonly { name: string; table: string; columns: string[] }[] = [
  {
    name: 'reprisal_draft_reasons_case',
    table: 'reprisal_draft_reasons',
    columns: ['case_id', 'id'],
  },
  {
    name: 'hrc_points_of_order_target',
    table: 'hrc_points_of_order',
    columns: ['target_organization_key'],
  },
  { name: 'hrc_statement_cosigners_name', table: 'hrc_statement_cosigners', columns: ['name_key'] },
];

export function planIndexes() {
  return {
    async up(db: AnyDb): Promise<void> {
      for (const i of INDEXES)
        await db.schema.createIndex(i.name).on(i.table).columns(i.columns).execute();
    },
    async down(db: AnyDb): Promise<void> {
      for (const i of INDEXES) await db.schema.dropIndex(i.name).execute();
    },
  };
}
