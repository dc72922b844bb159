import { useState, type FormEvent } from 'react';
import { apiUrl, ApiFailure } from '../../../api';
import { label } from '../../../i18n';
import { ApiView } from '../../../components/ApiView';
import { useI18n } from '../../../components/LanguageContext';
import { Link } from '../../../components/Link';
import { navigate, useLocation } from '../../../components/router';
import { sendJson } from '../../../components/SessionContext';
import { useApi } from '../../../components/useApi';
import { usePageTitle } from '../../../components/usePageTitle';
import '../../../components/reprisals/reprisals.css';
import {
  EDITOR_PATH,
  editorCasePath,
  type DraftsResponse,
  type FollowUpLinkView,
  type LinksResponse,
  type WriteAnswer,
} from './editor-api';
import { EditorGate } from './EditorGate';

/**
 * /reprisals/editor: the drafts queue (each draft with the rules behind its values and the
 * paragraph as read) and the annex II paragraphs waiting for a case, with a form to attach each.
 * Everything shown here is confidential; the server serves it to editors and admins only.
 */
export function EditorQueuePage() {
  const { t } = useI18n();
  usePageTitle(t.reprisalsEditor.queueTitle);
  return (
    <article className="page reprisals-editor">
      <p className="breadcrumb">
        <Link to="/reprisals">{t.reprisals.title}</Link>
      </p>
      <h1>{t.reprisalsEditor.queueTitle}</h1>
      <EditorGate path={EDITOR_PATH}>{() => <Queue />}</EditorGate>
    </article>
  );
}

function Queue() {
  const { t } = useI18n();
  const e = t.reprisalsEditor;
  const { query } = useLocation();
  const country = query.get('country') ?? '';
  const [typed, setTyped] = useState(country);
  const [round, setRound] = useState(0);
  const params = { country: country || null, pageSize: 100 };
  // the round in the fragment makes a new URL after a write, so useApi asks again (fetch drops it)
  const drafts = useApi<DraftsResponse>(`${apiUrl('/reprisals/drafts', params)}#${round}`);
  const links = useApi<LinksResponse>(
    `${apiUrl('/reprisals/links', { ...params, unattached: 'true' })}#${round}`,
  );
  const show = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const c = typed.trim().toUpperCase();
    navigate(c ? `${EDITOR_PATH}?country=${encodeURIComponent(c)}` : EDITOR_PATH);
  };
  return (
    <>
      <p className="muted">{e.queueIntro}</p>
      <form className="filters" onSubmit={show}>
        <label>
          {e.countryLabel}{' '}
          <input
            name="country"
            value={typed}
            maxLength={60}
            onChange={(ev) => setTyped(ev.target.value)}
          />
        </label>{' '}
        <button type="submit">{e.filter}</button>
      </form>
      <ApiView state={drafts}>
        {(data) =>
          data.items.length === 0 ? (
            <p data-testid="no-drafts">{e.noDrafts}</p>
          ) : (
            <section className="section" data-testid="drafts">
              <p>{e.draftCount(String(data.total))}</p>
              {data.items.map((d) => (
                <section key={d.caseId} className="draft" data-testid={`draft-${d.caseId}`}>
                  <h2>
                    <Link to={editorCasePath(d.caseId)}>{d.caseId}</Link> · {d.pseudonym} ·{' '}
                    {label(t.reprisals.recordTypes, d.recordType)}
                  </h2>
                  <h3>{e.reasonsTitle}</h3>
                  {d.reasons.length === 0 ? (
                    <p className="muted">{e.noReasons}</p>
                  ) : (
                    <ul className="reasons">
                      {d.reasons.map((r, i) => (
                        <li key={i}>{e.reason(label(t.reprisals.field, r.field), r.rule)}</li>
                      ))}
                    </ul>
                  )}
                  <h3>
                    {e.paragraphTitle}{' '}
                    <span className="mark-confidential">{t.reprisals.confidentialMark}</span>
                  </h3>
                  <blockquote className="paragraph">{d.paragraph ?? e.none}</blockquote>
                  <p>
                    <Link to={editorCasePath(d.caseId)}>{e.review}</Link>
                  </p>
                </section>
              ))}
            </section>
          )
        }
      </ApiView>
      <section className="section">
        <h2>{e.linksTitle}</h2>
        <p className="muted">{e.linksIntro}</p>
        <ApiView state={links}>
          {(data) =>
            data.items.length === 0 ? (
              <p>{e.noLinks}</p>
            ) : (
              <ul className="follow-ups">
                {data.items.map((l) => (
                  <FollowUp key={l.id} link={l} onDone={() => setRound((n) => n + 1)} />
                ))}
              </ul>
            )
          }
        </ApiView>
      </section>
    </>
  );
}

function FollowUp({ link, onDone }: { link: FollowUpLinkView; onDone: () => void }) {
  const { t } = useI18n();
  const e = t.reprisalsEditor;
  const [caseId, setCaseId] = useState(link.caseId ?? '');
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const earlier = Array.isArray(link.earlier)
    ? (link.earlier as { symbol: string; annex: string | null; paragraphs: string[] }[])
    : [];
  const attach = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setBusy(true);
    const target = caseId.trim().toUpperCase();
    sendJson<WriteAnswer>('POST', apiUrl(`/reprisals/links/${link.id}/attach`), {
      caseId: target,
      version: link.version,
    }).then(
      () => {
        setBusy(false);
        setMessage(e.attached(target));
        onDone();
      },
      (error: unknown) => {
        setBusy(false);
        setMessage(
          error instanceof ApiFailure && error.status === 409
            ? e.conflict
            : `${e.failed} ${error instanceof Error ? error.message : String(error)}`,
        );
      },
    );
  };
  return (
    <li data-testid={`follow-up-${link.id}`}>
      <p>
        <strong>
          {link.symbol}, {t.reprisals.annex(link.annex ?? '-')},{' '}
          {t.reprisals.paragraph(link.paragraph ?? '-')}
        </strong>{' '}
        · {link.country}
        {link.victimName ? ` · ${link.victimName}` : ''}
      </p>
      {link.description && <blockquote className="paragraph">{link.description}</blockquote>}
      {earlier.length > 0 && (
        <p className="muted">
          {e.cites}:{' '}
          {earlier
            .map(
              (x) =>
                `${x.symbol}${x.annex ? `, ${t.reprisals.annex(x.annex)}` : ''} ${x.paragraphs.join(', ')}`,
            )
            .join('; ')}
        </p>
      )}
      {link.caseId && link.matchedBy && (
        <p className="muted">{e.suggested(link.caseId, link.matchedBy)}</p>
      )}
      <form onSubmit={attach}>
        <label>
          {e.attachTo}{' '}
          <input
            name="caseId"
            value={caseId}
            maxLength={20}
            onChange={(ev) => setCaseId(ev.target.value)}
          />
        </label>{' '}
        <button type="submit" disabled={busy || caseId.trim() === ''}>
          {e.attach}
        </button>
      </form>
      {message && <p role="status">{message}</p>}
    </li>
  );
}
