import { useState } from 'react';
import { label } from '../../i18n';
import { useI18n } from '../LanguageContext';
import { Link } from '../Link';
import { href, useLocation } from '../router';
import { logout, useSession } from '../SessionContext';
import './reprisals.css';

/**
 * In the header: "Signed in as NAME (role) · Sign out", or a "Sign in" link that brings the reader
 * back to the page they were on.
 */
export function SessionBadge() {
  const { t } = useI18n();
  const session = useSession();
  const { path, query } = useLocation();
  const [busy, setBusy] = useState(false);
  if (session.status === 'loading') return <div className="session-badge" aria-hidden="true" />;
  if (session.name === null) {
    if (path === '/login') return <div className="session-badge" />;
    const here = query.toString() ? `${path}?${query.toString()}` : path;
    return (
      <div className="session-badge" data-testid="session-badge">
        <Link to={href('/login', { next: here })} data-testid="sign-in">
          {t.reprisals.signIn}
        </Link>
      </div>
    );
  }
  const signOut = () => {
    setBusy(true);
    logout().finally(() => setBusy(false));
  };
  return (
    <div className="session-badge" data-testid="session-badge" data-role={session.role}>
      <span data-testid="signed-in-as">
        {t.reprisals.signedInAs(session.name, label(t.reprisals.roles, session.role))}
      </span>
      <span aria-hidden="true">·</span>
      <button
        type="button"
        className="link-button"
        onClick={signOut}
        disabled={busy}
        data-testid="sign-out"
      >
        {t.reprisals.signOut}
      </button>
    </div>
  );
}
