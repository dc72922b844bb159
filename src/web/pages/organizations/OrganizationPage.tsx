import { useState } from 'react';
import type { OrganizationProfile } from '../../../analysis/organizations/profile';
import { apiUrl } from '../../api';
import { ApiView } from '../../components/ApiView';
import { DeferralSummary } from '../../components/DeferralSummary';
import { useI18n } from '../../components/LanguageContext';
import { Link } from '../../components/Link';
import { Timeline } from '../../components/Timeline';
import { useApi } from '../../components/useApi';
import { usePageTitle } from '../../components/usePageTitle';
import { label } from '../../i18n';
import { orgText } from '../../i18n-organizations';
import { ClassificationEditor } from './ClassificationEditor';
import { ClassificationWithEvidence } from './ClassificationWithEvidence';
import { SourceLink } from './SourceLink';

type Profile = OrganizationProfile & { role: string };

/**
 * The evidence that was on record when a past classification was set (added before it, not yet
 * retracted then): a label in the history is shown with the grounds it had at the time.
 */
function evidenceAt(p: Profile, when: string) {
  return [...p.evidence.current, ...p.evidence.retracted].filter(
    (e) => (e.addedAt ?? '') <= when && (e.retractedAt === null || (e.retractedAt ?? '') > when),
  );
}

/** One organisation: its names, status, Committee history, evidence, score and classification. */
export function OrganizationPage({ id }: { id: number }) {
  const { lang } = useI18n();
  const w = orgText(lang);
  // raised after an editor's change: a new address makes the profile load again
  const [version, setVersion] = useState(0);
  const [notice, setNotice] = useState<string | null>(null);
  const profile = useApi<Profile>(apiUrl(`/organizations/${id}`, { v: version || null }));
  return (
    <article className="page organization-profile">
      <p className="breadcrumb">
        <Link to="/organizations">{w.profileBack}</Link>
      </p>
      {notice && (
        <p role="status" className="status" data-testid="editor-notice">
          {notice}
        </p>
      )}
      <ApiView state={profile}>
        {(p) => (
          <ProfileView
            p={p}
            onSaved={(text) => {
              setNotice(text);
              setVersion((v) => v + 1);
            }}
          />
        )}
      </ApiView>
    </article>
  );
}

function ProfileView({ p, onSaved }: { p: Profile; onSaved: (notice: string) => void }) {
  const { lang, t, fmt } = useI18n();
  const w = orgText(lang);
  usePageTitle(p.organization.name);
  const status = p.consultativeStatus;
  return (
    <>
      <h1 data-testid="org-name">{p.organization.name}</h1>
      <dl className="facts">
        <dt>{w.country}</dt>
        <dd>{p.organization.country ?? '—'}</dd>
        <dt>{w.consultativeStatus}</dt>
        <dd data-testid="consultative-status">
          {label(w.statusWords, status.status)}
          {status.year !== null && ` (${w.since(String(status.year))})`}
        </dd>
      </dl>

      <section aria-labelledby="org-names">
        <h2 id="org-names">{w.names}</h2>
        <ul className="names" data-testid="org-aliases">
          {p.organization.aliases.map((a, i) => (
            <li key={`c${i}`}>
              {a.name} <span className="muted">({label(w.nameReasons, a.reason)})</span>
            </li>
          ))}
          {p.names.map((n) => (
            <li key={`n${n.id}`} lang={n.language === 'zh' ? 'zh-Hans' : 'en'}>
              {n.name}{' '}
              <span className="muted">
                ({label(w.languageWords, n.language ?? '')}
                {n.kind === 'abbreviation' ? `, ${w.abbreviation}` : ''})
              </span>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="org-classification" data-testid="classification-section">
        <h2 id="org-classification">{w.classificationTitle}</h2>
        {p.classification ? (
          <>
            <ClassificationWithEvidence
              classification={p.classification.classification ?? 'unknown'}
              evidence={p.classification.evidence}
            />
            <p>
              <span className="muted">
                {p.classification.setAt && w.setOn(fmt.date(p.classification.setAt.slice(0, 10)))}
                {p.classification.setBy && ` ${w.by(p.classification.setBy)}`}
              </span>
            </p>
            <p>
              <strong>{w.reason}</strong>
              {t.colon} <span data-testid="classification-reason">{p.classification.reason}</span>
            </p>
            <p>
              <strong>{w.source}</strong>
              {t.colon} {p.classification.source && <SourceLink source={p.classification.source} />}
            </p>
          </>
        ) : (
          <p className="status">{w.notClassified}</p>
        )}
      </section>

      <ClassificationEditor
        organizationId={p.organization.id}
        current={p.classification?.classification ?? null}
        onSaved={onSaved}
      />

      <section aria-labelledby="org-evidence">
        <h2 id="org-evidence">{w.evidenceTitle}</h2>
        {p.evidence.current.length === 0 ? (
          <p className="status">{w.noEvidence}</p>
        ) : (
          <ol className="evidence-list" data-testid="evidence-list">
            {p.evidence.current.map((e) => (
              <li key={e.id} data-testid="evidence-item" data-indicator={e.indicator}>
                <strong>{label(w.indicators, e.indicator ?? '')}</strong>
                {e.share !== null && e.share !== undefined && ` — ${w.share(fmt.percent(e.share))}`}
                <p>{e.statement}</p>
                <blockquote data-testid="evidence-passage">{e.passage}</blockquote>
                <p className="muted">
                  {e.source && <SourceLink source={e.source} />}
                  {e.sourceDate && ` · ${w.dated(e.sourceDate)}`}
                  {e.auditSeq !== undefined && ` · ${w.auditEntry(String(e.auditSeq))}`}
                </p>
              </li>
            ))}
          </ol>
        )}
        <h3>{w.scoreTitle}</h3>
        <p data-testid="score-total">
          {w.scoreOf(fmt.number(p.score.total), fmt.number(p.score.max))}
        </p>
        <table className="data-table" data-testid="score-parts">
          <tbody>
            {p.score.parts.map((part) => (
              <tr key={part.indicator}>
                <th scope="row">{label(w.indicators, part.indicator)}</th>
                <td>{w.points(fmt.number(part.points), fmt.number(part.weight))}</td>
                <td className="muted">{part.evidence.map((id) => `#${id}`).join(', ')}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <p className="muted">{w.scoreNote}</p>
        {p.evidence.retracted.length > 0 && (
          <>
            <h3>{w.retractedTitle}</h3>
            <ul>
              {p.evidence.retracted.map((e) => (
                <li key={e.id}>
                  <s>{label(w.indicators, e.indicator ?? '')}</s> {w.retractedBecause}{' '}
                  {e.retractionReason}
                </li>
              ))}
            </ul>
          </>
        )}
      </section>

      <section aria-labelledby="org-history">
        <h2 id="org-history">{w.historyTitle}</h2>
        {p.classificationHistory.length === 0 ? (
          <p className="status">{w.noHistory}</p>
        ) : (
          <ol className="classification-history" data-testid="classification-history">
            {p.classificationHistory.map((h) => (
              <li key={h.id} data-testid="history-item">
                <span className="muted">
                  {h.setAt && fmt.date(h.setAt.slice(0, 10))}
                  {h.setBy && ` ${w.by(h.setBy)}`}
                  {h.revertsToAuditSeq != null && ` (${w.revertOf(String(h.revertsToAuditSeq))})`}
                </span>
                <ClassificationWithEvidence
                  classification={h.classification ?? 'unknown'}
                  evidence={evidenceAt(p, h.setAt ?? '')}
                />
                <div className="muted">
                  {h.reason} · {h.source && <SourceLink source={h.source} />} ·{' '}
                  {w.auditEntry(String(h.auditSeq))}
                </div>
              </li>
            ))}
          </ol>
        )}
      </section>

      <Speaking p={p} />

      <section aria-labelledby="org-committee">
        <h2 id="org-committee">{w.committeeHistory}</h2>
        {p.ngoCommittee.applications.map((a) => (
          <DeferralSummary key={`${a.request}-${a.firstDeferred}`} summary={a} />
        ))}
        <Timeline events={p.ngoCommittee.events} name={p.organization.name} />
      </section>
    </>
  );
}

/** The speaking record at the Council (participation module), each statement with its source. */
function Speaking({ p }: { p: Profile }) {
  const { lang, fmt } = useI18n();
  const w = orgText(lang);
  const s = p.speaking;
  const rows = [
    ...s.statements.map((x) => ({ ...x, cosigned: false })),
    ...s.cosigned.map((x) => ({ ...x, cosigned: true })),
  ].sort((a, b) => a.id - b.id);
  return (
    <section aria-labelledby="org-speaking" data-testid="speaking-record">
      <h2 id="org-speaking">{w.speakingTitle}</h2>
      {rows.length === 0 && s.pointsOfOrderAgainst.length === 0 ? (
        <p className="status">{w.noSpeaking}</p>
      ) : (
        <>
          <table className="data-table" data-testid="speaking-by-session">
            <thead>
              <tr>
                <th scope="col">{w.colSession}</th>
                <th scope="col">{w.colStatements}</th>
                <th scope="col">{w.colCosigned}</th>
              </tr>
            </thead>
            <tbody>
              {s.bySession.map((r) => (
                <tr key={r.session}>
                  <th scope="row">{r.session}</th>
                  <td>{fmt.number(r.statements)}</td>
                  <td>{fmt.number(r.cosigned)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <h3>{w.statementsTitle}</h3>
          <ol className="speaking-list">
            {rows.map((r) => (
              <li key={`${r.cosigned ? 'c' : 's'}${r.id}`} data-testid="speaking-item">
                <strong>{r.session ?? '—'}</strong>
                {r.date && ` · ${fmt.date(r.date)}`}
                {r.debate && ` · ${r.debate}`}
                {r.cosigned && <span className="muted"> ({w.cosignedMark})</span>}
                <blockquote>{r.source.passage}</blockquote>
                <p className="muted">
                  {r.source.url ? (
                    <SourceLink source={r.source.url} />
                  ) : (
                    w.lineOf(r.source.fileName, String(r.source.line))
                  )}
                </p>
              </li>
            ))}
          </ol>
          {s.pointsOfOrderAgainst.length > 0 && (
            <>
              <h3>{w.pointsOfOrderTitle}</h3>
              <ul>
                {s.pointsOfOrderAgainst.map((x) => (
                  <li key={x.id}>
                    {x.session ?? '—'}
                    {x.raisedBy && ` · ${w.raisedBy(x.raisedBy)}`} · {x.outcome}
                    <blockquote>{x.source.passage}</blockquote>
                  </li>
                ))}
              </ul>
            </>
          )}
        </>
      )}
    </section>
  );
}
