import { useI18n } from './LanguageContext';
import { Link } from './Link';

interface PaginationProps {
  total: number;
  page: number;
  pageSize: number;
  /** the address of a page, so each page is a real, shareable link */
  hrefFor(page: number): string;
}

export function Pagination({ total, page, pageSize, hrefFor }: PaginationProps) {
  const { t, fmt } = useI18n();
  const pages = Math.max(1, Math.ceil(total / pageSize));
  if (pages <= 1) return null;
  return (
    <nav className="pagination" aria-label={t.paginationLabel} data-testid="pagination">
      {page > 1 ? (
        <Link to={hrefFor(page - 1)} rel="prev">
          ← {t.previous}
        </Link>
      ) : (
        <span className="disabled" aria-hidden="true">
          ← {t.previous}
        </span>
      )}
      <span>{t.pageOf(fmt.number(page), fmt.number(pages))}</span>
      {page < pages ? (
        <Link to={hrefFor(page + 1)} rel="next">
          {t.next} →
        </Link>
      ) : (
        <span className="disabled" aria-hidden="true">
          {t.next} →
        </span>
      )}
    </nav>
  );
}
