import { useId } from 'react';
import { apiUrl, type LongestResponse, type DeferralHistory, type Page } from '../api';
import { ApiView } from '../components/ApiView';
import { DeferralTable } from '../components/DeferralTable';
import { useI18n } from '../components/LanguageContext';
import { Pagination } from '../components/Pagination';
import { href, intParam, navigate, useLocation } from '../components/router';
import { usePageTitle } from '../components/usePageTitle';
import { useApi } from '../components/useApi';

const PAGE_SIZE = 25;
const MIN_YEARS = [0, 1, 2, 3, 4, 5, 6, 8, 10, 15];
/** The API's own default, so /pending and /api/…/pending agree when no filter is given. */
const DEFAULT_MIN_YEARS = 8;
const LONGEST_LIMIT = 20;

export function PendingPage() {
  const { t, fmt } = useI18n();
  const { query } = useLocation();
  const selectId = useId();
  const minYears = intParam(query, 'minYears') ?? DEFAULT_MIN_YEARS;
  const page = intParam(query, 'page') ?? 1;
  usePageTitle(t.pendingTitle);

  const pending = useApi<Page<DeferralHistory>>(
    apiUrl('/ngo-committee/pending', { minYears, page, pageSize: PAGE_SIZE }),
  );
  const longest = useApi<LongestResponse>(
    apiUrl('/ngo-committee/longest', { limit: LONGEST_LIMIT }),
  );
  const at = (years: number, p: number) =>
    href('/pending', {
      minYears: years === DEFAULT_MIN_YEARS ? null : years,
      page: p > 1 ? p : null,
    });
  const options = MIN_YEARS.includes(minYears)
    ? MIN_YEARS
    : [...MIN_YEARS, minYears].sort((a, b) => a - b);

  return (
    <article className="page">
      <h1>{t.pendingTitle}</h1>
      <p className="lead">{t.pendingIntro}</p>
      <div className="toolbar">
        <div className="field">
          <label htmlFor={selectId}>{t.minYearsLabel}</label>
          <select
            id={selectId}
            value={minYears}
            data-testid="min-years"
            onChange={(e) => navigate(at(Number(e.target.value), 1), { replace: true })}
          >
            {options.map((y) => (
              <option key={y} value={y}>
                {t.yearsOption(fmt.number(y))}
              </option>
            ))}
          </select>
        </div>
        <a
          className="button"
          href={apiUrl('/ngo-committee/pending.csv', { minYears })}
          download
          data-testid="pending-csv"
        >
          {t.downloadCsv}
        </a>
      </div>
      <ApiView state={pending}>
        {(data) =>
          data.total === 0 ? (
            <p className="status" data-testid="no-pending">
              {t.noPending}
            </p>
          ) : (
            <>
              <p className="muted" data-testid="years-rounded">
                {t.yearsRounded}
              </p>
              <DeferralTable
                rows={data.items}
                caption={t.pendingCount(fmt.number(data.total), fmt.number(minYears))}
                testId="pending-table"
                startRank={(data.page - 1) * data.pageSize + 1}
              />
              <Pagination
                total={data.total}
                page={data.page}
                pageSize={data.pageSize}
                hrefFor={(p) => at(minYears, p)}
              />
            </>
          )
        }
      </ApiView>

      <section className="section">
        <h2>{t.longestTitle}</h2>
        <ApiView state={longest}>
          {(data) => (
            <DeferralTable rows={data.rows} caption={t.longestIntro} testId="longest-table" />
          )}
        </ApiView>
      </section>
    </article>
  );
}
