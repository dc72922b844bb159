import { apiUrl, type RollCallSummary } from '../api';
import { AgreementMatrix } from '../components/AgreementMatrix';
import { ApiView } from '../components/ApiView';
import { useI18n } from '../components/LanguageContext';
import { Link } from '../components/Link';
import { MemberVotesTable } from '../components/MemberVotesTable';
import { useStateName } from '../components/StatesContext';
import { usePageTitle } from '../components/usePageTitle';
import { useApi } from '../components/useApi';
import { voteListHref } from '../components/vote-list-href';

export function VotesPage() {
  const { t, fmt, lang } = useI18n();
  const stateName = useStateName();
  usePageTitle(t.votesTitle);
  const summary = useApi<RollCallSummary>(apiUrl('/ngo-committee/votes'));
  const collator = new Intl.Collator(lang === 'zh' ? 'zh-CN' : 'en-GB');
  return (
    <article className="page">
      <h1>{t.votesTitle}</h1>
      <p className="lead">{t.votesIntro}</p>
      <ApiView state={summary}>
        {(data) => {
          if (data.votes === 0) return <p className="status">{t.noVotes}</p>;
          // alphabetical in the reader's language (pinyin order in Chinese)
          const members = [...data.members].sort((a, b) =>
            collator.compare(stateName(a), stateName(b)),
          );
          return (
            <>
              <p className="summary">
                <span data-testid="votes-total">{t.votesTotal(fmt.number(data.votes))}</span>
                <span className="muted"> · </span>
                <Link to={voteListHref(null)} data-testid="all-votes-link">
                  {t.viewAllVotes}
                </Link>
              </p>
              <section className="section">
                <h2>{t.membersTitle}</h2>
                <MemberVotesTable members={members} />
              </section>
              <section className="section">
                <h2>{t.agreementTitle}</h2>
                <p>{t.agreementIntro}</p>
                <AgreementMatrix members={members} agreement={data.agreement} />
              </section>
            </>
          );
        }}
      </ApiView>
    </article>
  );
}
