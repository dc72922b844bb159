import type { MemberRecord } from '../api';
import { useI18n } from './LanguageContext';
import { Link } from './Link';
import { useStateName } from './StatesContext';
import { voteListHref } from './vote-list-href';

const BALLOTS = ['yes', 'no', 'abstain', 'absent'] as const;

export function MemberVotesTable({ members }: { members: readonly MemberRecord[] }) {
  const { t, fmt } = useI18n();
  const stateName = useStateName();
  return (
    <div className="table-wrap">
      <table className="data-table narrow" data-testid="members-table">
        <thead>
          <tr>
            <th scope="col">{t.colState}</th>
            {BALLOTS.map((b) => (
              <th key={b} scope="col" className="num">
                {t.ballots[b]}
              </th>
            ))}
            <th scope="col" className="num">
              {t.colVotesIn}
            </th>
          </tr>
        </thead>
        <tbody>
          {members.map((m) => (
            <tr key={m.state} data-testid="member-row" data-state={m.state}>
              <th scope="row">{stateName(m)}</th>
              {BALLOTS.map((b) => (
                <td key={b} className="num">
                  {fmt.number(m[b])}
                </td>
              ))}
              <td className="num">
                <Link
                  to={voteListHref(m.state)}
                  data-testid="member-votes-link"
                  title={t.viewVotesOf(stateName(m))}
                >
                  {fmt.number(m.evidence.ids.length)}
                </Link>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
