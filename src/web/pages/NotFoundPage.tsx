import { useI18n } from '../components/LanguageContext';
import { Link } from '../components/Link';
import { usePageTitle } from '../components/usePageTitle';

export function NotFoundPage() {
  const { t } = useI18n();
  usePageTitle(t.notFoundTitle);
  return (
    <article className="page">
      <h1>{t.notFoundTitle}</h1>
      <p>{t.notFoundText}</p>
      <p>
        <Link to="/">{t.backHome}</Link>
      </p>
    </article>
  );
}
