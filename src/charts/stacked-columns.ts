import { type ChartOption, type ChartText, BASE_OPTION, ariaOption, escapeHtml } from './option';

/** One stacked series: its values aligned with the spec's categories. */
export interface StackSeries {
  /** stable key (a state code, a response); a click hands it back */
  key: string;
  /** the legend and tooltip name, in the reader's language */
  name: string;
  colour: string;
  values: readonly number[];
}

/** A dashed line between two columns, e.g. where the unit a figure is counted in changes. */
export interface ColumnDivider {
  /** the line sits just before this category index */
  beforeIndex: number;
  label: string;
}

export interface StackedColumnsSpec extends ChartText {
  /** one column per category (years, cycles), left to right */
  categories: readonly string[];
  /** a second line under a category's name (e.g. the unit it is counted in) */
  categoryNotes?: readonly string[];
  /** stacked from the bottom in this order */
  series: readonly StackSeries[];
  /** text written above each column (a total, a rate); none when absent */
  topLabels?: readonly string[];
  dividers?: readonly ColumnDivider[];
  /** what the values count, named on the value axis */
  valueName: string;
  /** the category's name in a tooltip: "Cycle 3" for "3"; the category itself when absent */
  categoryTitle?: (category: string) => string;
}

const HEIGHT = 300;
/** name of the invisible series that carries the labels above the columns */
const TOP_LABEL_SERIES = '\u200btop';
/** name of the empty series that carries the dividers */
const DIVIDER_SERIES = '\u200bdividers';

/**
 * Stacked columns with a legend. Labels above the columns ride on an invisible zero-height series
 * stacked last, so they sit on top of each column whatever its height.
 */
export function stackedColumnsOption(spec: StackedColumnsSpec): {
  option: ChartOption;
  height: number;
} {
  const fmt = spec.formatNumber ?? String;
  const title = spec.categoryTitle ?? ((c: string) => c);
  const notes = spec.categoryNotes;
  const dividers = spec.dividers ?? [];
  const series: NonNullable<ChartOption['series']> = spec.series.map((s) => ({
    type: 'bar' as const,
    name: s.name,
    stack: 'total',
    data: s.values.map((v) => v),
    itemStyle: { color: s.colour },
    barMaxWidth: 56,
    tooltip: {
      formatter: (p: { dataIndex: number }) =>
        escapeHtml(
          `${title(spec.categories[p.dataIndex] ?? '')} · ${s.name}: ${fmt(s.values[p.dataIndex] ?? 0)}`,
        ),
    },
  }));
  if (dividers.length > 0) {
    // A category axis can only place a mark line on a category's centre; the dividers sit between
    // two columns, so they hang on a hidden value axis laid over it (-0.5 … n-0.5: i-0.5 is the
    // boundary before column i) through an empty series of their own.
    series.push({
      type: 'scatter',
      name: DIVIDER_SERIES,
      xAxisIndex: 1,
      silent: true,
      data: [],
      tooltip: { show: false },
      markLine: {
        silent: true,
        symbol: 'none',
        lineStyle: { type: 'dashed', color: '#555' },
        label: {
          position: 'insideEndTop',
          formatter: (p) => dividers[p.dataIndex ?? 0]?.label ?? '',
        },
        data: dividers.map((d) => ({ xAxis: d.beforeIndex - 0.5 })),
      },
    });
  }
  if (spec.topLabels) {
    const labels = spec.topLabels;
    series.push({
      type: 'bar',
      name: TOP_LABEL_SERIES,
      stack: 'total',
      silent: true,
      data: spec.categories.map(() => 0),
      label: {
        show: true,
        position: 'top',
        fontWeight: 'bold',
        formatter: (p) => labels[p.dataIndex] ?? '',
      },
      tooltip: { show: false },
    });
  }
  const option: ChartOption = {
    ...BASE_OPTION,
    aria: ariaOption(spec),
    grid: {
      left: 8,
      right: 8,
      top: 36,
      bottom: 48,
      outerBoundsMode: 'same',
      outerBoundsContain: 'all',
    },
    tooltip: { trigger: 'item' },
    legend: {
      bottom: 0,
      data: spec.series.map((s) => s.name),
    },
    xAxis: [
      {
        type: 'category',
        data: [...spec.categories],
        axisTick: { alignWithLabel: true },
        axisLabel: {
          formatter: (value: string, i: number) => (notes?.[i] ? `${value}\n${notes[i]}` : value),
        },
      },
      {
        type: 'value',
        show: false,
        min: -0.5,
        max: spec.categories.length - 0.5,
      },
    ],
    yAxis: {
      type: 'value',
      name: spec.valueName,
      minInterval: 1,
      // grid lines only; an axis line would also be drawn at the hidden divider axis' zero
      axisLine: { show: false },
      axisTick: { show: false },
      axisLabel: { formatter: (v: number) => fmt(v) },
    },
    series,
  };
  return { option, height: HEIGHT };
}
