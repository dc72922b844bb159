import type { ReprisalCase, SpCommunication } from '../../domain/reprisals.js';

/**
 * A case across the UN's documents: each report that mentions it and each special procedures
 * letter about the same person, in date order — what the case page shows as its timeline.
 */

export type TimelineEvent =
  | {
      kind: 'report';
      /** "2020-09": the reports go to the Council's September session each year */
      date: string;
      symbol: string;
      annex: 'I' | 'II' | null;
      paragraph: string | null;
      appearance: 'new' | 'follow-up';
    }
  | {
      kind: 'communication';
      date: string | null;
      reference: string;
      type: SpCommunication['type'];
      replyReceived: boolean | null;
    }
  | { kind: 'government-response'; date: string | null };

/**
 * Suggested links of communications to cases: a communication whose reference a case (or the
 * report paragraph it came from) cites. The communication's own `caseId`, once a person set it,
 * wins. Returns reference → case ids (several when two cases cite one joint letter).
 */
export function communicationLinks(
  communications: readonly SpCommunication[],
  cases: readonly ReprisalCase[],
): Map<string, string[]> {
  const citing = new Map<string, string[]>();
  for (const c of cases)
    for (const ref of c.communicationRefs) citing.set(ref, [...(citing.get(ref) ?? []), c.caseId]);
  const links = new Map<string, string[]>();
  for (const comm of communications) {
    const ids = comm.caseId ? [comm.caseId] : (citing.get(comm.reference) ?? []);
    if (ids.length > 0) links.set(comm.reference, [...new Set(ids)].sort());
  }
  return links;
}

/** The timeline of one case; undated events last, in the order they were recorded. */
export function caseTimeline(
  c: ReprisalCase,
  communications: readonly SpCommunication[],
): TimelineEvent[] {
  const events: TimelineEvent[] = [];
  for (const a of c.appearances)
    events.push({
      kind: 'report',
      date: `${a.year}-09`,
      symbol: a.symbol,
      annex: a.annex,
      paragraph: a.paragraph,
      appearance: a.kind,
    });
  const refs = new Set(c.communicationRefs);
  for (const comm of communications)
    if (comm.caseId === c.caseId || (comm.caseId === null && refs.has(comm.reference)))
      events.push({
        kind: 'communication',
        date: comm.date,
        reference: comm.reference,
        type: comm.type,
        replyReceived: comm.replyReceived,
      });
  for (const r of c.governmentResponses) events.push({ kind: 'government-response', date: r.date });
  // ISO text sorts by time; a month ("2020-09") sorts before the days of that month
  return events
    .map((e, i) => ({ e, i }))
    .sort((a, b) => {
      if (a.e.date === null || b.e.date === null)
        return a.e.date === b.e.date ? a.i - b.i : a.e.date === null ? 1 : -1;
      return a.e.date.localeCompare(b.e.date) || a.i - b.i;
    })
    .map(({ e }) => e);
}
