import type { ReactNode } from 'react';
import { useI18n } from '../../components/LanguageContext';
import { usePageTitle } from '../../components/usePageTitle';

function HrcHomePage() {
  const { t } = useI18n();
  usePageTitle(t.hrc.title);
  return (
    <article className="page">
      <h1>{t.hrc.title}</h1>
    </article>
  );
}

/** The HRC votes pages, by path (everything under /hrc). Null when no page matches. */
export function hrcPage(path: string): ReactNode | null {
  if (path === '/hrc') return <HrcHomePage />;
  return null;
}
