import { apiUrl, type UprGroupStats, type UprProfile } from '../../api';
import { label } from '../../i18n';
import { ApiView } from '../../components/ApiView';
import { useI18n } from '../../components/LanguageContext';
import { Link } from '../../components/Link';
import { useStateName } from '../../components/StatesContext';
import { ResponseCycleChart } from '../../components/upr/ResponseCycleChart';
import { useApi } from '../../components/useApi';
import { usePageTitle } from '../../components/usePageTitle';
import { SEARCH_PATH, searchFor, sourceFilter } from './search-state';

/** Recommending states listed; the CSV and the search give the rest. */
const TOP_STATES = 15;

export function UprStatePage({ code }: { code: string }) {
  const { t } = useI18n();
  const stateName = useStateName();
  const name = stateName(code);
  usePageTitle(t.upr.stateTitle(name));
  const profile = useApi<UprProfile>(apiUrl(`/upr/profile/${code}`));
  return (
    <article className="page upr-state">
      <p className="breadcrumb">
        <Link to={SEARCH_PATH}>{t.upr.backToSearch}</Link>
      </p>
      {profile.status === 'error' && <h1>{t.upr.stateTitle(name)}</h1>}
      <ApiView state={profile}>{(p) => <Profile p={p} />}</ApiView>
    </article>
  );
}

function Profile({ p }: { p: UprProfile }) {
  const { t, fmt } = useI18n();
  const stateName = useStateName();
  const name = stateName({ state: p.sur, nameEn: p.nameEn, nameZh: p.nameZh });
  // The profile counts one unit per cycle; the search would find both where both are stored, so
  // every link keeps to the sources the profile counted. Across cycles this is exact unless one
  // cycle counted paragraphs while UPR Info rows of it are stored too and another counted those.
  const source = sourceFilter(p.cycles.map((c) => c.sourceKind));
  // a recommender's line counts one unit (UN paragraphs or UPR Info rows): its link keeps to the
  // cycles counted in that unit
  const sourceOfUnit = (unit: string) =>
    sourceFilter(p.cycles.filter((c) => c.unit === unit).map((c) => c.sourceKind));
  return (
    <>
      <h1>{t.upr.stateTitle(name)}</h1>
      <p className="lead">{t.upr.stateIntro(name)}</p>
      <div className="toolbar">
        <p className="summary" data-testid="profile-total" data-total={p.total}>
          {t.upr.stateTotal(fmt.number(p.total), fmt.number(p.cycles.length))}
        </p>
        <div className="filters">
          <Link
            className="button"
            to={searchFor({ sur: [p.sur], source })}
            data-testid="profile-search"
          >
            {t.upr.stateLinkAll}
          </Link>
          <a
            className="button"
            href={apiUrl('/upr/stats.csv', { sur: p.sur })}
            download
            data-testid="profile-csv"
          >
            {t.upr.downloadProfile}
          </a>
        </div>
      </div>
      <ResponseCycleChart cycles={p.cycles} stateName={name} />
      <CycleTable p={p} />
      <GroupTable
        title={t.upr.topStatesTitle}
        caption={t.upr.topStatesCaption(
          fmt.number(Math.min(TOP_STATES, p.byRecommendingState.length)),
        )}
        keyHeader={t.upr.colRecommender}
        rows={p.byRecommendingState.slice(0, TOP_STATES)}
        nameOf={(r) => stateName({ state: r.key, nameEn: r.nameEn, nameZh: r.nameZh })}
        hrefOf={(r) => searchFor({ sur: [p.sur], from: [r.key], source: sourceOfUnit(r.unit) })}
        testId="recommenders-table"
      />
      <GroupTable
        title={t.upr.regionsTitle}
        caption={t.upr.regionsCaption}
        keyHeader={t.upr.colRegion}
        rows={p.byRegion}
        nameOf={(r) => label(t.upr.regions, r.key)}
        hrefOf={(r) => searchFor({ sur: [p.sur], region: [r.key], source: sourceOfUnit(r.unit) })}
        testId="regions-table"
      />
    </>
  );
}

function CycleTable({ p }: { p: UprProfile }) {
  const { t, fmt } = useI18n();
  const n = (v: number) => fmt.number(v);
  // a column of zeros would only push the others off a narrow screen
  const anyPending = p.cycles.some((c) => c.pending > 0);
  return (
    <div className="table-wrap">
      <table className="data-table" data-testid="cycles-table">
        <caption>{t.upr.cyclesTableCaption}</caption>
        <thead>
          <tr>
            <th scope="col">{t.upr.colCycle}</th>
            <ResponseHeaders />
            {anyPending && (
              <th scope="col" className="num">
                {t.upr.responses.pending}
              </th>
            )}
            <th scope="col" className="num">
              {t.upr.colRate}
            </th>
            <th scope="col" className="num" title={t.upr.colCriticalHint}>
              {t.upr.colCritical}
            </th>
            <th scope="col" className="num" title={t.upr.colRepeatedHint}>
              {t.upr.colRepeated}
            </th>
            <th scope="col" className="num">
              {t.upr.colNarrative}
            </th>
            <th scope="col">{t.upr.colUnit}</th>
          </tr>
        </thead>
        <tbody>
          {p.cycles.map((c) => (
            <tr key={c.cycle} data-testid="cycle-row" data-cycle={c.cycle}>
              <th scope="row">
                <Link
                  to={searchFor({
                    sur: [p.sur],
                    cycle: [String(c.cycle)],
                    source: sourceFilter([c.sourceKind]),
                  })}
                  data-testid="cycle-search"
                >
                  {t.upr.cycleTitle(String(c.cycle))}
                </Link>
              </th>
              <td className="num" data-testid="cycle-total">
                {n(c.total)}
              </td>
              <td className="num">{n(c.supported)}</td>
              <td className="num">{n(c.partially)}</td>
              <td className="num">{n(c.noted)}</td>
              <td className="num">{n(c.rejected)}</td>
              {anyPending && <td className="num">{n(c.pending)}</td>}
              <td className="num" data-testid="cycle-rate-cell">
                {fmt.percent(c.notedOrRejectedRate)}
              </td>
              <td className="num" data-testid="cycle-critical">
                {t.upr.criticalShare(
                  n(c.criticalAmongAccepted.critical),
                  n(c.criticalAmongAccepted.accepted),
                  fmt.percent(c.criticalAmongAccepted.share),
                )}
              </td>
              <td className="num">{n(c.repeated.count)}</td>
              <td className="num">{n(c.narrative.count)}</td>
              <td>{label(t.upr.units, c.unit)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The total and response columns that the cycle and group tables share, in the same order. */
function ResponseHeaders() {
  const { t } = useI18n();
  return (
    <>
      <th scope="col" className="num">
        {t.upr.colTotal}
      </th>
      <th scope="col" className="num">
        {t.upr.responses.supported}
      </th>
      <th scope="col" className="num">
        {t.upr.responses.partially}
      </th>
      <th scope="col" className="num">
        {t.upr.responses.noted}
      </th>
      <th scope="col" className="num">
        {t.upr.responses.rejected}
      </th>
    </>
  );
}

function GroupTable({
  title,
  caption,
  keyHeader,
  rows,
  nameOf,
  hrefOf,
  testId,
}: {
  title: string;
  caption: string;
  keyHeader: string;
  rows: readonly UprGroupStats[];
  nameOf(row: UprGroupStats): string;
  hrefOf(row: UprGroupStats): string;
  testId: string;
}) {
  const { t, fmt } = useI18n();
  const n = (v: number) => fmt.number(v);
  if (rows.length === 0) return null;
  return (
    <section className="section">
      <h2>{title}</h2>
      <div className="table-wrap">
        <table className="data-table" data-testid={testId}>
          <caption>{caption}</caption>
          <thead>
            <tr>
              <th scope="col">{keyHeader}</th>
              <ResponseHeaders />
              <th scope="col" className="num">
                {t.upr.colRate}
              </th>
              <th scope="col" className="num">
                {t.upr.colCriticalSupported}
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr
                key={`${r.key}|${r.unit}`}
                data-testid="group-row"
                data-key={r.key}
                data-unit={r.unit}
              >
                <th scope="row">
                  <Link to={hrefOf(r)}>{nameOf(r)}</Link>
                </th>
                <td className="num" data-testid="group-total">
                  {n(r.total)}
                </td>
                <td className="num">{n(r.supported)}</td>
                <td className="num">{n(r.partially)}</td>
                <td className="num">{n(r.noted)}</td>
                <td className="num">{n(r.rejected)}</td>
                <td className="num">{fmt.percent(r.notedOrRejectedRate)}</td>
                <td className="num">{fmt.percent(r.criticalAmongSupported)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
