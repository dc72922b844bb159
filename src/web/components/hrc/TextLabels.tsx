import { label } from '../../i18n';
import { useI18n } from '../LanguageContext';
import { Link } from '../Link';
import { useStateName } from '../StatesContext';
import { href } from '../router';
import { HRC_HOME } from './hrc-href';

/** A text's target countries (each linked to the texts about it) and themes, as chips. */
export function TextLabels({
  targets,
  themes,
}: {
  targets: readonly string[];
  themes: readonly string[];
}) {
  const { t } = useI18n();
  const stateName = useStateName();
  if (targets.length === 0 && themes.length === 0) return null;
  return (
    <ul className="chips chips-compact">
      {targets.map((s) => (
        <li key={s} className="chip" data-testid="text-target" data-target={s}>
          <Link to={href(HRC_HOME, { target: s })}>{stateName(s)}</Link>
        </li>
      ))}
      {themes.map((th) => (
        <li key={th} className="chip" data-testid="text-theme" data-theme={th}>
          {label(t.hrc.themes, th)}
        </li>
      ))}
    </ul>
  );
}
