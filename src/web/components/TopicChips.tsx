import type { TopicLabel } from '../api';
import { label } from '../i18n';
import { useI18n } from './LanguageContext';

/**
 * A question's topics as chips. With the classifier's reason (rule and matched phrase) the chip
 * shows it on hover, so a reader can see why a question was labelled so.
 */
export function TopicChips({ topics }: { topics: readonly (string | TopicLabel)[] }) {
  const { t } = useI18n();
  if (topics.length === 0) return null;
  return (
    <ul className="chips" aria-label={t.topicsLabel}>
      {topics.map((topic, i) => {
        const key = typeof topic === 'string' ? topic : topic.topic;
        const reason =
          typeof topic === 'string' ? undefined : t.topicRule(topic.ruleId, topic.phrase);
        return (
          <li key={`${key}-${i}`} className="chip" title={reason} data-topic={key}>
            {label(t.topics, key)}
          </li>
        );
      })}
    </ul>
  );
}
