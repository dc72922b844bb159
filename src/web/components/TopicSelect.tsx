import { useId } from 'react';
import type { QuestionTopic } from '../api';
import { label } from '../i18n';
import { useI18n } from './LanguageContext';
import { QUESTION_TOPICS, isQuestionTopic } from './topics';

/** One topic or all of them; the figure or list beside it counts only questions about it. */
export function TopicSelect({
  value,
  onChange,
}: {
  value: QuestionTopic | null;
  onChange(topic: QuestionTopic | null): void;
}) {
  const { t } = useI18n();
  const id = useId();
  return (
    <div className="field" data-testid="topic-select">
      <label htmlFor={id}>{t.topicFilter}</label>
      <select
        id={id}
        value={value ?? ''}
        data-testid="topic-filter"
        onChange={(e) => onChange(isQuestionTopic(e.target.value) ? e.target.value : null)}
      >
        <option value="">{t.allTopics}</option>
        {QUESTION_TOPICS.map((key) => (
          <option key={key} value={key}>
            {label(t.topics, key)}
          </option>
        ))}
      </select>
    </div>
  );
}
