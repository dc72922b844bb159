import type { ReactNode } from 'react';
import { apiUrl } from '../../api';
import { label } from '../../i18n';
import { ApiView } from '../../components/ApiView';
import { useI18n } from '../../components/LanguageContext';
import { Link } from '../../components/Link';
import { ReprisalsNav } from '../../components/reprisals/ReprisalsNav';
import { useSession } from '../../components/SessionContext';
import { useStateName } from '../../components/StatesContext';
import { useApi } from '../../components/useApi';
import { usePageTitle } from '../../components/usePageTitle';
import { CONFIDENTIAL_CASE_FIELDS, documentUrl, RESTRICTED_CASE_FIELDS } from './field-levels';
import { LIST_PATH } from './list-state';
import type { CaseResponse, ShownCase, TimelineEvent } from './reprisals-api';

/**
 * /reprisals/case/{id}: one case as the reader's role may see it, its timeline across the
 * Secretary-General's reports and the special procedures letters, and the government's responses
 * (confidential: shown only when the server sent them, i.e. to editors and admins).
 */
export function ReprisalsCasePage({ id }: { id: string }) {
  const { t } = useI18n();
  usePageTitle(t.reprisals.caseTitle(id));
  const session = useSession();
  const answer = useApi<CaseResponse>(apiUrl(`/reprisals/cases/${encodeURIComponent(id)}`));
  return (
    <article className="page reprisals-case">
      <p className="breadcrumb">
        <Link to={LIST_PATH}>{t.reprisals.backToList}</Link>
      </p>
      <h1>{t.reprisals.caseTitle(id)}</h1>
      <ReprisalsNav current={null} role={session.role} />
      <ApiView state={answer}>
        {(data) => (
          <>
            <Facts c={data.case} />
            <Timeline events={data.timeline} />
            {data.case.communicationRefs === undefined ? (
              <section className="section">
                <h2>{t.reprisals.communicationsTitle}</h2>
                <p className="muted" data-testid="communications-hidden">
                  {t.reprisals.communicationsHidden}
                </p>
              </section>
            ) : (
              <Communications items={data.communications} />
            )}
            {data.case.governmentResponses !== undefined && (
              <Responses items={data.case.governmentResponses} />
            )}
          </>
        )}
      </ApiView>
    </article>
  );
}

function Mark({ field }: { field: string }) {
  const { t } = useI18n();
  if (CONFIDENTIAL_CASE_FIELDS.has(field))
    return <span className="mark-confidential">{t.reprisals.confidentialMark}</span>;
  if (RESTRICTED_CASE_FIELDS.has(field))
    return <span className="mark-restricted">{t.reprisals.restrictedMark}</span>;
  return null;
}

function Facts({ c }: { c: ShownCase }) {
  const { t } = useI18n();
  const stateName = useStateName();
  const r = t.reprisals;
  const yesNo = (v: boolean | null | undefined) =>
    v === null || v === undefined ? null : v ? r.yes : r.no;
  const list = (values: readonly string[] | undefined, dict?: Readonly<Record<string, string>>) =>
    values && values.length > 0 ? values.map((v) => (dict ? label(dict, v) : v)).join(', ') : null;
  const flags = [
    c.foreignNational ? r.flagForeign : null,
    c.minor ? r.flagMinor : null,
    c.civilServant ? r.flagCivilServant : null,
  ].filter((f): f is string => f !== null);
  const other = c.otherFields
    ? Object.entries(c.otherFields)
        .map(([k, v]) => `${k}: ${v.join(' | ')}`)
        .join('\n')
    : null;
  const rows: [field: string, value: ReactNode][] = [
    ['pseudonym', c.pseudonym],
    ['victimName', c.victimName],
    ['relatives', c.relatives],
    ['contact', c.contact],
    ['country', c.country ? stateName(c.country) : null],
    ['region', c.region],
    ['reportYear', c.reportYear],
    ['recordType', c.recordType ? label(r.recordTypes, c.recordType) : null],
    ['gender', c.gender ? label(r.genders, c.gender) : c.gender === null ? r.notCoded : null],
    ['flags', list(flags)],
    ['affectedGroups', list(c.affectedGroups)],
    ['activity', c.activity],
    ['rightsDefended', list(c.rightsDefended)],
    [
      'priorUnAction',
      c.priorUnAction
        ? [
            list(
              c.priorUnAction.bodies.map((b) => b.code),
              r.unBodies,
            ),
            c.priorUnAction.dates,
          ]
            .filter(Boolean)
            .join(' · ')
        : null,
    ],
    [
      'engagements',
      list(
        c.engagements?.map((e) => e.body),
        r.unBodies,
      ),
    ],
    [
      'engagementTypes',
      list(
        c.engagementTypes?.map((e) => e.code),
        r.engagementTypes,
      ),
    ],
    ['trigger', c.trigger],
    ['reprisalDates', c.reprisalDates],
    ['reprisalLocation', c.reprisalLocation],
    ['reprisalInformation', c.reprisalInformation],
    [
      'acts',
      list(
        c.acts?.map((a) => a.code),
        r.acts,
      ),
    ],
    ['perpetrators', list(c.perpetrators)],
    ['basedOnNewLegislation', yesNo(c.basedOnNewLegislation)],
    ['status', c.status ? label(r.statuses, c.status) : null],
    ['review', c.review ? label(r.reviewStates, c.review) : null],
    ['communicationRefs', list(c.communicationRefs)],
    ['externalIds', c.externalIds?.uwaziUrl ?? c.externalIds?.uwaziSharedId ?? null],
    ['notes', c.notes],
    ['otherFields', other],
  ];
  const shown = rows.filter(([, v]) => v !== null && v !== undefined && v !== '');
  const anyConfidential = shown.some(([f]) => CONFIDENTIAL_CASE_FIELDS.has(f));
  return (
    <section className="section">
      <h2>{r.facts}</h2>
      {anyConfidential && <p className="muted">{r.confidentialNote}</p>}
      <dl className="case-facts" data-testid="case-facts">
        {shown.map(([field, value]) => (
          <div key={field} style={{ display: 'contents' }} data-field={field}>
            <dt>
              {r.field[field] ?? field}
              <Mark field={field} />
            </dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

function TimelineItem({ e }: { e: TimelineEvent }) {
  const { t, fmt } = useI18n();
  const r = t.reprisals;
  if (e.kind === 'report')
    return (
      <>
        <span className="when">{e.date.slice(0, 4)}</span>
        <a href={documentUrl(e.symbol)} rel="noreferrer" target="_blank" lang="en">
          {r.eventReport(e.symbol)}
        </a>
        {' · '}
        {e.annex ? r.annex(e.annex) : r.body}
        {e.paragraph && <> · {r.paragraph(e.paragraph)}</>} · {label(r.kinds, e.appearance)}
      </>
    );
  if (e.kind === 'communication')
    return (
      <>
        <span className="when">{e.date ? fmt.date(e.date) : r.undated}</span>
        {r.eventCommunication(e.reference, e.type)} ·{' '}
        {e.replyReceived === null ? r.replyUnknown : e.replyReceived ? r.replyReceived : r.noReply}
      </>
    );
  return (
    <>
      <span className="when">{e.date ? fmt.date(e.date) : r.undated}</span>
      {r.eventGovernmentResponse}
    </>
  );
}

function Timeline({ events }: { events: readonly TimelineEvent[] }) {
  const { t } = useI18n();
  return (
    <section className="section">
      <h2>{t.reprisals.timelineTitle}</h2>
      <p className="muted">{t.reprisals.timelineIntro}</p>
      {events.length === 0 ? (
        <p className="status">{t.reprisals.timelineEmpty}</p>
      ) : (
        <ol className="case-timeline" data-testid="case-timeline">
          {events.map((e, i) => (
            <li key={i} data-kind={e.kind}>
              <TimelineItem e={e} />
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

function Communications({ items }: { items: CaseResponse['communications'] }) {
  const { t, fmt } = useI18n();
  const r = t.reprisals;
  return (
    <section className="section">
      <h2>{r.communicationsTitle}</h2>
      {items.length === 0 ? (
        <p className="status">{r.communicationsNone}</p>
      ) : (
        <div className="table-wrap">
          <table className="data-table" data-testid="communications">
            <thead>
              <tr>
                <th scope="col">{r.commColReference}</th>
                <th scope="col">{r.commColDate}</th>
                <th scope="col">{r.commColType}</th>
                <th scope="col">{r.commColMandates}</th>
                <th scope="col">{r.commColReply}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((c, i) => (
                <tr key={c.reference ?? i}>
                  <th scope="row">{c.reference}</th>
                  <td>{fmt.date(c.date ?? null)}</td>
                  <td>{c.type}</td>
                  <td lang="en">{(c.mandates ?? []).join('; ')}</td>
                  <td>
                    {c.replyReceived === null || c.replyReceived === undefined
                      ? r.replyUnknown
                      : c.replyReceived
                        ? [r.replyReceived, ...(c.replyDates ?? []).map((d) => fmt.date(d))].join(
                            ' · ',
                          )
                        : r.noReply}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

function Responses({ items }: { items: NonNullable<ShownCase['governmentResponses']> }) {
  const { t, fmt } = useI18n();
  const r = t.reprisals;
  return (
    <section className="section" data-testid="government-responses">
      <h2>
        {r.responsesTitle}
        <Mark field="governmentResponses" />
      </h2>
      {items.length === 0 ? (
        <p className="status">{r.responsesNone}</p>
      ) : (
        <ul className="plain-list">
          {items.map((g, i) => (
            <li key={i}>
              <strong>{g.date ? fmt.date(g.date) : (g.dateAsPrinted ?? r.undated)}</strong>
              {g.content && <> — {g.content}</>}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
