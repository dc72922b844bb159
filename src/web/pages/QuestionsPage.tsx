import { apiUrl, type QuestionsByState } from '../api';
import { rangeText } from '../i18n';
import { ApiView } from '../components/ApiView';
import { useI18n } from '../components/LanguageContext';
import { QuestionsTable } from '../components/QuestionsTable';
import { href, intParam, navigate, useLocation } from '../components/router';
import { StateBarChart } from '../components/StateBarChart';
import { usePageTitle } from '../components/usePageTitle';
import { useApi } from '../components/useApi';
import { YearRange } from '../components/YearRange';
import { YearStackChart, yearSeries } from '../components/YearStackChart';
import { YearTable } from '../components/YearTable';

/** States in the bar chart; the table lists them all. */
const CHART_STATES = 15;
/** States given their own colour in the per-year chart; more would be hard to tell apart. */
const YEAR_STATES = 5;

export function QuestionsPage() {
  const { t, fmt } = useI18n();
  const { query } = useLocation();
  const from = intParam(query, 'from');
  const to = intParam(query, 'to');
  usePageTitle(t.questionsTitle);

  // the unfiltered figure gives the years to choose from; with no range it is also the figure shown
  const all = useApi<QuestionsByState>(apiUrl('/ngo-committee/questions'));
  const hasRange = from !== null || to !== null;
  const ranged = useApi<QuestionsByState>(
    hasRange ? apiUrl('/ngo-committee/questions', { from, to }) : null,
  );
  const shown = hasRange ? ranged : all;

  const years = new Set(all.status === 'ok' ? all.data.byYear.map((r) => r.year) : []);
  if (from !== null) years.add(from);
  if (to !== null) years.add(to);

  return (
    <article className="page">
      <h1>{t.questionsTitle}</h1>
      <p className="lead">{t.questionsIntro}</p>
      <div className="toolbar">
        <YearRange
          years={[...years].sort((a, b) => a - b)}
          from={from}
          to={to}
          onChange={(f, tt) => navigate(href('/', { from: f, to: tt }), { replace: true })}
        />
        <a
          className="button"
          href={apiUrl('/ngo-committee/questions.csv', { from, to })}
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
              {t.noQuestions}
            </p>
          ) : (
            <>
              <p className="summary" data-testid="questions-total">
                {t.questionsTotal(fmt.number(figure.total), rangeText(t, figure.from, figure.to))}
              </p>
              <div className="chart-and-table">
                <div className="chart-column">
                  <StateBarChart
                    rows={figure.rows.slice(0, CHART_STATES)}
                    of={figure.rows.length}
                  />
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
  const top = figure.rows.slice(0, YEAR_STATES).map((r) => r.state);
  const { years, series } = yearSeries(figure, top);
  return (
    <section className="section year-section">
      <YearStackChart years={years} series={series} />
      <YearTable years={years} series={series} />
    </section>
  );
}
