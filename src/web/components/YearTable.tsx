import { useI18n } from './LanguageContext';
import { useStateName } from './StatesContext';
import type { YearSeries } from '../../charts/year-series';

/** The numbers of the per-year chart, for readers who cannot see it or want to copy them. */
export function YearTable({
  years,
  series,
}: {
  years: readonly number[];
  series: readonly YearSeries[];
}) {
  const { t, fmt } = useI18n();
  const stateName = useStateName();
  return (
    <details className="chart-data">
      <summary>{t.chartDataTable}</summary>
      <div className="table-wrap">
        <table className="data-table compact narrow" data-testid="questions-year-table">
          <thead>
            <tr>
              <th scope="col">{t.colYear}</th>
              {series.map((s) => (
                <th key={s.key ?? 'other'} scope="col" className="num">
                  {s.key === null ? t.otherStates : stateName(s.key)}
                </th>
              ))}
              <th scope="col" className="num">
                {t.colTotal}
              </th>
            </tr>
          </thead>
          <tbody>
            {years.map((year, i) => (
              <tr key={year}>
                <th scope="row">{year}</th>
                {series.map((s) => (
                  <td key={s.key ?? 'other'} className="num">
                    {fmt.number(s.values[i] ?? 0)}
                  </td>
                ))}
                <td className="num">
                  {fmt.number(series.reduce((sum, s) => sum + (s.values[i] ?? 0), 0))}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}
