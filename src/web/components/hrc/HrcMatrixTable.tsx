import type { HrcMatrix } from '../../api';
import { label } from '../../i18n';
import { agreementShade } from '../agreement-shade';
import { useI18n } from '../LanguageContext';
import { Link } from '../Link';
import { useStateName } from '../StatesContext';
import { GROUP_ORDER } from './hrc-api';
import { hrcAlignmentHref } from './hrc-href';

/**
 * Every state against every other over a period, states grouped by regional group so blocs show
 * as squares along the diagonal. Columns carry codes to stay narrow; names are on the rows and in
 * each cell's title. Each row's name links to the ranking of who votes with that state.
 */
export function HrcMatrixTable({
  matrix,
  caption,
  period,
}: {
  matrix: HrcMatrix;
  caption: string;
  /** kept on the row links, so the ranking opened covers the same years */
  period: { from: number | null; to: number | null; body: string | null };
}) {
  const { t, fmt, lang } = useI18n();
  const stateName = useStateName();
  const collator = new Intl.Collator(lang === 'zh' ? 'zh-CN' : 'en-GB');
  const rank = (g: string) => {
    const i = (GROUP_ORDER as readonly string[]).indexOf(g);
    return i < 0 ? GROUP_ORDER.length : i;
  };
  const order = matrix.states
    .map((s, i) => ({ ...s, state: s.code, i }))
    .sort((a, b) => rank(a.group) - rank(b.group) || collator.compare(stateName(a), stateName(b)));
  return (
    <div className="table-wrap">
      <table className="matrix hrc-matrix" data-testid="hrc-matrix">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <td />
            {order.map((s) => (
              <th key={s.code} scope="col" data-group={s.group}>
                <abbr title={`${stateName(s)} · ${label(t.hrc.groups, s.group)}`}>{s.code}</abbr>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {order.map((row, r) => {
            const groupStart = r === 0 || order[r - 1]!.group !== row.group;
            return (
              <tr key={row.code} className={groupStart ? 'matrix-group-start' : undefined}>
                <th scope="row">
                  <Link to={hrcAlignmentHref({ state: row.code, ...period })}>
                    {stateName(row)}
                  </Link>
                </th>
                {order.map((col) => {
                  if (col.code === row.code)
                    return <td key={col.code} className="matrix-self" aria-hidden="true" />;
                  const a = matrix.agreement[row.i]![col.i];
                  if (a === null || a === undefined)
                    return (
                      <td key={col.code} className="matrix-none" title={t.agreementNone}>
                        –
                      </td>
                    );
                  const pct = fmt.percent(a);
                  const cell = t.hrc.matrixCell(
                    stateName(row),
                    stateName(col),
                    pct,
                    fmt.number(matrix.votes[row.i]![col.i]!),
                  );
                  return (
                    <td
                      key={col.code}
                      style={agreementShade(a)}
                      title={cell}
                      data-testid="hrc-matrix-cell"
                      data-pair={`${row.code}|${col.code}`}
                      data-agreement={a}
                    >
                      <span aria-hidden="true">{Math.round(a * 100)}</span>
                      <span className="visually-hidden">{cell}</span>
                    </td>
                  );
                })}
              </tr>
            );
          })}
        </tbody>
      </table>
      <div className="matrix-legend" aria-hidden="true">
        <span>{t.agreementLow}</span>
        <span className="matrix-ramp" />
        <span>{t.agreementHigh}</span>
      </div>
    </div>
  );
}
