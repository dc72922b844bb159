import type { Kysely } from 'kysely';
import type { Database } from '../../store/schema.js';

/** A stored recommendation as the figures need it. */
export interface UprRow {
  id: number;
  sur: string;
  cycle: number;
  response: string;
  /** 'upr-info-export' (one row per recommending state) | 'un-matrix' | 'wg-report' (per paragraph) */
  sourceKind: string;
  tone: string;
  actionCategory: number;
  saysRepeated: boolean;
  /** our narrative rule fired: the wording adopts the reviewed state's own framing */
  narrative: boolean;
  text: string;
  from: string[];
  themes: string[];
}

export interface UprRowFilter {
  sur?: string;
  cycle?: number;
  /** recommendations made by this state */
  from?: string;
}

export async function loadUprRows(db: Kysely<Database>, f: UprRowFilter = {}): Promise<UprRow[]> {
  const filtered = () => {
    let q = db.selectFrom('uprRecommendations as r');
    if (f.sur) q = q.where('r.sur', '=', f.sur);
    if (f.cycle !== undefined) q = q.where('r.cycle', '=', f.cycle);
    if (f.from) {
      const from = f.from;
      q = q.where((eb) =>
        eb.exists(
          eb
            .selectFrom('uprRecommendationStates as s')
            .select('s.recommendationId')
            .whereRef('s.recommendationId', '=', 'r.id')
            .where('s.state', '=', from),
        ),
      );
    }
    return q;
  };
  const recs = await filtered()
    .select([
      'r.id',
      'r.sur',
      'r.cycle',
      'r.response',
      'r.sourceKind',
      'r.tone',
      'r.actionCategory',
      'r.saysRepeated',
      'r.narrativeRule',
      'r.text',
    ])
    .orderBy('r.id')
    .execute();
  if (recs.length === 0) return [];
  // Children of exactly these records, one query each (not one per record). An id range had read
  // nearly every state row for China (its records lie at both ends of the ids), so the children
  // are chosen by the same filter, through the index on recommendation_id; no filter reads all.
  const unfiltered = !f.sur && f.cycle === undefined && !f.from;
  const ids = filtered().select('r.id');
  const [states, themes] = await Promise.all([
    db
      .selectFrom('uprRecommendationStates')
      .select(['recommendationId', 'state'])
      .$if(!unfiltered, (q) => q.where('recommendationId', 'in', ids))
      .orderBy('recommendationId')
      .orderBy('position')
      .execute(),
    db
      .selectFrom('uprThemes')
      .select(['recommendationId', 'theme'])
      .$if(!unfiltered, (q) => q.where('recommendationId', 'in', ids))
      .execute(),
  ]);
  const byId = new Map<number, UprRow>();
  const rows = recs.map((r) => {
    const { narrativeRule, ...rest } = r;
    const row: UprRow = {
      ...rest,
      saysRepeated: r.saysRepeated === 1,
      narrative: narrativeRule !== null,
      from: [],
      themes: [],
    };
    byId.set(r.id, row);
    return row;
  });
  for (const s of states) byId.get(s.recommendationId)?.from.push(s.state);
  for (const t of themes) byId.get(t.recommendationId)?.themes.push(t.theme);
  return rows;
}
