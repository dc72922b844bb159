import { useCallback, useMemo } from 'react';
import { barByStateOption } from '../../../charts/bar-by-state';
import type { QuestionsByState } from '../../api';
import { ChartTopicNote } from '../ChartTopicNote';
import { useI18n } from '../LanguageContext';
import { Link } from '../Link';
import { href, navigate } from '../router';
import { useStateName } from '../StatesContext';
import { EChart } from './EChart';

/**
 * Horizontal bars: questions per state, most first (the top `limit`). A bar opens the questions
 * behind it, as the table's evidence links do; the bars' numbers are in the data table under it.
 */
export function QuestionsByStateChart({
  figure,
  limit,
}: {
  figure: QuestionsByState;
  limit: number;
}) {
  const { t, fmt } = useI18n();
  const stateName = useStateName();
  const rows = useMemo(() => figure.rows.slice(0, limit), [figure, limit]);
  const top = rows[0];
  const evidenceHref = useCallback(
    (state: string) =>
      href(`/questions/${state}`, { from: figure.from, to: figure.to, topic: figure.topic }),
    [figure],
  );
  const title =
    rows.length < figure.rows.length
      ? t.chartByStateTitle(fmt.number(rows.length))
      : t.chartByStateAll;
  const description = top
    ? t.chartByStateLabel(fmt.number(rows.length), stateName(top), fmt.number(top.questions))
    : '';
  const { option, height } = useMemo(
    () =>
      barByStateOption({
        title,
        description,
        valueName: t.charts.questionsAxis,
        formatNumber: fmt.number,
        rows: rows.map((r) => ({
          key: r.state,
          label: stateName(r),
          value: r.questions,
          tooltip: `${stateName(r)}${t.colon}${fmt.number(r.questions)} (${fmt.percent(r.share)})`,
        })),
      }),
    [rows, t, fmt, stateName, title, description],
  );
  const open = useCallback(
    ({ dataIndex }: { dataIndex: number }) => {
      const row = rows[dataIndex];
      if (row) navigate(evidenceHref(row.state));
    },
    [rows, evidenceHref],
  );
  if (!top) return null;
  return (
    <figure className="chart">
      <figcaption className="chart-title">
        {title}
        <ChartTopicNote topic={figure.topic} />
      </figcaption>
      <EChart
        option={option}
        height={height}
        description={description}
        onItemClick={open}
        testId="questions-chart"
      />
      <p className="muted small">{t.charts.clickBarHint}</p>
      <details className="chart-data">
        <summary>{t.chartDataTable}</summary>
        <div className="table-wrap">
          <table className="data-table compact narrow" data-testid="questions-chart-table">
            <caption>{title}</caption>
            <thead>
              <tr>
                <th scope="col">{t.colState}</th>
                <th scope="col" className="num">
                  {t.colQuestions}
                </th>
                <th scope="col" className="num">
                  {t.colShare}
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr
                  key={r.state}
                  data-testid="chart-bar"
                  data-state={r.state}
                  data-value={r.questions}
                >
                  <th scope="row">
                    <Link to={evidenceHref(r.state)}>{stateName(r)}</Link>
                  </th>
                  <td className="num">{fmt.number(r.questions)}</td>
                  <td className="num">{fmt.percent(r.share)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </figure>
  );
}
