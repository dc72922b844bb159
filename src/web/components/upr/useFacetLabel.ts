import { useCallback } from 'react';
import type { FacetName } from '../../api';
import { label } from '../../i18n';
import { useI18n } from '../LanguageContext';
import { useStateName } from '../StatesContext';

/** A facet value as a reader sees it: a state's name, a group's name, "cycle 2", "Noted"… */
export function useFacetLabel(): (facet: FacetName, value: string) => string {
  const { t } = useI18n();
  const stateName = useStateName();
  return useCallback(
    (facet, value) => {
      switch (facet) {
        case 'sur':
        case 'from':
          return stateName(value);
        case 'region':
          return label(t.upr.regions, value);
        case 'cycle':
          return t.upr.cycleN(value);
        case 'response':
          return label(t.upr.responses, value);
        case 'action':
          return label(t.upr.actions, value);
        case 'source':
          return label(t.upr.sourceKinds, value);
        case 'theme':
          return label(t.upr.themeNames, value);
        default:
          return value;
      }
    },
    [t, stateName],
  );
}
