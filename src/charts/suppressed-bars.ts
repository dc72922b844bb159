import { type ChartOption, type ChartText, BASE_OPTION, ariaOption, escapeHtml } from './option';
import { BAR_COLOUR } from './palette';

/** One row of a figure whose small counts may be withheld (the reprisals registry's public figures). */
export interface SuppressibleRow {
  /** stable key of the row (a code, not a label) */
  key: string;
  /** the name shown on the axis, in the reader's language */
  label: string;
  /** null when the count is suppressed: the row is drawn as words, never as a bar or a number */
  value: number | null;
}

export interface SuppressedBarsSpec extends ChartText {
  /** the rows in the order they are drawn from the top */
  rows: readonly SuppressibleRow[];
  /** what a suppressed row says instead of its number ("fewer than 3") */
  suppressedText: string;
  /** what the values count ("Cases"), named on the value axis */
  valueName: string;
}

/** ECharts' own mark for a missing value: no bar, no label, no tooltip of its own. */
const MISSING = '-';
const ROW_HEIGHT = 26;
const AXIS_ROOM = 40;
const MUTED = '#555d66';

/**
 * Horizontal bars, one per row, the first on top, each shown value written at its bar's end. A
 * suppressed row has no bar and no number anywhere in the option: its data point is ECharts'
 * missing value, its words ("fewer than 3") sit where its bar would start (a second category axis
 * whose labels are drawn inside the grid), and its tooltip says the same words. The value axis is
 * scaled on the shown counts only, so not even the axis range depends on a withheld count.
 */
export function suppressedBarsOption(spec: SuppressedBarsSpec): {
  option: ChartOption;
  height: number;
} {
  const fmt = spec.formatNumber ?? String;
  const rows = spec.rows;
  const valueText = (row: SuppressibleRow) =>
    row.value === null ? spec.suppressedText : fmt(row.value);
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
      // by row, not by bar: a suppressed row has no bar to hover but still answers in words
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      formatter: (p) => {
        const first = Array.isArray(p) ? p[0] : p;
        const row = first?.dataIndex === undefined ? undefined : rows[first.dataIndex];
        return row ? escapeHtml(`${row.label}: ${valueText(row)}`) : '';
      },
    },
    xAxis: {
      type: 'value',
      name: spec.valueName,
      nameLocation: 'middle',
      nameGap: 24,
      minInterval: 1,
      // at least 1, so a figure whose every row is suppressed still has an axis of its own
      max: (extent: { max: number }) => Math.max(1, extent.max),
      axisLabel: { formatter: (v: number) => fmt(v) },
    },
    yAxis: [
      {
        type: 'category',
        inverse: true,
        data: rows.map((r) => r.label),
        // long names are cut with an ellipsis; the full name is in the tooltip and the table
        axisLabel: { width: 140, overflow: 'truncate', interval: 0 },
        axisTick: { show: false },
      },
      {
        // the suppressed rows' words, inside the grid where their bars would start
        type: 'category',
        position: 'left',
        inverse: true,
        data: rows.map((r) => r.key),
        axisLine: { show: false },
        axisTick: { show: false },
        splitLine: { show: false },
        axisLabel: {
          inside: true,
          interval: 0,
          color: MUTED,
          fontStyle: 'italic',
          formatter: (_key: string, i: number) =>
            rows[i]?.value === null ? spec.suppressedText : '',
        },
      },
    ],
    series: [
      {
        type: 'bar',
        name: spec.valueName,
        yAxisIndex: 0,
        data: rows.map((r) => r.value ?? MISSING),
        itemStyle: { color: BAR_COLOUR, borderRadius: 2 },
        barMaxWidth: 18,
        label: {
          show: true,
          position: 'right',
          color: MUTED,
          formatter: (p) => fmt(Number(p.value)),
        },
      },
    ],
  };
  return { option, height: rows.length * ROW_HEIGHT + AXIS_ROOM + 16 };
}
