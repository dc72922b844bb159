import type { Transaction } from 'kysely';
import type { Database } from '../schema.js';

/**
 * Links each unlinked press-release vote to the file record (OHCHR) of the same vote, so analysis
 * uses the record's roll-call and counts the vote once while the release's counts stay comparable.
 * By symbol first (the recorded record when one symbol has several); without a symbol, by an
 * OHCHR recorded vote with the same official counts on the release's date or the day before
 * (releases are dated the day of the vote or the next morning), and only when exactly one matches.
 * Runs after every import, whichever came first, so the order of imports does not matter.
 */
export async function linkPressTexts(trx: Transaction<Database>): Promise<number> {
  const unlinked = await trx
    .selectFrom('hrcVotingTexts')
    .select(['id', 'symbol', 'date', 'officialYes', 'officialNo', 'officialAbstain'])
    .where('source', '=', 'press')
    .where('linkedTextId', 'is', null)
    .execute();
  let linked = 0;
  for (const p of unlinked) {
    let target: number | undefined;
    let by = 'symbol';
    if (p.symbol) {
      const row = await trx
        .selectFrom('hrcVotingTexts')
        .select('id')
        .where('source', '=', 'ohchr')
        .where('symbol', '=', p.symbol)
        .orderBy('recorded', 'desc')
        .orderBy('id')
        .executeTakeFirst();
      target = row?.id;
    }
    if (target === undefined && p.date && p.officialYes !== null && p.officialNo !== null) {
      const rows = await trx
        .selectFrom('hrcVotingTexts')
        .select('id')
        .where('source', '=', 'ohchr')
        .where('recorded', '=', 1)
        .where('date', 'in', [p.date, dayBefore(p.date)])
        .where('officialYes', '=', p.officialYes)
        .where('officialNo', '=', p.officialNo)
        .where('officialAbstain', '=', p.officialAbstain ?? 0)
        .execute();
      if (rows.length === 1) {
        target = rows[0]!.id;
        by = 'date-counts';
      }
    }
    if (target === undefined) continue;
    await trx
      .updateTable('hrcVotingTexts')
      .set({ linkedTextId: target, linkedBy: by })
      .where('id', '=', p.id)
      .execute();
    linked++;
  }
  return linked;
}

function dayBefore(isoDate: string): string {
  const d = new Date(`${isoDate.slice(0, 10)}T00:00:00Z`);
  if (Number.isNaN(d.getTime())) return isoDate;
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}
