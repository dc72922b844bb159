import { useId, useState, type FormEvent } from 'react';
import { ApiFailure } from '../../api';
import { useI18n } from '../../components/LanguageContext';
import { sendJson, useSession } from '../../components/SessionContext';
import { label } from '../../i18n';
import { orgText } from '../../i18n-organizations';

const CLASSIFICATIONS = ['gongo', 'state-linked', 'independent', 'unknown'] as const;

/**
 * The editors' form on an organisation's profile: set a classification with its reason and source,
 * or revert the latest change. Both go through the register's audited write path
 * (POST …/classification and …/classification/revert, with the session's CSRF token); the server
 * decides who may write and refuses a label without evidence. Shown to editors and admins only;
 * `onSaved` reloads the profile so the new label appears with its evidence and history.
 */
export function ClassificationEditor({
  organizationId,
  current,
  onSaved,
}: {
  organizationId: number;
  current: string | null;
  /** the profile reloads (this form with it): the page keeps the notice */
  onSaved: (notice: string) => void;
}) {
  const { lang } = useI18n();
  const w = orgText(lang);
  const e = w.editor;
  const session = useSession();
  const id = useId();
  const [classification, setClassification] = useState(current ?? 'unknown');
  const [reason, setReason] = useState('');
  const [source, setSource] = useState('');
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  if (session.role !== 'editor' && session.role !== 'admin') return null;

  const write = async (path: string, body: object, done: (seq: string) => string) => {
    setBusy(true);
    setFailure(null);
    try {
      const r = await sendJson<{ auditSeq: number }>(
        'POST',
        `/api/v1/organizations/${organizationId}/${path}`,
        body,
      );
      onSaved(done(String(r.auditSeq)));
    } catch (error) {
      const text = error instanceof ApiFailure || error instanceof Error ? error.message : '';
      setFailure(`${e.failed} ${text}`);
    } finally {
      setBusy(false);
    }
  };
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    void write('classification', { classification, reason, source }, e.saved);
  };
  return (
    <section
      aria-labelledby={`${id}-t`}
      className="editor-form"
      data-testid="classification-editor"
    >
      <h3 id={`${id}-t`}>{e.title}</h3>
      <p className="muted small">{e.intro}</p>
      <form onSubmit={submit}>
        <p>
          <label htmlFor={`${id}-c`}>{e.classification}</label>{' '}
          <select
            id={`${id}-c`}
            value={classification}
            onChange={(x) => setClassification(x.target.value)}
            data-testid="editor-classification"
          >
            {CLASSIFICATIONS.map((c) => (
              <option key={c} value={c}>
                {label(w.classifications, c)}
              </option>
            ))}
          </select>
        </p>
        <p>
          <label htmlFor={`${id}-r`}>{e.reason}</label>
          <br />
          <textarea
            id={`${id}-r`}
            required
            rows={3}
            cols={60}
            value={reason}
            onChange={(x) => setReason(x.target.value)}
            data-testid="editor-reason"
          />
        </p>
        <p>
          <label htmlFor={`${id}-s`}>{e.source}</label>
          <br />
          <input
            id={`${id}-s`}
            required
            size={60}
            value={source}
            onChange={(x) => setSource(x.target.value)}
            data-testid="editor-source"
          />
        </p>
        <p>
          <button type="submit" className="button" disabled={busy} data-testid="editor-save">
            {e.save}
          </button>{' '}
          <button
            type="button"
            className="button"
            disabled={busy || current === null}
            onClick={() => void write('classification/revert', {}, e.reverted)}
            data-testid="editor-revert"
          >
            {e.revert}
          </button>
        </p>
      </form>
      {failure && (
        <p role="alert" className="error" data-testid="editor-failure">
          {failure}
        </p>
      )}
    </section>
  );
}
