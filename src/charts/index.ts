/**
 * Charts shared by the web app and the annual report: pure builders from chart specs (data and
 * already-translated text) to ECharts options, and a server-side SVG renderer for the report.
 * No DOM and no React here; the web's wrapper is src/web/components/charts/EChart.tsx.
 */
export type { ChartOption, ChartText, FormatNumber } from './option';
export { SERIES_COLOURS, OTHER_COLOUR, RESPONSE_COLOURS } from './palette';
export { barByStateOption, type BarByStateSpec, type BarRow } from './bar-by-state';
export {
  stackedColumnsOption,
  type StackedColumnsSpec,
  type StackSeries,
  type ColumnDivider,
} from './stacked-columns';
export { stackedByYearOption, yearSeriesColour, type StackedByYearSpec } from './stacked-by-year';
export { yearSeries, type YearCount, type YearSeries } from './year-series';
export {
  responseByCycleOption,
  RESPONSE_KEYS,
  type ResponseKey,
  type CycleResponses,
  type ResponseByCycleSpec,
} from './response-by-cycle';
export {
  idealPointOption,
  type IdealPointSpec,
  type ScatterPoint,
  type ScatterRow,
} from './ideal-point-scatter';
export { heatmapOption, type HeatmapSpec, type HeatmapCell } from './heatmap';
export {
  suppressedBarsOption,
  type SuppressedBarsSpec,
  type SuppressibleRow,
} from './suppressed-bars';
export { renderChartSvg, normaliseSvgIds, type SvgChartOptions } from './render-svg';
