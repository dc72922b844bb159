import { apiUrl, type UprGroupStats, type UprProfile, type UprProfileUnitPart } from '../../api';
import { label } from '../../i18n';
import { ApiView } from '../../components/ApiView';
import { useI18n } from '../../components/LanguageContext';
import { Link } from '../../components/Link';
import { useLocation } from '../../components/router';
import { useStateName } from '../../components/StatesContext';
import { UprCycleChart } from '../../components/charts/UprCycleChart';
import { useApi } from '../../components/useApi';
import { usePageTitle } from '../../components/usePageTitle';
import { SEARCH_PATH, searchFor, unitOfRule } from './search-state';

/** The profile's unit rules (docs/upr.md, "Units"): '' is the default, one unit per cycle. */
const UNIT_RULES = ['', 'official', 'upr-info'] as const;
type UnitRule = (typeof UNIT_RULES)[number];

/** Recommending states listed; the CSV and the search give the rest. */
const TOP_STATES = 15;

export function UprStatePage({ code }: { code: string }) {
  const { t } = useI18n();
  const stateName = useStateName();
  const name = stateName(code);
  usePageTitle(t.upr.stateTitle(name));
  const { query } = useLocation();
  const raw = query.get('source') ?? '';
  const rule: UnitRule = raw === 'official' || raw === 'upr-info' ? raw : '';
  const profile = useApi<UprProfile>(
    apiUrl(`/upr/profile/${code}`, rule ? { source: rule } : undefined),
  );
  return (
    <article className="page upr-state">
      <p className="breadcrumb">
        <Link to={SEARCH_PATH}>{t.upr.backToSearch}</Link>
      </p>
      {profile.status === 'error' && <h1>{t.upr.stateTitle(name)}</h1>}
      <UnitChoice code={code} rule={rule} />
      <ApiView state={profile}>{(p) => <Profile p={p} />}</ApiView>
    </article>
  );
}

/** Which unit the profile counts in: one per cycle by default, or one throughout. */
function UnitChoice({ code, rule }: { code: string; rule: UnitRule }) {
  const { t } = useI18n();
  return (
    <nav className="unit-choice" aria-label={t.upr.countIn} data-testid="unit-choice">
      <span className="muted">
        {t.upr.countIn}
        {t.colon}
      </span>
      <ul className="chips">
        {UNIT_RULES.map((r) => (
          <li key={r || 'auto'} className="chip">
            <Link
              to={r ? `/upr/state/${code}?source=${r}` : `/upr/state/${code}`}
              aria-current={r === rule ? 'true' : undefined}
              data-rule={r || 'auto'}
            >
              {label(t.upr.profileUnitChoice, r || 'auto')}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/** "cycles 2–3" or "cycle 1", as the reader's language writes it. */
function useCycleList(): (cycles: readonly number[]) => string {
  const { t } = useI18n();
  return (cycles) => {
    const run = cycles.every((c, i) => i === 0 || c === cycles[i - 1]! + 1);
    const list =
      run && cycles.length > 1
        ? `${cycles[0]}–${cycles[cycles.length - 1]}`
        : cycles.join(t.listSeparator);
    return t.upr.cycleList(list);
  };
}

function Profile({ p }: { p: UprProfile }) {
  const { t, fmt } = useI18n();
  const stateName = useStateName();
  const cycleList = useCycleList();
  const name = stateName({ state: p.sur, nameEn: p.nameEn, nameZh: p.nameZh });
  // the search counts as the profile does (one unit per review, or the unit chosen), so a link
  // from a figure finds the rows the figure counted
  const unit = unitOfRule(p.unitRule);
  return (
    <>
      <h1>{t.upr.stateTitle(name)}</h1>
      <p className="lead">{t.upr.stateIntro(name)}</p>
      <div className="toolbar">
        <p className="summary" data-testid="profile-total">
          {p.units.map((part, i) => (
            <span
              key={part.unit}
              data-testid="unit-total"
              data-unit={part.unit}
              data-total={part.total}
            >
              {i > 0 && t.listSeparator}
              {t.upr.unitTotal(
                fmt.number(part.total),
                label(t.upr.units, part.unit),
                cycleList(part.cycles),
              )}
            </span>
          ))}
          {p.units.length > 1 && <span className="muted"> {t.upr.neverAdded}</span>}
        </p>
        <div className="filters">
          <Link
            className="button"
            to={searchFor({ sur: [p.sur] }, '', unit)}
            data-testid="profile-search"
          >
            {t.upr.stateLinkAll}
          </Link>
          <a
            className="button"
            href={apiUrl(
              '/upr/stats.csv',
              p.unitRule === 'auto' ? { sur: p.sur } : { sur: p.sur, source: p.unitRule },
            )}
            download
            data-testid="profile-csv"
          >
            {t.upr.downloadProfile}
          </a>
        </div>
      </div>
      <UprCycleChart
        cycles={p.cycles}
        unitChanges={p.unitChanges}
        stateName={name}
        searchHref={(cycle, response) =>
          searchFor(
            { sur: [p.sur], cycle: [String(cycle)], ...(response ? { response: [response] } : {}) },
            '',
            unitOfRule(p.unitRule),
          )
        }
      />
      <CycleTable p={p} />
      {p.units.map((part) => (
        <UnitPart key={part.unit} p={p} part={part} />
      ))}
    </>
  );
}

/** The recommending states and groups of the cycles counted in one unit: never mixed with another. */
function UnitPart({ p, part }: { p: UprProfile; part: UprProfileUnitPart }) {
  const { t, fmt } = useI18n();
  const stateName = useStateName();
  const cycleList = useCycleList();
  const unitName = label(t.upr.units, part.unit);
  const cycles = cycleList(part.cycles);
  const unit = part.unit === 'paragraph' ? 'paragraph' : 'recommending-state';
  const cycle = part.cycles.map(String);
  return (
    <section className="section unit-part" data-testid="unit-part" data-unit={part.unit}>
      <h2>{t.upr.unitPartTitle(unitName, cycles)}</h2>
      <GroupTable
        title={t.upr.topStatesTitle}
        caption={t.upr.topStatesCaption(
          fmt.number(Math.min(TOP_STATES, part.byRecommendingState.length)),
          unitName,
          cycles,
        )}
        keyHeader={t.upr.colRecommender}
        rows={part.byRecommendingState.slice(0, TOP_STATES)}
        nameOf={(r) => stateName({ state: r.key, nameEn: r.nameEn, nameZh: r.nameZh })}
        hrefOf={(r) => searchFor({ sur: [p.sur], from: [r.key], cycle }, '', unit)}
        testId="recommenders-table"
      />
      <GroupTable
        title={t.upr.regionsTitle}
        caption={t.upr.regionsCaption(unitName, cycles)}
        keyHeader={t.upr.colRegion}
        rows={part.byRegion}
        nameOf={(r) => label(t.upr.regions, r.key)}
        hrefOf={(r) => searchFor({ sur: [p.sur], region: [r.key], cycle }, '', unit)}
        testId="regions-table"
      />
    </section>
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
                  to={searchFor(
                    { sur: [p.sur], cycle: [String(c.cycle)] },
                    '',
                    unitOfRule(p.unitRule),
                  )}
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
              <td className="unit-cell" data-testid="cycle-unit">
                {label(t.upr.units, c.unit)}
              </td>
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
      <h3>{title}</h3>
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
