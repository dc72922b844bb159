import type { ComposeOption } from 'echarts/core';
import type { BarSeriesOption, HeatmapSeriesOption, ScatterSeriesOption } from 'echarts/charts';
import type {
  AriaComponentOption,
  GridComponentOption,
  LegendComponentOption,
  MarkLineComponentOption,
  TooltipComponentOption,
  VisualMapComponentOption,
} from 'echarts/components';

/**
 * The ECharts option type narrowed to the charts and components Ground Pass registers
 * (register.ts), so an option that needs something unregistered fails to typecheck instead of
 * rendering nothing.
 */
export type ChartOption = ComposeOption<
  | BarSeriesOption
  | ScatterSeriesOption
  | HeatmapSeriesOption
  | GridComponentOption
  | TooltipComponentOption
  | LegendComponentOption
  | AriaComponentOption
  | MarkLineComponentOption
  | VisualMapComponentOption
>;

/** How a chart writes a number; the caller passes its locale's formatter (en-GB, zh-CN). */
export type FormatNumber = (n: number) => string;

/** What every chart spec carries: its accessible name and the sentence that describes it. */
export interface ChartText {
  /** short name, used as the SVG <title> and the aria label */
  title: string;
  /** one or two sentences saying what the chart shows and its main figure, for screen readers */
  description: string;
  /** formats the numbers on axes, labels and tooltips; plain String when absent */
  formatNumber?: FormatNumber;
}

/** ECharts' own aria description replaced by ours: its generated text is English-only boilerplate. */
export function ariaOption(text: ChartText): AriaComponentOption {
  return { enabled: true, label: { enabled: true, description: text.description } };
}

/** Options every chart shares: no animation (static SVG and reproducible output), the font. */
export const BASE_OPTION = {
  animation: false,
  textStyle: {
    // a CJK face in the list, so Chinese labels render with the fonts the PDF machine has; single
    // quotes only: zrender writes the list into a double-quoted SVG style attribute unescaped
    fontFamily: "system-ui, 'Segoe UI', Roboto, 'Noto Sans CJK SC', 'Noto Sans SC', sans-serif",
  },
} as const;

/** Escapes text for ECharts' HTML tooltips (they are innerHTML): a state name is data, not markup. */
export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}
