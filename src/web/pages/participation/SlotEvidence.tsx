import { useMemo, useState, type ReactNode } from 'react';
import { apiUrl } from '../../api';
import { ApiView } from '../../components/ApiView';
import { useI18n } from '../../components/LanguageContext';
import { Link } from '../../components/Link';
import { SourceCitation } from '../../components/SourceCitation';
import { useApi } from '../../components/useApi';
import { label } from '../../i18n';
import { orgText } from '../../i18n-organizations';
import { partText } from '../../i18n-participation';
import { ClassificationWithEvidence } from '../organizations/ClassificationWithEvidence';
import {
  evidenceIds,
  formKind,
  type LinkedOrganization,
  type ParticipationEvidence,
  type StatementPage,
  type StatementRow,
} from './participation-api';

const PAGE_SIZE = 25;

/**
 * The statements behind one figure (a bar, a table row): each slot with its speaker, the
 * organisation's classification with its evidence when the registry has one, and the document,
 * line and passage it was read from. Only the ids of the page shown are sent, so a figure of
 * thousands of slots stays one short request per page.
 */
export function SlotEvidence({
  what,
  labelBlock,
  evidence,
  organizations,
  onClose,
}: {
  /** the figure's row in words, or null when the row is a label shown in `labelBlock` */
  what: string | null;
  /** a classification with its evidence: a label never stands in a heading alone */
  labelBlock?: ReactNode;
  evidence: readonly ParticipationEvidence[];
  organizations: readonly LinkedOrganization[];
  onClose: () => void;
}) {
  const { lang, fmt } = useI18n();
  const w = partText(lang);
  const ids = useMemo(() => evidenceIds(evidence), [evidence]);
  const [page, setPage] = useState(1);
  const pages = Math.max(1, Math.ceil(ids.statements.length / PAGE_SIZE));
  const shown = ids.statements.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE);
  const rows = useApi<StatementPage>(
    shown.length === 0
      ? null
      : apiUrl('/participation/statements', { ids: shown.join(','), pageSize: PAGE_SIZE }),
  );
  const byKey = useMemo(() => {
    const m = new Map<string, LinkedOrganization>();
    for (const o of organizations) for (const k of o.keys) m.set(k, o);
    return m;
  }, [organizations]);
  return (
    <section
      className="slot-evidence"
      aria-labelledby="slot-evidence-title"
      data-testid="slot-evidence"
    >
      <h2 id="slot-evidence-title">
        {what === null ? w.evidenceTitleClass : w.evidenceTitle(what)}
      </h2>
      {labelBlock}
      <p className="muted">
        <span data-testid="slot-evidence-count">
          {w.evidenceCount(fmt.number(ids.statements.length))}
        </span>
        {ids.tallies.length > 0 && ` · ${w.evidenceTallies(fmt.number(ids.tallies.length))}`}{' '}
        <button type="button" className="link-button" onClick={onClose}>
          {w.closeEvidence}
        </button>
      </p>
      {shown.length > 0 && (
        <ApiView state={rows}>
          {(data) => (
            <ol className="evidence-list">
              {data.items.map((s) => (
                <StatementItem key={s.id} s={s} org={byKey.get(s.speakerKey) ?? null} />
              ))}
            </ol>
          )}
        </ApiView>
      )}
      {pages > 1 && (
        <nav className="pagination">
          {page > 1 && (
            <button type="button" className="link-button" onClick={() => setPage(page - 1)}>
              {orgText(lang).previous}
            </button>
          )}{' '}
          <span>{orgText(lang).page(`${fmt.number(page)} / ${fmt.number(pages)}`)}</span>{' '}
          {page < pages && (
            <button type="button" className="link-button" onClick={() => setPage(page + 1)}>
              {orgText(lang).next}
            </button>
          )}
        </nav>
      )}
    </section>
  );
}

function StatementItem({ s, org }: { s: StatementRow; org: LinkedOrganization | null }) {
  const { lang, fmt, t } = useI18n();
  const w = partText(lang);
  return (
    <li data-testid="slot-statement" data-statement={s.id}>
      <strong lang="en">
        {org ? <Link to={`/organizations/${org.organizationId}`}>{s.speaker}</Link> : s.speaker}
      </strong>
      {s.joint === 1 && (
        <span className="muted">
          {' '}
          ({s.jointCount ? w.jointOf(fmt.number(s.jointCount)) : w.jointStatement})
        </span>
      )}
      <div className="muted">
        {[
          s.session,
          s.date && fmt.date(s.date),
          s.agendaItem ? w.agendaItem(s.agendaItem) : null,
          s.debate,
          label(w.forms, formKind(s.form)),
        ]
          .filter(Boolean)
          .join(' · ')}
        {s.moment && (
          <>
            {' · '}
            {s.momentUrl ? (
              <a href={s.momentUrl} rel="noopener noreferrer nofollow" target="_blank">
                {w.atMoment(s.moment)}
              </a>
            ) : (
              w.atMoment(s.moment)
            )}
          </>
        )}
      </div>
      {s.cosigners.length > 0 && (
        <div className="small" data-testid="cosigners">
          {w.cosigners}
          {t.colon}
          <span lang="en">{s.cosigners.join('; ')}</span>
        </div>
      )}
      {org?.classification ? (
        <ClassificationWithEvidence classification={org.classification} evidence={org.evidence} />
      ) : (
        !org && <div className="muted small">{w.notInRegistry}</div>
      )}
      <SourceCitation
        source={{
          documentId: s.documentId,
          symbol: s.sourceSymbol,
          url: s.sourceUrl,
          title: null,
          fileName: s.sourceFile,
          date: s.date,
          line: s.line,
          passage: s.passage,
        }}
      />
    </li>
  );
}
