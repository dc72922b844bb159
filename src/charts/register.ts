import * as echarts from 'echarts/core';
import { BarChart, HeatmapChart, ScatterChart } from 'echarts/charts';
import {
  AriaComponent,
  GridComponent,
  LegendPlainComponent,
  MarkLineComponent,
  TooltipComponent,
  VisualMapContinuousComponent,
} from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';

/**
 * Only the charts and components Ground Pass draws are registered (echarts/core, not the full
 * 'echarts' bundle), which keeps the web bundle small; ChartOption (option.ts) names the same set.
 * No toolbox: it installs every feature (data view, data zoom, brush…), about 60 kB minified,
 * for one button; "save as image" is a button of our own in the web wrapper (getDataURL).
 * Registering is idempotent, so the web and the report may both import this.
 */
echarts.use([
  BarChart,
  ScatterChart,
  HeatmapChart,
  AriaComponent,
  GridComponent,
  LegendPlainComponent,
  MarkLineComponent,
  TooltipComponent,
  VisualMapContinuousComponent,
  SVGRenderer,
]);

export { echarts };
