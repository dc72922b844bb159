import type { ReactNode } from 'react';
import { useI18n } from '../../../components/LanguageContext';
import { Link } from '../../../components/Link';
import { useSession } from '../../../components/SessionContext';

/**
 * The editors' pages only for editors and admins: anyone else is told so, with a way to sign in.
 * The server refuses them anyway (401/403); this only spares them a page of errors.
 */
export function EditorGate({ path, children }: { path: string; children: () => ReactNode }) {
  const { t } = useI18n();
  const session = useSession();
  if (session.status === 'loading')
    return (
      <p className="status" role="status">
        {t.loading}
      </p>
    );
  if (session.role !== 'editor' && session.role !== 'admin')
    return (
      <p data-testid="editors-only">
        {t.reprisalsEditor.editorsOnly}{' '}
        <Link to={`/login?next=${encodeURIComponent(path)}`}>{t.reprisalsEditor.signInAs}</Link>
      </p>
    );
  return <>{children()}</>;
}
