import { useCallback, useMemo } from 'react';
import {
  RESPONSE_KEYS,
  responseByCycleOption,
  type ResponseKey,
} from '../../../charts/response-by-cycle';
import type { UprProfileCycle, UprUnitChange } from '../../api';
import { label } from '../../i18n';
import { useI18n } from '../LanguageContext';
import { navigate } from '../router';
import { EChart } from './EChart';

/**
 * Stacked columns, one per cycle: how the state answered, with its noted + rejected rate above and
 * a dashed line where the unit changes. A segment opens the search for those recommendations; the
 * numbers are in the data table under it (and in the cycles table of the page).
 */
export function UprCycleChart({
  cycles,
  unitChanges = [],
  stateName,
  searchHref,
}: {
  cycles: readonly UprProfileCycle[];
  unitChanges?: readonly UprUnitChange[];
  stateName: string;
  /** the search behind a cycle, or one response in it (pending cannot be searched for) */
  searchHref: (cycle: number, response: ResponseKey | null) => string;
}) {
  const { t, fmt } = useI18n();
  const rates = cycles
    .map((c) => t.upr.chartRate(String(c.cycle), fmt.percent(c.notedOrRejectedRate)))
    .join(t.listSeparator);
  const description = t.upr.chartLabel(stateName, rates);
  const shown = useMemo(
    () => RESPONSE_KEYS.filter((k) => k !== 'pending' || cycles.some((c) => c.pending > 0)),
    [cycles],
  );
  const { option, height } = useMemo(
    () =>
      responseByCycleOption({
        title: t.upr.chartTitle,
        description,
        valueName: t.charts.countAxis,
        formatNumber: fmt.number,
        responseNames: {
          supported: label(t.upr.responses, 'supported'),
          partially: label(t.upr.responses, 'partially'),
          noted: label(t.upr.responses, 'noted'),
          rejected: label(t.upr.responses, 'rejected'),
          pending: label(t.upr.responses, 'pending'),
        },
        cycleName: (n) => t.upr.cycleN(String(n)),
        cycles: cycles.map((c) => ({
          cycle: c.cycle,
          counts: {
            supported: c.supported,
            partially: c.partially,
            noted: c.noted,
            rejected: c.rejected,
            pending: c.pending,
          },
          unitLabel: label(t.upr.unitsShort, c.unit),
          rateLabel: fmt.percent(c.notedOrRejectedRate),
        })),
        unitChanges: unitChanges.map((ch) => ({
          afterCycle: ch.afterCycle,
          label: t.upr.unitChangeMark,
        })),
      }),
    [cycles, unitChanges, description, t, fmt],
  );
  const open = useCallback(
    ({ seriesIndex, dataIndex }: { seriesIndex: number; dataIndex: number }) => {
      const cycle = cycles[dataIndex];
      const response = shown[seriesIndex];
      if (cycle && response)
        navigate(searchHref(cycle.cycle, response === 'pending' ? null : response));
    },
    [cycles, shown, searchHref],
  );
  if (cycles.length === 0) return null;
  return (
    <figure className="chart">
      <figcaption className="chart-title">{t.upr.chartTitle}</figcaption>
      <EChart
        option={option}
        height={height}
        description={description}
        onItemClick={open}
        testId="upr-cycle-chart"
      />
      <p className="muted small">{`% = ${t.upr.rateAbove}`}</p>
      {unitChanges.map((ch) => (
        <div
          key={ch.afterCycle}
          data-testid="unit-change"
          data-before={ch.beforeCycle}
          data-after={ch.afterCycle}
        >
          <p className="status" data-testid="unit-change-note">
            {t.upr.unitChangeNote(
              String(ch.beforeCycle),
              String(ch.afterCycle),
              label(t.upr.units, ch.from),
              label(t.upr.units, ch.to),
            )}
          </p>
        </div>
      ))}
      <details className="chart-data">
        <summary>{t.chartDataTable}</summary>
        <div className="table-wrap">
          <table className="data-table compact narrow" data-testid="upr-cycle-chart-table">
            <caption>{t.upr.chartTitle}</caption>
            <thead>
              <tr>
                <th scope="col">{t.upr.colCycle}</th>
                {shown.map((k) => (
                  <th key={k} scope="col" className="num">
                    {label(t.upr.responses, k)}
                  </th>
                ))}
                <th scope="col" className="num">
                  {t.upr.colTotal}
                </th>
                <th scope="col" className="num">
                  {t.upr.colRate}
                </th>
              </tr>
            </thead>
            <tbody>
              {cycles.map((c) => (
                <tr
                  key={c.cycle}
                  data-testid="cycle-column"
                  data-cycle={c.cycle}
                  data-total={c.total}
                  data-rate={c.notedOrRejectedRate}
                >
                  <th scope="row">
                    {t.upr.cycleN(String(c.cycle))}{' '}
                    <span className="muted">({label(t.upr.unitsShort, c.unit)})</span>
                  </th>
                  {shown.map((k) => (
                    <td
                      key={k}
                      className="num"
                      // one segment per response given, as the chart stacks them
                      {...(c[k] > 0
                        ? { 'data-testid': 'cycle-segment', 'data-response': k, 'data-value': c[k] }
                        : {})}
                    >
                      {fmt.number(c[k])}
                    </td>
                  ))}
                  <td className="num">{fmt.number(c.total)}</td>
                  <td className="num" data-testid="cycle-rate">
                    {fmt.percent(c.notedOrRejectedRate)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </figure>
  );
}
