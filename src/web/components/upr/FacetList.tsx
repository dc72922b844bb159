import { useId, useState } from 'react';
import type { FacetCount, FacetName } from '../../api';
import { useI18n } from '../LanguageContext';
import { Link } from '../Link';
import { useFacetLabel } from './useFacetLabel';

/** Values listed before "show all": enough to scan, short enough to see every facet at once. */
const FIRST = 8;

/**
 * One facet: each value with how many results carry it, as a link that adds it to the filters (or
 * removes it, when already chosen). Chosen values stay listed even when the results no longer
 * count them, so they can be removed where they were clicked.
 */
export function FacetList({
  name,
  counts,
  chosen,
  hrefFor,
}: {
  name: FacetName;
  counts: readonly FacetCount[];
  chosen: readonly string[];
  hrefFor(value: string): string;
}) {
  const { t, fmt } = useI18n();
  const facetLabel = useFacetLabel();
  const headingId = useId();
  const [open, setOpen] = useState(false);
  const listed = [
    ...counts,
    ...chosen
      .filter((v) => !counts.some((c) => c.value === v))
      .map((value) => ({ value, count: 0 })),
  ];
  if (listed.length === 0) return null;
  const shown = open ? listed : listed.slice(0, FIRST);
  const title = t.upr.facets[name];
  return (
    <section className="facet" aria-labelledby={headingId} data-testid="facet" data-facet={name}>
      <h3 id={headingId}>{title}</h3>
      <ul>
        {shown.map(({ value, count }) => {
          const on = chosen.includes(value);
          const text = facetLabel(name, value);
          return (
            <li key={value}>
              <Link
                to={hrefFor(value)}
                className={on ? 'facet-value facet-on' : 'facet-value'}
                aria-current={on ? 'true' : undefined}
                aria-label={
                  on
                    ? t.upr.facetRemove(title, text)
                    : t.upr.facetAdd(title, text, fmt.number(count))
                }
                data-testid="facet-value"
                data-value={value}
                data-count={count}
              >
                <span className="facet-check" aria-hidden="true">
                  {on ? '✓' : ''}
                </span>
                <span className="facet-label">{text}</span>
                <span className="facet-count">{fmt.number(count)}</span>
              </Link>
            </li>
          );
        })}
      </ul>
      {listed.length > FIRST && (
        <button
          type="button"
          className="link-button"
          aria-expanded={open}
          onClick={() => setOpen(!open)}
        >
          {open ? t.upr.facetShowFewer : t.upr.facetShowAll(fmt.number(listed.length))}
        </button>
      )}
    </section>
  );
}
