import type { Kysely } from 'kysely';
import { SpCommunication } from '../../domain/reprisals.js';
import type { Database } from '../schema.js';

/**
 * The stored special procedures communications with the given references, in date order (undated
 * last). The case a letter concerns is confidential and kept in the vault only, so it is always
 * null here: a caller links letters to a case through the case's own (restricted) references.
 */
export async function loadCommunications(
  db: Kysely<Database>,
  references: readonly string[],
): Promise<SpCommunication[]> {
  if (references.length === 0) return [];
  const rows = await db
    .selectFrom('spCommunications')
    .selectAll()
    .where('reference', 'in', [...references])
    .orderBy('reference')
    .execute();
  return rows
    .map((r) =>
      SpCommunication.parse({
        ohchrId: r.ohchrId,
        reference: r.reference,
        state: r.state,
        date: r.date,
        type: r.type,
        mandates: JSON.parse(r.mandates) as unknown,
        replyReceived: r.replyReceived === null ? null : r.replyReceived === 1,
        replyDates: JSON.parse(r.replyDates) as unknown,
        caseId: null,
      }),
    )
    .sort((a, b) =>
      a.date === b.date
        ? 0
        : a.date === null
          ? 1
          : b.date === null
            ? -1
            : a.date.localeCompare(b.date),
    );
}
