import type { ReactNode } from 'react';
import { useI18n } from '../../components/LanguageContext';
import { useSession } from '../../components/SessionContext';
import { reprisalsEditorPage } from './editor/routes';
import { LoginPage } from './LoginPage';
import { ReprisalsCasePage } from './ReprisalsCasePage';
import { ReprisalsListPage } from './ReprisalsListPage';
import { ReprisalsStatsPage } from './ReprisalsStatsPage';

/**
 * The registry's pages wait until the session is known and are rebuilt when it changes (sign in,
 * sign out): what the server answers depends on the role, so an answer fetched for one role is
 * never left on screen for another.
 */
function ForSession({ children }: { children: (sessionKey: string) => ReactNode }) {
  const { t } = useI18n();
  const session = useSession();
  if (session.status === 'loading')
    return (
      <p className="status" role="status" data-testid="loading">
        {t.loading}
      </p>
    );
  return <>{children(`${session.role}:${session.name ?? ''}`)}</>;
}

/**
 * The reprisals registry pages and the sign-in page, by path (/login and everything under
 * /reprisals). Null when no page matches.
 */
export function reprisalsPage(path: string): ReactNode | null {
  if (path === '/login') return <LoginPage />;
  if (path.startsWith('/reprisals/editor')) return reprisalsEditorPage(path);
  if (path === '/reprisals' || path === '/reprisals/')
    return <ForSession>{(key) => <ReprisalsListPage key={key} />}</ForSession>;
  if (path === '/reprisals/stats')
    return <ForSession>{(key) => <ReprisalsStatsPage key={key} />}</ForSession>;
  const one = /^\/reprisals\/case\/([^/]+)$/.exec(path);
  if (one) {
    const id = decodeURIComponent(one[1]!).toUpperCase();
    return <ForSession>{(key) => <ReprisalsCasePage key={`${key}|${id}`} id={id} />}</ForSession>;
  }
  return null;
}
