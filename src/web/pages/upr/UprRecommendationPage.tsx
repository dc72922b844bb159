import { apiUrl, type UprRecommendationDetail } from '../../api';
import { label } from '../../i18n';
import { ApiView } from '../../components/ApiView';
import { useI18n } from '../../components/LanguageContext';
import { Link } from '../../components/Link';
import { SourceCitation } from '../../components/SourceCitation';
import { useStateName } from '../../components/StatesContext';
import { ResponseBadge } from '../../components/upr/ResponseBadge';
import { useApi } from '../../components/useApi';
import { usePageTitle } from '../../components/usePageTitle';
import { searchFor, SEARCH_PATH } from './search-state';

export function UprRecommendationPage({ id }: { id: number }) {
  const { t } = useI18n();
  usePageTitle(t.upr.recommendationTitle(String(id)));
  const detail = useApi<UprRecommendationDetail>(apiUrl(`/upr/recommendations/${id}`));
  return (
    <article className="page upr-recommendation">
      <p className="breadcrumb">
        <Link to={SEARCH_PATH} data-testid="back-to-search">
          {t.upr.backToSearch}
        </Link>
      </p>
      <h1>{t.upr.recommendationTitle(String(id))}</h1>
      <ApiView state={detail}>{(r) => <Recommendation r={r} />}</ApiView>
    </article>
  );
}

function Recommendation({ r }: { r: UprRecommendationDetail }) {
  const { t } = useI18n();
  const stateName = useStateName();
  const sur = stateName({ state: r.sur.code, nameEn: r.sur.nameEn, nameZh: r.sur.nameZh });
  return (
    <>
      <blockquote
        className="upr-text"
        lang={r.language === 'zh' ? 'zh' : r.language}
        data-testid="recommendation-text"
      >
        {r.text}
      </blockquote>
      <dl className="upr-facts" data-testid="recommendation-facts">
        <dt>{t.upr.stateUnderReview}</dt>
        <dd>
          <Link to={`/upr/state/${r.sur.code}`} data-testid="sur-link" data-state={r.sur.code}>
            {sur}
          </Link>
        </dd>
        <dt>{t.upr.recommendingStates}</dt>
        <dd>
          <ul className="inline-list" data-testid="recommending-states">
            {r.from.map((f) => {
              const name = stateName({ state: f.code, nameEn: f.nameEn, nameZh: f.nameZh });
              return (
                <li key={f.code} data-state={f.code}>
                  <Link to={searchFor({ from: [f.code], sur: [r.sur.code] })}>{name}</Link>
                  {f.asPrinted && f.asPrinted !== f.nameEn && (
                    <span className="muted"> ({t.upr.printedAs(f.asPrinted)})</span>
                  )}
                </li>
              );
            })}
          </ul>
        </dd>
        <dt>{t.upr.cycleAndSession}</dt>
        <dd data-testid="cycle">
          {r.session === null
            ? t.upr.cycleN(String(r.cycle))
            : t.upr.cycleSession(String(r.cycle), String(r.session))}
        </dd>
        {r.reportSymbol && (
          <>
            <dt>{t.upr.reportSymbol}</dt>
            <dd>
              {r.reportSymbol}
              {r.paragraph && (
                <>
                  {' · '}
                  {t.upr.paragraph} {r.paragraph}
                </>
              )}
            </dd>
          </>
        )}
        {!r.reportSymbol && r.paragraph && (
          <>
            <dt>{t.upr.paragraph}</dt>
            <dd>{r.paragraph}</dd>
          </>
        )}
        <dt>{t.upr.response}</dt>
        <dd data-testid="response-facts">
          <ResponseBadge response={r.response} />{' '}
          <span className="muted">
            {t.upr.responseRaw}
            {t.colon}
          </span>
          {r.responseRaw ? (
            <q data-testid="response-raw">{r.responseRaw}</q>
          ) : (
            <span className="muted">{t.upr.noResponseRaw}</span>
          )}
        </dd>
        {r.positionSource && (
          <>
            <dt>{t.upr.positionSource}</dt>
            <dd data-testid="position-source">{r.positionSource}</dd>
          </>
        )}
      </dl>
      <Labels r={r} />
      <section className="section" aria-labelledby="upr-source-title">
        <h2 id="upr-source-title">{t.upr.sourceTitle}</h2>
        <h3>{t.upr.recommendationSource}</h3>
        <SourceCitation source={r.source} quoted={r.text} />
        {r.responseSource && (
          <>
            <h3>{t.upr.responseSourceTitle}</h3>
            <SourceCitation source={r.responseSource} />
          </>
        )}
      </section>
      {r.earlier.length > 0 && <Earlier r={r} />}
      <p>
        <Link to={`/upr/state/${r.sur.code}`}>{t.upr.viewStateProfile(sur)}</Link>
      </p>
    </>
  );
}

function Labels({ r }: { r: UprRecommendationDetail }) {
  const { t } = useI18n();
  const { labels, sourceLabels } = r;
  const notGiven = <span className="muted">{t.upr.notGiven}</span>;
  return (
    <section className="section" aria-labelledby="upr-labels-title">
      <h2 id="upr-labels-title">{t.upr.labelsTitle}</h2>
      <p className="muted">{t.upr.labelsIntro}</p>
      <div className="table-wrap">
        <table className="data-table upr-labels" data-testid="labels">
          <thead>
            <tr>
              <th scope="col">{t.upr.colLabel}</th>
              <th scope="col">{t.upr.colOurs}</th>
              <th scope="col">{t.upr.colSource}</th>
            </tr>
          </thead>
          <tbody>
            <tr data-testid="label-action">
              <th scope="row">{t.upr.actionCategory}</th>
              <td data-value={labels.action.category}>
                <strong>{label(t.upr.actions, String(labels.action.category))}</strong>
                <Reason rule={labels.action.ruleId} matched={labels.action.matched} />
              </td>
              <td data-value={sourceLabels.action ?? ''}>
                {sourceLabels.action === null
                  ? notGiven
                  : label(t.upr.actions, String(sourceLabels.action))}
              </td>
            </tr>
            <tr data-testid="label-themes">
              <th scope="row">{t.upr.themes}</th>
              <td>
                {labels.themes.length === 0 ? (
                  <span className="muted">{t.upr.none}</span>
                ) : (
                  <ul className="plain-list">
                    {labels.themes.map((th) => (
                      <li key={th.theme} data-theme={th.theme}>
                        <span>{label(t.upr.themeNames, th.theme)}</span>
                        <Reason rule={th.ruleId} matched={th.matched} />
                      </li>
                    ))}
                  </ul>
                )}
              </td>
              <td>
                {sourceLabels.issues.length === 0 ? (
                  notGiven
                ) : (
                  <ul className="plain-list">
                    {sourceLabels.issues.map((issue) => (
                      <li key={issue}>{label(t.upr.themeNames, issue)}</li>
                    ))}
                  </ul>
                )}
              </td>
            </tr>
            <tr data-testid="label-tone">
              <th scope="row">{t.upr.tone}</th>
              <td data-value={labels.tone.tone}>
                <strong>{label(t.upr.tones, labels.tone.tone)}</strong>
                <Reason rule={labels.tone.ruleId} matched={labels.tone.matched} />
              </td>
              <td>{notGiven}</td>
            </tr>
            <tr data-testid="label-narrative">
              <th scope="row">{t.upr.narrative}</th>
              <td data-value={labels.narrative ? 'yes' : 'no'}>
                {labels.narrative ? (
                  <>
                    <strong>{t.upr.yes}</strong>
                    <Reason rule={labels.narrative.ruleId} matched={labels.narrative.matched} />
                  </>
                ) : (
                  t.upr.narrativeNo
                )}
              </td>
              <td>{notGiven}</td>
            </tr>
            <tr>
              <th scope="row">{t.upr.saysRepeated}</th>
              <td>{labels.saysRepeated ? t.upr.yes : t.upr.no}</td>
              <td>{notGiven}</td>
            </tr>
          </tbody>
        </table>
      </div>
    </section>
  );
}

/** The rule in words (its id kept in the title, for a reader checking the code). */
function Reason({ rule, matched }: { rule: string; matched: string }) {
  const { t } = useI18n();
  // theme rules are one per theme, named by the theme beside them
  const named = rule.startsWith('theme.')
    ? t.upr.themeRule
    : (t.upr.ruleNames[rule.replace(/\./g, ':')] ?? rule);
  return (
    <span className="label-reason" title={rule} data-rule={rule}>
      {t.upr.rule(named, matched)}
    </span>
  );
}

function Earlier({ r }: { r: UprRecommendationDetail }) {
  const { t, fmt } = useI18n();
  return (
    <section className="section" aria-labelledby="upr-earlier-title">
      <h2 id="upr-earlier-title">{t.upr.earlierTitle}</h2>
      <p className="muted">{t.upr.earlierIntro}</p>
      <ul className="evidence-list upr-earlier" data-testid="earlier">
        {r.earlier.map((e) => (
          <li key={e.id} className="evidence-item" data-id={e.id}>
            <p>
              <Link to={`/upr/recommendation/${e.id}`}>{e.text}</Link>
            </p>
            <p className="muted">
              {t.upr.cycleN(String(e.cycle))} · <ResponseBadge response={e.response} /> ·{' '}
              {t.upr.similarity(fmt.percent(e.similarity))}
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}
