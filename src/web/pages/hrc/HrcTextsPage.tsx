import { apiUrl, type HrcTextList } from '../../api';
import { label } from '../../i18n';
import { ApiView } from '../../components/ApiView';
import { useI18n } from '../../components/LanguageContext';
import { Link } from '../../components/Link';
import { Pagination } from '../../components/Pagination';
import { href, intParam, navigate, useLocation } from '../../components/router';
import { useStateName, useStates } from '../../components/StatesContext';
import { usePageTitle } from '../../components/usePageTitle';
import { useApi } from '../../components/useApi';
import { YearRange } from '../../components/YearRange';
import {
  bodyYears,
  oneOf,
  TEXT_KINDS,
  TEXT_THEMES,
  VOTING_BODIES,
} from '../../components/hrc/hrc-api';
import { hrcTextHref, HRC_HOME } from '../../components/hrc/hrc-href';
import { SelectField } from '../../components/hrc/SelectField';
import { TextLabels } from '../../components/hrc/TextLabels';
import { HrcNav } from './HrcNav';

const PAGE_SIZE = 50;
const SCOPES = ['country', 'thematic'] as const;

interface TextFilters {
  body: string | null;
  from: number | null;
  to: number | null;
  kind: string | null;
  scope: string | null;
  target: string | null;
  theme: string | null;
  /** "1": every text, not only recorded votes */
  all: string | null;
}

/** /hrc: the texts voted on, recorded votes only unless asked, newest first. */
export function HrcTextsPage() {
  const { t, fmt, lang } = useI18n();
  const { query } = useLocation();
  const states = useStates();
  const stateName = useStateName();
  usePageTitle(t.hrc.textsTitle);
  const target = query.get('target');
  const filters: TextFilters = {
    body: oneOf(query, 'body', VOTING_BODIES),
    from: intParam(query, 'from'),
    to: intParam(query, 'to'),
    kind: oneOf(query, 'kind', TEXT_KINDS),
    scope: oneOf(query, 'scope', SCOPES),
    target: target && /^[A-Z]{3}$/.test(target) ? target : null,
    theme: oneOf(query, 'theme', TEXT_THEMES),
    all: query.get('all') === '1' ? '1' : null,
  };
  const page = intParam(query, 'page') ?? 1;
  const list = useApi<HrcTextList>(
    apiUrl('/votes/texts', {
      body: filters.body,
      from: filters.from,
      to: filters.to,
      kind: filters.kind,
      countrySpecific: filters.scope === null ? null : String(filters.scope === 'country'),
      target: filters.target,
      theme: filters.theme,
      recorded: filters.all ? null : 'true',
      page,
      pageSize: PAGE_SIZE,
    }),
  );
  const go = (change: Partial<TextFilters>) =>
    navigate(href(HRC_HOME, { ...filters, ...change }), { replace: true });
  const collator = new Intl.Collator(lang === 'zh' ? 'zh-CN' : 'en-GB');
  const stateOptions = [...states.values()]
    .map((s) => ({ value: s.code, label: stateName(s.code) }))
    .sort((a, b) => collator.compare(a.label, b.label));

  return (
    <article className="page">
      <h1>{t.hrc.textsTitle}</h1>
      <HrcNav />
      <p className="lead">{t.hrc.textsIntro}</p>
      <div className="toolbar">
        <div className="filters">
          <SelectField
            label={t.hrc.bodyLabel}
            value={filters.body}
            anyLabel={t.hrc.anyBody}
            options={VOTING_BODIES.map((b) => ({ value: b, label: t.hrc.bodies[b] }))}
            onChange={(body) => go({ body })}
            testId="filter-body"
          />
          <YearRange
            years={bodyYears(filters.body)}
            from={filters.from}
            to={filters.to}
            onChange={(from, to) => go({ from, to })}
          />
          <SelectField
            label={t.hrc.scopeLabel}
            value={filters.scope}
            anyLabel={t.hrc.scopeAll}
            options={[
              { value: 'country', label: t.hrc.scopeCountry },
              { value: 'thematic', label: t.hrc.scopeThematic },
            ]}
            onChange={(scope) => go({ scope })}
            testId="filter-scope"
          />
          <SelectField
            label={t.hrc.targetLabel}
            value={filters.target}
            anyLabel={t.hrc.anyTarget}
            options={stateOptions}
            onChange={(tg) => go({ target: tg })}
            testId="filter-target"
          />
          <SelectField
            label={t.hrc.themeLabel}
            value={filters.theme}
            anyLabel={t.hrc.anyTheme}
            options={TEXT_THEMES.map((th) => ({ value: th, label: t.hrc.themes[th] }))}
            onChange={(theme) => go({ theme })}
            testId="filter-theme"
          />
          <SelectField
            label={t.hrc.kindLabel}
            value={filters.kind}
            anyLabel={t.hrc.anyKind}
            options={TEXT_KINDS.map((k) => ({ value: k, label: t.hrc.kinds[k] }))}
            onChange={(kind) => go({ kind })}
            testId="filter-kind"
          />
          <label className="check">
            <input
              type="checkbox"
              checked={filters.all === null}
              onChange={(e) => go({ all: e.target.checked ? null : '1' })}
              data-testid="filter-recorded"
            />{' '}
            {t.hrc.recordedOnly}
          </label>
        </div>
      </div>
      <ApiView state={list}>
        {(data) =>
          data.items.length === 0 ? (
            <p className="status" data-testid="no-texts">
              {t.hrc.noTexts}
            </p>
          ) : (
            <>
              <p className="summary" data-testid="texts-total">
                {t.hrc.textsTotal(fmt.number(data.total))}
              </p>
              <div className="table-wrap">
                <table className="data-table" data-testid="texts-table">
                  <caption>{t.hrc.textsCaption}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t.hrc.colDate}</th>
                      <th scope="col">{t.hrc.colSymbol}</th>
                      <th scope="col">{t.hrc.colTitle}</th>
                      <th scope="col">{t.hrc.colKind}</th>
                      <th scope="col">{t.hrc.colOutcome}</th>
                      <th scope="col" className="num">
                        {t.hrc.colCounts}
                      </th>
                      <th scope="col">{t.hrc.colLabels}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {data.items.map((item) => {
                      const c = item.officialCounts;
                      return (
                        <tr key={item.id} data-testid="text-row" data-id={item.id}>
                          <td className="nowrap">{fmt.date(item.date)}</td>
                          <td className="nowrap">
                            <Link to={hrcTextHref(item.id)} data-testid="text-link">
                              {item.symbol ?? t.hrc.textTitleFallback}
                            </Link>
                            {item.body !== 'HRC' && (
                              <span className="muted">
                                {' '}
                                · {label(t.hrc.bodiesShort, item.body)}
                              </span>
                            )}
                          </td>
                          <td lang="en">{item.title}</td>
                          <td>{label(t.hrc.kinds, item.kind)}</td>
                          <td>{label(t.hrc.outcomes, item.outcome)}</td>
                          <td className="num">
                            {c ? (
                              <span
                                title={
                                  c.abstain === null
                                    ? t.hrc.countsLongNoAbstain(fmt.number(c.yes), fmt.number(c.no))
                                    : t.hrc.countsLong(
                                        fmt.number(c.yes),
                                        fmt.number(c.no),
                                        fmt.number(c.abstain),
                                      )
                                }
                              >
                                {t.hrc.countsShort(
                                  fmt.number(c.yes),
                                  fmt.number(c.no),
                                  c.abstain === null
                                    ? t.hrc.abstainNotStatedShort
                                    : fmt.number(c.abstain),
                                )}
                              </span>
                            ) : (
                              <span className="muted">
                                {item.recorded ? '—' : t.hrc.noVoteTaken}
                              </span>
                            )}
                          </td>
                          <td>
                            <TextLabels targets={item.targets} themes={item.themes} />
                          </td>
                        </tr>
                      );
                    })}
                  </tbody>
                </table>
              </div>
              <Pagination
                total={data.total}
                page={data.page}
                pageSize={data.pageSize}
                hrefFor={(p) => href(HRC_HOME, { ...filters, page: p })}
              />
            </>
          )
        }
      </ApiView>
    </article>
  );
}
