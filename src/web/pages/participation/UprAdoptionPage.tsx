import { useMemo, useState } from 'react';
import { apiUrl } from '../../api';
import { ApiView } from '../../components/ApiView';
import { useI18n } from '../../components/LanguageContext';
import { Link } from '../../components/Link';
import { href, navigate, useLocation } from '../../components/router';
import { useStateName } from '../../components/StatesContext';
import { useApi } from '../../components/useApi';
import { usePageTitle } from '../../components/usePageTitle';
import { label } from '../../i18n';
import { partText } from '../../i18n-participation';
import { ClassificationWithEvidence } from '../organizations/ClassificationWithEvidence';
import type { LinkedOrganization, UprAdoptionView } from './participation-api';
import { ParticipationNav, PARTICIPATION_UPR } from './ParticipationNav';
import { SlotEvidence } from './SlotEvidence';

type Adoption = UprAdoptionView['adoptions'][number];

/**
 * Speakers at the adoptions of one State's UPR outcomes (?state=RUS): per session, each speaker
 * with what it speaks for, an NGO's classification with its evidence, and the statements behind
 * the list. Without a State chosen, the first State with adoptions stored is shown.
 */
export function UprAdoptionPage() {
  const { lang } = useI18n();
  const w = partText(lang);
  usePageTitle(w.uprTitle);
  const { query } = useLocation();
  const asked = /^[A-Z]{3}$/.test(query.get('state') ?? '') ? query.get('state')! : null;
  // any State answers with the list of States that have adoptions stored
  const probe = useApi<UprAdoptionView>(
    asked ? null : apiUrl('/participation/upr-adoption', { state: 'CHN' }),
  );
  const state = asked ?? (probe.status === 'ok' ? (probe.data.reviewed[0] ?? null) : null);
  const view = useApi<UprAdoptionView>(
    state ? apiUrl('/participation/upr-adoption', { state }) : null,
  );
  const stateName = useStateName();
  const reviewed = view.status === 'ok' ? view.data.reviewed : [];
  return (
    <article className="page participation">
      <ParticipationNav />
      <h1>{w.uprTitle}</h1>
      <p className="intro">{w.uprIntro}</p>
      {probe.status === 'ok' && probe.data.reviewed.length === 0 ? (
        <p className="status">{w.uprNoneStored}</p>
      ) : (
        <>
          <form className="filters" onSubmit={(e) => e.preventDefault()}>
            <label>
              {w.uprStateLabel}{' '}
              <select
                value={state ?? ''}
                onChange={(e) => navigate(href(PARTICIPATION_UPR, { state: e.target.value }))}
                data-testid="upr-state"
              >
                {reviewed.map((s) => (
                  <option key={s} value={s}>
                    {stateName(s)}
                  </option>
                ))}
              </select>
            </label>
          </form>
          {state && (
            <a
              className="button"
              href={apiUrl('/participation/upr-adoption.csv', { state })}
              download
              data-testid="upr-csv"
            >
              {w.csvUpr}
            </a>
          )}
          <ApiView state={view}>
            {(data) =>
              data.adoptions.length === 0 ? (
                <p className="status">{w.uprNone}</p>
              ) : (
                data.adoptions.map((a) => (
                  <AdoptionView
                    key={a.session ?? a.date ?? ''}
                    a={a}
                    organizations={data.organizations}
                  />
                ))
              )
            }
          </ApiView>
        </>
      )}
    </article>
  );
}

function AdoptionView({
  a,
  organizations,
}: {
  a: Adoption;
  organizations: readonly LinkedOrganization[];
}) {
  const { lang, fmt } = useI18n();
  const w = partText(lang);
  const stateName = useStateName();
  const [open, setOpen] = useState(false);
  const byId = useMemo(
    () => new Map(organizations.map((o) => [o.organizationId, o])),
    [organizations],
  );
  const title = w.uprAdoption(a.session ?? '—', a.date ? fmt.date(a.date) : '—');
  return (
    <section className="upr-adoption" data-testid="upr-adoption" data-session={a.session ?? ''}>
      <h2>{title}</h2>
      <p className="muted">
        {w.uprNgoSpeakers(fmt.number(a.ngoSpeakers))}{' '}
        <button type="button" className="link-button" onClick={() => setOpen(!open)}>
          {w.openEvidence}
        </button>
      </p>
      {open && (
        <SlotEvidence
          what={title}
          evidence={[a.evidence]}
          organizations={organizations}
          onClose={() => setOpen(false)}
        />
      )}
      <table className="data-table" data-testid="upr-speakers">
        <thead>
          <tr>
            <th scope="col">{w.colSpeaker}</th>
            <th scope="col">{w.colKind}</th>
            <th scope="col">{w.colClassification}</th>
          </tr>
        </thead>
        <tbody>
          {a.speakers.map((s) => {
            const org = s.organizationId === null ? null : (byId.get(s.organizationId) ?? null);
            return (
              <tr key={`${s.speakerKind}|${s.speakerKey}`} data-testid="upr-speaker">
                <th scope="row" lang="en">
                  {org ? (
                    <Link to={`/organizations/${org.organizationId}`}>{s.speaker}</Link>
                  ) : null}
                  {!org && (s.state ? stateName(s.state) : s.speaker)}
                </th>
                <td>{label(w.speakerKinds, s.speakerKind)}</td>
                <td>
                  {org?.classification ? (
                    <ClassificationWithEvidence
                      classification={org.classification}
                      evidence={org.evidence}
                    />
                  ) : s.speakerKind === 'ngo' && !org ? (
                    <span className="muted">{w.notInRegistry}</span>
                  ) : (
                    '—'
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
