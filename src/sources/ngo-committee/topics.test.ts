import { describe, expect, it } from 'vitest';
import {
  isRepeatQuestion,
  labelQuestion,
  questionSimilarity,
  questionStems,
  stem,
  TOPIC_RULES,
} from './topics.js';

const topics = (text: string): string[] => labelQuestion(text).map((l) => l.topic);

describe('labelQuestion', () => {
  it('labels terminology questions and keeps the phrase that matched', () => {
    const labels = labelQuestion('asked why its website referred to Taiwan as a country');
    expect(labels).toEqual([
      { topic: 'un-terminology', ruleId: 'terminology.taiwan', phrase: 'Taiwan' },
    ]);
    expect(topics('asked it to correct references to Tibet on its website')).toEqual([
      'un-terminology',
    ]);
    expect(topics('asked about its office in Hong Kong')).toContain('un-terminology');
    expect(topics('asked about its members in Macau')).toContain('un-terminology');
    expect(topics('asked it to refer to Xizang')).toEqual(['un-terminology']);
    expect(topics('asked that it refer to Taiwan as a province of China')).toEqual([
      'un-terminology',
    ]);
  });

  it('reads "UN terminology" as terminology, not as engagement with the UN', () => {
    const labels = labelQuestion('requested that it use correct UN terminology');
    expect(labels).toEqual([
      {
        topic: 'un-terminology',
        ruleId: 'terminology.correct-terminology',
        phrase: 'UN terminology',
      },
    ]);
  });

  it('labels funding questions', () => {
    for (const text of [
      'requested a breakdown of its sources of funding',
      'asked for details of its expenditure in 2015',
      'asked about its budget',
      'asked for a list of its donors',
      'asked about its sources of income',
      'asked how it finances its work',
      'asked about its annual revenue',
    ]) {
      expect(topics(text), text).toContain('funding');
    }
  });

  it('labels activities, partners and members, branches and registration', () => {
    expect(topics('asked for information regarding its work overseas')).toEqual(['activities']);
    expect(topics('asked about the events it organized in 2021')).toEqual(['activities']);
    expect(topics('asked about its partners in South Asia')).toEqual(['partners-members']);
    expect(topics('asked about its membership fees')).toEqual(['funding', 'partners-members']);
    expect(topics('asked about organizations affiliated with it')).toEqual(['partners-members']);
    expect(topics('asked about its branch registered in North America')).toEqual([
      'branches-registration',
    ]);
    expect(topics('noted that it listed its status as “international”')).toEqual([
      'branches-registration',
    ]);
  });

  it('labels engagement with the UN, with "UN" only in capitals', () => {
    expect(topics('asked about its contribution to the work of the Council')).toEqual([
      'un-engagement',
    ]);
    expect(topics('asked how it would use consultative status')).toEqual(['un-engagement']);
    expect(topics('asked about its participation in UN meetings')).toEqual(['un-engagement']);
    // "un" inside words is not the UN.
    expect(topics('asked about unrest and undue influence')).toEqual(['other']);
  });

  it('gives several labels when the question covers several topics, in rule order', () => {
    const labels = labelQuestion(
      'requested a list of its projects and their sources of funding in Tibet',
    );
    expect(labels.map((l) => l.topic)).toEqual(['un-terminology', 'funding', 'activities']);
    expect(labels.map((l) => l.phrase)).toEqual(['Tibet', 'funding', 'projects']);
  });

  it('falls back to one "other" label', () => {
    expect(
      labelQuestion('asked about recommendations that emerged from its working groups'),
    ).toEqual([{ topic: 'other', ruleId: 'other.no-rule-matched', phrase: '' }]);
  });

  it('has unique rule ids', () => {
    const ids = TOPIC_RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('repeated questions', () => {
  it('stems plural and verb endings only', () => {
    expect(stem('activities')).toBe('activity');
    expect(stem('funding')).toBe('fund');
    expect(stem('funded')).toBe('fund');
    expect(stem('partners')).toBe('partner');
    expect(stem('status')).toBe('status');
    expect(stem('address')).toBe('address');
  });

  it('leaves out words that say nothing about the subject', () => {
    expect([
      ...questionStems('asked for further information about the organization’s activities'),
    ]).toEqual(['activity']);
  });

  it('flags the same question asked again in other words', () => {
    const a = 'asked for further information about its sources of funding';
    const b = 'requested more details on the sources of its funding';
    expect(questionSimilarity(a, b)).toBe(1);
    expect(isRepeatQuestion(a, b)).toBe(true);
  });

  it('does not flag different questions', () => {
    const a = 'asked for a breakdown of its expenditures for 2021-22';
    const b = 'asked why its website referred to Taiwan as a country';
    expect(questionSimilarity(a, b)).toBe(0);
    expect(isRepeatQuestion(a, b)).toBe(false);
  });

  it('uses the 0.6 threshold on the Jaccard index', () => {
    // Stems {activity, overseas, project} vs {activity, overseas, project, partner, budget}: 3 / 5.
    expect(
      questionSimilarity(
        'activities overseas projects',
        'activities overseas projects partners budget',
      ),
    ).toBe(0.6);
    expect(
      isRepeatQuestion(
        'activities overseas projects',
        'activities overseas projects partners budget',
      ),
    ).toBe(true);
    // 3 / 6 = 0.5
    expect(
      isRepeatQuestion(
        'activities overseas projects',
        'activities overseas projects partners budget events',
      ),
    ).toBe(false);
  });

  it('is symmetric and never flags empty questions', () => {
    const a = 'asked about its partners';
    const b = 'asked about its partners and members';
    expect(questionSimilarity(a, b)).toBe(questionSimilarity(b, a));
    expect(isRepeatQuestion('', '')).toBe(false);
    expect(isRepeatQuestion('asked about the', 'asked about the')).toBe(false);
  });
});
