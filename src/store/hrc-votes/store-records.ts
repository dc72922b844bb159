import type { Transaction } from 'kysely';
import type { Ballot, VotingText } from '../../domain/hrc-votes.js';
import { resolveState } from '../../domain/reference/states.js';
import type { ParseProblem } from '../../domain/provenance.js';
import { insertChunked } from '../documents.js';
import type { Database } from '../schema.js';

type Trx = Transaction<Database>;

// Under SQLite's 32,766 and PostgreSQL's 65,535 bound parameters; large chunks keep the 80,000
// ballots of the OHCHR export to a few dozen statements.
const BALLOT_CHUNK = 4000;
const TEXT_CHUNK = 500;
const KEY_CHUNK = 500;

/** Which source a sourceKey belongs to: the part before the first colon. */
export function sourceOf(sourceKey: string): string {
  const colon = sourceKey.indexOf(':');
  return colon > 0 ? sourceKey.slice(0, colon) : sourceKey;
}

/** The stored ids of the given source keys (those not stored are absent from the map). */
export async function textIdsByKey(
  trx: Trx,
  keys: readonly string[],
): Promise<Map<string, number>> {
  const ids = new Map<string, number>();
  const unique = [...new Set(keys)];
  for (let i = 0; i < unique.length; i += KEY_CHUNK) {
    const rows = await trx
      .selectFrom('hrcVotingTexts')
      .select(['id', 'sourceKey'])
      .where('sourceKey', 'in', unique.slice(i, i + KEY_CHUNK))
      .execute();
    for (const r of rows) ids.set(r.sourceKey, r.id);
  }
  return ids;
}

export interface TextCounts {
  texts: number;
  /** records already stored from another file (same source key): the first import keeps them */
  duplicateTexts: number;
  targets: number;
  themes: number;
  sponsors: number;
}

/** Stores voting texts with their labels and sponsors; returns the new ids by source key. */
export async function storeTexts(
  trx: Trx,
  texts: readonly VotingText[],
  documentId: number,
): Promise<{ counts: TextCounts; ids: Map<string, number> }> {
  const known = await textIdsByKey(
    trx,
    texts.map((t) => t.sourceKey),
  );
  const seen = new Set(known.keys());
  const fresh = texts.filter((t) =>
    seen.has(t.sourceKey) ? false : (seen.add(t.sourceKey), true),
  );
  const ids = new Map<string, number>();
  for (let i = 0; i < fresh.length; i += TEXT_CHUNK) {
    const rows = await trx
      .insertInto('hrcVotingTexts')
      .values(
        fresh.slice(i, i + TEXT_CHUNK).map((t) => ({
          sourceKey: t.sourceKey,
          source: sourceOf(t.sourceKey),
          body: t.body,
          symbol: t.symbol,
          title: t.title,
          date: t.date,
          year: t.year,
          session: t.session,
          kind: t.kind,
          outcome: t.outcome,
          recorded: t.recorded ? 1 : 0,
          voteTypeRaw: t.voteTypeRaw,
          agendaItem: t.agendaItem,
          agendaTitle: t.agendaTitle,
          draftSymbol: t.draftSymbol,
          amendsSymbol: t.amendsSymbol,
          officialYes: t.officialCounts?.yes ?? null,
          officialNo: t.officialCounts?.no ?? null,
          officialAbstain: t.officialCounts?.abstain ?? null,
          url: t.url,
          linkedTextId: null,
          linkedBy: null,
          documentId,
          line: t.locator.line,
        })),
      )
      .returning(['id', 'sourceKey'])
      .execute();
    for (const r of rows) ids.set(r.sourceKey, r.id);
  }

  const targets = fresh.flatMap((t) =>
    t.targets.map((l) => ({
      textId: ids.get(t.sourceKey)!,
      state: l.state,
      ruleId: l.ruleId,
      matched: l.matched,
    })),
  );
  const themes = fresh.flatMap((t) =>
    t.themes.map((l) => ({
      textId: ids.get(t.sourceKey)!,
      theme: l.theme,
      ruleId: l.ruleId,
      matched: l.matched,
    })),
  );
  const sponsors = fresh.flatMap((t) => {
    const resolved = new Set(t.sponsorStates);
    const rows = t.sponsors.map((name, position) => {
      const state = resolveState(name) ?? null;
      if (state) resolved.delete(state);
      return { textId: ids.get(t.sourceKey)!, position, name, state };
    });
    // States the parser resolved from a name we could not read again (a group's members, say).
    for (const state of resolved)
      rows.push({ textId: ids.get(t.sourceKey)!, position: rows.length, name: state, state });
    return rows;
  });
  await insertChunked(trx, 'hrcTextTargets', targets, 1000);
  await insertChunked(trx, 'hrcTextThemes', themes, 1000);
  await insertChunked(trx, 'hrcTextSponsors', sponsors, 1000);
  return {
    counts: {
      texts: fresh.length,
      duplicateTexts: texts.length - fresh.length,
      targets: targets.length,
      themes: themes.length,
      sponsors: sponsors.length,
    },
    ids,
  };
}

/**
 * The fatal problem for a ballot file whose records are not stored: its first ballot naming an
 * unknown source key. Importing votes before their texts would store votes on nothing.
 */
export function unknownTextProblem(
  ballots: readonly { sourceKey: string; line: number }[],
  ids: ReadonlyMap<string, number>,
  file: string,
): ParseProblem | undefined {
  const missing = ballots.filter((b) => !ids.has(b.sourceKey));
  if (missing.length === 0) return undefined;
  const first = missing[0]!;
  const keys = new Set(missing.map((b) => b.sourceKey));
  return {
    file,
    line: first.line,
    code: 'unknown-record',
    message: `${keys.size} record id(s) (first: ${first.sourceKey}, ${missing.length} rows) match no stored text: import the file of texts (resolutions / roll calls) first, or both in one call`,
    severity: 'fatal',
  };
}

export interface BallotCounts {
  ballots: number;
  /** (text, state) pairs already stored: the first vote stored is kept */
  duplicateBallots: number;
}

export async function storeBallots(
  trx: Trx,
  ballots: readonly Ballot[],
  ids: ReadonlyMap<string, number>,
  documentId: number,
): Promise<BallotCounts> {
  let inserted = 0;
  for (let i = 0; i < ballots.length; i += BALLOT_CHUNK) {
    const result = await trx
      .insertInto('hrcBallots')
      .values(
        ballots.slice(i, i + BALLOT_CHUNK).map((b) => ({
          textId: ids.get(b.sourceKey)!,
          state: b.state,
          vote: b.vote,
          documentId,
          line: b.locator.line,
        })),
      )
      .onConflict((oc) => oc.columns(['textId', 'state']).doNothing())
      .executeTakeFirst();
    inserted += Number(result.numInsertedOrUpdatedRows ?? 0);
  }
  return { ballots: inserted, duplicateBallots: ballots.length - inserted };
}

export async function storeIssues(
  trx: Trx,
  issues: readonly { sourceKey: string; issue: string; line: number }[],
  ids: ReadonlyMap<string, number>,
  documentId: number,
): Promise<number> {
  const rows = issues.map((r) => ({
    textId: ids.get(r.sourceKey)!,
    issue: r.issue,
    documentId,
    line: r.line,
  }));
  for (let i = 0; i < rows.length; i += 2000)
    await trx
      .insertInto('hrcUngaIssues')
      .values(rows.slice(i, i + 2000))
      .execute();
  return rows.length;
}
