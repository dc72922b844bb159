import { useId, useState, type FormEvent } from 'react';
import { useI18n } from './LanguageContext';
import { href, navigate } from './router';

/**
 * The search box; a search is an address (/application?q=…) so results can be shared and Back
 * works. `initial` is the query the page was opened with.
 */
export function OrganizationSearch({ initial }: { initial: string }) {
  const { t } = useI18n();
  const id = useId();
  const [text, setText] = useState(initial);
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const q = text.trim();
    if (q) navigate(href('/application', { q }));
  };
  return (
    <form className="search" role="search" onSubmit={submit} data-testid="org-search">
      <label htmlFor={id}>{t.searchLabel}</label>
      <div className="search-row">
        <input
          id={id}
          type="search"
          value={text}
          placeholder={t.searchPlaceholder}
          onChange={(e) => setText(e.target.value)}
          data-testid="org-search-input"
        />
        <button type="submit" className="button">
          {t.searchButton}
        </button>
      </div>
    </form>
  );
}
