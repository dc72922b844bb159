import type { Kysely } from 'kysely';

type AnyDb = Kysely<unknown>;

/**
 * A vote read from a press release that is the same roll-call as a row of the decision tables
 * points at that row (linked_vote_id), so figures count the vote once and cite both sources;
 * linked_by says how the two were matched (src/store/ngo-committee/link-press-votes.ts).
 */
export function ngoVoteLinks() {
  return {
    async up(db: AnyDb): Promise<void> {
      await db.schema
        .alterTable('ngo_votes')
        .addColumn('linked_vote_id', 'integer', (c) => c.references('ngo_votes.id'))
        .execute();
      await db.schema.alterTable('ngo_votes').addColumn('linked_by', 'text').execute();
    },
  };
}
