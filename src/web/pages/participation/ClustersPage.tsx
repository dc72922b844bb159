import { apiUrl } from '../../api';
import { ApiView } from '../../components/ApiView';
import { useI18n } from '../../components/LanguageContext';
import { href, navigate, useLocation } from '../../components/router';
import { SourceCitation } from '../../components/SourceCitation';
import { useApi } from '../../components/useApi';
import { usePageTitle } from '../../components/usePageTitle';
import { partText } from '../../i18n-participation';
import { ClassificationWithEvidence } from '../organizations/ClassificationWithEvidence';
import { Link } from '../../components/Link';
import { highlightPassages } from './highlight';
import type { ClustersWithSources } from './participation-api';
import { ParticipationNav, PARTICIPATION_CLUSTERS } from './ParticipationNav';

type Cluster = ClustersWithSources['clusters'][number];

/**
 * Coordinated messaging: per session (?session=HRC55), the clusters of near-duplicate statements
 * delivered by different organisations, each with its shared passages and every member's own
 * words with those passages highlighted, and the document each was read from.
 */
export function ClustersPage() {
  const { lang } = useI18n();
  const w = partText(lang);
  usePageTitle(w.clustersTitle);
  const { query } = useLocation();
  const session = query.get('session') ?? '';
  const sessions = useApi<{ sessions: string[] }>(apiUrl('/participation/sessions'));
  const view = useApi<ClustersWithSources>(apiUrl('/participation/clusters', { session }));
  return (
    <article className="page participation">
      <ParticipationNav />
      <h1>{w.clustersTitle}</h1>
      <p className="intro">{w.clustersIntro}</p>
      <form className="filters" onSubmit={(e) => e.preventDefault()}>
        <label>
          {w.sessionLabel}{' '}
          <select
            value={session}
            onChange={(e) => navigate(href(PARTICIPATION_CLUSTERS, { session: e.target.value }))}
            data-testid="clusters-session"
          >
            <option value="">{w.allSessions}</option>
            {sessions.status === 'ok' &&
              sessions.data.sessions.map((s) => (
                <option key={s} value={s}>
                  {s}
                </option>
              ))}
          </select>
        </label>
      </form>
      <a
        className="button"
        href={apiUrl('/participation/clusters.csv', { session })}
        download
        data-testid="clusters-csv"
      >
        {w.csvClusters}
      </a>
      <ApiView state={view}>{(data) => <ClusterList data={data} />}</ApiView>
    </article>
  );
}

function ClusterList({ data }: { data: ClustersWithSources }) {
  const { lang, fmt } = useI18n();
  const w = partText(lang);
  return (
    <>
      <p className="summary" data-testid="clusters-summary" data-clusters={data.clusters.length}>
        {w.clustersSummary(
          fmt.number(data.clusters.length),
          fmt.number(data.statements),
          fmt.number(data.withoutText),
        )}
      </p>
      {data.clusters.length === 0 ? (
        <p className="status">{w.noClusters}</p>
      ) : (
        <ol className="clusters">
          {data.clusters.map((c, i) => (
            <ClusterView
              key={c.members[0]?.id ?? i}
              c={c}
              n={i + 1}
              members={data.members}
              organizations={data.organizations}
            />
          ))}
        </ol>
      )}
    </>
  );
}

function ClusterView({
  c,
  n,
  members,
  organizations,
}: {
  c: Cluster;
  n: number;
  members: ClustersWithSources['members'];
  organizations: ClustersWithSources['organizations'];
}) {
  const { lang, fmt } = useI18n();
  const w = partText(lang);
  const passages = c.passages.map((p) => p.text);
  const pct = (x: number) => fmt.percent(x);
  return (
    <li className="cluster" data-testid="cluster" data-members={c.members.length}>
      <h2>{w.clusterTitle(fmt.number(n), fmt.number(c.organizations.length))}</h2>
      <p className="muted">
        <span lang="en">{c.organizations.join(' · ')}</span> ·{' '}
        {w.similarity(pct(c.similarity.min), pct(c.similarity.max))}
      </p>
      <h3>{w.sharedPassages}</h3>
      <ol className="shared-passages">
        {c.passages.map((p, i) => (
          <li key={i} data-testid="shared-passage">
            <mark className={`passage-${i % 5}`} lang="en">
              {p.text}
            </mark>{' '}
            <span className="muted">({w.sharedBy(fmt.number(p.memberIds.length))})</span>
          </li>
        ))}
      </ol>
      <h3>{w.membersTitle}</h3>
      <ol className="cluster-members">
        {c.members.map((m) => {
          const s = members[m.id];
          const org = s ? organizations.find((o) => o.keys.includes(s.speakerKey)) : undefined;
          return (
            <li key={m.id} data-testid="cluster-member" data-statement={m.id}>
              <strong lang="en">
                {org ? (
                  <Link to={`/organizations/${org.organizationId}`}>{m.organization}</Link>
                ) : (
                  m.organization
                )}
              </strong>
              {org?.classification && (
                <ClassificationWithEvidence
                  classification={org.classification}
                  evidence={org.evidence}
                />
              )}
              {s?.moment && (
                <span className="muted">
                  {' · '}
                  {s.momentUrl ? (
                    <a href={s.momentUrl} rel="noopener noreferrer nofollow" target="_blank">
                      {w.atMoment(s.moment)}
                    </a>
                  ) : (
                    w.atMoment(s.moment)
                  )}
                </span>
              )}
              {s && (
                <>
                  <blockquote className="statement-text" lang="en" data-testid="member-text">
                    {highlightPassages(s.text, passages).map((seg, j) =>
                      seg.passage === null ? (
                        <span key={j}>{seg.text}</span>
                      ) : (
                        <mark key={j} className={`passage-${seg.passage % 5}`}>
                          {seg.text}
                        </mark>
                      ),
                    )}
                  </blockquote>
                  <SourceCitation
                    compact
                    source={{
                      documentId: 0,
                      symbol: s.sourceSymbol,
                      url: s.sourceUrl,
                      title: null,
                      fileName: s.sourceFile,
                      date: s.date,
                      line: s.line,
                      passage: '',
                    }}
                  />
                </>
              )}
            </li>
          );
        })}
      </ol>
    </li>
  );
}
