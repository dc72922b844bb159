import { apiUrl, type ApplicationHistory } from '../api';
import { ApiView } from '../components/ApiView';
import { ApplicationVotes } from '../components/ApplicationVotes';
import { DeferralSummary } from '../components/DeferralSummary';
import { useI18n } from '../components/LanguageContext';
import { Link } from '../components/Link';
import { OrganizationFacts } from '../components/OrganizationFacts';
import { OrganizationHits } from '../components/OrganizationHits';
import { OrganizationSearch } from '../components/OrganizationSearch';
import { useLocation } from '../components/router';
import { Timeline } from '../components/Timeline';
import { usePageTitle } from '../components/usePageTitle';
import { useApi } from '../components/useApi';

/** /application: the search. /application/:id: one organisation's timeline, the search above it. */
export function ApplicationPage({ id }: { id: string | null }) {
  const { t } = useI18n();
  const { query } = useLocation();
  const q = (query.get('q') ?? '').trim();
  return (
    <article className="page">
      {id === null ? (
        <>
          <SearchTitle />
          <p className="lead">{t.applicationsIntro}</p>
          <OrganizationSearch key={q} initial={q} />
          {q && <OrganizationHits q={q} />}
        </>
      ) : (
        <>
          <div className="search-compact">
            <OrganizationSearch key={id} initial="" />
          </div>
          <ApplicationTimeline id={id} />
        </>
      )}
    </article>
  );
}

function SearchTitle() {
  const { t } = useI18n();
  usePageTitle(t.applicationsTitle);
  return <h1>{t.applicationsTitle}</h1>;
}

function ApplicationTimeline({ id }: { id: string }) {
  const { t, fmt } = useI18n();
  const history = useApi<ApplicationHistory>(
    apiUrl(`/ngo-committee/applications/${encodeURIComponent(id)}`),
  );
  usePageTitle(history.status === 'ok' ? history.data.organization.name : t.timelineTitle);
  return (
    <ApiView state={history}>
      {({ organization, summary, applications, events, votes, possibleDuplicates }) => (
        <>
          <h1 data-testid="organization-name">{organization.name}</h1>
          <OrganizationFacts organization={organization} />

          <section className="section">
            <h2>{t.summaryTitle}</h2>
            {/* every request apart, each saying its kind: an application and a later request
                for reclassification are never one history */}
            {applications.length > 1 ? (
              applications.map((h) => (
                <DeferralSummary key={`${h.request}-${h.firstDeferred}`} summary={h} />
              ))
            ) : (
              <DeferralSummary summary={summary} />
            )}
          </section>

          <section className="section">
            <h2>{t.timelineTitle}</h2>
            <Timeline events={events} name={organization.name} />
          </section>

          {votes.length > 0 && (
            <section className="section">
              <h2>{t.applicationVotes}</h2>
              <ApplicationVotes votes={votes} />
            </section>
          )}

          {possibleDuplicates.length > 0 && (
            <section className="section">
              <h2>{t.duplicatesTitle}</h2>
              <ul className="hits">
                {possibleDuplicates.map((d) => (
                  <li key={d.organizationId}>
                    <Link to={`/application/${d.organizationId}`}>{d.name}</Link>{' '}
                    <span className="muted">{t.similarity(fmt.percent(d.similarity))}</span>
                  </li>
                ))}
              </ul>
            </section>
          )}
        </>
      )}
    </ApiView>
  );
}
