import type { ApplicationHistory } from '../api';
import { useI18n } from './LanguageContext';
import { useStateName } from './StatesContext';

type Organization = ApplicationHistory['organization'];

/** The names other than the one shown as title, each once (an alias can be recorded twice). */
function otherNames(organization: Organization) {
  const seen = new Set([organization.name]);
  return organization.aliases.filter((a) => !seen.has(a.name) && seen.add(a.name));
}

/** Country and the other names the organisation was printed under; nothing when neither is known. */
export function OrganizationFacts({ organization }: { organization: Organization }) {
  const { t } = useI18n();
  const stateName = useStateName();
  const aliases = otherNames(organization);
  if (!organization.country && aliases.length === 0) return null;
  return (
    <dl className="facts">
      {organization.country && (
        <div>
          <dt>{t.country}</dt>
          <dd>
            {organization.countryCode ? stateName(organization.countryCode) : organization.country}
          </dd>
        </div>
      )}
      {aliases.length > 0 && (
        <div>
          <dt>{t.aliases}</dt>
          <dd>
            <ul className="inline-list" data-testid="aliases">
              {aliases.map((a) => (
                <li key={a.name} title={a.reason}>
                  {a.name}
                </li>
              ))}
            </ul>
          </dd>
        </div>
      )}
    </dl>
  );
}
