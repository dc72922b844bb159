import { apiUrl } from '../../api';
import { label } from '../../i18n';
import { ApiView } from '../../components/ApiView';
import { useI18n } from '../../components/LanguageContext';
import { Link } from '../../components/Link';
import { Pagination } from '../../components/Pagination';
import { ReprisalsNav } from '../../components/reprisals/ReprisalsNav';
import { href, navigate, useLocation } from '../../components/router';
import { useSession } from '../../components/SessionContext';
import { useStateName } from '../../components/StatesContext';
import { useApi } from '../../components/useApi';
import { usePageTitle } from '../../components/usePageTitle';
import {
  casePath,
  LIST_PATH,
  listParams,
  readListState,
  withFilter,
  type FilterKey,
  type ListState,
} from './list-state';
import type { CaseListResponse, ShownCase } from './reprisals-api';

const PAGE_SIZE = 25;

/** A vocabulary's codes, as the filter offers them ("not coded" is no filter value). */
const codes = (dict: Readonly<Record<string, string>>) =>
  Object.keys(dict).filter((k) => k !== 'not coded');

/** /reprisals: the cases, filtered by public fields, one page at a time. */
export function ReprisalsListPage() {
  const { t } = useI18n();
  usePageTitle(t.reprisals.title);
  const { query } = useLocation();
  const session = useSession();
  const state = readListState(query);
  const list = useApi<CaseListResponse>(
    apiUrl('/reprisals/cases', { ...listParams(state), pageSize: PAGE_SIZE }),
  );
  return (
    <article className="page reprisals-list">
      <h1>{t.reprisals.title}</h1>
      <p className="lead">{t.reprisals.listIntro}</p>
      <ReprisalsNav current="cases" role={session.role} />
      <ApiView state={list}>
        {(data) => (
          <>
            <Filters state={state} options={data.options} />
            <p className="summary" data-testid="case-count">
              {t.reprisals.caseCount(String(data.total))}
            </p>
            {data.items.length === 0 ? (
              <p className="status" data-testid="no-cases">
                {t.reprisals.noCases}
              </p>
            ) : (
              <CaseTable items={data.items} />
            )}
            <Pagination
              total={data.total}
              page={data.page}
              pageSize={data.pageSize}
              hrefFor={(page) => href(LIST_PATH, listParams({ ...state, page }))}
            />
          </>
        )}
      </ApiView>
    </article>
  );
}

function Filters({ state, options }: { state: ListState; options: CaseListResponse['options'] }) {
  const { t } = useI18n();
  const stateName = useStateName();
  const r = t.reprisals;
  const go = (key: FilterKey, value: string) =>
    navigate(href(LIST_PATH, listParams(withFilter(state, key, value))), { replace: true });
  const select = (
    key: FilterKey,
    title: string,
    values: readonly string[],
    name: (v: string) => string,
    any: string = r.filterAny,
  ) => (
    <label>
      {title}
      <select
        value={state.filters[key] ?? ''}
        onChange={(e) => go(key, e.target.value)}
        data-testid={`filter-${key}`}
      >
        <option value="">{any}</option>
        {values.map((v) => (
          <option key={v} value={v}>
            {name(v)}
          </option>
        ))}
      </select>
    </label>
  );
  const active = Object.keys(state.filters).length > 0;
  return (
    <div className="toolbar" role="search" aria-label={r.filtersLabel}>
      <div className="filters reprisals-filters">
        {select(
          'country',
          r.filterCountry,
          options.countries,
          (c) => stateName(c),
          r.filterAllCountries,
        )}
        {select('year', r.filterYear, options.years.map(String), (y) => y)}
        {select('recordType', r.filterRecordType, codes(r.recordTypes), (v) =>
          label(r.recordTypes, v),
        )}
        {select('status', r.filterStatus, codes(r.statuses), (v) => label(r.statuses, v))}
        {select('act', r.filterAct, codes(r.acts), (v) => label(r.acts, v))}
        {select('unBody', r.filterUnBody, codes(r.unBodies), (v) => label(r.unBodies, v))}
      </div>
      {active && (
        <Link to={LIST_PATH} className="button" data-testid="clear-filters">
          {r.clearFilters}
        </Link>
      )}
    </div>
  );
}

/** "A/HRC/45/36 I 12 (new)": where the reports mention a case. */
function Reports({ c }: { c: ShownCase }) {
  const { t } = useI18n();
  const r = t.reprisals;
  return (
    <ul className="plain-list">
      {(c.appearances ?? []).map((a, i) => (
        <li key={i}>
          <span lang="en">{a.symbol}</span>
          {a.annex && <> · {r.annex(a.annex)}</>}
          {a.paragraph && <> · {r.paragraph(a.paragraph)}</>} ({label(r.kinds, a.kind)})
        </li>
      ))}
    </ul>
  );
}

function CaseTable({ items }: { items: readonly ShownCase[] }) {
  const { t } = useI18n();
  const stateName = useStateName();
  const r = t.reprisals;
  // the name column only when the server sent names (editors and admins)
  const names = items.some((c) => c.victimName !== undefined);
  return (
    <div className="table-wrap">
      <table className="data-table" data-testid="case-table">
        <thead>
          <tr>
            <th scope="col">{r.colCase}</th>
            <th scope="col">{r.colCountry}</th>
            <th scope="col">{r.colYear}</th>
            <th scope="col">{r.colWho}</th>
            {names && <th scope="col">{r.colName}</th>}
            <th scope="col">{r.colRecordType}</th>
            <th scope="col">{r.colGender}</th>
            <th scope="col">{r.colActs}</th>
            <th scope="col">{r.colStatus}</th>
            <th scope="col">{r.colReports}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((c) => (
            <tr key={c.caseId} data-testid="case-row" data-case={c.caseId}>
              <th scope="row">
                <Link to={casePath(c.caseId)}>{c.caseId}</Link>
              </th>
              <td>{c.country ? stateName(c.country) : ''}</td>
              <td>{c.reportYear}</td>
              <td data-testid="case-pseudonym">{c.pseudonym}</td>
              {names && <td>{c.victimName ?? ''}</td>}
              <td>{c.recordType ? label(r.recordTypes, c.recordType) : ''}</td>
              <td>{c.gender ? label(r.genders, c.gender) : r.notCoded}</td>
              <td>{(c.acts ?? []).map((a) => label(r.acts, a.code)).join(', ')}</td>
              <td>{c.status ? label(r.statuses, c.status) : ''}</td>
              <td>
                <Reports c={c} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
