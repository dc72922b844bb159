import type { DeferralHistory } from '../api';
import { label } from '../i18n';
import { useI18n } from './LanguageContext';
import { Link } from './Link';

/** Deferral histories, one application a row, each linked to its timeline (the evidence). */
export function DeferralTable({
  rows,
  caption,
  testId,
  startRank = 1,
}: {
  rows: readonly DeferralHistory[];
  caption: string;
  testId: string;
  startRank?: number;
}) {
  const { t, fmt } = useI18n();
  return (
    <div className="table-wrap">
      <table className="data-table" data-testid={testId}>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col" className="num">
              #
            </th>
            <th scope="col">{t.colOrganization}</th>
            <th scope="col">{t.colRequest}</th>
            <th scope="col" className="num">
              {t.colSessions}
            </th>
            <th scope="col">{t.colFirstDeferred}</th>
            <th scope="col">{t.colLastDeferred}</th>
            <th scope="col" className="num">
              {t.colYearsPending}
            </th>
            <th scope="col">{t.colStatus}</th>
            <th scope="col">{t.colTimeline}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row, i) => (
            <tr
              key={`${row.organizationId}-${row.request}-${row.firstDeferred}`}
              data-testid="deferral-row"
              data-request={row.request}
            >
              <td className="num muted">{fmt.number(startRank + i)}</td>
              <th scope="row" className="org-name">
                {row.organization}
              </th>
              <td>{label(t.requestKinds, row.request)}</td>
              <td className="num">{fmt.number(row.sessionsDeferred)}</td>
              <td className="nowrap">{fmt.date(row.firstDeferred)}</td>
              <td className="nowrap">{fmt.date(row.lastDeferred)}</td>
              <td className="num" title={String(row.yearsPendingExact)}>
                {fmt.decimal(row.yearsPending)}
              </td>
              <td>
                <span className={`badge outcome-${row.status}`}>
                  {label(t.outcomes, row.status)}
                </span>
              </td>
              <td>
                <Link to={`/application/${row.organizationId}`} data-testid="timeline-link">
                  {t.viewTimeline}
                </Link>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
