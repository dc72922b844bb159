import { isRepeatQuestion } from '../../sources/ngo-committee/topics.js';

export interface QuestionForRepeat {
  id: number;
  state: string;
  organizationId: number;
  /** sortable date of the question (ISO date, or year-07-01 when only the year is known) */
  when: string;
  text: string;
}

/**
 * Pure: which questions repeat an earlier one — the same state asking the same organisation
 * essentially the same thing (isRepeatQuestion) at an earlier date. Returns question id → the id of
 * the earliest question it repeats. Each application deferred again on the same question is the
 * pattern the Committee's critics describe; this makes it countable.
 */
export function findRepeats(questions: readonly QuestionForRepeat[]): Map<number, number> {
  const groups = new Map<string, QuestionForRepeat[]>();
  for (const q of questions) {
    const key = `${q.state}|${q.organizationId}`;
    const list = groups.get(key);
    if (list) list.push(q);
    else groups.set(key, [q]);
  }
  const repeats = new Map<number, number>();
  for (const list of groups.values()) {
    if (list.length < 2) continue;
    list.sort((a, b) => a.when.localeCompare(b.when) || a.id - b.id);
    for (let i = 1; i < list.length; i++) {
      const q = list[i]!;
      const prior = list
        .slice(0, i)
        .find((p) => p.when < q.when && isRepeatQuestion(p.text, q.text));
      if (prior) repeats.set(q.id, prior.id);
    }
  }
  return repeats;
}
