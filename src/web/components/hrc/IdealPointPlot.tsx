import type { IdealPointYear } from '../../api';
import { label } from '../../i18n';
import { useI18n } from '../LanguageContext';
import { useStateName, useStates } from '../StatesContext';
import { GROUP_ORDER } from './hrc-api';

const WIDTH = 760;
const LABEL_W = 190;
const ROW_H = 44;
const PAD = 12;
/** Two labels in a row closer than this would overlap: the second is left to the dot's title. */
const LABEL_GAP = 34;

/**
 * One year's positions as a dot plot: one row per regional group (named at its left, so the
 * group never rests on colour alone), each state a dot at its position with its name in a title
 * (shown on hover and read by screen readers). A readable subset carries a visible ISO code: the
 * two ends of each row and the states the page asks for (`highlight`), alternately above and
 * below the line, none closer than LABEL_GAP to another in its row.
 */
export function IdealPointPlot({
  year,
  highlight = [],
}: {
  year: IdealPointYear;
  highlight?: readonly string[];
}) {
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
        const inRow = year.points
          .filter((p) => groupOf(p.state) === g)
          .sort((a, b) => a.position - b.position);
        const wanted = [
          ...inRow.filter((p) => highlight.includes(p.state)),
          inRow[0]!,
          inRow[inRow.length - 1]!,
        ];
        const labelled: { state: string; x: number }[] = [];
        for (const p of wanted) {
          const px = x(p.position);
          if (labelled.some((l) => l.state === p.state || Math.abs(l.x - px) < LABEL_GAP)) continue;
          labelled.push({ state: p.state, x: px });
        }
        labelled.sort((a, b) => a.x - b.x);
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
            {labelled.map((l, i) => (
              <text
                key={`label-${l.state}`}
                x={l.x}
                y={i % 2 === 0 ? y - 9 : y + 17}
                textAnchor="middle"
                className="ideal-label"
                data-testid="ideal-label"
                data-state={l.state}
              >
                {l.state}
              </text>
            ))}
          </g>
        );
      })}
    </svg>
  );
}
