import type { StateQuestionShare } from '../api';
import { ChartTopicNote } from './ChartTopicNote';
import { fitText, niceTicks, textWidth } from './chart-scale';
import { useI18n } from './LanguageContext';
import { useElementWidth } from './useElementWidth';
import { useStateName } from './StatesContext';

const VALUE_WIDTH = 44;
const ROW = 26;
const BAR = 18;
const TOP = 6;
const AXIS = 24;
const FONT = 13;

/** Horizontal bars: questions per state, most first. The table beside it holds every number. */
export function StateBarChart({
  rows,
  of,
  topic = null,
}: {
  rows: readonly StateQuestionShare[];
  /** how many states there are in all, so the title says when the chart shows only the top */
  of: number;
  /** the topic the figure counts, null for all questions */
  topic?: string | null;
}) {
  const { t, fmt } = useI18n();
  const stateName = useStateName();
  const [ref, width] = useElementWidth(640);
  const top = rows[0];
  if (!top) return null;
  // as wide as the longest name, up to a third of the chart; longer names are shortened (the
  // full name is in each bar's <title>)
  const longest = Math.max(...rows.map((r) => textWidth(stateName(r), FONT)));
  const labelWidth = Math.round(Math.min(longest + 14, Math.max(96, width * 0.34)));
  const max = top.questions;
  const ticks = niceTicks(max, 4);
  const scaleMax = ticks[ticks.length - 1] ?? max;
  const plot = width - labelWidth - VALUE_WIDTH;
  const x = (v: number) => labelWidth + (v / scaleMax) * plot;
  const height = TOP + rows.length * ROW + AXIS;
  const title = rows.length < of ? t.chartByStateTitle(fmt.number(rows.length)) : t.chartByStateAll;
  const label = t.chartByStateLabel(
    fmt.number(rows.length),
    stateName(top),
    fmt.number(top.questions),
  );

  return (
    <figure className="chart" ref={ref}>
      <figcaption className="chart-title">
        {title}
        <ChartTopicNote topic={topic} />
      </figcaption>
      <svg
        viewBox={`0 0 ${width} ${height}`}
        role="img"
        aria-label={label}
        data-testid="questions-chart"
        className="chart-svg"
      >
        <title>{label}</title>
        {ticks.map((tick) => (
          <g key={tick} className="chart-grid">
            <line x1={x(tick)} x2={x(tick)} y1={TOP} y2={TOP + rows.length * ROW} />
            <text x={x(tick)} y={TOP + rows.length * ROW + 16} textAnchor="middle">
              {fmt.number(tick)}
            </text>
          </g>
        ))}
        {rows.map((row, i) => {
          const y = TOP + i * ROW;
          const name = stateName(row);
          return (
            <g
              key={row.state}
              className="chart-bar"
              data-testid="chart-bar"
              data-state={row.state}
              data-value={row.questions}
            >
              <title>{`${name}${t.colon}${fmt.number(row.questions)} (${fmt.percent(row.share)})`}</title>
              <text x={labelWidth - 8} y={y + ROW / 2} textAnchor="end" dominantBaseline="central">
                {fitText(name, labelWidth - 12, FONT)}
              </text>
              <rect
                x={labelWidth}
                y={y + (ROW - BAR) / 2}
                width={Math.max(1, x(row.questions) - labelWidth)}
                height={BAR}
                rx={2}
              />
              <text
                className="chart-value"
                x={x(row.questions) + 6}
                y={y + ROW / 2}
                dominantBaseline="central"
              >
                {fmt.number(row.questions)}
              </text>
            </g>
          );
        })}
      </svg>
    </figure>
  );
}
