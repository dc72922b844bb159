import { useMemo } from 'react';
import { stackedByYearOption } from '../../../charts/stacked-by-year';
import { yearSeries } from '../../../charts/year-series';
import type { QuestionsByState } from '../../api';
import { ChartTopicNote } from '../ChartTopicNote';
import { useI18n } from '../LanguageContext';
import { useStateName } from '../StatesContext';
import { YearTable } from '../YearTable';
import { EChart } from './EChart';

/**
 * Stacked columns: for each year, the questions of the top `topStates` states and of all others,
 * with a legend; the numbers are in the data table under it.
 */
export function QuestionsByYearChart({
  figure,
  topStates,
}: {
  figure: QuestionsByState;
  topStates: number;
}) {
  const { t, fmt } = useI18n();
  const stateName = useStateName();
  const { years, series } = useMemo(
    () =>
      yearSeries(
        figure.byYear.map((r) => ({ year: r.year, key: r.state, value: r.questions })),
        figure.rows.slice(0, topStates).map((r) => r.state),
      ),
    [figure, topStates],
  );
  const named = series.filter((s) => s.key !== null).map((s) => stateName(s.key!));
  const title = series.some((s) => s.key === null)
    ? t.chartByYearTitle(fmt.number(named.length))
    : t.chartByYearAll;
  const description =
    years.length > 0
      ? t.chartByYearLabel(
          String(years[0]),
          String(years[years.length - 1]),
          named.join(t.listSeparator),
        )
      : '';
  const { option, height } = useMemo(
    () =>
      stackedByYearOption({
        title,
        description,
        valueName: t.charts.questionsAxis,
        formatNumber: fmt.number,
        years,
        series: series.map((s) => ({
          ...s,
          name: s.key === null ? t.otherStates : stateName(s.key),
        })),
      }),
    [years, series, title, description, t, fmt, stateName],
  );
  if (years.length === 0) return null;
  return (
    <>
      <figure className="chart">
        <figcaption className="chart-title">
          {title}
          <ChartTopicNote topic={figure.topic} />
        </figcaption>
        <EChart
          option={option}
          height={height}
          description={description}
          testId="questions-year-chart"
        />
      </figure>
      <YearTable years={years} series={series} />
    </>
  );
}
