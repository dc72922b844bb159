import { useId, useState, type FormEvent } from 'react';
import { label } from '../../i18n';
import { apiUrl, type UprSearchResult } from '../../api';
import { ApiView } from '../../components/ApiView';
import { useI18n } from '../../components/LanguageContext';
import { Link } from '../../components/Link';
import { Pagination } from '../../components/Pagination';
import { navigate, useLocation } from '../../components/router';
import { useStateName } from '../../components/StatesContext';
import { FacetList } from '../../components/upr/FacetList';
import { Highlighted } from '../../components/upr/Highlighted';
import { QuerySyntaxHelp } from '../../components/upr/QuerySyntaxHelp';
import { ResponseBadge } from '../../components/upr/ResponseBadge';
import { useFacetLabel } from '../../components/upr/useFacetLabel';
import { useApi } from '../../components/useApi';
import { usePageTitle } from '../../components/usePageTitle';
import {
  FACET_ORDER,
  PAGE_SIZE,
  hasFilters,
  readSearchState,
  searchFor,
  searchHref,
  searchParams,
  toggleFacet,
  type UprOrderChoice,
  type UprSearchState,
  type UprUnitChoice,
} from './search-state';

const UNIT_CHOICES: readonly UprUnitChoice[] = ['', 'paragraph', 'recommending-state'];
const ORDER_CHOICES: readonly UprOrderChoice[] = ['', 'relevance'];

export function UprSearchPage() {
  const { t } = useI18n();
  const { query } = useLocation();
  const state = readSearchState(query);
  usePageTitle(state.q ? `${state.q} · ${t.upr.searchTitle}` : t.upr.searchTitle);
  const params = searchParams(state);
  const result = useApi<UprSearchResult>(
    apiUrl('/upr/search', { ...params, limit: PAGE_SIZE, offset: (state.page - 1) * PAGE_SIZE }),
  );

  return (
    <article className="page upr-search">
      <h1>{t.upr.searchTitle}</h1>
      <p className="lead">{t.upr.searchIntro}</p>
      {/* keyed on the query, so Back and forward (which change the address) reset the box */}
      <SearchBox key={state.q} state={state} />
      <ActiveFilters state={state} />
      <ApiView state={result}>
        {(r) => (
          <div className="upr-search-layout">
            <aside className="facets" aria-label={t.upr.facetsTitle}>
              <h2 className="facets-title">{t.upr.facetsTitle}</h2>
              {FACET_ORDER.map((name) => (
                <FacetList
                  key={name}
                  name={name}
                  counts={r.selectableFacets?.[name] ?? r.facets[name]}
                  chosen={state.filters[name]}
                  hrefFor={(value) => searchHref(toggleFacet(state, name, value))}
                />
              ))}
              <StateProfiles codes={r.facets.sur.map((f) => f.value)} />
            </aside>
            <Results state={state} result={r} />
          </div>
        )}
      </ApiView>
    </article>
  );
}

/** The states under review in the results, each linked to its profile across cycles. */
function StateProfiles({ codes }: { codes: readonly string[] }) {
  const { t } = useI18n();
  const stateName = useStateName();
  if (codes.length === 0) return null;
  return (
    <section className="facet" aria-labelledby="upr-profiles-title">
      <h3 id="upr-profiles-title">{t.upr.profilesTitle}</h3>
      <ul className="plain-list" data-testid="state-profiles">
        {codes.map((code) => (
          <li key={code}>
            <Link to={`/upr/state/${code}`} data-state={code}>
              {stateName(code)}
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}

function SearchBox({ state }: { state: UprSearchState }) {
  const { t } = useI18n();
  const id = useId();
  const helpId = useId();
  const [text, setText] = useState(state.q);
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    navigate(searchHref({ ...state, q: text.trim(), page: 1 }));
  };
  return (
    <div className="upr-query">
      <form className="search" role="search" onSubmit={submit} data-testid="upr-search">
        <label htmlFor={id}>{t.upr.queryLabel}</label>
        <div className="search-row">
          <input
            id={id}
            type="search"
            value={text}
            placeholder={t.upr.queryPlaceholder}
            aria-describedby={helpId}
            onChange={(e) => setText(e.target.value)}
            data-testid="upr-search-input"
          />
          <button type="submit" className="button">
            {t.upr.searchButton}
          </button>
        </div>
      </form>
      <div id={helpId}>
        <QuerySyntaxHelp hrefFor={(q) => searchHref({ ...state, q, page: 1 })} />
      </div>
    </div>
  );
}

function ActiveFilters({ state }: { state: UprSearchState }) {
  const { t } = useI18n();
  const facetLabel = useFacetLabel();
  if (!hasFilters(state.filters)) return null;
  const chips = FACET_ORDER.flatMap((name) =>
    state.filters[name].map((value) => ({ name, value, text: facetLabel(name, value) })),
  );
  return (
    <div className="active-filters" data-testid="active-filters">
      <h2 className="visually-hidden">{t.upr.activeFilters}</h2>
      <ul className="chips">
        {chips.map(({ name, value, text }) => (
          <li key={`${name}:${value}`} className="chip filter-chip">
            <Link
              to={searchHref(toggleFacet(state, name, value))}
              aria-label={t.upr.facetRemove(t.upr.facets[name], text)}
              data-testid="remove-filter"
              data-facet={name}
              data-value={value}
            >
              <span className="muted">
                {t.upr.facets[name]}
                {t.colon}
              </span>
              {text} <span aria-hidden="true">×</span>
            </Link>
          </li>
        ))}
      </ul>
      <Link to={searchFor({}, state.q)} data-testid="clear-filters">
        {t.upr.clearAll}
      </Link>
    </div>
  );
}

function Results({ state, result }: { state: UprSearchState; result: UprSearchResult }) {
  const { t, fmt } = useI18n();
  const stateName = useStateName();
  const total = fmt.number(result.total);
  return (
    <section className="results" aria-label={t.upr.resultsLabel}>
      <div className="toolbar">
        <p className="summary" data-testid="upr-total" data-total={result.total} aria-live="polite">
          {result.query.trim()
            ? t.upr.resultsTotalQuery(total, result.query.trim())
            : t.upr.resultsTotal(total)}
        </p>
        <OrderChoice state={state} />
        <a
          className="button"
          href={apiUrl('/upr/search.csv', searchParams(state))}
          download
          data-testid="upr-csv"
        >
          {t.upr.downloadResults}
        </a>
      </div>
      {result.problems.length > 0 && (
        <p className="status" data-testid="query-problems">
          {t.upr.queryProblems} {result.problems.join(t.listSeparator)}
        </p>
      )}
      <SearchNotes state={state} result={result} />
      {result.results.length === 0 ? (
        <p className="status" data-testid="no-results" data-reason={result.whyEmpty?.reason}>
          {result.whyEmpty
            ? (t.upr.whyEmpty[result.whyEmpty.reason]?.(fmt.number(emptyCount(result))) ??
              t.upr.noResults)
            : t.upr.noResults}
        </p>
      ) : (
        <ol className="evidence-list upr-results" start={result.offset + 1}>
          {result.results.map((hit) => (
            <li key={hit.id} className="evidence-item" data-testid="upr-hit" data-id={hit.id}>
              <p className="upr-hit-text" lang={hasHan(hit.text) ? 'zh' : 'en'}>
                <Highlighted text={hit.text} ranges={hit.highlights} />
              </p>
              <p className="upr-hit-meta">
                <ResponseBadge response={hit.response} />{' '}
                <Link to={`/upr/state/${hit.sur}`}>{t.upr.toState(stateName(hit.sur))}</Link>
                {' · '}
                {t.upr.byStates(hit.from.map((c) => stateName(c)).join(t.listSeparator))}
                {' · '}
                {t.upr.cycleN(String(hit.cycle))}
                {hit.reportSymbol && (
                  <>
                    {' · '}
                    {hit.reportSymbol}
                    {hit.paragraph && ` ¶ ${hit.paragraph}`}
                  </>
                )}
                {' · '}
                <Link
                  to={`/upr/recommendation/${hit.id}`}
                  aria-label={t.upr.openRecommendationOf(String(hit.id))}
                  data-testid="open-recommendation"
                >
                  {t.upr.openRecommendation}
                </Link>
              </p>
            </li>
          ))}
        </ol>
      )}
      <Pagination
        total={result.total}
        page={state.page}
        pageSize={PAGE_SIZE}
        hrefFor={(page) => searchHref({ ...state, page })}
      />
    </section>
  );
}

/** Id order (as imported) or relevance (BM25); a new order starts at the first page. */
function OrderChoice({ state }: { state: UprSearchState }) {
  const { t } = useI18n();
  const id = useId();
  return (
    <span className="order-choice">
      <label htmlFor={id}>{t.upr.orderLabel}</label>{' '}
      <select
        id={id}
        value={state.order ?? ''}
        data-testid="upr-order"
        onChange={(e) =>
          navigate(
            searchHref({
              ...state,
              order: e.target.value === 'relevance' ? 'relevance' : '',
              page: 1,
            }),
          )
        }
      >
        {ORDER_CHOICES.map((o) => (
          <option key={o || 'id'} value={o}>
            {label(t.upr.orders, o)}
          </option>
        ))}
      </select>
    </span>
  );
}

/** The count a "why nothing matched" names: what the filters or the unit kept out. */
function emptyCount(r: UprSearchResult): number {
  const w = r.whyEmpty;
  if (w?.reason === 'filters-exclude') return w.withoutFilters;
  if (w?.reason === 'other-unit') return w.leftOut;
  return 0;
}

/**
 * What a reader must know to trust the count: the unit counted (and a choice of unit), Chinese
 * terms also searched in English, and a prefix that would find the forms stemming keeps apart.
 */
function SearchNotes({ state, result }: { state: UprSearchState; result: UprSearchResult }) {
  const { t, fmt } = useI18n();
  const { unit } = result;
  return (
    <div className="search-notes">
      <div className="unit-notice" data-testid="unit-notice" data-rule={unit.rule}>
        <p>
          {unit.counted.length > 0 &&
            t.upr.searchUnitNotice(
              unit.counted
                .map((c) => t.upr.unitCount(fmt.number(c.count), label(t.upr.units, c.value)))
                .join(t.listSeparator),
            )}{' '}
          {unit.leftOut > 0 && (
            <span data-testid="left-out" data-count={unit.leftOut}>
              {t.upr.leftOutNotice(fmt.number(unit.leftOut))}
            </span>
          )}
        </p>
        <nav aria-label={t.upr.countIn} className="unit-choice">
          <span className="muted">
            {t.upr.countIn}
            {t.colon}
          </span>
          <ul className="chips">
            {UNIT_CHOICES.map((u) => (
              <li key={u || 'auto'} className="chip">
                <Link
                  to={searchHref({ ...state, unit: u, page: 1 })}
                  aria-current={u === state.unit ? 'true' : undefined}
                  data-unit={u || 'auto'}
                >
                  {label(t.upr.unitRules, u || 'auto')}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      </div>
      {result.expansions.map((x) => (
        <p key={x.term} className="status" data-testid="glossary-notice" data-term={x.term}>
          {t.upr.glossaryNotice(x.term, x.query)}
        </p>
      ))}
      {result.untranslated.length > 0 && (
        <p className="status" data-testid="untranslated-notice">
          {t.upr.untranslatedNotice(result.untranslated.join(t.listSeparator))}
        </p>
      )}
      {result.hints.map((h) => (
        <p key={h.query} className="status" data-testid="prefix-hint" data-total={h.total}>
          {t.upr.prefixHint(fmt.number(h.total))}{' '}
          <Link to={searchHref({ ...state, q: h.query, page: 1 })}>
            <code>{h.query}</code>
          </Link>
        </p>
      ))}
    </div>
  );
}

/** Chinese recommendations are marked as such, so screen readers and fonts treat them right. */
function hasHan(text: string): boolean {
  return /[\u3400-\u9FFF]/.test(text);
}
