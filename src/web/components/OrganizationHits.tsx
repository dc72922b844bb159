import { apiUrl, type OrganizationHit } from '../api';
import { ApiView } from './ApiView';
import { useI18n } from './LanguageContext';
import { Link } from './Link';
import { useApi } from './useApi';

export function OrganizationHits({ q }: { q: string }) {
  const { t, fmt } = useI18n();
  const hits = useApi<{ items: OrganizationHit[] }>(apiUrl('/ngo-committee/applications', { q }));
  return (
    <ApiView state={hits}>
      {(data) =>
        data.items.length === 0 ? (
          <p className="status" data-testid="no-hits">
            {t.searchNoHits}
          </p>
        ) : (
          <ul className="hits" data-testid="org-hits">
            {data.items.map((hit) => (
              <li key={hit.id}>
                <Link to={`/application/${hit.id}`}>{hit.name}</Link>
                <span className="muted">
                  {hit.country ? ` · ${hit.country}` : ''} ·{' '}
                  {t.searchEvents(fmt.number(hit.events))}
                </span>
              </li>
            ))}
          </ul>
        )
      }
    </ApiView>
  );
}
