import { type ChartOption, type ChartText, BASE_OPTION, ariaOption, escapeHtml } from './option';
import { OTHER_COLOUR, SERIES_COLOURS } from './palette';

/** A row of the dot plot, e.g. a UN regional group. */
export interface ScatterRow {
  key: string;
  /** named at the row's left, so a row never rests on colour alone */
  label: string;
}

/** One dot: a state at its position in a row. */
export interface ScatterPoint {
  /** stable key (ISO code); a click hands it back */
  key: string;
  /** the row's key */
  row: string;
  x: number;
  tooltip: string;
  /** written beside the dot (an ISO code) when given; dots without stay unlabelled */
  label?: string;
}

export interface IdealPointSpec extends ChartText {
  rows: readonly ScatterRow[];
  points: readonly ScatterPoint[];
  /** what the horizontal axis measures */
  xName: string;
}

const ROW_HEIGHT = 44;

/**
 * A dot plot: one row per group, each point a dot at its position, a readable subset labelled.
 * One series per row, so each group has its colour and a legend entry as well as its row name.
 */
export function idealPointOption(spec: IdealPointSpec): { option: ChartOption; height: number } {
  const fmt = spec.formatNumber ?? String;
  const rowIndex = new Map(spec.rows.map((r, i) => [r.key, i]));
  const option: ChartOption = {
    ...BASE_OPTION,
    aria: ariaOption(spec),
    grid: {
      left: 8,
      right: 16,
      top: 8,
      bottom: 48,
      outerBoundsMode: 'same',
      outerBoundsContain: 'all',
    },
    tooltip: { trigger: 'item' },
    legend: { bottom: 0, data: spec.rows.map((r) => r.label) },
    xAxis: {
      type: 'value',
      name: spec.xName,
      nameLocation: 'middle',
      nameGap: 24,
      scale: true,
      axisLabel: { formatter: (v: number) => fmt(v) },
    },
    yAxis: {
      type: 'category',
      inverse: true,
      data: spec.rows.map((r) => r.label),
      splitLine: { show: true },
      axisTick: { show: false },
    },
    series: spec.rows.map((row, i) => {
      const points = spec.points.filter((p) => p.row === row.key);
      return {
        type: 'scatter' as const,
        name: row.label,
        symbolSize: 10,
        itemStyle: {
          color: i < SERIES_COLOURS.length ? SERIES_COLOURS[i] : OTHER_COLOUR,
          opacity: 0.85,
        },
        tooltip: {
          formatter: (p: { dataIndex: number }) => escapeHtml(points[p.dataIndex]?.tooltip ?? ''),
        },
        data: points.map((p, j) => ({
          value: [p.x, rowIndex.get(p.row)!],
          ...(p.label
            ? {
                label: {
                  show: true,
                  formatter: p.label,
                  // alternately above and below, so neighbouring labels do not collide
                  position: j % 2 === 0 ? ('top' as const) : ('bottom' as const),
                  fontSize: 11,
                },
              }
            : {}),
        })),
      };
    }),
  };
  return { option, height: spec.rows.length * ROW_HEIGHT + 96 };
}
