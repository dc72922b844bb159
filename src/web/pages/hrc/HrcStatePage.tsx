import { apiUrl, type VotingRecord } from '../../api';
import { label, rangeText } from '../../i18n';
import { ApiView } from '../../components/ApiView';
import { useI18n } from '../../components/LanguageContext';
import { Link } from '../../components/Link';
import { href, intParam, navigate, useLocation } from '../../components/router';
import { useStateName, useStates } from '../../components/StatesContext';
import { usePageTitle } from '../../components/usePageTitle';
import { useApi } from '../../components/useApi';
import { YearRange } from '../../components/YearRange';
import { BallotBadge } from '../../components/hrc/BallotBadge';
import { bodyYears, oneOf, VOTING_BODIES } from '../../components/hrc/hrc-api';
import { hrcAlignmentHref, hrcTextHref } from '../../components/hrc/hrc-href';
import { RecordHeatmap } from '../../components/hrc/RecordHeatmap';
import { RecordHeatmapChart } from '../../components/charts/RecordHeatmapChart';
import { SelectField } from '../../components/hrc/SelectField';
import { TextLabels } from '../../components/hrc/TextLabels';
import { HrcNav } from './HrcNav';

/** /hrc/state/ISO3: how a state voted, by target country and year, with the votes themselves. */
export function HrcStatePage({ state }: { state: string }) {
  const { t, fmt } = useI18n();
  const { query } = useLocation();
  const stateName = useStateName();
  const states = useStates();
  const from = intParam(query, 'from');
  const to = intParam(query, 'to');
  const body = oneOf(query, 'body', VOTING_BODIES) ?? 'HRC';
  // country-specific texts unless the reader asks for every recorded vote
  const all = query.get('scope') === 'all';
  const who = stateName(state);
  usePageTitle(t.hrc.stateTitle(who));

  const params = { from, to, countrySpecific: all ? null : 'true' };
  const record = useApi<VotingRecord>(apiUrl(`/votes/record/${state}`, { ...params, body }));
  // the Council beside the Assembly (or the reverse), over the same years and texts
  const otherBody = body === 'UNGA' ? 'HRC' : 'UNGA';
  const other = useApi<VotingRecord>(
    apiUrl(`/votes/record/${state}`, { ...params, body: otherBody }),
  );
  const go = (change: {
    from?: number | null;
    to?: number | null;
    body?: string | null;
    scope?: string | null;
  }) =>
    navigate(
      href(`/hrc/state/${state}`, {
        from,
        to,
        body: body === 'HRC' ? null : body,
        scope: all ? 'all' : null,
        ...change,
      }),
      { replace: true },
    );
  const csvHref = apiUrl(`/votes/record/${state}.csv`, { ...params, body });
  const countsText = (c: { yes: number; no: number; abstain: number; absent: number }) =>
    t.hrc.splitCounts(
      fmt.number(c.yes),
      fmt.number(c.no),
      fmt.number(c.abstain),
      fmt.number(c.absent),
    );

  return (
    <article className="page">
      <h1 data-testid="state-title">{t.hrc.stateTitle(who)}</h1>
      <HrcNav />
      {states.size > 0 && !states.has(state) ? (
        <p className="status status-error" role="alert">
          {t.hrc.unknownState(state)}
        </p>
      ) : (
        <p className="lead">{t.hrc.stateIntro(who)}</p>
      )}
      <p>
        <Link
          to={hrcAlignmentHref({ state, from, to, body: body === 'HRC' ? null : body })}
          data-testid="alignment-link"
        >
          {t.hrc.alignmentOf(who)}
        </Link>
      </p>
      <div className="toolbar">
        <div className="filters">
          <SelectField
            label={t.hrc.bodyLabel}
            value={body}
            options={VOTING_BODIES.map((b) => ({ value: b, label: t.hrc.bodies[b] }))}
            onChange={(b) => go({ body: b === 'HRC' ? null : b })}
            testId="filter-body"
          />
          <YearRange
            years={bodyYears(body)}
            from={from}
            to={to}
            onChange={(f, tt) => go({ from: f, to: tt })}
          />
          <label className="check">
            <input
              type="checkbox"
              checked={!all}
              onChange={(e) => go({ scope: e.target.checked ? null : 'all' })}
              data-testid="filter-country-specific"
            />{' '}
            {t.hrc.countrySpecificOnly}
          </label>
        </div>
        <a className="button" href={csvHref} download data-testid="record-csv">
          {t.downloadCsv}
        </a>
      </div>
      <ApiView state={record}>
        {(data) =>
          data.items.length === 0 ? (
            <p className="status" data-testid="no-record">
              {t.hrc.noRecord}
            </p>
          ) : (
            <>
              <p className="summary" data-testid="record-totals">
                {label(t.hrc.bodies, data.body)}, {rangeText(t, data.from, data.to)}
                {' · '}
                {data.amendmentTotals.evidence.ids.length === 0
                  ? t.hrc.stateTotals(
                      fmt.number(data.items.length),
                      fmt.number(data.totals.yes),
                      fmt.number(data.totals.no),
                      fmt.number(data.totals.abstain),
                      fmt.number(data.totals.absent),
                    )
                  : // texts and amendments apart, each summing to its own count
                    t.hrc.stateTotalsSplit(
                      fmt.number(data.items.length),
                      fmt.number(data.totals.evidence.ids.length),
                      countsText(data.totals),
                      fmt.number(data.amendmentTotals.evidence.ids.length),
                      countsText(data.amendmentTotals),
                    )}
              </p>
              {other.status === 'ok' && other.data.items.length > 0 && (
                <BodiesSideBySide state={state} records={[data, other.data]} />
              )}
              {data.items.some((i) => i.targets.length > 0) && (
                <section className="section">
                  <h2>{t.hrc.heatmapTitle}</h2>
                  <p className="muted">{t.hrc.heatmapIntro}</p>
                  <RecordHeatmapChart state={state} items={data.items} />
                  <RecordHeatmap state={state} items={data.items} />
                </section>
              )}
              <section className="section">
                <h2>{t.hrc.votesTitle}</h2>
                <RecordTable record={data} />
              </section>
            </>
          )
        }
      </ApiView>
    </article>
  );
}

function RecordTable({ record }: { record: VotingRecord }) {
  const { t, fmt } = useI18n();
  const stateName = useStateName();
  const newestFirst = [...record.items].reverse();
  return (
    <div className="table-wrap">
      <table className="data-table" data-testid="record-table">
        <caption>{t.hrc.votesCaption(stateName(record))}</caption>
        <thead>
          <tr>
            <th scope="col">{t.hrc.colDate}</th>
            <th scope="col">{t.hrc.colSymbol}</th>
            <th scope="col">{t.hrc.colTitle}</th>
            <th scope="col">{t.hrc.colLabels}</th>
            <th scope="col">{t.hrc.colOutcome}</th>
            <th scope="col">{t.hrc.colVote}</th>
          </tr>
        </thead>
        <tbody>
          {newestFirst.map((i) => (
            <tr key={i.textId} data-testid="record-row" data-id={i.textId} data-vote={i.vote}>
              <td className="nowrap">{fmt.date(i.date)}</td>
              <td className="nowrap">
                <Link to={hrcTextHref(i.textId)} data-testid="record-text-link">
                  {i.symbol ?? t.hrc.textTitleFallback}
                </Link>
              </td>
              <td lang="en">{i.title}</td>
              <td>
                <TextLabels targets={i.targets} themes={i.themes} />
              </td>
              <td>{label(t.hrc.outcomes, i.outcome)}</td>
              <td>
                <BallotBadge vote={i.vote} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function BodiesSideBySide({ state, records }: { state: string; records: VotingRecord[] }) {
  const { t, fmt } = useI18n();
  const stateName = useStateName();
  return (
    <div className="table-wrap">
      <table className="data-table narrow" data-testid="bodies-table">
        <caption>{t.hrc.bodiesCaption(stateName(state))}</caption>
        <thead>
          <tr>
            <th scope="col">{t.hrc.colBody}</th>
            <th scope="col" className="num">
              {t.hrc.colTexts}
            </th>
            <th scope="col" className="num">
              {t.ballots.yes}
            </th>
            <th scope="col" className="num">
              {t.ballots.no}
            </th>
            <th scope="col" className="num">
              {t.ballots.abstain}
            </th>
            <th scope="col" className="num">
              {t.ballots.absent}
            </th>
          </tr>
        </thead>
        <tbody>
          {records.map((r) => (
            <tr key={r.body} data-testid="body-row" data-body={r.body}>
              <th scope="row">{label(t.hrc.bodies, r.body)}</th>
              <td className="num">{fmt.number(r.items.length)}</td>
              <td className="num">{fmt.number(r.totals.yes)}</td>
              <td className="num">{fmt.number(r.totals.no)}</td>
              <td className="num">{fmt.number(r.totals.abstain)}</td>
              <td className="num">{fmt.number(r.totals.absent)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
