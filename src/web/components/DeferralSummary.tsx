import type { DeferralHistory } from '../api';
import { label } from '../i18n';
import { useI18n } from './LanguageContext';

/** The application's figures on the pending page, repeated on its timeline. */
export function DeferralSummary({ summary }: { summary: DeferralHistory | null }) {
  const { t, fmt } = useI18n();
  if (!summary) return <p className="status">{t.noDeferrals}</p>;
  const items: [string, string][] = [
    [t.colRequest, label(t.requestKinds, summary.request)],
    [t.colSessions, fmt.number(summary.sessionsDeferred)],
    [t.colFirstDeferred, fmt.date(summary.firstDeferred)],
    [t.colLastDeferred, fmt.date(summary.lastDeferred)],
    [t.colYearsPending, fmt.decimal(summary.yearsPending)],
    [t.colStatus, label(t.outcomes, summary.status)],
  ];
  return (
    <dl className="summary-grid" data-testid="deferral-summary">
      {items.map(([term, value]) => (
        <div key={term}>
          <dt>{term}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
