import type { Kysely } from 'kysely';
import { stateByCode } from '../../domain/reference/states.js';
import type { Database } from '../../store/schema.js';
import { QuestionTopic } from '../../domain/ngo-committee.js';
import { toCsv } from '../csv.js';
import type { Evidence } from '../evidence.js';
import { findRepeats } from './repeats.js';

export interface QuestionRow {
  id: number;
  state: string;
  year: number;
  /** the topic labels of the question (rule-based suggestions, see sources/ngo-committee/topics) */
  topics: readonly string[];
  /** the earlier question by the same state to the same organisation that this one repeats */
  repeatOf?: number | null;
}

export interface StateQuestionShare {
  state: string;
  nameEn: string;
  nameZh: string;
  questions: number;
  /** this state's questions over all questions asked in the period, 0–1 */
  share: number;
  /** how many of this state's questions carry each topic label (a question may carry several) */
  topics: Record<string, number>;
  evidence: Evidence;
  /** how many of these questions repeat one the state had already put to the same organisation */
  repeated: number;
  repeatedEvidence: Evidence;
}

export interface QuestionsByState {
  from: number | null;
  to: number | null;
  /** when set, only questions with this topic are counted, and shares are of those questions */
  topic: string | null;
  total: number;
  rows: StateQuestionShare[];
  byYear: { year: number; state: string; questions: number }[];
  /**
   * the years that have questions at all (on the topic, when one is given), whatever the range:
   * an empty period then says what there is instead of "no data"
   */
  yearsWithData?: number[];
}

/** Pure: the share of all questions asked by each state, most questions first. */
export function shareOfQuestions(
  all: readonly QuestionRow[],
  from: number | null,
  to: number | null,
  topic: string | null = null,
): QuestionsByState {
  const rows = topic === null ? all : all.filter((r) => r.topics.includes(topic));
  const byState = new Map<string, number[]>();
  const byYear = new Map<string, number>();
  const topicsByState = new Map<string, Record<string, number>>();
  const repeatsByState = new Map<string, number[]>();
  for (const r of rows) {
    if (r.repeatOf != null) {
      const list = repeatsByState.get(r.state);
      if (list) list.push(r.id);
      else repeatsByState.set(r.state, [r.id]);
    }
    let counts = topicsByState.get(r.state);
    if (!counts) topicsByState.set(r.state, (counts = {}));
    for (const t of r.topics) counts[t] = (counts[t] ?? 0) + 1;
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
      topics: topicsByState.get(state) ?? {},
      repeated: repeatsByState.get(state)?.length ?? 0,
      repeatedEvidence: {
        kind: 'ngo-question' as const,
        ids: (repeatsByState.get(state) ?? []).sort((a, b) => a - b),
      },
      evidence: { kind: 'ngo-question' as const, ids: ids.sort((a, b) => a - b) },
    };
  });
  // ties broken by code so the order is stable across runs and databases
  out.sort((a, b) => b.questions - a.questions || a.state.localeCompare(b.state));
  return {
    from,
    to,
    topic,
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

/**
 * Which questions a figure counts: those of press releases (the default), those of meeting
 * transcripts and Web TV summaries (unofficial, docs/transcripts.md), or both.
 */
export type QuestionSource = 'press' | 'transcript' | 'all';

export function questionSourceValues(source: QuestionSource): string[] | null {
  if (source === 'all') return null;
  return source === 'press' ? ['press'] : ['transcript', 'webtv-summary'];
}

export async function questionsByState(
  db: Kysely<Database>,
  range: { from?: number; to?: number; topic?: string; source?: QuestionSource } = {},
): Promise<QuestionsByState> {
  const sources = questionSourceValues(range.source ?? 'press');
  // All questions are read, not only the period's: a question in the period can repeat one asked
  // before it. One row per question and label; a question without labels comes once (topic null).
  const rows = await db
    .selectFrom('ngoQuestions as q')
    .leftJoin('ngoQuestionTopics as t', 't.questionId', 'q.id')
    .select(['q.id', 'q.state', 'q.year', 'q.date', 'q.organizationId', 'q.text', 't.topic'])
    .where('q.year', 'is not', null)
    .$if(sources !== null, (qb) => qb.where('q.source', 'in', sources!))
    .execute();
  const byId = new Map<
    number,
    QuestionRow & { topics: string[]; organizationId: number; when: string; text: string }
  >();
  for (const r of rows) {
    let row = byId.get(r.id);
    if (!row) {
      row = {
        id: r.id,
        state: r.state,
        year: r.year!,
        topics: [],
        organizationId: r.organizationId,
        when: r.date ?? `${r.year}-07-01`,
        text: r.text,
      };
      byId.set(r.id, row);
    }
    if (r.topic && !row.topics.includes(r.topic)) row.topics.push(r.topic);
  }
  const all = [...byId.values()];
  const repeats = findRepeats(all);
  const inRange = all
    .filter(
      (r) =>
        (range.from === undefined || r.year >= range.from) &&
        (range.to === undefined || r.year <= range.to),
    )
    .map((r) => ({
      id: r.id,
      state: r.state,
      year: r.year,
      topics: r.topics,
      repeatOf: repeats.get(r.id) ?? null,
    }));
  const yearsWithData = [
    ...new Set(
      all
        .filter((r) => range.topic === undefined || r.topics.includes(range.topic))
        .map((r) => r.year),
    ),
  ].sort((a, b) => a - b);
  return {
    ...shareOfQuestions(inRange, range.from ?? null, range.to ?? null, range.topic ?? null),
    yearsWithData,
  };
}

/** The CSV export of the figure, the same from the CLI and the API: one column per topic label. */
export function questionsByStateCsv(figure: QuestionsByState): string {
  const topics = QuestionTopic.options;
  return toCsv(
    [
      'state',
      'name_en',
      'name_zh',
      'questions',
      'share',
      'repeated',
      ...topics.map((t) => `topic_${t}`),
      'question_ids',
    ],
    figure.rows.map((r) => [
      r.state,
      r.nameEn,
      r.nameZh,
      r.questions,
      r.share.toFixed(4),
      r.repeated,
      ...topics.map((t) => r.topics[t] ?? 0),
      r.evidence.ids,
    ]),
  );
}
