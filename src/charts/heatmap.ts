import { type ChartOption, type ChartText, BASE_OPTION, ariaOption, escapeHtml } from './option';
import { HEAT_SCALE } from './palette';

export interface HeatmapCell {
  /** column index (into columns) */
  column: number;
  /** row index (into rows) */
  row: number;
  /** a value from 0 to 1 that picks the colour; null when there is none (shown grey) */
  value: number | null;
  /** written in the cell (e.g. the number of texts) */
  label: string;
  tooltip: string;
}

export interface HeatmapSpec extends ChartText {
  /** left to right, e.g. years */
  columns: readonly string[];
  /** top to bottom, e.g. target states */
  rows: readonly { key: string; label: string }[];
  cells: readonly HeatmapCell[];
  /** the two ends of the colour scale ("all no", "all yes") */
  lowLabel: string;
  highLabel: string;
}

/** grey for a cell with no share (every ballot an absence) */
const NO_SHARE_COLOUR = '#D0D4D9';
const ROW_HEIGHT = 28;

/** A grid of cells coloured by a 0–1 value, each cell labelled, with the scale underneath. */
export function heatmapOption(spec: HeatmapSpec): {
  option: ChartOption;
  height: number;
  /** the cell behind a clicked item (series 0 holds the cells with a share, series 1 the rest) */
  cellAt: (seriesIndex: number, dataIndex: number) => HeatmapCell | undefined;
} {
  // cells with a share go through the colour scale; those without are a second, grey series the
  // scale does not touch (a number outside the scale would still be painted at its end)
  const shared = spec.cells.filter((c) => c.value !== null);
  const unshared = spec.cells.filter((c) => c.value === null);
  const cellSeries = (cells: readonly HeatmapCell[]) => ({
    type: 'heatmap' as const,
    data: cells.map((c) => [c.column, c.row, c.value ?? 0]),
    label: { show: true, formatter: (p: { dataIndex: number }) => cells[p.dataIndex]?.label ?? '' },
    tooltip: {
      formatter: (p: { dataIndex: number }) => escapeHtml(cells[p.dataIndex]?.tooltip ?? ''),
    },
    itemStyle: { borderColor: '#fff', borderWidth: 1 },
  });
  const option: ChartOption = {
    ...BASE_OPTION,
    aria: ariaOption(spec),
    grid: {
      left: 8,
      right: 8,
      top: 8,
      bottom: 56,
      outerBoundsMode: 'same',
      outerBoundsContain: 'all',
    },
    tooltip: { trigger: 'item' },
    xAxis: { type: 'category', data: [...spec.columns], splitArea: { show: true } },
    yAxis: {
      type: 'category',
      inverse: true,
      data: spec.rows.map((r) => r.label),
      axisLabel: { width: 140, overflow: 'truncate' },
      splitArea: { show: true },
    },
    visualMap: [
      {
        type: 'continuous',
        min: 0,
        max: 1,
        calculable: false,
        orient: 'horizontal',
        left: 'center',
        bottom: 0,
        itemHeight: 120,
        text: [spec.highLabel, spec.lowLabel],
        inRange: { color: [...HEAT_SCALE] },
        seriesIndex: 0,
      },
      // ECharts draws no heat-map series without a visual map: the grey cells get a hidden one
      { type: 'continuous', show: false, seriesIndex: 1, inRange: { color: [NO_SHARE_COLOUR] } },
    ],
    series: [cellSeries(shared), cellSeries(unshared)],
  };
  return {
    option,
    height: spec.rows.length * ROW_HEIGHT + 96,
    cellAt: (seriesIndex, dataIndex) => (seriesIndex === 0 ? shared : unshared)[dataIndex],
  };
}
