import type { Page } from 'playwright-core';

/**
 * What a chart drawn by EChart holds, read in the page: its ECharts option (the data, the row
 * labels, each row's tooltip and words as the formatters write them, the aria description) and
 * its DOM (every SVG text, the bars drawn, the value axis' ticks). Browser tests use it to check
 * what a chart shows beyond its picture.
 */
export interface ChartSeen {
  /** the first series' data, one item per row ('-' for a row with no bar) */
  data: unknown[];
  /** the category axis' labels, top row first */
  labels: string[];
  /** what the second category axis writes on each row ('' for none) */
  words: string[];
  /** the tooltip formatter's answer for each row */
  tooltips: string[];
  /** the tooltip ECharts shows in the DOM when each row is hovered */
  tooltipDom: string[];
  aria: string;
  /** every <text> in the chart's SVG */
  texts: string[];
  /** bars drawn: SVG paths in the bar colour */
  bars: number;
  /** the value axis' tick values */
  ticks: number[];
}

/**
 * ECharts is in a lazily loaded chunk of its own (register-*.js); importing the same URL in the
 * page gives the very module instance the app uses, so getInstanceByDom finds the app's charts.
 * The import is sent as a string: the test runner rewrites import() in test code for Node.
 */
export async function exposeECharts(page: Page): Promise<void> {
  const url = await page.waitForFunction(() =>
    performance
      .getEntriesByType('resource')
      .map((e) => e.name)
      .find((n) => /\/assets\/register-[\w-]+\.js$/.test(n)),
  );
  const chunk = (await url.jsonValue()) as string;
  await page.evaluate(
    `import(${JSON.stringify(chunk)}).then((m) => { window.__gpECharts = m.echarts; })`,
  );
}

/** Reads the chart whose container has data-testid `testId` (exposeECharts first). */
export async function inspectChart(
  page: Page,
  testId: string,
  barColour: string,
): Promise<ChartSeen> {
  await page.locator(`[data-testid="${testId}"] svg`).first().waitFor();
  return page.evaluate(
    ({ testId, barColour }) => {
      type Formatter = (...args: unknown[]) => string;
      interface Option {
        series: { data: unknown[] }[];
        yAxis: { data: string[]; axisLabel?: { formatter?: Formatter } }[];
        tooltip: { formatter: Formatter }[];
        aria: { label: { description: string } } | { label: { description: string } }[];
      }
      interface Instance {
        getOption(): Option;
        dispatchAction(action: Record<string, unknown>): void;
        convertToPixel(finder: Record<string, number>, value: number): number;
        getModel(): {
          getComponent(
            type: string,
            index: number,
          ): { axis: { scale: { getTicks(): { value: number }[] } } };
        };
      }
      const echarts = (
        window as unknown as { __gpECharts: { getInstanceByDom(el: Element): Instance } }
      ).__gpECharts;
      const box = document.querySelector(`[data-testid="${testId}"]`)!;
      const chart = echarts.getInstanceByDom(box);
      const option = chart.getOption();
      const data = option.series[0]!.data;
      const [names, words] = option.yAxis;
      const tooltipDom = data.map((_, dataIndex) => {
        // hovered at the row's height just right of the axis, as a reader's pointer would
        const y = chart.convertToPixel({ yAxisIndex: 0 }, dataIndex);
        const x = chart.convertToPixel({ xAxisIndex: 0 }, 0) + 8;
        chart.dispatchAction({ type: 'showTip', x, y });
        // the tooltip is the container's child beside the one holding the SVG
        const tip = [...box.children].find((d) => d.tagName === 'DIV' && !d.querySelector('svg'));
        return tip?.textContent ?? '';
      });
      chart.dispatchAction({ type: 'hideTip' });
      return {
        data,
        labels: names!.data,
        words: (words?.data ?? []).map((k, i) => words?.axisLabel?.formatter?.(k, i) ?? ''),
        tooltips: data.map((_, i) => option.tooltip[0]!.formatter([{ dataIndex: i }])),
        tooltipDom,
        aria: (Array.isArray(option.aria) ? option.aria[0]! : option.aria).label.description,
        texts: [...box.querySelectorAll('svg text')].map((t) => t.textContent ?? ''),
        bars: box.querySelectorAll(`svg path[fill="${barColour}"]`).length,
        ticks: chart
          .getModel()
          .getComponent('xAxis', 0)
          .axis.scale.getTicks()
          .map((t) => t.value),
      };
    },
    { testId, barColour },
  );
}
