import type { ReactNode } from 'react';
import { useI18n } from '../../components/LanguageContext';
import { usePageTitle } from '../../components/usePageTitle';

function UprHomePage() {
  const { t } = useI18n();
  usePageTitle(t.upr.title);
  return (
    <article className="page">
      <h1>{t.upr.title}</h1>
    </article>
  );
}

/** The UPR pages, by path (everything under /upr). Null when no page matches. */
export function uprPage(path: string): ReactNode | null {
  if (path === '/upr') return <UprHomePage />;
  return null;
}
