import type { Transaction } from 'kysely';
import type { Database } from '../schema.js';

type Trx = Transaction<Database>;

/**
 * What `linked_by` of a press-release vote says: how it was linked to the decision-table roll-call
 * it is the same vote as, or that no roll-call matched and the press vote counts on its own.
 */
export const NGO_PRESS_LINKS = ['session-counts', 'year-counts', 'organization-counts'] as const;
export const NGO_PRESS_UNLINKED = 'counted:no-table-vote';

interface VoteRow {
  id: number;
  session: string | null;
  year: number | null;
  organizationId: number | null;
  yesCount: number | null;
  noCount: number | null;
  abstainCount: number | null;
  absentCount: number | null;
}

/** The tallies agree: yes, no and abstain equal, and absences too when both give them. */
function sameCounts(p: VoteRow, t: VoteRow): boolean {
  return (
    p.yesCount === t.yesCount &&
    p.noCount === t.noCount &&
    p.abstainCount === t.abstainCount &&
    (p.absentCount === null || t.absentCount === null || p.absentCount === t.absentCount)
  );
}

/**
 * Pure: the decision-table roll-call each press vote is the same vote as. A press release reports
 * a roll-call of the session it covers, with its tally; the compiled tables hold the same
 * roll-calls with the report's date. In order, the first rule that finds exactly one wins:
 *  1. `session-counts`: the one table roll-call of the release's session with the same tally;
 *  2. `year-counts`: when the release's session is unknown (only its year), the one table
 *     roll-call of that year with the same tally;
 *  3. `organization-counts`: among several with the same tally, the one about the same
 *     organisation.
 * Names are not compared first: releases and tables spell organisations differently
 * ("Khmers Kampuchea-From Foundation" in ECOSOC/6731 is the tables' "Khmers Kampuchea-Krom
 * Federation"), while a tally of 19 members is rarely repeated in one session.
 */
export function matchPressVotes(
  press: readonly VoteRow[],
  table: readonly VoteRow[],
): Map<number, { voteId: number; by: (typeof NGO_PRESS_LINKS)[number] }> {
  const out = new Map<number, { voteId: number; by: (typeof NGO_PRESS_LINKS)[number] }>();
  for (const p of press) {
    if (p.yesCount === null || p.noCount === null || p.abstainCount === null) continue;
    const bySession = p.session !== null;
    if (!bySession && p.year === null) continue;
    const same = table.filter(
      (t) => (bySession ? t.session === p.session : t.year === p.year) && sameCounts(p, t),
    );
    if (same.length === 1) {
      out.set(p.id, { voteId: same[0]!.id, by: bySession ? 'session-counts' : 'year-counts' });
      continue;
    }
    const sameOrg = same.filter(
      (t) => p.organizationId !== null && t.organizationId === p.organizationId,
    );
    if (sameOrg.length === 1) out.set(p.id, { voteId: sameOrg[0]!.id, by: 'organization-counts' });
  }
  return out;
}

const COLUMNS = [
  'v.id',
  'v.session',
  'v.year',
  'v.organizationId',
  'v.yesCount',
  'v.noCount',
  'v.abstainCount',
  'v.absentCount',
] as const;

/**
 * Links every unlinked press-release vote to its decision-table roll-call (matchPressVotes), so
 * figures count the vote once, from the table's ballots, and cite the release beside it. Runs at
 * the end of every NGO Committee import, so the order of imports does not matter.
 */
export async function linkNgoPressVotes(trx: Trx): Promise<number> {
  const press = await trx
    .selectFrom('ngoVotes as v')
    .innerJoin('sourceDocuments as d', 'd.id', 'v.documentId')
    .select(COLUMNS)
    .where('d.kind', '=', 'ngo-press')
    .where('v.linkedVoteId', 'is', null)
    .execute();
  if (press.length === 0) return 0;
  const table = await trx
    .selectFrom('ngoVotes as v')
    .innerJoin('sourceDocuments as d', 'd.id', 'v.documentId')
    .select(COLUMNS)
    .where('d.kind', '=', 'ngo-decision-table')
    .execute();
  const links = matchPressVotes(press, table);
  for (const p of press) {
    const link = links.get(p.id);
    await trx
      .updateTable('ngoVotes')
      .set(
        link ? { linkedVoteId: link.voteId, linkedBy: link.by } : { linkedBy: NGO_PRESS_UNLINKED },
      )
      .where('id', '=', p.id)
      .execute();
  }
  return links.size;
}
