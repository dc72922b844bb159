import type { Kysely } from 'kysely';
import { stateByCode } from '../../domain/reference/states.js';
import type { Database } from '../../store/schema.js';
import type { Evidence } from '../evidence.js';

export interface QuestionRow {
  id: number;
  state: string;
  year: number;
}

export interface StateQuestionShare {
  state: string;
  nameEn: string;
  nameZh: string;
  questions: number;
  /** this state's questions over all questions asked in the period, 0–1 */
  share: number;
  evidence: Evidence;
}

export interface QuestionsByState {
  from: number | null;
  to: number | null;
  total: number;
  rows: StateQuestionShare[];
  byYear: { year: number; state: string; questions: number }[];
}

/** Pure: the share of all questions asked by each state, most questions first. */
export function shareOfQuestions(
  rows: readonly QuestionRow[],
  from: number | null,
  to: number | null,
): QuestionsByState {
  const byState = new Map<string, number[]>();
  const byYear = new Map<string, number>();
  for (const r of rows) {
    const ids = byState.get(r.state);
    if (ids) ids.push(r.id);
    else byState.set(r.state, [r.id]);
    const k = `${r.year}|${r.state}`;
    byYear.set(k, (byYear.get(k) ?? 0) + 1);
  }
  const total = rows.length;
  const out = [...byState.entries()].map(([state, ids]) => {
    const s = stateByCode(state);
    return {
      state,
      nameEn: s?.nameEn ?? state,
      nameZh: s?.nameZh ?? state,
      questions: ids.length,
      share: total === 0 ? 0 : ids.length / total,
      evidence: { kind: 'ngo-question' as const, ids: ids.sort((a, b) => a - b) },
    };
  });
  // ties broken by code so the order is stable across runs and databases
  out.sort((a, b) => b.questions - a.questions || a.state.localeCompare(b.state));
  return {
    from,
    to,
    total,
    rows: out,
    byYear: [...byYear.entries()]
      .map(([k, questions]) => {
        const [year, state] = k.split('|');
        return { year: Number(year), state: state!, questions };
      })
      .sort(
        (a, b) => a.year - b.year || b.questions - a.questions || a.state.localeCompare(b.state),
      ),
  };
}

export async function questionsByState(
  db: Kysely<Database>,
  range: { from?: number; to?: number } = {},
): Promise<QuestionsByState> {
  let q = db
    .selectFrom('ngoQuestions')
    .select(['id', 'state', 'year'])
    .where('year', 'is not', null);
  if (range.from !== undefined) q = q.where('year', '>=', range.from);
  if (range.to !== undefined) q = q.where('year', '<=', range.to);
  const rows = await q.execute();
  return shareOfQuestions(
    rows.map((r) => ({ id: r.id, state: r.state, year: r.year! })),
    range.from ?? null,
    range.to ?? null,
  );
}
