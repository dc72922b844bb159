import type { AmendmentRow } from '../../api';
import { label } from '../../i18n';
import { useI18n } from '../../components/LanguageContext';
import { Link } from '../../components/Link';
import { useStateName } from '../../components/StatesContext';
import { hrcSymbolHref, hrcTextHref } from '../../components/hrc/hrc-href';

/** Recorded votes on amendments: who proposed them, how the vote went, and whether hostile. */
export function AmendmentList({
  rows,
  showAmended = true,
}: {
  rows: readonly AmendmentRow[];
  /** the column naming the amended text (left out on that text's own page) */
  showAmended?: boolean;
}) {
  const { t, fmt } = useI18n();
  const stateName = useStateName();
  const verdict = (h: boolean | null) =>
    h === true ? t.hrc.hostileYes : h === false ? t.hrc.hostileNo : t.hrc.hostileUnknown;
  return (
    <div className="table-wrap">
      <table className="data-table" data-testid="amendments-table">
        <caption>{t.hrc.amendmentsCaption}</caption>
        <thead>
          <tr>
            <th scope="col">{t.hrc.colAmendment}</th>
            {showAmended && <th scope="col">{t.hrc.colAmends}</th>}
            <th scope="col">{t.hrc.colSponsors}</th>
            <th scope="col" className="num">
              {t.hrc.colCounts}
            </th>
            <th scope="col">{t.hrc.colOutcome}</th>
            <th scope="col">{t.hrc.colHostile}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.amendment.id} data-testid="amendment-row" data-id={r.amendment.id}>
              <td>
                <Link to={hrcTextHref(r.amendment.id)}>
                  {r.amendment.symbol ?? r.amendment.title}
                </Link>
                <div className="muted">{fmt.date(r.amendment.date)}</div>
              </td>
              {showAmended && (
                <td>
                  {r.amends.text ? (
                    <Link to={hrcTextHref(r.amends.text.id)}>
                      {r.amends.text.symbol ?? r.amends.symbol}
                    </Link>
                  ) : r.amends.symbol ? (
                    <Link to={hrcSymbolHref(r.amends.symbol)}>{r.amends.symbol}</Link>
                  ) : (
                    '—'
                  )}
                  {r.amends.text && (
                    <div className="muted" lang="en">
                      {r.amends.text.title}
                    </div>
                  )}
                </td>
              )}
              <td>
                {r.sponsors.map((s, i) => (
                  <span key={`${s.name}-${i}`}>
                    {i > 0 && t.listSeparator}
                    {s.state ? stateName(s.state) : <span lang="en">{s.name}</span>}
                  </span>
                ))}
              </td>
              <td className="num">
                {t.hrc.countsShort(
                  fmt.number(r.counts.yes),
                  fmt.number(r.counts.no),
                  fmt.number(r.counts.abstain),
                )}
              </td>
              <td>{label(t.hrc.outcomes, r.amendment.outcome)}</td>
              <td>
                <span
                  className={`badge hostile-${String(r.hostile)}`}
                  title={label(t.hrc.hostileBasis, r.basis)}
                  data-testid="hostile"
                  data-hostile={String(r.hostile)}
                >
                  {verdict(r.hostile)}
                </span>
                <div className="muted small">{label(t.hrc.hostileBasis, r.basis)}</div>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
