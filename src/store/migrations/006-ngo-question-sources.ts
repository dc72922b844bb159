import type { Kysely } from 'kysely';

type AnyDb = Kysely<unknown>;

/**
 * NGO Committee questions come from press releases or, since the UN stopped covering the
 * Committee's meetings in 2024, from meeting transcripts (src/sources/ngo-committee/transcript).
 * `source` keeps them apart ('press', 'transcript' for a machine transcript, 'webtv-summary'), so
 * figures count press questions unless asked for others; `moment` (hh:mm:ss from the start of the
 * recording) and `moment_url` (the player at that moment) locate a transcript question.
 */
export function ngoQuestionSources() {
  return {
    async up(db: AnyDb): Promise<void> {
      await db.schema
        .alterTable('ngo_questions')
        .addColumn('source', 'text', (c) => c.notNull().defaultTo('press'))
        .execute();
      await db.schema.alterTable('ngo_questions').addColumn('moment', 'text').execute();
      await db.schema.alterTable('ngo_questions').addColumn('moment_url', 'text').execute();
    },
  };
}
