import type { HistoryEvent } from '../api';
import { label, type Messages } from '../i18n';
import { useI18n } from './LanguageContext';
import { QuestionItem } from './QuestionItem';
import { SourceCitation } from './SourceCitation';

/** "NGO-2016-regular" as words; a label of another form is shown as it is. */
function sessionLabel(t: Messages, session: string): string {
  const m = /^NGO-(\d{4})-(regular|resumed)$/.exec(session);
  if (!m) return `${t.session} ${session}`;
  return m[2] === 'regular' ? t.regularSession(m[1]!) : t.resumedSession(m[1]!);
}

/** The application's history, oldest first: each session's decision, questions and sources. */
export function Timeline({ events, name }: { events: readonly HistoryEvent[]; name: string }) {
  const { t, fmt } = useI18n();
  if (events.length === 0) return <p className="status">{t.noEvents}</p>;
  return (
    <ol className="timeline" data-testid="timeline">
      {events.map((e) => (
        <li
          key={e.id}
          className="timeline-event"
          data-action={e.action}
          data-testid="timeline-event"
        >
          <div className="timeline-when">
            <time dateTime={e.date ?? (e.year !== null ? String(e.year) : undefined)}>
              {e.date ? fmt.date(e.date) : (e.year ?? '—')}
            </time>
            {e.session && (
              <span className="muted" title={e.session}>
                {' '}
                · {sessionLabel(t, e.session)}
              </span>
            )}
          </div>
          <div className="timeline-body">
            <p className="timeline-action">
              <span className={`badge action-badge action-${e.action}`}>
                {label(t.actions, e.action)}
              </span>
              {e.status !== 'unknown' && (
                <span className="muted">
                  {' '}
                  {t.consultativeStatus}
                  {t.colon}
                  {label(t.statuses, e.status)}
                </span>
              )}
            </p>
            {e.nameAsPrinted && e.nameAsPrinted !== name && (
              <p className="muted">
                {t.printedAs}
                {t.colon}“{e.nameAsPrinted}”
              </p>
            )}
            <SourceCitation source={e.source} />
            {e.questions.length > 0 && (
              <div className="timeline-questions">
                <h3>{t.questionsAsked(fmt.number(e.questions.length))}</h3>
                <ul className="question-list">
                  {e.questions.map((q) => (
                    <QuestionItem key={q.id} question={q} eventDocumentId={e.source.documentId} />
                  ))}
                </ul>
              </div>
            )}
          </div>
        </li>
      ))}
    </ol>
  );
}
