import { useI18n } from '../LanguageContext';
import { Link } from '../Link';

/** The query syntax, taught by examples a reader can click to run. */
export function QuerySyntaxHelp({ hrefFor }: { hrefFor(query: string): string }) {
  const { t } = useI18n();
  return (
    <details className="syntax-help" data-testid="syntax-help">
      <summary>{t.upr.syntaxTitle}</summary>
      <dl>
        {t.upr.syntaxItems.map(([query, meaning]) => (
          <div key={query}>
            <dt>
              <Link to={hrefFor(query)} aria-label={`${t.upr.syntaxTry}: ${query}`}>
                <code>{query}</code>
              </Link>
            </dt>
            <dd>{meaning}</dd>
          </div>
        ))}
      </dl>
      <p data-testid="stemming-rule">{t.upr.stemmingRule}</p>
    </details>
  );
}
