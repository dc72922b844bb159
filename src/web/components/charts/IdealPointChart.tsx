import { useCallback, useMemo } from 'react';
import { idealPointOption, type ScatterPoint } from '../../../charts/ideal-point-scatter';
import type { IdealPointYear } from '../../api';
import { label } from '../../i18n';
import { GROUP_ORDER } from '../hrc/hrc-api';
import { hrcStateHref } from '../hrc/hrc-href';
import { useI18n } from '../LanguageContext';
import { Link } from '../Link';
import { navigate } from '../router';
import { useStateName, useStates } from '../StatesContext';
import { EChart } from './EChart';

/** Two labels in a row closer than this share of the axis would overlap: the later one is left out. */
const LABEL_GAP = 0.06;

/**
 * One year's positions as a dot plot: one row per regional group (named at its left, so a group
 * never rests on colour alone), each state a dot with its name, position and votes in a tooltip.
 * A readable subset carries its ISO code: the states the page asks for (`highlight`), then each
 * row's two ends, none too close to another in its row. A dot opens the state's voting record;
 * every position is in the data table under the plot.
 */
export function IdealPointChart({
  year,
  highlight = [],
}: {
  year: IdealPointYear;
  highlight?: readonly string[];
}) {
  const { t, fmt } = useI18n();
  const states = useStates();
  const stateName = useStateName();
  const description = t.hrc.idealPlotLabel(String(year.year), fmt.number(year.points.length));
  const { option, height, points } = useMemo(() => {
    const groupOf = (s: string) => {
      const g = states.get(s)?.group;
      return g && (GROUP_ORDER as readonly string[]).includes(g) ? g : 'none';
    };
    const rows = GROUP_ORDER.filter((g) => year.points.some((p) => groupOf(p.state) === g));
    const xs = year.points.map((p) => p.position);
    const span = Math.max(...xs) - Math.min(...xs) || 1;
    const labelled = new Set<string>();
    for (const g of rows) {
      const inRow = year.points
        .filter((p) => groupOf(p.state) === g)
        .sort((a, b) => a.position - b.position);
      const wanted = [
        ...inRow.filter((p) => highlight.includes(p.state)),
        inRow[0]!,
        inRow[inRow.length - 1]!,
      ];
      const placed: number[] = [];
      for (const p of wanted) {
        if (labelled.has(p.state)) continue;
        if (placed.some((x) => Math.abs(x - p.position) < LABEL_GAP * span)) continue;
        labelled.add(p.state);
        placed.push(p.position);
      }
    }
    const points: ScatterPoint[] = year.points.map((p) => ({
      key: p.state,
      row: groupOf(p.state),
      x: p.position,
      tooltip: t.hrc.idealDot(stateName(p), fmt.decimal(p.position), fmt.number(p.votes)),
      ...(labelled.has(p.state) ? { label: p.state } : {}),
    }));
    return {
      points,
      ...idealPointOption({
        title: description,
        description,
        xName: t.hrc.colPosition,
        formatNumber: fmt.decimal,
        rows: rows.map((g) => ({ key: g, label: label(t.hrc.groupsShort, g) })),
        points,
      }),
    };
  }, [year, highlight, states, stateName, t, fmt, description]);
  const rowKeys = useMemo(() => [...new Set(points.map((p) => p.row))], [points]);
  const open = useCallback(
    ({ seriesIndex, dataIndex }: { seriesIndex: number; dataIndex: number }) => {
      // the builder makes one series per row, in row order, each with that row's points
      const rowOrder = GROUP_ORDER.filter((g) => rowKeys.includes(g));
      const row = rowOrder[seriesIndex];
      const p = points.filter((q) => q.row === row)[dataIndex];
      if (p) navigate(hrcStateHref(p.key));
    },
    [points, rowKeys],
  );
  return (
    <>
      <EChart
        option={option}
        height={height}
        description={description}
        onItemClick={open}
        testId="ideal-plot"
      />
      <p className="muted small">{t.hrc.idealLabelsNote}</p>
      <details className="chart-data">
        <summary>{t.chartDataTable}</summary>
        <table className="data-table narrow compact">
          <caption>{t.hrc.idealCaption(String(year.year))}</caption>
          <thead>
            <tr>
              <th scope="col">{t.colState}</th>
              <th scope="col" className="num">
                {t.hrc.colPosition}
              </th>
              <th scope="col" className="num">
                {t.hrc.colVotes}
              </th>
            </tr>
          </thead>
          <tbody>
            {[...year.points]
              .sort((a, b) => a.position - b.position)
              .map((p) => (
                <tr
                  key={p.state}
                  data-testid="ideal-dot"
                  data-state={p.state}
                  data-labelled={points.some((q) => q.key === p.state && q.label) || undefined}
                >
                  <th scope="row">
                    <Link to={hrcStateHref(p.state)}>{stateName(p)}</Link>
                  </th>
                  <td className="num">{fmt.decimal(p.position)}</td>
                  <td className="num">{fmt.number(p.votes)}</td>
                </tr>
              ))}
          </tbody>
        </table>
      </details>
    </>
  );
}
