import { useI18n } from '../../components/LanguageContext';
import { Link } from '../../components/Link';
import { useLocation } from '../../components/router';
import { partText } from '../../i18n-participation';

export const PARTICIPATION_HOME = '/participation';
export const PARTICIPATION_POINTS = '/participation/points-of-order';
export const PARTICIPATION_CLUSTERS = '/participation/clusters';
export const PARTICIPATION_UPR = '/participation/upr-adoption';

/** The sub-navigation shared by the participation pages. */
export function ParticipationNav() {
  const { lang } = useI18n();
  const w = partText(lang);
  const { path } = useLocation();
  const items = [
    { to: PARTICIPATION_HOME, text: w.navSlots },
    { to: PARTICIPATION_POINTS, text: w.navPointsOfOrder },
    { to: PARTICIPATION_CLUSTERS, text: w.navClusters },
    { to: PARTICIPATION_UPR, text: w.navUpr },
  ];
  return (
    <nav className="sub-nav" aria-label={w.navLabel} data-testid="participation-nav">
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
