import { apiUrl } from '../../api';
import { ApiView } from '../../components/ApiView';
import { IdealPointChart } from '../../components/charts/IdealPointChart';
import { useI18n } from '../../components/LanguageContext';
import { href, intParam, navigate, useLocation } from '../../components/router';
import { usePageTitle } from '../../components/usePageTitle';
import { useApi } from '../../components/useApi';
import { oneOf, VOTING_BODIES, type IdealPointsResponse } from '../../components/hrc/hrc-api';
import { CouncilPeriodFields } from '../../components/hrc/CouncilPeriodFields';
import { HRC_IDEAL_POINTS } from '../../components/hrc/hrc-href';
import { SelectField } from '../../components/hrc/SelectField';
import { HrcNav } from './HrcNav';

const MIN_VOTES = ['1', '3', '5', '10'] as const;

/** /hrc/ideal-points: one-dimensional positions per state per year, newest year first. */
/** Labelled on every plot besides each row's two ends: the permanent five, then large delegations. */
const LABELLED_STATES = ['CHN', 'USA', 'RUS', 'GBR', 'FRA', 'IND', 'BRA', 'ZAF'];

export function HrcIdealPointsPage() {
  const { t, fmt } = useI18n();
  const { query } = useLocation();
  usePageTitle(t.hrc.idealTitle);
  const filters = {
    from: intParam(query, 'from'),
    to: intParam(query, 'to'),
    body: oneOf(query, 'body', VOTING_BODIES),
    minVotes: oneOf(query, 'minVotes', MIN_VOTES),
  };
  const figure = useApi<IdealPointsResponse>(apiUrl('/votes/ideal-points', filters));
  const go = (change: Partial<typeof filters>) =>
    navigate(href(HRC_IDEAL_POINTS, { ...filters, ...change }), { replace: true });
  return (
    <article className="page">
      <h1>{t.hrc.idealTitle}</h1>
      <HrcNav />
      <p className="lead">{t.hrc.idealIntro}</p>
      <div className="toolbar">
        <div className="filters">
          <CouncilPeriodFields
            body={filters.body}
            from={filters.from}
            to={filters.to}
            onChange={go}
          />
          <SelectField
            label={t.hrc.minVotesLabel}
            value={filters.minVotes ?? '5'}
            options={MIN_VOTES.map((n) => ({ value: n, label: n }))}
            onChange={(n) => go({ minVotes: n === '5' ? null : n })}
          />
        </div>
      </div>
      <ApiView state={figure}>
        {(data) =>
          data.years.length === 0 ? (
            <p className="status" data-testid="no-ideal">
              {t.hrc.noIdeal}
            </p>
          ) : (
            [...data.years].reverse().map((y) => (
              <section key={y.year} className="section" data-testid="ideal-year" data-year={y.year}>
                <h2>{t.hrc.idealYear(String(y.year), fmt.percent(y.explained))}</h2>
                <IdealPointChart year={y} highlight={LABELLED_STATES} />
              </section>
            ))
          )
        }
      </ApiView>
    </article>
  );
}
