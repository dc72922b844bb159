import { apiUrl, type ListedQuestion, type Page } from '../api';
import { label, rangeText } from '../i18n';
import { ApiView } from '../components/ApiView';
import { useI18n } from '../components/LanguageContext';
import { Link } from '../components/Link';
import { Pagination } from '../components/Pagination';
import { href, intParam, navigate, useLocation } from '../components/router';
import { SourceCitation } from '../components/SourceCitation';
import { useStateName } from '../components/StatesContext';
import { TopicChips } from '../components/TopicChips';
import { TopicSelect } from '../components/TopicSelect';
import { topicParam } from '../components/topics';
import { usePageTitle } from '../components/usePageTitle';
import { useApi } from '../components/useApi';

const PAGE_SIZE = 20;

/** The questions behind one state's count: what a reader checks before citing the figure. */
export function QuestionEvidencePage({ state }: { state: string }) {
  const { t, fmt } = useI18n();
  const stateName = useStateName();
  const { path, query } = useLocation();
  const from = intParam(query, 'from');
  const to = intParam(query, 'to');
  const topic = topicParam(query);
  const page = intParam(query, 'page') ?? 1;
  const title = t.evidenceTitle(stateName(state));
  usePageTitle(title);

  const list = useApi<Page<ListedQuestion>>(
    apiUrl('/ngo-committee/questions/list', { state, from, to, topic, page, pageSize: PAGE_SIZE }),
  );
  const at = (p: number, tp: string | null = topic) =>
    href(path, { from, to, topic: tp, page: p > 1 ? p : null });

  return (
    <article className="page">
      <p className="breadcrumb">
        <Link to={href('/', { from, to, topic })} data-testid="back-to-questions">
          {t.backToQuestions}
        </Link>
      </p>
      <h1>{title}</h1>
      <div className="toolbar">
        <TopicSelect value={topic} onChange={(tp) => navigate(at(1, tp), { replace: true })} />
      </div>
      <ApiView state={list}>
        {(data) => (
          <>
            <p className="summary" data-testid="evidence-total">
              {topic === null
                ? t.evidenceSummary(fmt.number(data.total), rangeText(t, from, to))
                : t.questionsAbout(
                    fmt.number(data.total),
                    label(t.topicsInText, topic),
                    rangeText(t, from, to),
                  )}
            </p>
            {data.items.length === 0 ? (
              <p className="status">
                {topic === null ? t.noQuestions : t.noQuestionsAbout(label(t.topicsInText, topic))}
              </p>
            ) : (
              <ol
                className="evidence-list"
                data-testid="evidence-list"
                start={(page - 1) * PAGE_SIZE + 1}
              >
                {data.items.map((q) => (
                  <li key={q.id} className="evidence-item" data-testid="evidence-item">
                    <p className="evidence-head">
                      <span className="muted">{t.askedOf}</span>{' '}
                      <Link to={`/application/${q.organizationId}`} data-testid="organization-link">
                        {q.organization}
                      </Link>
                      {q.year !== null && <span className="muted"> · {q.year}</span>}
                    </p>
                    <p className="question-text">{q.text}</p>
                    <TopicChips topics={q.topics} />
                    <SourceCitation source={q.source} quoted={q.text} />
                  </li>
                ))}
              </ol>
            )}
            <Pagination
              total={data.total}
              page={data.page}
              pageSize={data.pageSize}
              hrefFor={(p) => at(p)}
            />
          </>
        )}
      </ApiView>
    </article>
  );
}
