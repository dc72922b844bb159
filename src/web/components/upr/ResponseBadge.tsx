import { label } from '../../i18n';
import { useI18n } from '../LanguageContext';

/** A canonical response as a coloured badge (colour is never the only cue: the word is there). */
export function ResponseBadge({ response }: { response: string }) {
  const { t } = useI18n();
  return (
    <span
      className={`badge upr-response upr-response-${response}`}
      data-testid="response"
      data-response={response}
    >
      {label(t.upr.responses, response)}
    </span>
  );
}
