import type { QuestionTopic } from '../api';
import { MESSAGES } from '../i18n';

/**
 * Every topic a question can be labelled with, in the classifier's order. The dictionary must
 * name each topic exactly once (i18n.ts checks it against QuestionTopic), so its keys are the list.
 */
export const QUESTION_TOPICS = Object.keys(MESSAGES.en.topics) as readonly QuestionTopic[];

export function isQuestionTopic(value: unknown): value is QuestionTopic {
  return typeof value === 'string' && (QUESTION_TOPICS as readonly string[]).includes(value);
}

/** The ?topic= of an address, or null when it is missing or names no topic. */
export function topicParam(query: URLSearchParams): QuestionTopic | null {
  const raw = query.get('topic');
  return isQuestionTopic(raw) ? raw : null;
}

/**
 * A state's most-asked topics from its per-topic counts: most questions first, ties in the
 * classifier's order (topics the app does not know yet last, by name). `except` leaves out a
 * topic, the one the figure is already filtered on, whose count is every question of the row.
 */
export function topTopics(
  counts: Readonly<Record<string, number>>,
  limit: number,
  except: string | null = null,
): { topic: string; count: number }[] {
  const rank = (topic: string) => {
    const i = (QUESTION_TOPICS as readonly string[]).indexOf(topic);
    return i === -1 ? QUESTION_TOPICS.length : i;
  };
  return Object.entries(counts)
    .filter(([topic, count]) => topic !== except && count > 0)
    .map(([topic, count]) => ({ topic, count }))
    .sort(
      (a, b) =>
        b.count - a.count || rank(a.topic) - rank(b.topic) || a.topic.localeCompare(b.topic),
    )
    .slice(0, limit);
}
