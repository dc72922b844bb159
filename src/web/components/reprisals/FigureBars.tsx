import { fitText, niceTicks, textWidth } from '../chart-scale';
import { useElementWidth } from '../useElementWidth';
import { largestCount, type FigureRow } from '../../pages/reprisals/figure-rows';

const ROW = 24;
const BAR = 16;
const TOP = 4;
const AXIS = 20;
const FONT = 12;
const VALUE_WIDTH = 90;

/**
 * The one chart of the reprisals pages: horizontal bars, one per row of a figure, hand-drawn in
 * SVG like the app's other charts. Kept alone in this file so it can be swapped for another chart
 * library without touching the pages. A suppressed row gets no bar, only its words ("fewer than
 * 3"), so its size cannot be read off the picture. The table beside it holds every number.
 */
export function FigureBars({
  rows,
  label,
  suppressedText,
  testId,
}: {
  rows: readonly FigureRow[];
  /** what the chart shows, for screen readers */
  label: string;
  suppressedText: string;
  testId: string;
}) {
  const [ref, width] = useElementWidth(480);
  if (rows.length === 0) return null;
  const longest = Math.max(...rows.map((r) => textWidth(r.label, FONT)));
  const labelWidth = Math.round(Math.min(longest + 10, Math.max(80, width * 0.38)));
  const ticks = niceTicks(Math.max(1, largestCount(rows)), 4);
  const scaleMax = ticks[ticks.length - 1] ?? 1;
  const plot = Math.max(40, width - labelWidth - VALUE_WIDTH);
  const x = (v: number) => labelWidth + (v / scaleMax) * plot;
  const height = TOP + rows.length * ROW + AXIS;
  return (
    <div ref={ref} className="chart">
      <svg
        viewBox={`0 0 ${width} ${height}`}
        role="img"
        aria-label={label}
        className="chart-svg"
        data-testid={testId}
      >
        {ticks.map((tick) => (
          <g key={tick}>
            <line x1={x(tick)} x2={x(tick)} y1={TOP} y2={height - AXIS} stroke="#e8ebef" />
            <text x={x(tick)} y={height - 6} fontSize={FONT - 1} textAnchor="middle" fill="#555d66">
              {tick}
            </text>
          </g>
        ))}
        {rows.map((r, i) => {
          const y = TOP + i * ROW;
          return (
            <g
              key={r.key}
              className="chart-bar"
              data-testid="figure-bar"
              data-key={r.key}
              data-suppressed={r.count === null ? 'true' : undefined}
            >
              <title>{`${r.label}: ${r.count === null ? suppressedText : r.count}`}</title>
              <text
                x={labelWidth - 6}
                y={y + BAR - 3}
                fontSize={FONT}
                textAnchor="end"
                fill="#1a1d21"
              >
                {fitText(r.label, labelWidth - 8, FONT)}
              </text>
              {r.count !== null && (
                <rect x={x(0)} y={y} width={Math.max(1, x(r.count) - x(0))} height={BAR} rx={2} />
              )}
              <text
                x={(r.count === null ? x(0) : x(r.count)) + 4}
                y={y + BAR - 3}
                fontSize={FONT}
                fill="#555d66"
                fontStyle={r.count === null ? 'italic' : undefined}
              >
                {r.count === null ? suppressedText : r.count}
              </text>
            </g>
          );
        })}
      </svg>
    </div>
  );
}
