import { useState, type FormEvent } from 'react';
import { ApiFailure } from '../../api';
import { label } from '../../i18n';
import { useI18n } from '../../components/LanguageContext';
import { Link } from '../../components/Link';
import { navigate, useLocation } from '../../components/router';
import { login, useSession } from '../../components/SessionContext';
import { usePageTitle } from '../../components/usePageTitle';
import '../../components/reprisals/reprisals.css';
import { afterLogin } from './login-next';

/**
 * /login: name and password against POST /api/v1/auth/login. The server sets the HttpOnly session
 * cookie; the page only learns the role and the CSRF token from the answer (SessionContext.tsx).
 */
export function LoginPage() {
  const { t } = useI18n();
  usePageTitle(t.reprisals.loginTitle);
  const session = useSession();
  const { query } = useLocation();
  const next = afterLogin(query.get('next'));
  const [name, setName] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    login(name, password).then(
      () => {
        setPassword('');
        navigate(next);
      },
      (e: unknown) => {
        setBusy(false);
        if (e instanceof ApiFailure && e.status === 401) setError(t.reprisals.loginInvalid);
        else if (e instanceof ApiFailure && e.status === 429) setError(t.reprisals.loginThrottled);
        else setError(`${t.reprisals.loginFailed} ${e instanceof Error ? e.message : String(e)}`);
      },
    );
  };

  return (
    <article className="page login-page">
      <h1>{t.reprisals.loginTitle}</h1>
      {session.name !== null ? (
        <p data-testid="login-done">
          {t.reprisals.loginDone(session.name, label(t.reprisals.roles, session.role))}{' '}
          <Link to={next}>{t.reprisals.loginContinue}</Link>
        </p>
      ) : (
        <>
          <p className="lead">{t.reprisals.loginIntro}</p>
          <form className="login-form" onSubmit={submit} data-testid="login-form">
            <label>
              {t.reprisals.loginName}
              <input
                name="name"
                autoComplete="username"
                required
                value={name}
                onChange={(e) => setName(e.target.value)}
                data-testid="login-name"
              />
            </label>
            <label>
              {t.reprisals.loginPassword}
              <input
                name="password"
                type="password"
                autoComplete="current-password"
                required
                value={password}
                onChange={(e) => setPassword(e.target.value)}
                data-testid="login-password"
              />
            </label>
            {error && (
              <p className="status status-error" role="alert" data-testid="login-error">
                {error}
              </p>
            )}
            <div>
              <button type="submit" className="button" disabled={busy} data-testid="login-submit">
                {busy ? t.reprisals.loginBusy : t.reprisals.loginSubmit}
              </button>
            </div>
          </form>
        </>
      )}
    </article>
  );
}
