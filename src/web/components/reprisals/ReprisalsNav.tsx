import { useI18n } from '../LanguageContext';
import { Link } from '../Link';
import { label } from '../../i18n';
import type { SessionRole } from '../SessionContext';
import './reprisals.css';

/** The registry's two parts (cases, statistics), and whose eyes the page is shown for. */
export function ReprisalsNav({
  current,
  role,
}: {
  current: 'cases' | 'stats' | null;
  role: SessionRole;
}) {
  const { t } = useI18n();
  return (
    <>
      <nav className="reprisals-subnav" aria-label={t.reprisals.subnavLabel}>
        <ul>
          <li>
            <Link to="/reprisals" aria-current={current === 'cases' ? 'page' : undefined}>
              {t.reprisals.subnavCases}
            </Link>
          </li>
          <li>
            <Link to="/reprisals/stats" aria-current={current === 'stats' ? 'page' : undefined}>
              {t.reprisals.subnavStats}
            </Link>
          </li>
          {(role === 'editor' || role === 'admin') && (
            <li>
              <Link to="/reprisals/editor">{t.reprisalsEditor.queueTitle}</Link>
            </li>
          )}
        </ul>
      </nav>
      <p className="muted" data-testid="seeing-as" data-role={role}>
        {t.reprisals.seeingAs(label(t.reprisals.roles, role))}
      </p>
    </>
  );
}
