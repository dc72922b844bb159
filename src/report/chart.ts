import { renderChartSvg, SERIES_COLOURS, stackedColumnsOption } from '../charts/index.js';
import { num } from './figure.js';
import { REPORT_MESSAGES } from './i18n.js';
import type { ChartSpec, ReportLang } from './types.js';

/*
 * The report's one door to the chart library: every chart goes through `renderChart`, which draws
 * it with the ECharts renderer the web app shares (src/charts/): static SVG, no script, the same
 * bytes for the same chart. The chart's data is printed as a table beside it (html.ts).
 */

const WIDTH = 640;

/** A static SVG of the chart, deterministic for its input. */
export function renderChart(spec: ChartSpec, lang: ReportLang): string {
  const t = REPORT_MESSAGES[lang];
  const title = spec.title[lang];
  const { option, height } = stackedColumnsOption({
    title,
    description: t.chartDescription(title),
    formatNumber: (n) => num(n, Number.isInteger(n) ? 0 : 1),
    categories: spec.categories,
    series: spec.series.map((s, i) => ({
      key: `s${i}`,
      name: s.name[lang],
      colour: SERIES_COLOURS[i % SERIES_COLOURS.length]!,
      values: s.values.map((v) => v ?? 0),
    })),
    valueName: spec.series.length === 1 ? spec.series[0]!.name[lang] : '',
  });
  return renderChartSvg(option, {
    width: WIDTH,
    height,
    title,
    description: t.chartDescription(title),
  });
}
