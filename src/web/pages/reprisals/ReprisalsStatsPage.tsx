import { apiUrl } from '../../api';
import { label } from '../../i18n';
import { ApiView } from '../../components/ApiView';
import { useI18n } from '../../components/LanguageContext';
import { Link } from '../../components/Link';
import { FigureBars } from '../../components/reprisals/FigureBars';
import { ReprisalsNav } from '../../components/reprisals/ReprisalsNav';
import { href, navigate, useLocation } from '../../components/router';
import { useSession } from '../../components/SessionContext';
import { useStateName } from '../../components/StatesContext';
import { useApi } from '../../components/useApi';
import { usePageTitle } from '../../components/usePageTitle';
import { useState } from 'react';
import { countOf, figureRows, type FigureRow } from './figure-rows';
import { casePath, STATS_PATH } from './list-state';
import type {
  CaseListResponse,
  EvidenceSource,
  EvidenceSources,
  Figure,
  ShareDimension,
  StatsResponse,
} from './reprisals-api';

const SHARES: readonly ShareDimension[] = ['gender', 'anonymity', 'recordType', 'act', 'unBody'];

/**
 * /reprisals/stats: the registry's figures for one State or all, from public fields only. For the
 * public and researchers the server has already replaced small counts by "fewer than 3" (no
 * number reaches the page); every chart has its table beside it.
 */
export function ReprisalsStatsPage() {
  const { t } = useI18n();
  usePageTitle(t.reprisals.statsTitle);
  const session = useSession();
  const { query } = useLocation();
  const raw = (query.get('country') ?? '').toUpperCase();
  const country = /^[A-Z]{3}$/.test(raw) ? raw : null;
  const stats = useApi<StatsResponse>(apiUrl('/reprisals/stats', { country }));
  // the countries the registry holds, for the choice of State
  const options = useApi<CaseListResponse>(apiUrl('/reprisals/cases', { pageSize: 1 }));
  return (
    <article className="page reprisals-stats">
      <h1>{t.reprisals.statsTitle}</h1>
      <p className="lead">{t.reprisals.statsIntro}</p>
      <ReprisalsNav current="stats" role={session.role} />
      <CountryChoice
        country={country}
        countries={options.status === 'ok' ? options.data.options.countries : []}
      />
      <ApiView state={stats}>{(data) => <Figures data={data} />}</ApiView>
    </article>
  );
}

function CountryChoice({ country, countries }: { country: string | null; countries: string[] }) {
  const { t } = useI18n();
  const stateName = useStateName();
  return (
    <div className="toolbar">
      <div className="filters reprisals-filters">
        <label>
          {t.reprisals.filterCountry}
          <select
            value={country ?? ''}
            onChange={(e) =>
              navigate(href(STATS_PATH, { country: e.target.value }), { replace: true })
            }
            data-testid="stats-country"
          >
            <option value="">{t.reprisals.filterAllCountries}</option>
            {[...new Set([...countries, ...(country ? [country] : [])])].map((c) => (
              <option key={c} value={c}>
                {stateName(c)}
              </option>
            ))}
          </select>
        </label>
      </div>
    </div>
  );
}

function Figures({ data }: { data: StatsResponse }) {
  const { t } = useI18n();
  const stateName = useStateName();
  const r = t.reprisals;
  if (data.byYear.total.kind === 'count' && data.byYear.total.count === 0)
    return <p className="status">{r.noFigures}</p>;
  const threshold = String(data.byYear.threshold ?? 3);
  return (
    <>
      <p className="muted" data-testid="suppression-note">
        {data.audience === 'public' ? r.suppressedNote(threshold) : r.allShown}
      </p>
      <FigureSection
        id="by-year"
        title={r.byCountryYear}
        figure={data.byYear}
        sources={data.sources}
        rows={figureRows(
          data.byYear,
          (k) => `${k.country}-${k.year}`,
          (k) => (data.country ? String(k.year) : `${stateName(k.country)} ${k.year}`),
        )}
      />
      <FigureSection
        id="new-follow-up"
        title={r.newVsFollowUp}
        figure={data.newVsFollowUp}
        sources={data.sources}
        // a report's row: its cases' mentions in that report, of that kind
        keep={(key, s) => s.year === key.year && s.kind === key.kind}
        rows={figureRows(
          data.newVsFollowUp,
          (k) => `${k.year}-${k.kind}`,
          (k) => `${k.year} · ${label(r.kinds, k.kind)}`,
        )}
      />
      {SHARES.map((d) => (
        <FigureSection
          key={d}
          id={`share-${d}`}
          title={r.shareTitles[d] ?? d}
          figure={data.shares[d]}
          sources={data.sources}
          shares
          rows={figureRows(
            data.shares[d],
            (k) => k.value,
            (k) => label(shareDict(r, d), k.value),
          )}
        />
      ))}
      <ReportedAgain value={data.reportedAgain} />
    </>
  );
}

function shareDict(r: ReturnType<typeof useI18n>['t']['reprisals'], d: ShareDimension) {
  switch (d) {
    case 'gender':
      return r.genders;
    case 'anonymity':
      return r.anonymity;
    case 'recordType':
      return r.recordTypes;
    case 'act':
      return r.acts;
    case 'unBody':
      return r.unBodies;
  }
}

function FigureSection<K>({
  id,
  title,
  figure,
  rows,
  sources,
  keep,
  shares = false,
}: {
  id: string;
  title: string;
  figure: Figure<K>;
  rows: FigureRow[];
  sources: EvidenceSources;
  /** which of a case's mentions stand behind the row (every one when not given) */
  keep?: (key: K, source: EvidenceSource) => boolean;
  shares?: boolean;
}) {
  const { t, fmt } = useI18n();
  const r = t.reprisals;
  const suppressedText = r.fewerThan(String(figure.threshold ?? 3));
  // a suppressed count (null) is shown in words only, never as a number
  const countText = (count: number | null) => (count === null ? suppressedText : fmt.number(count));
  return (
    <section className="section" data-testid={`figure-${id}`}>
      <h2>{title}</h2>
      <div className="figure-pair">
        <FigureBars
          rows={rows}
          label={r.chartLabel(title)}
          suppressedText={suppressedText}
          testId={`chart-${id}`}
          fileName={`reprisals-${id}`}
        />
        <div className="table-wrap">
          <table className="data-table compact" data-testid={`table-${id}`}>
            <thead>
              <tr>
                <th scope="col">{r.colValue}</th>
                <th scope="col" className="num">
                  {r.colCount}
                </th>
                {shares && (
                  <th scope="col" className="num">
                    {r.colShare}
                  </th>
                )}
                <th scope="col">{r.colEvidence}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row, i) => (
                <tr key={row.key} data-key={row.key}>
                  <th scope="row">{row.label}</th>
                  <td className={row.count === null ? 'num suppressed' : 'num'}>
                    {countText(row.count)}
                  </td>
                  {shares && (
                    <td className="num">{row.share === null ? '—' : fmt.percent(row.share)}</td>
                  )}
                  <td>
                    {row.caseIds.length === 0 ? (
                      '—'
                    ) : (
                      <EvidenceList
                        caseIds={row.caseIds}
                        sources={sources}
                        keep={keep && ((s) => keep(figure.cells[i]!.key, s))}
                      />
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row">{r.total}</th>
                <td className="num" data-testid="figure-total">
                  {countText(countOf(figure.total))}
                </td>
                {shares && <td />}
                <td />
              </tr>
            </tfoot>
          </table>
          {figure.evidence?.withheld && (
            <p className="muted" data-testid="evidence-withheld">
              {r.evidenceWithheld}
            </p>
          )}
        </div>
      </div>
    </section>
  );
}

/**
 * A row's cases, each linked to its page, with the reports that mention it. Drawn only once
 * opened: a figure of a few hundred cases would otherwise put thousands of links on the page.
 */
function EvidenceList({
  caseIds,
  sources,
  keep = () => true,
}: {
  caseIds: string[];
  sources: EvidenceSources;
  keep?: (source: EvidenceSource) => boolean;
}) {
  const { t, fmt } = useI18n();
  const [open, setOpen] = useState(false);
  return (
    <details
      className="evidence"
      onToggle={(e) => setOpen((e.currentTarget as HTMLDetailsElement).open)}
    >
      <summary>{t.reprisals.evidenceCases(fmt.number(caseIds.length))}</summary>
      {open && (
        <ul className="plain-list">
          {caseIds.map((id) => (
            <li key={id}>
              <Link to={casePath(id)}>{id}</Link>
              {': '}
              <span lang="en">
                {(sources[id] ?? [])
                  .filter(keep)
                  .map((s) => `${s.symbol}${s.paragraph ? ` ¶${s.paragraph}` : ''}`)
                  .join('; ')}
              </span>
            </li>
          ))}
        </ul>
      )}
    </details>
  );
}

function ReportedAgain({ value }: { value: StatsResponse['reportedAgain'] }) {
  const { t, fmt } = useI18n();
  const r = t.reprisals;
  return (
    <section className="section" data-testid="reported-again">
      <h2>{r.reportedAgainTitle}</h2>
      {Array.isArray(value) ? (
        <>
          <p>{r.reportedAgainCount(fmt.number(value.length))}</p>
          <ul className="plain-list">
            {value.map((chain) => (
              <li key={chain.caseId}>
                <Link to={casePath(chain.caseId)}>{chain.caseId}</Link>
                {': '}
                <span lang="en">
                  {[...new Set(chain.appearances.map((a) => a.symbol))].join(' → ')}
                </span>
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p>
          {r.reportedAgainCount(value.cases === null ? r.fewerThan('3') : fmt.number(value.cases))}
        </p>
      )}
    </section>
  );
}
