import { apiUrl, type Ballot, type ListedVote, type Page } from '../api';
import { label, rangeText } from '../i18n';
import { ApiView } from '../components/ApiView';
import { useI18n } from '../components/LanguageContext';
import { Link } from '../components/Link';
import { Pagination } from '../components/Pagination';
import { href, intParam, useLocation } from '../components/router';
import { SourceCitation } from '../components/SourceCitation';
import { useStateName } from '../components/StatesContext';
import { usePageTitle } from '../components/usePageTitle';
import { useApi } from '../components/useApi';

const PAGE_SIZE = 20;
const COUNTS: readonly Ballot[] = ['yes', 'no', 'abstain', 'absent'];

/** A state code from the address, or null; lower case is forgiven, anything else is passed on. */
function codeParam(query: URLSearchParams, name: string): string | null {
  const raw = query.get(name)?.trim();
  return raw ? raw.toUpperCase() : null;
}

/**
 * The recorded votes behind a figure of the votes page: a member's record (?state=) or a pair's
 * agreement (?state=&with=), each vote with the ballots in question and the passage it was read
 * from. Without a state, every recorded vote.
 */
export function VoteListPage() {
  const { t, fmt } = useI18n();
  const stateName = useStateName();
  const { path, query } = useLocation();
  let state = codeParam(query, 'state');
  let withState = codeParam(query, 'with');
  if (!state && withState) [state, withState] = [withState, null];
  if (withState === state) withState = null;
  const from = intParam(query, 'from');
  const to = intParam(query, 'to');
  const page = intParam(query, 'page') ?? 1;

  const focus = [state, withState].filter((s): s is string => s !== null);
  const names = focus.map((s) => stateName(s));
  const title =
    names.length === 2
      ? t.voteListPairTitle(names[0]!, names[1]!)
      : names.length === 1
        ? t.voteListTitle(names[0]!)
        : t.voteListAllTitle;
  const intro =
    names.length === 2
      ? t.voteListPairIntro(names[0]!, names[1]!)
      : names.length === 1
        ? t.voteListIntro(names[0]!)
        : t.voteListAllIntro;
  usePageTitle(title);

  const list = useApi<Page<ListedVote>>(
    apiUrl('/ngo-committee/votes/list', {
      state,
      with: withState,
      from,
      to,
      page,
      pageSize: PAGE_SIZE,
    }),
  );
  const at = (p: number) =>
    href(path, { state, with: withState, from, to, page: p > 1 ? p : null });

  return (
    <article className="page">
      <p className="breadcrumb">
        <Link to="/votes">{t.backToVotes}</Link>
      </p>
      <h1>{title}</h1>
      <p className="lead">{intro}</p>
      <ApiView state={list}>
        {(data) => (
          <>
            <p className="summary" data-testid="vote-list-total">
              {t.voteListSummary(fmt.number(data.total), rangeText(t, from, to))}
            </p>
            {data.items.length === 0 ? (
              <p className="status">{t.noVotesListed}</p>
            ) : (
              <ol
                className="evidence-list"
                data-testid="vote-list"
                start={(data.page - 1) * data.pageSize + 1}
              >
                {data.items.map((v) => (
                  <VoteItem key={v.id} vote={v} focus={focus} />
                ))}
              </ol>
            )}
            <Pagination
              total={data.total}
              page={data.page}
              pageSize={data.pageSize}
              hrefFor={(p) => at(p)}
            />
          </>
        )}
      </ApiView>
    </article>
  );
}

/** One vote: when, on what, the result as printed, how the states in question voted, the source. */
function VoteItem({ vote, focus }: { vote: ListedVote; focus: readonly string[] }) {
  const { t, fmt, lang } = useI18n();
  const words = lang === 'zh' ? vote.motionWords.zh : vote.motionWords.en;
  const stateName = useStateName();
  return (
    <li className="evidence-item vote-item" data-testid="vote-item" data-vote-id={vote.id}>
      <p className="evidence-head">
        {vote.date && (
          <>
            <strong className="nowrap">{fmt.date(vote.date)}</strong>
            <span className="muted"> · </span>
          </>
        )}
        {vote.subject === null ? (
          <span>{words}</span>
        ) : vote.organizationId === null ? (
          <span data-testid="vote-subject">{vote.subject}</span>
        ) : (
          <Link to={`/application/${vote.organizationId}`} data-testid="organization-link">
            {vote.subject}
          </Link>
        )}
      </p>
      <p className="vote-facts">
        {vote.subject !== null && (
          <span>
            <span className="muted">
              {t.motion}
              {t.colon}
            </span>
            <span data-testid="vote-motion">{words}</span>
          </span>
        )}
        <span data-testid="vote-yes-means">
          <span className="muted">
            {t.ngoVote.yesMeant}
            {t.colon}
          </span>
          {label(t.ngoVote.sides, vote.yesMeans)}
        </span>
        {vote.outcome && (
          <span>
            <span className="muted">
              {t.outcome}
              {t.colon}
            </span>
            <strong data-testid="vote-outcome">
              {vote.motionOutcome
                ? label(t.voteOutcomes, vote.motionOutcome)
                : t.ngoVote.recorded(vote.outcome)}
            </strong>
          </span>
        )}
        <span data-testid="vote-counts">
          <span className="muted">
            {t.voteCounts}
            {t.colon}
          </span>
          {COUNTS.map((b, i) => (
            <span key={b} className="nowrap">
              {i > 0 && t.listSeparator}
              {t.ballots[b]} {vote.counts[b] === null ? '—' : fmt.number(vote.counts[b])}
            </span>
          ))}
        </span>
      </p>
      {focus.length > 0 && (
        <ul className="ballots" aria-label={t.voteBallots}>
          {focus.map((s) => {
            const ballot = vote.ballots[s];
            return (
              <li key={s} data-testid="ballot" data-state={s} data-ballot={ballot ?? ''}>
                <span>{stateName(s)}</span>{' '}
                {ballot ? (
                  <>
                    <span className={`badge ballot-${ballot}`}>{label(t.ballots, ballot)}</span>
                    {vote.ballotSides[s] && vote.ballotSides[s] !== 'unknown' && (
                      <span className="muted" data-testid="ballot-side">
                        {' '}
                        {t.ngoVote.ballotSide(label(t.ngoVote.sides, vote.ballotSides[s]))}
                      </span>
                    )}
                  </>
                ) : (
                  <span className="muted">{t.ballotNotPrinted}</span>
                )}
              </li>
            );
          })}
        </ul>
      )}
      <SourceCitation source={vote.source} />
      {vote.alsoReportedBy.map((p) => (
        <div key={p.documentId} data-testid="also-reported-by">
          <p className="muted">{t.ngoVote.alsoReportedBy}</p>
          <SourceCitation source={p} />
        </div>
      ))}
    </li>
  );
}
