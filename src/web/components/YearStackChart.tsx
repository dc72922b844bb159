import type { QuestionsByState } from '../api';
import { ChartTopicNote } from './ChartTopicNote';
import { OTHER_COLOUR, SERIES_COLOURS, niceTicks } from './chart-scale';
import { useI18n } from './LanguageContext';
import { useElementWidth } from './useElementWidth';
import { useStateName } from './StatesContext';

const HEIGHT = 260;
const LEFT = 40;
const RIGHT = 8;
const TOP = 10;
const BOTTOM = 24;

export interface YearSeries {
  /** state code, or null for all other states together */
  state: string | null;
  colour: string;
  /** questions per year, aligned with `years` */
  values: number[];
}

/** Splits per-year counts into the top states and one "other states" series, every year present. */
export function yearSeries(figure: QuestionsByState, topStates: readonly string[]) {
  const present = figure.byYear.map((r) => r.year);
  const first = Math.min(...present);
  const last = Math.max(...present);
  const years: number[] = [];
  for (let y = first; y <= last; y++) years.push(y);
  const index = new Map(years.map((y, i) => [y, i]));
  const series: YearSeries[] = [
    ...topStates.map((state, i) => ({
      state,
      colour: SERIES_COLOURS[i % SERIES_COLOURS.length]!,
      values: years.map(() => 0),
    })),
    { state: null, colour: OTHER_COLOUR, values: years.map(() => 0) },
  ];
  const byState = new Map(series.map((s) => [s.state, s]));
  for (const r of figure.byYear) {
    const s = byState.get(r.state) ?? byState.get(null)!;
    s.values[index.get(r.year)!]! += r.questions;
  }
  // drop "other states" when there are none, rather than show an empty legend entry
  const shown = series.filter((s) => s.state !== null || s.values.some((v) => v > 0));
  return { years, series: shown };
}

/** The non-empty segments of one year's column, each with the total stacked below it. */
function stack(series: readonly YearSeries[], i: number) {
  const segments: { s: YearSeries; v: number; below: number }[] = [];
  let below = 0;
  for (const s of series) {
    const v = s.values[i] ?? 0;
    if (v > 0) segments.push({ s, v, below });
    below += v;
  }
  return segments;
}

/** Stacked columns: for each year, the questions of the top states and of all others. */
export function YearStackChart({
  years,
  series,
  topic = null,
}: {
  years: readonly number[];
  series: readonly YearSeries[];
  /** the topic the figure counts, null for all questions */
  topic?: string | null;
}) {
  const { t, fmt } = useI18n();
  const stateName = useStateName();
  const [ref, width] = useElementWidth(640);
  if (years.length === 0) return null;
  const totals = years.map((_, i) => series.reduce((sum, s) => sum + (s.values[i] ?? 0), 0));
  const ticks = niceTicks(Math.max(...totals), 4);
  const scaleMax = ticks[ticks.length - 1] ?? 1;
  const plotH = HEIGHT - TOP - BOTTOM;
  const band = (width - LEFT - RIGHT) / years.length;
  const barW = Math.min(44, band * 0.7);
  const y = (v: number) => TOP + plotH - (v / scaleMax) * plotH;
  // with many years, label every other one so the labels never overlap
  const labelEvery = band < 30 ? Math.ceil(30 / band) : 1;
  const nameOf = (s: YearSeries) => (s.state === null ? t.otherStates : stateName(s.state));
  const named = series.filter((s) => s.state !== null).map(nameOf);
  const label = t.chartByYearLabel(
    String(years[0]),
    String(years[years.length - 1]),
    named.join(t.listSeparator),
  );

  return (
    <figure className="chart" ref={ref}>
      <figcaption className="chart-title">
        {series.some((s) => s.state === null)
          ? t.chartByYearTitle(fmt.number(named.length))
          : t.chartByYearAll}
        <ChartTopicNote topic={topic} />
      </figcaption>
      <svg
        viewBox={`0 0 ${width} ${HEIGHT}`}
        role="img"
        aria-label={label}
        data-testid="questions-year-chart"
        className="chart-svg"
      >
        <title>{label}</title>
        {ticks.map((tick) => (
          <g key={tick} className="chart-grid">
            <line x1={LEFT} x2={width - RIGHT} y1={y(tick)} y2={y(tick)} />
            <text x={LEFT - 6} y={y(tick)} textAnchor="end" dominantBaseline="central">
              {fmt.number(tick)}
            </text>
          </g>
        ))}
        {years.map((year, i) => {
          const cx = LEFT + band * i + band / 2;
          return (
            <g key={year} data-testid="year-column" data-year={year} data-value={totals[i]}>
              {stack(series, i).map(({ s, v, below }) => (
                <rect
                  key={s.state ?? 'other'}
                  x={cx - barW / 2}
                  y={y(below + v)}
                  width={barW}
                  height={y(below) - y(below + v)}
                  fill={s.colour}
                >
                  <title>{`${year} · ${nameOf(s)}${t.colon}${fmt.number(v)}`}</title>
                </rect>
              ))}
              {i % labelEvery === 0 && (
                <text className="chart-axis-label" x={cx} y={HEIGHT - 6} textAnchor="middle">
                  {year}
                </text>
              )}
            </g>
          );
        })}
      </svg>
      <ul className="legend">
        {series.map((s) => (
          <li key={s.state ?? 'other'}>
            <span className="swatch" style={{ background: s.colour }} aria-hidden="true" />
            {nameOf(s)}
          </li>
        ))}
      </ul>
    </figure>
  );
}
