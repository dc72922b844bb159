import { useMemo } from 'react';
import { suppressedBarsOption } from '../../../charts/suppressed-bars';
import { EChart } from '../charts/EChart';
import { useI18n } from '../LanguageContext';
import type { FigureRow } from '../../pages/reprisals/figure-rows';

/**
 * The one chart of the reprisals pages: horizontal bars, one per row of a figure, drawn by the
 * shared chart library (src/charts, ECharts loaded on first use by EChart). A suppressed row gets
 * no bar and no number in the chart's option, tooltip or description, only its words ("fewer than
 * 3"), so its size cannot be read off the picture or the page. The table beside it holds every
 * number the reader may see.
 */
export function FigureBars({
  rows,
  label,
  suppressedText,
  testId,
  fileName,
}: {
  rows: readonly FigureRow[];
  /** what the chart shows, for screen readers */
  label: string;
  suppressedText: string;
  testId: string;
  /** name of the saved image, without extension */
  fileName?: string;
}) {
  const { t, fmt } = useI18n();
  const { option, height } = useMemo(
    () =>
      suppressedBarsOption({
        title: label,
        description: label,
        suppressedText,
        valueName: t.reprisals.colCount,
        formatNumber: fmt.number,
        rows: rows.map((r) => ({ key: r.key, label: r.label, value: r.count })),
      }),
    [rows, label, suppressedText, t, fmt],
  );
  if (rows.length === 0) return null;
  return (
    <figure className="chart">
      <EChart
        option={option}
        height={height}
        description={label}
        testId={testId}
        fileName={fileName}
      />
    </figure>
  );
}
