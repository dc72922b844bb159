import type { VoteValue } from '../../api';
import { label } from '../../i18n';
import { useI18n } from '../LanguageContext';
import { Link } from '../Link';
import { useStateName, useStates } from '../StatesContext';
import { BallotBadge } from './BallotBadge';
import { groupBallots } from './group-ballots';
import { hrcStateHref } from './hrc-href';

/** Every member's vote on one text, by regional group, each state linked to its voting record. */
export function BallotGrid({ votes }: { votes: Readonly<Record<string, VoteValue>> }) {
  const { t, fmt, lang } = useI18n();
  const states = useStates();
  const stateName = useStateName();
  const collator = new Intl.Collator(lang === 'zh' ? 'zh-CN' : 'en-GB');
  const groups = groupBallots(
    votes,
    (s) => states.get(s)?.group,
    (a, b) => collator.compare(stateName(a), stateName(b)),
  );
  return (
    <div className="ballot-groups" data-testid="ballot-grid">
      {groups.map((g) => (
        <section
          key={g.group}
          className="ballot-group"
          data-testid="ballot-group"
          data-group={g.group}
        >
          <h3>
            {label(t.hrc.groups, g.group)}{' '}
            <span className="muted ballot-group-counts">
              {t.hrc.groupSummary(
                fmt.number(g.counts.yes),
                fmt.number(g.counts.no),
                fmt.number(g.counts.abstain),
                fmt.number(g.counts.absent),
              )}
            </span>
          </h3>
          <ul className="ballot-list">
            {g.ballots.map((b) => (
              <li key={b.state} data-testid="ballot" data-state={b.state} data-vote={b.vote}>
                <Link to={hrcStateHref(b.state)} className="ballot-state">
                  {stateName(b.state)}
                </Link>{' '}
                <BallotBadge vote={b.vote} />
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
