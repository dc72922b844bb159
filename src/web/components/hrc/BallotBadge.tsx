import type { VoteValue } from '../../api';
import { useI18n } from '../LanguageContext';

/** A vote written out in a coloured badge: the word carries the meaning, the colour only helps. */
export function BallotBadge({ vote }: { vote: VoteValue }) {
  const { t } = useI18n();
  return (
    <span className={`badge ballot-${vote}`} data-testid="ballot-badge" data-vote={vote}>
      {t.ballots[vote]}
    </span>
  );
}
