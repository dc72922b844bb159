import { useEffect } from 'react';
import { useI18n } from './LanguageContext';

/** The tab title names the page, so a reader's history and bookmarks say what they hold. */
export function usePageTitle(title: string): void {
  const { t } = useI18n();
  useEffect(() => {
    document.title = `${title} · ${t.appName}`;
  }, [title, t.appName]);
}
