import { useI18n } from './LanguageContext';
import { LanguageSwitch } from './LanguageSwitch';
import { Link } from './Link';
import { useLocation } from './router';
import { SessionBadge } from './reprisals/SessionBadge';

type Section =
  | 'questions'
  | 'pending'
  | 'applications'
  | 'votes'
  | 'hrc'
  | 'upr'
  | 'reprisals'
  | 'organizations'
  | 'participation'
  | 'about';

const SECTIONS: { key: Section; to: string }[] = [
  { key: 'questions', to: '/' },
  { key: 'pending', to: '/pending' },
  { key: 'applications', to: '/application' },
  { key: 'votes', to: '/votes' },
  { key: 'hrc', to: '/hrc' },
  { key: 'upr', to: '/upr' },
  { key: 'reprisals', to: '/reprisals' },
  { key: 'organizations', to: '/organizations' },
  { key: 'participation', to: '/participation' },
  { key: 'about', to: '/about' },
];

/** Which navigation entry a path belongs to (the evidence list belongs to questions, etc.). */
function sectionOf(path: string): Section | null {
  if (path === '/' || path.startsWith('/questions')) return 'questions';
  if (path.startsWith('/pending')) return 'pending';
  if (path.startsWith('/application')) return 'applications';
  if (path.startsWith('/votes')) return 'votes';
  if (path === '/hrc' || path.startsWith('/hrc/')) return 'hrc';
  if (path === '/upr' || path.startsWith('/upr/')) return 'upr';
  if (path === '/reprisals' || path.startsWith('/reprisals/')) return 'reprisals';
  if (path === '/organizations' || path.startsWith('/organizations/')) return 'organizations';
  if (path === '/participation' || path.startsWith('/participation/')) return 'participation';
  if (path.startsWith('/about')) return 'about';
  return null;
}

export function Header() {
  const { t } = useI18n();
  const { path } = useLocation();
  const current = sectionOf(path);
  return (
    <header className="site-header">
      <div className="header-inner">
        <div className="brand">
          <Link to="/" className="brand-name">
            {t.appName}
          </Link>
          <span className="brand-tagline">{t.tagline}</span>
        </div>
        <SessionBadge />
        <LanguageSwitch />
      </div>
      <nav className="main-nav" aria-label={t.navLabel} data-testid="main-nav">
        <ul>
          {SECTIONS.map((s) => (
            <li key={s.key}>
              <Link
                to={s.to}
                aria-current={current === s.key ? 'page' : undefined}
                data-testid={`nav-${s.key}`}
              >
                {t.nav[s.key]}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
    </header>
  );
}
