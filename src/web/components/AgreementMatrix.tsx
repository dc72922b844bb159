import type { MemberRecord, PairAgreement } from '../api';
import { agreementShade } from './agreement-shade';
import { useI18n } from './LanguageContext';
import { Link } from './Link';
import { useStateName } from './StatesContext';
import { voteListHref } from './vote-list-href';

/**
 * A members × members table, each cell shaded by how often the two voted alike. Columns carry
 * the state code to stay narrow; the full names are on the rows and in each cell's title.
 */
export function AgreementMatrix({
  members,
  agreement,
}: {
  members: readonly MemberRecord[];
  agreement: readonly PairAgreement[];
}) {
  const { t, fmt } = useI18n();
  const stateName = useStateName();
  const pairs = new Map<string, PairAgreement>();
  for (const p of agreement) {
    pairs.set(`${p.a}|${p.b}`, p);
    pairs.set(`${p.b}|${p.a}`, p);
  }
  return (
    <div className="table-wrap">
      <table className="matrix" data-testid="agreement-matrix">
        <thead>
          <tr>
            <td />
            {members.map((m) => (
              <th key={m.state} scope="col">
                <abbr title={stateName(m)}>{m.state}</abbr>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {members.map((row) => (
            <tr key={row.state}>
              <th scope="row">{stateName(row)}</th>
              {members.map((col) => {
                if (col.state === row.state) {
                  return <td key={col.state} className="matrix-self" aria-hidden="true" />;
                }
                const pair = pairs.get(`${row.state}|${col.state}`);
                if (!pair) {
                  return (
                    <td key={col.state} className="matrix-none" title={t.agreementNone}>
                      –
                    </td>
                  );
                }
                const pct = fmt.percent(pair.agreement);
                const cell = t.agreementCell(
                  stateName(row),
                  stateName(col),
                  pct,
                  fmt.number(pair.votes),
                );
                return (
                  <td
                    key={col.state}
                    style={agreementShade(pair.agreement)}
                    data-agreement={pair.agreement}
                  >
                    {/* the row's state first, so the list reads "row and column" like the cell */}
                    <Link
                      to={voteListHref(row.state, col.state)}
                      title={cell}
                      aria-label={cell}
                      data-testid="agreement-link"
                    >
                      {pct}
                    </Link>
                  </td>
                );
              })}
            </tr>
          ))}
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
