import type { ApplicationVote } from '../api';
import { label } from '../i18n';
import { useI18n } from './LanguageContext';
import { SourceCitation } from './SourceCitation';

const BALLOTS = ['yes', 'no', 'abstain', 'absent'] as const;

/** Recorded votes taken on this organisation's application, with the counts as printed. */
export function ApplicationVotes({ votes }: { votes: readonly ApplicationVote[] }) {
  const { t, fmt, lang } = useI18n();
  return (
    <ul className="vote-list" data-testid="application-votes">
      {votes.map((v) => (
        <li key={v.id} className="card">
          <p>
            <strong>
              {t.motion}
              {t.colon}
            </strong>
            {lang === 'zh' ? v.motionWords.zh : v.motionWords.en}
            {v.date && <span className="muted"> · {fmt.date(v.date)}</span>}
          </p>
          <p data-testid="vote-side">
            <strong>
              {t.ngoVote.yesMeant}
              {t.colon}
            </strong>
            {label(t.ngoVote.sides, v.yesMeans)}
          </p>
          <p>
            {v.outcome && (
              <>
                <strong>
                  {t.outcome}
                  {t.colon}
                </strong>
                {v.motionOutcome
                  ? label(t.voteOutcomes, v.motionOutcome)
                  : t.ngoVote.recorded(v.outcome)}
                {' · '}
              </>
            )}
            {BALLOTS.map((b, i) => (
              <span key={b}>
                {i > 0 && ', '}
                {t.ballots[b]} {v.counts[b] === null ? '—' : fmt.number(v.counts[b])}
              </span>
            ))}
          </p>
          <SourceCitation source={v.source} />
          {v.alsoReportedBy.map((p) => (
            <div key={p.documentId} data-testid="also-reported-by">
              <p className="muted">{t.ngoVote.alsoReportedBy}</p>
              <SourceCitation source={p} />
            </div>
          ))}
        </li>
      ))}
    </ul>
  );
}
