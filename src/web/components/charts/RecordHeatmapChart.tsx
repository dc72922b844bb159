import { useCallback, useMemo } from 'react';
import { heatmapOption, type HeatmapCell } from '../../../charts/heatmap';
import type { RecordItem } from '../../api';
import { cellShares, recordHeatmap } from '../hrc/record-heatmap';
import { HRC_HOME } from '../hrc/hrc-href';
import { useI18n } from '../LanguageContext';
import { href, navigate } from '../router';
import { useStateName } from '../StatesContext';
import { EChart } from './EChart';

/**
 * Where a cell sits between all no (0) and all yes (1): yes minus no over the ballots cast, so an
 * abstention counts half-way and never looks like a no; null when every ballot was an absence.
 */
function balance(c: Parameters<typeof cellShares>[0]): number | null {
  const s = cellShares(c);
  return s ? (s.yes - s.no + 1) / 2 : null;
}

/**
 * A state's votes on country-specific texts as an ECharts heat map of target × year: each cell
 * coloured from all no through abstentions to all yes (grey when every ballot was an absence),
 * with the number of texts in it and the counts in its tooltip. A cell opens the texts about that
 * country; the table under it (RecordHeatmap) holds every count, with the same links.
 */
export function RecordHeatmapChart({
  state,
  items,
}: {
  state: string;
  items: readonly RecordItem[];
}) {
  const { t, fmt } = useI18n();
  const stateName = useStateName();
  const built = useMemo(() => {
    const map = recordHeatmap(items);
    const who = stateName(state);
    const cells: HeatmapCell[] = [];
    map.targets.forEach((target, row) =>
      map.years.forEach((year, column) => {
        const c = map.cell(target, year);
        if (!c) return;
        const counts = t.hrc.heatmapCounts(
          fmt.number(c.yes),
          fmt.number(c.no),
          fmt.number(c.abstain),
          fmt.number(c.absent),
        );
        cells.push({
          column,
          row,
          value: balance(c),
          label: fmt.number(c.textIds.length),
          tooltip: t.charts.heatCellTip(
            stateName(target),
            String(year),
            t.charts.textsN(fmt.number(c.textIds.length)),
            counts,
          ),
        });
      }),
    );
    const description =
      map.years.length > 0
        ? t.charts.heatDescription(
            who,
            fmt.number(map.targets.length),
            String(map.years[0]),
            String(map.years[map.years.length - 1]),
          )
        : '';
    return {
      map,
      description,
      ...heatmapOption({
        title: t.hrc.heatmapCaption(who),
        description,
        columns: map.years.map(String),
        rows: map.targets.map((target) => ({ key: target, label: stateName(target) })),
        cells,
        lowLabel: t.charts.heatLow,
        highLabel: t.charts.heatHigh,
      }),
    };
  }, [items, state, stateName, t, fmt]);
  const open = useCallback(
    ({ seriesIndex, dataIndex }: { seriesIndex: number; dataIndex: number }) => {
      const cell = built.cellAt(seriesIndex, dataIndex);
      const target = cell && built.map.targets[cell.row];
      if (target) navigate(href(HRC_HOME, { target }));
    },
    [built],
  );
  if (built.map.targets.length === 0) return null;
  return (
    <figure className="chart">
      <EChart
        option={built.option}
        height={built.height}
        description={built.description}
        onItemClick={open}
        testId="record-heatmap-chart"
      />
      <figcaption className="muted small">{t.charts.clickCellHint}</figcaption>
    </figure>
  );
}
