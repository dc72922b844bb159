import type { Meta } from '../api';
import { useI18n } from './LanguageContext';

export function Footer({ meta }: { meta: Meta | null }) {
  const { t, fmt } = useI18n();
  return (
    <footer className="site-footer">
      {meta && (
        <p data-testid="footer-counts">
          {t.footerData(
            fmt.number(meta.counts.documents),
            fmt.number(meta.counts.organizations),
            fmt.number(meta.counts.questions),
            fmt.number(meta.counts.votes),
            fmt.number(meta.counts.votingTexts),
            fmt.number(meta.counts.recommendations),
          )}{' '}
          · {t.footerDatabase(meta.database)}
        </p>
      )}
      <p>
        {t.footerLicence} <a href="/api/v1/openapi.json">{t.footerApi}</a>
      </p>
    </footer>
  );
}
