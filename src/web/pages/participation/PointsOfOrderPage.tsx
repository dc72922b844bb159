import { apiUrl } from '../../api';
import { ApiView } from '../../components/ApiView';
import { useI18n } from '../../components/LanguageContext';
import { href, intParam, navigate, useLocation } from '../../components/router';
import { SourceCitation } from '../../components/SourceCitation';
import { useStateName } from '../../components/StatesContext';
import { useApi } from '../../components/useApi';
import { usePageTitle } from '../../components/usePageTitle';
import { label } from '../../i18n';
import { partText } from '../../i18n-participation';
import type { PointsOfOrderFigure } from './participation-api';
import { ParticipationNav, PARTICIPATION_POINTS } from './ParticipationNav';

type Item = PointsOfOrderFigure['items'][number];

/**
 * Points of order raised against speakers, filtered by the State that raised them and the year
 * (?state=CHN&year=2023): who raised it, against whose speech, the President's ruling and the
 * outcome, and the citation (document, line, the ruling's line, the moment in the recording).
 */
export function PointsOfOrderPage() {
  const { lang } = useI18n();
  const w = partText(lang);
  usePageTitle(w.pooTitle);
  const { query } = useLocation();
  const state = /^[A-Z]{3}$/.test(query.get('state') ?? '') ? query.get('state')! : '';
  const year = intParam(query, 'year');
  // the unfiltered figure names every State and year there is to choose from
  const all = useApi<PointsOfOrderFigure>(apiUrl('/participation/points-of-order'));
  const chosen = useApi<PointsOfOrderFigure>(
    apiUrl('/participation/points-of-order', { state, year }),
  );
  const stateName = useStateName();
  const go = (changes: Record<string, string | number | null>) =>
    navigate(href(PARTICIPATION_POINTS, { state, year, ...changes }));
  const states =
    all.status === 'ok'
      ? [...new Set(all.data.items.flatMap((i) => (i.raisedBy ? [i.raisedBy] : [])))].sort((a, b) =>
          stateName(a).localeCompare(stateName(b), lang),
        )
      : [];
  const years =
    all.status === 'ok'
      ? all.data.byYear.flatMap((y) => (y.year === null ? [] : [y.year])).reverse()
      : [];
  return (
    <article className="page participation">
      <ParticipationNav />
      <h1>{w.pooTitle}</h1>
      <p className="intro">{w.pooIntro}</p>
      <form className="filters" onSubmit={(e) => e.preventDefault()} data-testid="poo-filters">
        <label>
          {w.stateLabel}{' '}
          <select
            value={state}
            onChange={(e) => go({ state: e.target.value })}
            data-testid="poo-state"
          >
            <option value="">{w.anyState}</option>
            {states.map((s) => (
              <option key={s} value={s}>
                {stateName(s)}
              </option>
            ))}
          </select>
        </label>{' '}
        <label>
          {w.yearLabel}{' '}
          <select
            value={year ?? ''}
            onChange={(e) => go({ year: e.target.value })}
            data-testid="poo-year"
          >
            <option value="">{w.anyYear}</option>
            {years.map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </select>
        </label>
      </form>
      <a
        className="button"
        href={apiUrl('/participation/points-of-order.csv', { state, year })}
        download
        data-testid="poo-csv"
      >
        {w.csvPoints}
      </a>
      <ApiView state={chosen}>{(data) => <PointsList data={data} />}</ApiView>
    </article>
  );
}

function PointsList({ data }: { data: PointsOfOrderFigure }) {
  const { lang, fmt } = useI18n();
  const w = partText(lang);
  const stateName = useStateName();
  if (data.total === 0) return <p className="status">{w.noPoints}</p>;
  return (
    <>
      <p className="summary" data-testid="poo-total" data-total={data.total}>
        {w.pooTotal(fmt.number(data.total))}
      </p>
      <div className="participation-figures">
        <table className="data-table compact narrow" data-testid="poo-by-year">
          <caption>{w.byYearTitle}</caption>
          <tbody>
            {data.byYear.map((y) => (
              <tr key={y.year ?? 'none'}>
                <th scope="row">{y.year ?? '—'}</th>
                <td className="num">{fmt.number(y.count)}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <table className="data-table compact narrow" data-testid="poo-by-target">
          <caption>{w.byTargetTitle}</caption>
          <tbody>
            {data.targets.map((t) => (
              <tr key={t.target}>
                <th scope="row" lang="en">
                  {t.target === '(not named)' ? w.notNamed : t.target}
                </th>
                <td className="num">{fmt.number(t.count)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="table-wrap">
        <table className="data-table" data-testid="poo-list">
          <thead>
            <tr>
              <th scope="col">{w.colDate}</th>
              <th scope="col">{w.colRaisedBy}</th>
              <th scope="col">{w.colAgainst}</th>
              <th scope="col">{w.colRuling}</th>
              <th scope="col">{w.colCitation}</th>
            </tr>
          </thead>
          <tbody>
            {data.items.map((i) => (
              <PointRow key={i.id} i={i} stateName={stateName} />
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}

function PointRow({ i, stateName }: { i: Item; stateName: (s: string) => string }) {
  const { lang, fmt } = useI18n();
  const w = partText(lang);
  const against = [i.targetSpeaker, i.targetOrganization].filter(Boolean).join(' / ');
  return (
    <tr data-testid="poo-row" data-id={i.id} data-state={i.raisedBy ?? ''} data-outcome={i.outcome}>
      <td>
        {i.date ? fmt.date(i.date) : (i.year ?? '—')}
        {i.session && (
          <div className="muted">
            {i.session}
            {i.sessionBy === 'date' && ` (${w.sessionByDate})`}
          </div>
        )}
        {(i.agendaItem || i.debate) && (
          <div className="muted small" lang="en">
            {i.agendaItem ? w.agendaItem(i.agendaItem) : i.debate}
          </div>
        )}
      </td>
      <td data-testid="poo-raised-by">
        {i.raisedBy ? stateName(i.raisedBy) : (i.raisedByAsPrinted ?? w.notNamed)}
      </td>
      <td data-testid="poo-against" lang="en">
        {against || w.notNamed}
      </td>
      <td>
        <strong data-testid="poo-outcome">{label(w.outcomes, i.outcome)}</strong>
        {i.ruling ? (
          <blockquote className="source-passage" lang="en">
            {i.ruling}
          </blockquote>
        ) : (
          <div className="muted">{w.noRuling}</div>
        )}
      </td>
      <td data-testid="poo-citation">
        <SourceCitation
          source={{
            documentId: 0,
            symbol: i.citation.symbol,
            url: i.citation.url,
            title: null,
            fileName: i.citation.file,
            date: i.date,
            line: i.citation.line,
            passage: i.citation.passage,
          }}
        />
        <div className="muted small">
          {i.citation.rulingLine !== null && w.rulingLine(String(i.citation.rulingLine))}
          {i.moment && (
            <>
              {' · '}
              {i.citation.momentUrl ? (
                <a href={i.citation.momentUrl} rel="noopener noreferrer nofollow" target="_blank">
                  {w.atMoment(i.moment)}
                </a>
              ) : (
                w.atMoment(i.moment)
              )}
            </>
          )}
          {i.alsoIn.length > 0 && ` · ${w.alsoIn(fmt.number(i.alsoIn.length))}`}
        </div>
      </td>
    </tr>
  );
}
