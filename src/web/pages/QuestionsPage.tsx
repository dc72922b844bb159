import { apiUrl, type QuestionsByState } from '../api';
import { label, rangeText } from '../i18n';
import { ApiView } from '../components/ApiView';
import { QuestionsByStateChart } from '../components/charts/QuestionsByStateChart';
import { QuestionsByYearChart } from '../components/charts/QuestionsByYearChart';
import { useI18n } from '../components/LanguageContext';
import { QuestionsTable } from '../components/QuestionsTable';
import { href, intParam, navigate, useLocation } from '../components/router';
import { TopicSelect } from '../components/TopicSelect';
import { topicParam } from '../components/topics';
import { usePageTitle } from '../components/usePageTitle';
import { useApi } from '../components/useApi';
import { YearRange } from '../components/YearRange';

/** States in the bar chart; the table lists them all. */
const CHART_STATES = 15;
/** States given their own colour in the per-year chart; more would be hard to tell apart. */
const YEAR_STATES = 5;

export function QuestionsPage() {
  const { t, fmt } = useI18n();
  const { query } = useLocation();
  const from = intParam(query, 'from');
  const to = intParam(query, 'to');
  const topic = topicParam(query);
  usePageTitle(t.questionsTitle);

  // the unfiltered figure gives the years to choose from; with no filter it is also the figure shown
  const all = useApi<QuestionsByState>(apiUrl('/ngo-committee/questions'));
  const filtered = from !== null || to !== null || topic !== null;
  const chosen = useApi<QuestionsByState>(
    filtered ? apiUrl('/ngo-committee/questions', { from, to, topic }) : null,
  );
  const shown = filtered ? chosen : all;
  const go = (params: { from: number | null; to: number | null; topic: string | null }) =>
    navigate(href('/', params), { replace: true });

  const years = new Set(all.status === 'ok' ? all.data.byYear.map((r) => r.year) : []);
  if (from !== null) years.add(from);
  if (to !== null) years.add(to);

  return (
    <article className="page">
      <h1>{t.questionsTitle}</h1>
      <p className="lead">{t.questionsIntro}</p>
      <div className="toolbar">
        <div className="filters">
          <YearRange
            years={[...years].sort((a, b) => a - b)}
            from={from}
            to={to}
            onChange={(f, tt) => go({ from: f, to: tt, topic })}
          />
          <TopicSelect value={topic} onChange={(tp) => go({ from, to, topic: tp })} />
        </div>
        <a
          className="button"
          href={apiUrl('/ngo-committee/questions.csv', { from, to, topic })}
          download
          data-testid="questions-csv"
        >
          {t.downloadCsv}
        </a>
      </div>
      <ApiView state={shown}>
        {(figure) =>
          figure.rows.length === 0 ? (
            <p className="status" data-testid="no-questions">
              {figure.topic === null
                ? t.noQuestions
                : t.noQuestionsAbout(label(t.topicsInText, figure.topic))}
              {/* say what there is: an empty period on a loaded database is not "no data" */}
              {figure.yearsWithData && figure.yearsWithData.length > 0 && (
                <>
                  {' '}
                  <span data-testid="years-with-data">
                    {t.yearsWithData(
                      figure.yearsWithData.map((y) => String(y)).join(t.listSeparator),
                    )}
                  </span>
                </>
              )}
            </p>
          ) : (
            <>
              <p className="summary" data-testid="questions-total">
                {figure.topic === null
                  ? t.questionsTotal(fmt.number(figure.total), rangeText(t, figure.from, figure.to))
                  : t.questionsAbout(
                      fmt.number(figure.total),
                      label(t.topicsInText, figure.topic),
                      rangeText(t, figure.from, figure.to),
                    )}
              </p>
              <div className="chart-and-table">
                <div className="chart-column">
                  <QuestionsByStateChart figure={figure} limit={CHART_STATES} />
                </div>
                <QuestionsTable figure={figure} />
              </div>
              <YearSection figure={figure} />
            </>
          )
        }
      </ApiView>
    </article>
  );
}

function YearSection({ figure }: { figure: QuestionsByState }) {
  return (
    <section className="section year-section">
      <QuestionsByYearChart figure={figure} topStates={YEAR_STATES} />
    </section>
  );
}
