import { describe, expect, it } from 'vitest';
import { MESSAGES } from '../i18n';
import { QUESTION_TOPICS, topTopics, topicParam } from './topics';

describe('question topics in the web app', () => {
  it('lists every topic the dictionaries name, in both languages', () => {
    expect(QUESTION_TOPICS).toContain('un-terminology');
    for (const lang of ['en', 'zh'] as const) {
      expect(Object.keys(MESSAGES[lang].topics)).toEqual(QUESTION_TOPICS);
      expect(Object.keys(MESSAGES[lang].topicsInText)).toEqual(QUESTION_TOPICS);
    }
  });

  it('reads ?topic= only when it names a topic', () => {
    expect(topicParam(new URLSearchParams('topic=funding'))).toBe('funding');
    expect(topicParam(new URLSearchParams('topic=weather'))).toBeNull();
    expect(topicParam(new URLSearchParams(''))).toBeNull();
  });

  it('ranks a state’s topics by count, ties in the classifier’s order, leaving one out', () => {
    const counts = { other: 3, funding: 3, activities: 8, 'un-terminology': 15, 'new-topic': 3 };
    expect(topTopics(counts, 2)).toEqual([
      { topic: 'un-terminology', count: 15 },
      { topic: 'activities', count: 8 },
    ]);
    expect(topTopics(counts, 3, 'un-terminology').map((r) => r.topic)).toEqual([
      'activities',
      'funding',
      'other',
    ]);
    expect(topTopics(counts, 10).at(-1)).toEqual({ topic: 'new-topic', count: 3 });
    expect(topTopics({ funding: 0 }, 2)).toEqual([]);
  });
});
