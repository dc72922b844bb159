import type { Transaction } from 'kysely';
import type { Database } from '../schema.js';
import { escapeLike, likeEscaped } from '../like.js';

type Trx = Transaction<Database>;

/**
 * What `linked_by` of a press text says. A linked text (linked_text_id set) says how the link was
 * made; an unlinked one says whether the figures count it. Figures count an unlinked press vote
 * only when it is `counted` (docs/hrc-votes.md, "Press releases and double counting").
 */
export const PRESS_LINKS = [
  'symbol',
  'draft-symbol',
  'date-counts',
  'date-subject-counts',
] as const;
export const PRESS_COUNTED = 'counted';
export const PRESS_NOT_COUNTED_UNDATED = 'not-counted:undated';
/** an export vote on the same day or the day before, on the same target or subject */
export const PRESS_NOT_COUNTED_NEARBY = 'not-counted:export-vote-nearby';

/** How far each of a release's yes / no / abstain may be from the record's and still be that vote. */
export const COUNT_TOLERANCE = 2;

interface Counts {
  officialYes: number | null;
  officialNo: number | null;
  officialAbstain: number | null;
}

interface Candidate extends Counts {
  id: number;
  source: string;
  kind: string;
  targets: Set<string>;
  themes: Set<string>;
}

/**
 * Links each unlinked press-release vote to the file record (OHCHR) of the same vote, so analysis
 * uses the record's roll-call and counts the vote once while the release's counts stay comparable.
 * In order, the first that finds a record wins:
 *  1. `symbol`: the printed symbol is the record's (the recorded record when several carry it);
 *  2. `draft-symbol`: the printed symbol is the record's draft (revisions folded);
 *  3. `date-counts`: the one OHCHR recorded vote with the same official counts on the release's date
 *     or the day before (releases are dated the day of the vote or the next morning);
 *  4. `date-subject-counts`: on those days, the OHCHR recorded vote on the same target (or, for a
 *     thematic release, the same theme) whose counts are each within COUNT_TOLERANCE, the nearest
 *     when one is nearest (the difference stays visible: both texts keep their counts).
 * An unlinked vote is then marked counted or not (see PRESS_COUNTED). Runs after every import,
 * whichever came first, so the order of imports does not matter.
 */
export async function linkPressTexts(trx: Trx): Promise<number> {
  const unlinked = await trx
    .selectFrom('hrcVotingTexts')
    .select(['id', 'symbol', 'date', 'officialYes', 'officialNo', 'officialAbstain', 'linkedBy'])
    .where('source', '=', 'press')
    .where('linkedTextId', 'is', null)
    .orderBy('id')
    .execute();
  let linked = 0;
  for (const p of unlinked) {
    const labels = await labelsOf(trx, [p.id]);
    const press = {
      targets: labels.targets.get(p.id) ?? new Set(),
      themes: labels.themes.get(p.id) ?? new Set(),
    };
    let found = p.symbol ? await bySymbol(trx, p.symbol) : undefined;
    const nearby = p.date ? await recordedOn(trx, [p.date, dayBefore(p.date)]) : [];
    if (!found && p.officialYes !== null && p.officialNo !== null) {
      const exact = nearby.filter(
        (c) =>
          c.source === 'ohchr' &&
          c.officialYes === p.officialYes &&
          c.officialNo === p.officialNo &&
          // a release that states no abstentions (null) is matched on its yes and no
          (p.officialAbstain === null || c.officialAbstain === p.officialAbstain),
      );
      if (exact.length === 1) found = { id: exact[0]!.id, by: 'date-counts' };
    }
    if (!found) {
      const near = nearby
        .filter((c) => c.source === 'ohchr' && sameSubject(press, c, true))
        .map((c) => ({ c, d: distance(p, c) }))
        .filter((x): x is { c: Candidate; d: number } => x.d !== null)
        .sort((x, y) => x.d - y.d);
      if (near.length > 0 && (near.length === 1 || near[1]!.d > near[0]!.d))
        found = { id: near[0]!.c.id, by: 'date-subject-counts' };
    }
    if (found) {
      await trx
        .updateTable('hrcVotingTexts')
        .set({ linkedTextId: found.id, linkedBy: found.by })
        .where('id', '=', p.id)
        .execute();
      linked++;
      continue;
    }
    const status = !p.date
      ? PRESS_NOT_COUNTED_UNDATED
      : nearby.some((c) => sameSubject(press, c, false))
        ? PRESS_NOT_COUNTED_NEARBY
        : PRESS_COUNTED;
    if (status !== p.linkedBy)
      await trx
        .updateTable('hrcVotingTexts')
        .set({ linkedBy: status })
        .where('id', '=', p.id)
        .execute();
  }
  return linked;
}

/** "A/HRC/45/L.1/Rev.1" and "A/HRC/45/L.1" are one draft. */
function foldRevision(symbol: string): string {
  return symbol
    .trim()
    .toUpperCase()
    .replace(/\/REV\.\d+$/, '');
}

async function bySymbol(trx: Trx, symbol: string): Promise<{ id: number; by: string } | undefined> {
  const same = await trx
    .selectFrom('hrcVotingTexts')
    .select('id')
    .where('source', '=', 'ohchr')
    .where('symbol', '=', symbol)
    .orderBy('recorded', 'desc')
    .orderBy('id')
    .executeTakeFirst();
  if (same) return { id: same.id, by: 'symbol' };
  const draft = foldRevision(symbol);
  const rows = await trx
    .selectFrom('hrcVotingTexts')
    .select(['id', 'kind', 'recorded', 'draftSymbol'])
    .where('source', '=', 'ohchr')
    .where('draftSymbol', 'is not', null)
    .where((eb) =>
      eb.or([
        eb(eb.fn('upper', ['draftSymbol']), '=', draft),
        likeEscaped(eb.fn('upper', ['draftSymbol']), `${escapeLike(draft)}/REV.%`),
      ]),
    )
    .execute();
  // The adopted text (a resolution or decision), recorded first, then the oldest record.
  const rank = (r: { kind: string; recorded: number }) =>
    (r.kind === 'resolution' || r.kind === 'decision' ? 2 : 0) + Number(r.recorded);
  const best = rows
    .filter((r) => foldRevision(r.draftSymbol!) === draft)
    .sort((a, b) => rank(b) - rank(a) || a.id - b.id)[0];
  return best ? { id: best.id, by: 'draft-symbol' } : undefined;
}

/** The recorded export votes (OHCHR, UNGA) of these days, with their labels. */
async function recordedOn(trx: Trx, dates: string[]): Promise<Candidate[]> {
  const rows = await trx
    .selectFrom('hrcVotingTexts')
    .select(['id', 'source', 'kind', 'officialYes', 'officialNo', 'officialAbstain'])
    .where('source', 'in', ['ohchr', 'unvotes'])
    .where('recorded', '=', 1)
    .where('date', 'in', dates)
    .execute();
  const labels = await labelsOf(
    trx,
    rows.map((r) => r.id),
  );
  return rows.map((r) => ({
    ...r,
    targets: labels.targets.get(r.id) ?? new Set(),
    themes: labels.themes.get(r.id) ?? new Set(),
  }));
}

async function labelsOf(
  trx: Trx,
  ids: number[],
): Promise<{ targets: Map<number, Set<string>>; themes: Map<number, Set<string>> }> {
  const targets = new Map<number, Set<string>>();
  const themes = new Map<number, Set<string>>();
  if (ids.length === 0) return { targets, themes };
  const add = (m: Map<number, Set<string>>, id: number, v: string) =>
    m.set(id, (m.get(id) ?? new Set()).add(v));
  for (const r of await trx
    .selectFrom('hrcTextTargets')
    .select(['textId', 'state'])
    .where('textId', 'in', ids)
    .execute())
    add(targets, r.textId, r.state);
  for (const r of await trx
    .selectFrom('hrcTextThemes')
    .select(['textId', 'theme'])
    .where('textId', 'in', ids)
    .execute())
    add(themes, r.textId, r.theme);
  return { targets, themes };
}

/**
 * Whether a record may be the vote a release describes, by what it is about: a shared target when
 * the release names one; otherwise (a thematic release) a shared theme. Short of a link (`strict`
 * false), any record without a target may be a thematic release's vote: thematic subjects cannot
 * be compared word for word, so such a release is not counted beside it.
 */
function sameSubject(
  press: { targets: Set<string>; themes: Set<string> },
  c: Candidate,
  strict: boolean,
): boolean {
  if (press.targets.size > 0) return [...press.targets].some((t) => c.targets.has(t));
  if ([...press.themes].some((t) => c.themes.has(t))) return true;
  return !strict && c.targets.size === 0;
}

/** Sum of the count differences, or null when one of them is beyond the tolerance or unknown. */
function distance(p: Counts, c: Counts): number | null {
  let sum = 0;
  for (const k of ['officialYes', 'officialNo', 'officialAbstain'] as const) {
    const a = p[k];
    const b = c[k];
    if (a === null || b === null) return null;
    const d = Math.abs(a - b);
    if (d > COUNT_TOLERANCE) return null;
    sum += d;
  }
  return sum;
}

function dayBefore(isoDate: string): string {
  const d = new Date(`${isoDate.slice(0, 10)}T00:00:00Z`);
  if (Number.isNaN(d.getTime())) return isoDate;
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}
