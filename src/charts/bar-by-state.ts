import { type ChartOption, type ChartText, BASE_OPTION, ariaOption, escapeHtml } from './option';
import { BAR_COLOUR } from './palette';

/** One bar: a state (or any keyed thing) and its count. */
export interface BarRow {
  /** stable key, e.g. the ISO 3166 alpha-3 code; a click on the bar hands it back */
  key: string;
  /** the name shown on the axis, in the reader's language */
  label: string;
  value: number;
  /** the tooltip text; "label: value" when absent */
  tooltip?: string;
}

export interface BarByStateSpec extends ChartText {
  /** the rows in the order they are drawn from the top, usually largest first */
  rows: readonly BarRow[];
  /** what the values count ("Questions"), named on the value axis */
  valueName: string;
}

/** Pixels per bar, and the room the axis below needs: the chart grows with its rows. */
const ROW_HEIGHT = 26;
const AXIS_ROOM = 40;

/** Horizontal bars, one per row, the first on top, each with its value written at its end. */
export function barByStateOption(spec: BarByStateSpec): { option: ChartOption; height: number } {
  const fmt = spec.formatNumber ?? String;
  const rows = spec.rows;
  const option: ChartOption = {
    ...BASE_OPTION,
    aria: ariaOption(spec),
    grid: {
      left: 16,
      right: 56,
      top: 8,
      bottom: 8,
      outerBoundsMode: 'same',
      outerBoundsContain: 'all',
    },
    tooltip: {
      trigger: 'item',
      formatter: (p) => {
        const i = (Array.isArray(p) ? p[0]?.dataIndex : p.dataIndex) ?? 0;
        const row = rows[i];
        return row ? escapeHtml(row.tooltip ?? `${row.label}: ${fmt(row.value)}`) : '';
      },
    },
    xAxis: {
      type: 'value',
      name: spec.valueName,
      nameLocation: 'middle',
      nameGap: 24,
      minInterval: 1,
      axisLabel: { formatter: (v: number) => fmt(v) },
    },
    yAxis: {
      type: 'category',
      inverse: true,
      data: rows.map((r) => r.label),
      // long names are cut with an ellipsis; the full name is in the tooltip and the data table
      axisLabel: { width: 140, overflow: 'truncate' },
      axisTick: { show: false },
    },
    series: [
      {
        type: 'bar',
        name: spec.valueName,
        data: rows.map((r) => r.value),
        itemStyle: { color: BAR_COLOUR, borderRadius: 2 },
        barMaxWidth: 18,
        label: {
          show: true,
          position: 'right',
          formatter: (p) => fmt(Number(p.value)),
        },
      },
    ],
  };
  return { option, height: rows.length * ROW_HEIGHT + AXIS_ROOM + 16 };
}
