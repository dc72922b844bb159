import type { ReactNode } from 'react';
import type { SourceRef } from '../api';
import { useI18n } from './LanguageContext';
import { sourceLocator } from './source-locator';

interface SourceCitationProps {
  /** an NGO Committee table row also carries the Committee's report of its session */
  source: SourceRef & {
    report?: {
      session: string;
      symbol: string | null;
      committeeSymbol: string | null;
      basis: string;
    } | null;
  };
  /** text already shown above as the quotation; the passage is not repeated when it is the same */
  quoted?: string;
  /** leave out the document title, when the same document was just cited in full above */
  compact?: boolean;
}

/**
 * What a reader needs to cite a record: the UN symbol (linked to the document when we know its
 * address), the date, the file and line it was read from (with the PDF page and the paragraph
 * number when the record has them), and the passage as printed.
 */
export function SourceCitation({ source, quoted, compact = false }: SourceCitationProps) {
  const { t, fmt, lang } = useI18n();
  const report = source.report;
  const name = source.symbol ?? (compact ? null : source.title);
  const showPassage = source.passage.trim() !== '' && source.passage.trim() !== quoted?.trim();
  // the document's address goes on its name, or on the file name when no name is shown
  const linked = (content: ReactNode) =>
    source.url ? (
      <a href={source.url} rel="noreferrer" target="_blank">
        {content}
      </a>
    ) : (
      content
    );
  return (
    <div className="source" data-testid="source">
      <p className="source-meta">
        <span className="source-label">{t.source}</span>{' '}
        {name && (
          <>
            {/* UN document names and titles are quoted as catalogued (English) */}
            <span className="source-symbol" lang="en">
              {linked(name)}
            </span>
            {!compact && source.symbol && source.title && (
              <span className="source-title" lang="en">
                {' '}
                · {source.title}
              </span>
            )}
            {/* titles stay as the UN published them: say so on the Chinese page */}
            {!compact && lang === 'zh' && source.title && (
              <span className="muted"> {t.inOriginalLanguage}</span>
            )}
            {' · '}
          </>
        )}
        {source.date && <>{fmt.date(source.date)} · </>}
        <span className="visually-hidden">
          {t.sourceFile}
          {t.colon}
        </span>
        <code>{name ? source.fileName : linked(source.fileName)}</code>,{' '}
        <span data-testid="source-line">{sourceLocator(source, t)}</span>
        {report && (
          <span data-testid="source-report">
            {' · '}
            {t.committeeReport}
            {t.colon}
            <span lang="en">{report.symbol ?? report.committeeSymbol ?? `${report.session}`}</span>
            {!report.symbol && !report.committeeSymbol && <> ({t.reportNotIdentified})</>}
            {report.basis === 'numbering' && (
              <span className="muted"> ({t.reportByNumbering})</span>
            )}
          </span>
        )}
      </p>
      {showPassage && (
        <blockquote className="source-passage" aria-label={t.sourcePassage}>
          {source.passage}
        </blockquote>
      )}
    </div>
  );
}
