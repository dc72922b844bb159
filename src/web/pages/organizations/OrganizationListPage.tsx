import { useId, useState, type FormEvent } from 'react';
import type { OrganizationList } from '../../../analysis/organizations/list';
import { apiUrl } from '../../api';
import { ApiView } from '../../components/ApiView';
import { useI18n } from '../../components/LanguageContext';
import { Link } from '../../components/Link';
import { href, navigate, useLocation } from '../../components/router';
import { useApi } from '../../components/useApi';
import { usePageTitle } from '../../components/usePageTitle';
import { label } from '../../i18n';
import { orgText } from '../../i18n-organizations';
import { ClassificationWithEvidence } from './ClassificationWithEvidence';

const CLASSIFICATIONS = ['gongo', 'state-linked', 'independent', 'unknown'] as const;
const PAGE_SIZE = 50;

/** The registry's list: a search is an address (/organizations?q=…&classification=…&page=…). */
export function OrganizationListPage() {
  const { lang, fmt } = useI18n();
  const w = orgText(lang);
  usePageTitle(w.listTitle);
  const { query } = useLocation();
  const q = query.get('q') ?? '';
  const raw = query.get('classification') ?? '';
  const classification = (CLASSIFICATIONS as readonly string[]).includes(raw) ? raw : '';
  const withEvidence = query.get('withEvidence') === 'true';
  const page = Math.max(1, Number(query.get('page')) || 1);
  const list = useApi<OrganizationList>(
    apiUrl('/organizations', {
      q,
      classification,
      withEvidence: withEvidence ? 'true' : '',
      page,
      pageSize: PAGE_SIZE,
    }),
  );
  const at = (changes: Record<string, string>) =>
    href('/organizations', {
      q,
      classification,
      withEvidence: withEvidence ? 'true' : '',
      page: String(page),
      ...changes,
    });
  return (
    <article className="page organizations">
      <h1>{w.listTitle}</h1>
      <p className="intro">{w.listIntro}</p>
      <Filters
        q={q}
        classification={classification}
        withEvidence={withEvidence}
        go={(f) => navigate(at({ ...f, page: '1' }))}
      />
      <ApiView state={list}>
        {(data) => (
          <>
            <p className="muted" data-testid="org-total">
              {w.total(fmt.number(data.total))}
            </p>
            {data.items.length === 0 ? (
              <p className="status">{w.noOrganizations}</p>
            ) : (
              <div className="table-wrap">
                <table className="data-table" data-testid="org-list">
                  <thead>
                    <tr>
                      <th scope="col">{w.colName}</th>
                      <th scope="col">{w.colCountry}</th>
                      <th scope="col">{w.colClassification}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {data.items.map((o) => (
                      <tr key={o.id} data-testid="org-row">
                        <td>
                          <Link to={`/organizations/${o.id}`}>{o.name}</Link>
                        </td>
                        <td>{o.country ?? '—'}</td>
                        <td>
                          {o.classification ? (
                            <ClassificationWithEvidence
                              classification={o.classification}
                              evidence={o.evidence}
                            />
                          ) : (
                            '—'
                          )}
                          {o.evidenceCount > 0 && (
                            <span className="muted">
                              {' '}
                              {w.scoreTitle}:{' '}
                              {w.scoreOf(fmt.number(o.score.total), fmt.number(o.score.max))}
                            </span>
                          )}
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )}
            <nav className="pagination">
              {page > 1 && <Link to={at({ page: String(page - 1) })}>{w.previous}</Link>}{' '}
              <span>{w.page(fmt.number(page))}</span>{' '}
              {page * PAGE_SIZE < data.total && (
                <Link to={at({ page: String(page + 1) })}>{w.next}</Link>
              )}
            </nav>
          </>
        )}
      </ApiView>
    </article>
  );
}

function Filters({
  q,
  classification,
  withEvidence,
  go,
}: {
  q: string;
  classification: string;
  withEvidence: boolean;
  go: (f: { q: string; classification: string; withEvidence: string }) => void;
}) {
  const { lang } = useI18n();
  const w = orgText(lang);
  const id = useId();
  const [text, setText] = useState(q);
  const [chosen, setChosen] = useState(classification);
  const [evidenceOnly, setEvidenceOnly] = useState(withEvidence);
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    go({ q: text.trim(), classification: chosen, withEvidence: evidenceOnly ? 'true' : '' });
  };
  return (
    <form className="search" role="search" onSubmit={submit} data-testid="org-filters">
      <label htmlFor={`${id}-q`}>{w.search}</label>
      <div className="search-row">
        <input
          id={`${id}-q`}
          type="search"
          value={text}
          onChange={(e) => setText(e.target.value)}
          data-testid="org-filter-q"
        />
        <label htmlFor={`${id}-c`}>{w.classificationFilter}</label>
        <select
          id={`${id}-c`}
          value={chosen}
          onChange={(e) => setChosen(e.target.value)}
          data-testid="org-filter-classification"
        >
          <option value="">{w.any}</option>
          {CLASSIFICATIONS.map((c) => (
            <option key={c} value={c}>
              {label(w.classifications, c)}
            </option>
          ))}
        </select>
        <label>
          <input
            type="checkbox"
            checked={evidenceOnly}
            onChange={(e) => setEvidenceOnly(e.target.checked)}
          />{' '}
          {w.withEvidence}
        </label>
        <button type="submit" className="button">
          {w.searchButton}
        </button>
      </div>
    </form>
  );
}
