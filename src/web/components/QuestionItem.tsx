import type { HistoryQuestion } from '../api';
import { useI18n } from './LanguageContext';
import { SourceCitation } from './SourceCitation';
import { useStateName } from './StatesContext';
import { TopicChips } from './TopicChips';

/** One question put to the organisation at a session, with who asked it and where it is printed. */
export function QuestionItem({
  question,
  eventDocumentId,
}: {
  question: HistoryQuestion;
  /** the document the event above was read from: the title is not repeated for the same one */
  eventDocumentId: number;
}) {
  const { t } = useI18n();
  const stateName = useStateName();
  return (
    <li className="question" data-testid="timeline-question" data-state={question.state}>
      <p className="question-head">
        <strong>{stateName(question.state)}</strong>
        {question.repeatOf !== null && (
          <span
            className="badge badge-repeat"
            title={t.repeatedTitle(String(question.repeatOf))}
            data-testid="repeat-badge"
          >
            {t.repeated}
          </span>
        )}
      </p>
      <p className="question-text">{question.text}</p>
      <TopicChips topics={question.topics} />
      <SourceCitation
        source={question.source}
        quoted={question.text}
        compact={question.source.documentId === eventDocumentId}
      />
    </li>
  );
}
