import { useI18n } from '../../components/LanguageContext';
import { Link } from '../../components/Link';
import { useLocation } from '../../components/router';
import {
  HRC_ALIGNMENT,
  HRC_AMENDMENTS,
  HRC_HOME,
  HRC_IDEAL_POINTS,
} from '../../components/hrc/hrc-href';

/** The sub-navigation shared by the HRC votes pages. */
export function HrcNav() {
  const { t } = useI18n();
  const { path } = useLocation();
  const items = [
    { to: HRC_HOME, text: t.hrc.navTexts },
    { to: HRC_ALIGNMENT, text: t.hrc.navAlignment },
    { to: HRC_AMENDMENTS, text: t.hrc.navAmendments },
    { to: HRC_IDEAL_POINTS, text: t.hrc.navIdealPoints },
  ];
  return (
    <nav className="sub-nav" aria-label={t.hrc.navLabel} data-testid="hrc-nav">
      <ul>
        {items.map((i) => (
          <li key={i.to}>
            <Link to={i.to} aria-current={path === i.to ? 'page' : undefined}>
              {i.text}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
