import type { UprProfileCycle, UprUnitChange } from '../../api';
import { label } from '../../i18n';
import { OTHER_COLOUR, niceTicks } from '../chart-scale';
import { useI18n } from '../LanguageContext';
import { useElementWidth } from '../useElementWidth';

const HEIGHT = 280;
const LEFT = 44;
const RIGHT = 8;
/** room above the tallest bar for its noted + rejected rate, and above that a unit change */
const TOP = 40;
/** room below the axis for the cycle and, under it, the unit it is counted in */
const BOTTOM = 42;

/** The responses stacked from the bottom, accepted first, so the noted and rejected sit on top. */
export const RESPONSE_SERIES = [
  { key: 'supported', colour: '#009E73' },
  { key: 'partially', colour: '#56B4E9' },
  { key: 'noted', colour: '#E69F00' },
  { key: 'rejected', colour: '#D55E00' },
  { key: 'pending', colour: OTHER_COLOUR },
] as const;

type ResponseKey = (typeof RESPONSE_SERIES)[number]['key'];

/** Stacked columns, one per cycle: how the state answered, with its noted + rejected rate above. */
export function ResponseCycleChart({
  cycles,
  unitChanges = [],
  stateName,
}: {
  cycles: readonly UprProfileCycle[];
  /** where the unit changes between two cycles: a dashed line there, and a note under the chart */
  unitChanges?: readonly UprUnitChange[];
  stateName: string;
}) {
  const { t, fmt } = useI18n();
  const [ref, width] = useElementWidth(560);
  if (cycles.length === 0) return null;
  const series = RESPONSE_SERIES.filter(
    (s) => s.key !== 'pending' || cycles.some((c) => c.pending > 0),
  );
  const ticks = niceTicks(Math.max(...cycles.map((c) => c.total)), 4);
  const scaleMax = ticks[ticks.length - 1] ?? 1;
  const plotH = HEIGHT - TOP - BOTTOM;
  const band = (width - LEFT - RIGHT) / cycles.length;
  const barW = Math.min(64, band * 0.6);
  const y = (v: number) => TOP + plotH - (v / scaleMax) * plotH;
  const rates = cycles
    .map((c) => t.upr.chartRate(String(c.cycle), fmt.percent(c.notedOrRejectedRate)))
    .join(t.listSeparator);
  const aria = t.upr.chartLabel(stateName, rates);

  return (
    <figure className="chart" ref={ref}>
      <figcaption className="chart-title">{t.upr.chartTitle}</figcaption>
      <svg
        viewBox={`0 0 ${width} ${HEIGHT}`}
        role="img"
        aria-label={aria}
        className="chart-svg"
        data-testid="upr-cycle-chart"
      >
        <title>{aria}</title>
        {ticks.map((tick) => (
          <g key={tick} className="chart-grid">
            <line x1={LEFT} x2={width - RIGHT} y1={y(tick)} y2={y(tick)} />
            <text x={LEFT - 6} y={y(tick)} textAnchor="end" dominantBaseline="central">
              {fmt.number(tick)}
            </text>
          </g>
        ))}
        {cycles.map((c, i) => {
          const cx = LEFT + band * i + band / 2;
          let below = 0;
          return (
            <g
              key={c.cycle}
              data-testid="cycle-column"
              data-cycle={c.cycle}
              data-total={c.total}
              data-rate={c.notedOrRejectedRate}
            >
              {series.map((s) => {
                const v = c[s.key as ResponseKey];
                const base = below;
                below += v;
                if (v === 0) return null;
                return (
                  <rect
                    key={s.key}
                    x={cx - barW / 2}
                    y={y(base + v)}
                    width={barW}
                    height={y(base) - y(base + v)}
                    fill={s.colour}
                    data-testid="cycle-segment"
                    data-response={s.key}
                    data-value={v}
                  >
                    <title>{`${t.upr.cycleN(String(c.cycle))} · ${label(t.upr.responses, s.key)}${t.colon}${fmt.number(v)}`}</title>
                  </rect>
                );
              })}
              <text
                className="chart-value"
                x={cx}
                y={y(c.total) - 8}
                textAnchor="middle"
                data-testid="cycle-rate"
              >
                {fmt.percent(c.notedOrRejectedRate)}
              </text>
              <text className="chart-axis-label" x={cx} y={HEIGHT - 22} textAnchor="middle">
                {t.upr.cycleN(String(c.cycle))}
              </text>
              <text
                className="chart-axis-label muted"
                x={cx}
                y={HEIGHT - 6}
                textAnchor="middle"
                data-testid="cycle-unit-label"
              >
                {label(t.upr.unitsShort, c.unit)}
              </text>
            </g>
          );
        })}
        {unitChanges.map((ch) => {
          const i = cycles.findIndex((c) => c.cycle === ch.afterCycle);
          if (i <= 0) return null;
          const x = LEFT + band * i;
          return (
            <g
              key={ch.afterCycle}
              className="chart-unit-change"
              data-testid="unit-change"
              data-before={ch.beforeCycle}
              data-after={ch.afterCycle}
            >
              <line
                x1={x}
                x2={x}
                y1={TOP - 16}
                y2={HEIGHT - BOTTOM}
                stroke="currentColor"
                strokeDasharray="4 3"
              />
              <text x={x} y={TOP - 20} textAnchor="middle" className="chart-axis-label">
                {t.upr.unitChangeMark}
              </text>
            </g>
          );
        })}
      </svg>
      <ul className="legend">
        {series.map((s) => (
          <li key={s.key}>
            <span className="swatch" style={{ background: s.colour }} aria-hidden="true" />
            {label(t.upr.responses, s.key)}
          </li>
        ))}
        <li className="muted">{`% = ${t.upr.rateAbove}`}</li>
      </ul>
      {unitChanges.map((ch) => (
        <p key={ch.afterCycle} className="status" data-testid="unit-change-note">
          {t.upr.unitChangeNote(
            String(ch.beforeCycle),
            String(ch.afterCycle),
            label(t.upr.units, ch.from),
            label(t.upr.units, ch.to),
          )}
        </p>
      ))}
    </figure>
  );
}
