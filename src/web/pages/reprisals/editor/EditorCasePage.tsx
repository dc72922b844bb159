import { useEffect, useState, type FormEvent } from 'react';
import { apiUrl, ApiFailure, fetchJson } from '../../../api';
import { label } from '../../../i18n';
import { useI18n } from '../../../components/LanguageContext';
import { Link } from '../../../components/Link';
import { sendJson } from '../../../components/SessionContext';
import { usePageTitle } from '../../../components/usePageTitle';
import '../../../components/reprisals/reprisals.css';
import {
  CHOICE_FIELDS,
  CODE_LIST_FIELDS,
  changedFields,
  codesOf,
  EDITOR_PATH,
  editorCasePath,
  FLAG_FIELDS,
  formValues,
  TEXT_FIELDS,
  TEXT_LIST_FIELDS,
  textOf,
  type CaseForEditing,
  type CodeListField,
  type FormValues,
  type WriteAnswer,
} from './editor-api';
import { EditorGate } from './EditorGate';

/**
 * /reprisals/editor/case/{id}: one case with every field, the rules behind a draft's values and
 * the paragraph as read; a form that sends only the fields changed (with the version read, so a
 * change made meanwhile by someone else is refused, never overwritten), and the confirm button.
 */
export function EditorCasePage({ id }: { id: string }) {
  const { t } = useI18n();
  usePageTitle(t.reprisalsEditor.caseTitle(id));
  return (
    <article className="page reprisals-editor">
      <p className="breadcrumb">
        <Link to={EDITOR_PATH}>{t.reprisalsEditor.backToQueue}</Link>
      </p>
      <h1>{t.reprisalsEditor.caseTitle(id)}</h1>
      <EditorGate path={editorCasePath(id)}>{() => <CaseForm id={id} />}</EditorGate>
    </article>
  );
}

type Loaded =
  | { status: 'loading' }
  | { status: 'error'; message: string }
  | { status: 'ok'; data: CaseForEditing };

function CaseForm({ id }: { id: string }) {
  const { t } = useI18n();
  const e = t.reprisalsEditor;
  const [round, setRound] = useState(0);
  const [loaded, setLoaded] = useState<Loaded>({ status: 'loading' });
  const [values, setValues] = useState<FormValues>({});
  const [message, setMessage] = useState<{ text: string; conflict?: boolean } | null>(null);
  const [busy, setBusy] = useState(false);
  const [reference, setReference] = useState('');

  useEffect(() => {
    const controller = new AbortController();
    fetchJson<CaseForEditing>(
      apiUrl(`/reprisals/cases/${encodeURIComponent(id)}/edit`),
      controller.signal,
    ).then(
      (data) => {
        setLoaded({ status: 'ok', data });
        setValues(formValues(data.case));
      },
      (error: unknown) => {
        if (!controller.signal.aborted)
          setLoaded({
            status: 'error',
            message: error instanceof Error ? error.message : String(error),
          });
      },
    );
    return () => controller.abort();
  }, [id, round]);

  if (loaded.status === 'loading')
    return (
      <p className="status" role="status">
        {t.loading}
      </p>
    );
  if (loaded.status === 'error')
    return (
      <p className="error" role="alert">
        {t.loadError} {loaded.message}
      </p>
    );
  const { data } = loaded;
  const c = data.case;
  const original = formValues(c);

  const write = (work: () => Promise<WriteAnswer>, done: (a: WriteAnswer) => string) => {
    setBusy(true);
    setMessage(null);
    work().then(
      (answer) => {
        setBusy(false);
        setMessage({ text: done(answer) });
        setRound((n) => n + 1);
      },
      (error: unknown) => {
        setBusy(false);
        if (error instanceof ApiFailure && error.status === 409)
          setMessage({ text: e.conflict, conflict: true });
        else
          setMessage({
            text: `${e.failed} ${error instanceof Error ? error.message : String(error)}`,
          });
      },
    );
  };
  const base = `/reprisals/cases/${encodeURIComponent(c.caseId)}`;
  const save = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const fields = changedFields(original, values, c);
    if (Object.keys(fields).length === 0) return setMessage({ text: e.unchanged });
    write(
      () => sendJson<WriteAnswer>('PATCH', apiUrl(base), { version: data.version, fields }),
      (a) => (a.written === 'updated' ? e.saved : e.unchanged),
    );
  };
  const confirm = () =>
    write(
      () => sendJson<WriteAnswer>('POST', apiUrl(`${base}/confirm`), { version: data.version }),
      () => e.confirmed,
    );
  const linkLetter = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const ref = reference.trim();
    write(
      () =>
        sendJson<WriteAnswer>('POST', apiUrl(`${base}/communications`), {
          reference: ref,
          version: data.version,
        }),
      () => e.linked(ref.toUpperCase()),
    );
  };
  const unlinkLetter = (ref: string) =>
    write(
      () =>
        sendJson<WriteAnswer>('POST', apiUrl(`${base}/communications/unlink`), {
          reference: ref,
          version: data.version,
        }),
      () => e.unlinked(ref),
    );
  const set = (field: string) => (value: string) => setValues((v) => ({ ...v, [field]: value }));
  // a code ticked or unticked: added at the end, or taken out where it was
  const toggle = (field: CodeListField, code: string, on: boolean) =>
    setValues((v) => {
      const codes = codesOf(v, field).filter((x) => x !== code);
      return { ...v, [field]: on ? [...codes, code] : codes };
    });
  const codeLabels: Record<CodeListField, Readonly<Record<string, string>>> = {
    acts: t.reprisals.acts,
    engagements: t.reprisals.unBodies,
    engagementTypes: t.reprisals.engagementTypes,
  };
  const fieldName = (f: string) => label(t.reprisals.field, f);
  const choiceLabels: Record<string, Readonly<Record<string, string>>> = {
    recordType: t.reprisals.recordTypes,
    gender: t.reprisals.genders,
    status: t.reprisals.statuses,
  };

  return (
    <>
      <p data-testid="review-state" data-review={c.review}>
        {e.state(label(t.reprisals.reviewStates, c.review))}{' '}
        {data.confirmed && e.confirmedBy(data.confirmed.by, data.confirmed.at.slice(0, 10))}
      </p>
      <p className="muted">
        <Link to={`/reprisals/case/${encodeURIComponent(c.caseId)}`}>{e.viewCase}</Link> ·{' '}
        <span data-testid="version">{e.version(data.version)}</span>
      </p>
      {message && (
        <div role="status" data-testid="message" className={message.conflict ? 'error' : ''}>
          <p>{message.text}</p>
          {message.conflict && (
            <button type="button" onClick={() => setRound((n) => n + 1)}>
              {e.reload}
            </button>
          )}
        </div>
      )}
      <section className="section">
        <h2>{e.reasonsTitle}</h2>
        {data.reasons.length === 0 ? (
          <p className="muted">{e.noReasons}</p>
        ) : (
          <ul className="reasons">
            {data.reasons.map((r, i) => (
              <li key={i}>{e.reason(fieldName(r.field), r.rule)}</li>
            ))}
          </ul>
        )}
      </section>
      <form className="case-form" onSubmit={save} data-testid="case-form">
        {(Object.keys(CHOICE_FIELDS) as (keyof typeof CHOICE_FIELDS)[]).map((f) => (
          <p key={f}>
            <label>
              {fieldName(f)}{' '}
              <select name={f} value={textOf(values, f)} onChange={(ev) => set(f)(ev.target.value)}>
                {CHOICE_FIELDS[f].map((v) => (
                  <option key={v} value={v}>
                    {v === '' ? e.none : label(choiceLabels[f]!, v)}
                  </option>
                ))}
              </select>
            </label>
          </p>
        ))}
        {TEXT_FIELDS.map((f) => (
          <p key={f}>
            <label>
              {fieldName(f)}{' '}
              <input
                name={f}
                value={textOf(values, f)}
                maxLength={2000}
                onChange={(ev) => set(f)(ev.target.value)}
              />
            </label>
          </p>
        ))}
        <p>
          <label>
            {e.paragraphTitle}{' '}
            <span className="mark-confidential">{t.reprisals.confidentialMark}</span>
            <br />
            <textarea
              name="reprisalInformation"
              rows={8}
              cols={80}
              value={textOf(values, 'reprisalInformation')}
              onChange={(ev) => set('reprisalInformation')(ev.target.value)}
            />
          </label>
        </p>
        <h3>{e.listsTitle}</h3>
        {(Object.keys(CODE_LIST_FIELDS) as CodeListField[]).map((f) => (
          <fieldset key={f} className="code-list" data-testid={`codes-${f}`}>
            <legend>{fieldName(f)}</legend>
            {CODE_LIST_FIELDS[f].map((code) => (
              <label key={code} className="code-choice">
                <input
                  type="checkbox"
                  name={f}
                  value={code}
                  checked={codesOf(values, f).includes(code)}
                  onChange={(ev) => toggle(f, code, ev.target.checked)}
                />{' '}
                {label(codeLabels[f], code)}
              </label>
            ))}
          </fieldset>
        ))}
        {TEXT_LIST_FIELDS.map((f) => (
          <p key={f}>
            <label>
              {fieldName(f)} <span className="muted">({e.onePerLine})</span>
              <br />
              <textarea
                name={f}
                rows={3}
                cols={60}
                value={textOf(values, f)}
                onChange={(ev) => set(f)(ev.target.value)}
              />
            </label>
          </p>
        ))}
        <h3>{e.flagsTitle}</h3>
        {FLAG_FIELDS.map((f) => (
          <p key={f}>
            <label>
              {label(e.flagNames, f)}{' '}
              <select name={f} value={textOf(values, f)} onChange={(ev) => set(f)(ev.target.value)}>
                <option value="">{e.notKnown}</option>
                <option value="yes">{e.yes}</option>
                <option value="no">{e.no}</option>
              </select>
            </label>
          </p>
        ))}
        <button type="submit" disabled={busy}>
          {busy ? e.saving : e.save}
        </button>
      </form>
      {c.review === 'draft' && (
        <section className="section">
          <p className="muted">{e.confirmNote}</p>
          <button type="button" onClick={confirm} disabled={busy} data-testid="confirm">
            {e.confirm}
          </button>
        </section>
      )}
      <section className="section">
        <h2>{e.linkCommunication}</h2>
        <p>
          {fieldName('communicationRefs')}: {c.communicationRefs.length === 0 && e.none}
        </p>
        {c.communicationRefs.length > 0 && (
          <ul className="plain-list" data-testid="linked-communications">
            {c.communicationRefs.map((ref) => (
              <li key={ref} data-reference={ref}>
                {ref}{' '}
                <button
                  type="button"
                  disabled={busy}
                  onClick={() => unlinkLetter(ref)}
                  aria-label={e.unlinkLabel(ref)}
                >
                  {e.unlink}
                </button>
              </li>
            ))}
          </ul>
        )}
        <form onSubmit={linkLetter}>
          <label>
            {e.reference}{' '}
            <input
              name="reference"
              value={reference}
              maxLength={20}
              onChange={(ev) => setReference(ev.target.value)}
            />
          </label>{' '}
          <button type="submit" disabled={busy || reference.trim() === ''}>
            {e.link}
          </button>
        </form>
      </section>
    </>
  );
}
