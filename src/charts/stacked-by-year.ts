import type { ChartOption, ChartText } from './option';
import { OTHER_COLOUR, SERIES_COLOURS } from './palette';
import { stackedColumnsOption } from './stacked-columns';
import type { YearSeries } from './year-series';

export interface StackedByYearSpec extends ChartText {
  years: readonly number[];
  /** from yearSeries(), each with its name in the reader's language */
  series: readonly (YearSeries & { name: string })[];
  valueName: string;
}

/** The colour of the i-th series: the palette for named keys, grey for "others". */
export function yearSeriesColour(series: YearSeries, i: number): string {
  return series.key === null ? OTHER_COLOUR : SERIES_COLOURS[i % SERIES_COLOURS.length]!;
}

/** Stacked columns per year: the top keys (states) and all others, with a legend. */
export function stackedByYearOption(spec: StackedByYearSpec): {
  option: ChartOption;
  height: number;
} {
  return stackedColumnsOption({
    ...spec,
    categories: spec.years.map(String),
    series: spec.series.map((s, i) => ({
      key: s.key ?? '',
      name: s.name,
      colour: yearSeriesColour(s, i),
      values: s.values,
    })),
  });
}
