import type { IdealPointYear } from '../../api';
import { label } from '../../i18n';
import { useI18n } from '../LanguageContext';
import { useStateName, useStates } from '../StatesContext';
import { GROUP_ORDER } from './hrc-api';

const WIDTH = 760;
const LABEL_W = 190;
const ROW_H = 28;
const PAD = 12;

/**
 * One year's positions as a dot plot: one row per regional group (named at its left, so the
 * group never rests on colour alone), each state a dot at its position with its name in a title.
 */
export function IdealPointPlot({ year }: { year: IdealPointYear }) {
  const { t, fmt } = useI18n();
  const states = useStates();
  const stateName = useStateName();
  const groupOf = (s: string) => {
    const g = states.get(s)?.group;
    return g && (GROUP_ORDER as readonly string[]).includes(g) ? g : 'none';
  };
  const rows = GROUP_ORDER.filter((g) => year.points.some((p) => groupOf(p.state) === g));
  const xs = year.points.map((p) => p.position);
  const lo = Math.min(...xs);
  const hi = Math.max(...xs);
  const span = hi - lo || 1;
  const x = (v: number) => LABEL_W + PAD + ((v - lo) / span) * (WIDTH - LABEL_W - 2 * PAD);
  const height = rows.length * ROW_H + 2 * PAD;
  return (
    <svg
      className="chart-svg ideal-plot"
      viewBox={`0 0 ${WIDTH} ${height}`}
      role="img"
      aria-label={t.hrc.idealPlotLabel(String(year.year), fmt.number(year.points.length))}
      data-testid="ideal-plot"
    >
      {rows.map((g, r) => {
        const y = PAD + r * ROW_H + ROW_H / 2;
        return (
          <g key={g} className={`ideal-row ideal-${g}`}>
            <text x={LABEL_W - 4} y={y + 4} textAnchor="end">
              {label(t.hrc.groupsShort, g)}
            </text>
            <line x1={LABEL_W + PAD} x2={WIDTH - PAD} y1={y} y2={y} className="ideal-axis" />
            {year.points
              .filter((p) => groupOf(p.state) === g)
              .map((p) => (
                <circle
                  key={p.state}
                  cx={x(p.position)}
                  cy={y}
                  r={5}
                  data-testid="ideal-dot"
                  data-state={p.state}
                >
                  <title>
                    {t.hrc.idealDot(stateName(p), fmt.decimal(p.position), fmt.number(p.votes))}
                  </title>
                </circle>
              ))}
          </g>
        );
      })}
    </svg>
  );
}
