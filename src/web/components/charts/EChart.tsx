import { useEffect, useRef, useState } from 'react';
import type { ECharts } from 'echarts/core';
import type { ChartOption } from '../../../charts/option';
import { useI18n } from '../LanguageContext';

/**
 * ECharts is loaded on first use, in a chunk of its own (about 600 kB minified): pages without a
 * chart never download it, and the app's first load stays about as small as before
 * (docs/decisions/0010-charts-echarts.md).
 */
const loadECharts = () => import('../../../charts/register').then((m) => m.echarts);

/** What a click on a chart item tells the page: which series and which data point. */
export interface ChartClick {
  seriesIndex: number;
  dataIndex: number;
}

/**
 * One ECharts chart in the page, drawn with the SVG renderer (crisp at any zoom, text selectable,
 * the same renderer the report uses). It adds what only a live page has: tooltips (in the option),
 * a "save as image" button, ECharts' aria description on the container (role="img", the
 * description given here), resizing with its box, and a click handler. The chart's numbers are
 * also in a data table beside it (each caller keeps one), for screen readers and for citing.
 */
export function EChart({
  option,
  height,
  description,
  onItemClick,
  testId,
  fileName,
}: {
  /** from a builder in src/charts; memoise it, a new object redraws the chart */
  option: ChartOption;
  height: number;
  /** read by screen readers as the chart's label */
  description: string;
  onItemClick?: (click: ChartClick) => void;
  testId?: string;
  /** name of the saved image, without extension */
  fileName?: string;
}) {
  const { t, lang } = useI18n();
  const box = useRef<HTMLDivElement>(null);
  const [chart, setChart] = useState<ECharts | null>(null);

  // a new instance per language: ECharts takes its own built-in text (aria, loading) at init
  useEffect(() => {
    let instance: ECharts | null = null;
    let observer: ResizeObserver | null = null;
    let cancelled = false;
    void loadECharts().then((echarts) => {
      const element = box.current;
      if (cancelled || !element) return;
      const created = echarts.init(element, null, {
        renderer: 'svg',
        locale: lang === 'zh' ? 'ZH' : 'EN',
      });
      instance = created;
      observer = new ResizeObserver(() => created.resize());
      observer.observe(element);
      setChart(created);
    });
    return () => {
      cancelled = true;
      observer?.disconnect();
      instance?.dispose();
      setChart(null);
    };
  }, [lang]);

  useEffect(() => {
    chart?.setOption(
      {
        ...option,
        aria: { enabled: true, label: { enabled: true, description } },
      },
      { notMerge: true },
    );
  }, [chart, option, description]);

  useEffect(() => {
    const instance = chart;
    if (!instance || !onItemClick) return;
    const handler = (p: { seriesIndex?: number; dataIndex?: number }) => {
      if (p.seriesIndex !== undefined && p.dataIndex !== undefined)
        onItemClick({ seriesIndex: p.seriesIndex, dataIndex: p.dataIndex });
    };
    instance.on('click', handler);
    return () => {
      instance.off('click', handler);
    };
  }, [chart, onItemClick]);

  // "save as image": the chart as the SVG it is drawn in (ECharts' toolbox would do the same
  // but brings every other toolbox feature into the bundle)
  const save = () => {
    const instance = chart;
    if (!instance) return;
    const link = document.createElement('a');
    link.href = instance.getDataURL({ type: 'svg' });
    link.download = `${fileName ?? t.charts.fileName}.svg`;
    link.click();
  };

  return (
    <div className="echart-wrap">
      <div
        ref={box}
        className="echart"
        role="img"
        aria-label={description}
        data-testid={testId}
        style={{ width: '100%', height }}
      />
      <button type="button" className="link-button small" onClick={save} data-testid="chart-save">
        {t.charts.saveImage}
      </button>
    </div>
  );
}
