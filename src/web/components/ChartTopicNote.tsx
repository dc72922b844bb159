import { label } from '../i18n';
import { useI18n } from './LanguageContext';

/** Under a chart's title, the topic its figure counts, so a chart shown alone still says so. */
export function ChartTopicNote({ topic }: { topic: string | null }) {
  const { t } = useI18n();
  if (topic === null) return null;
  return (
    <span className="chart-note" data-testid="chart-topic">
      {t.chartTopicNote(label(t.topicsInText, topic))}
    </span>
  );
}
