import { useState } from 'react';
import { apiUrl, type HrcMatrixTriangle } from '../../api';
import { expandPairs } from '../../../domain/agreement-triangle';
import { label, rangeText } from '../../i18n';
import { ApiView } from '../../components/ApiView';
import { useI18n } from '../../components/LanguageContext';
import { Link } from '../../components/Link';
import { href, intParam, navigate, useLocation } from '../../components/router';
import { useStateName, useStates } from '../../components/StatesContext';
import { usePageTitle } from '../../components/usePageTitle';
import { useApi } from '../../components/useApi';
import { YearRange } from '../../components/YearRange';
import {
  bodyYears,
  oneOf,
  VOTING_BODIES,
  type AlignmentResponse,
  type CohesionResponse,
} from '../../components/hrc/hrc-api';
import { HRC_ALIGNMENT, hrcStateHref } from '../../components/hrc/hrc-href';
import { HrcMatrixTable } from '../../components/hrc/HrcMatrixTable';
import { SelectField } from '../../components/hrc/SelectField';
import { HrcNav } from './HrcNav';

const TOPS = ['10', '20', '50'] as const;
/** Minimum common votes a reader may pick instead of the default (a tenth of the state's votes). */
const MIN_COMMON = ['1', '5', '20', '50', '100', '200'] as const;
const DEFAULT_TOP = '20';
/** Beyond this many states the matrix waits for the reader to ask for it (tens of thousands of cells). */
const MATRIX_AUTO_STATES = 60;

/** /hrc/alignment: who votes with a state, the agreement matrix of a period, bloc cohesion. */
export function HrcAlignmentPage() {
  const { t, fmt, lang } = useI18n();
  const { query } = useLocation();
  const states = useStates();
  const stateName = useStateName();
  usePageTitle(t.hrc.alignmentTitle);
  const rawState = query.get('state')?.toUpperCase() ?? null;
  const state = rawState && /^[A-Z]{3}$/.test(rawState) ? rawState : null;
  const from = intParam(query, 'from');
  const to = intParam(query, 'to');
  const body = oneOf(query, 'body', VOTING_BODIES);
  const topRaw = query.get('top');
  const top = topRaw === 'all' ? 'all' : (oneOf(query, 'top', TOPS) ?? DEFAULT_TOP);
  // agreement counts the texts only unless the reader asks for amendments (docs/hrc-votes.md)
  const amendments = query.get('amendments') === 'include' ? 'include' : null;
  const minVotes = oneOf(query, 'minVotes', MIN_COMMON);
  const period = { from, to, body, amendments };

  const ranking = useApi<AlignmentResponse>(
    state
      ? apiUrl(`/votes/alignment/${state}`, {
          ...period,
          minVotes,
          top: top === 'all' ? null : top,
        })
      : null,
  );
  // the compact form: a quarter of the bytes of the full one, the same values once expanded
  const matrix = useApi<HrcMatrixTriangle>(
    apiUrl('/votes/matrix', { ...period, shape: 'triangle' }),
  );
  const cohesion = useApi<CohesionResponse>(apiUrl('/votes/cohesion', period));
  const go = (
    change: Partial<{
      state: string | null;
      from: number | null;
      to: number | null;
      body: string | null;
      top: string | null;
      amendments: string | null;
      minVotes: string | null;
    }>,
  ) =>
    navigate(
      href(HRC_ALIGNMENT, {
        state,
        ...period,
        minVotes,
        top: top === DEFAULT_TOP ? null : top,
        ...change,
      }),
      { replace: true },
    );
  const collator = new Intl.Collator(lang === 'zh' ? 'zh-CN' : 'en-GB');
  const stateOptions = [...states.values()]
    .map((s) => ({ value: s.code, label: stateName(s.code) }))
    .sort((a, b) => collator.compare(a.label, b.label));
  const range = rangeText(t, from, to);

  return (
    <article className="page">
      <h1>{t.hrc.alignmentTitle}</h1>
      <HrcNav />
      <p className="lead">{t.hrc.alignmentIntro}</p>
      <div className="toolbar">
        <div className="filters">
          <SelectField
            label={t.hrc.stateLabel}
            value={state}
            anyLabel={t.hrc.chooseState}
            options={stateOptions}
            onChange={(s) => go({ state: s })}
            testId="alignment-state"
          />
          <SelectField
            label={t.hrc.bodyLabel}
            value={body}
            anyLabel={t.hrc.bodies.HRC}
            options={(['CHR', 'UNGA'] as const).map((b) => ({ value: b, label: t.hrc.bodies[b] }))}
            onChange={(b) => go({ body: b })}
            testId="filter-body"
          />
          <YearRange
            years={bodyYears(body ?? 'HRC')}
            from={from}
            to={to}
            onChange={(f, tt) => go({ from: f, to: tt })}
          />
          <SelectField
            label={t.hrc.topLabel}
            value={top}
            options={[
              ...TOPS.map((n) => ({ value: n, label: t.hrc.topOption(n) })),
              { value: 'all', label: t.hrc.topAll },
            ]}
            onChange={(v) => go({ top: v === DEFAULT_TOP ? null : v })}
            testId="alignment-top"
          />
          <SelectField
            label={t.hrc.minCommonLabel}
            value={minVotes}
            anyLabel={t.hrc.minCommonDefault(t.hrc.minCommonDefaultRule)}
            options={MIN_COMMON.map((n) => ({ value: n, label: fmt.number(Number(n)) }))}
            onChange={(v) => go({ minVotes: v })}
            testId="alignment-min-votes"
          />
          <label className="check">
            <input
              type="checkbox"
              checked={amendments === 'include'}
              onChange={(e) => go({ amendments: e.target.checked ? 'include' : null })}
              data-testid="alignment-amendments"
            />{' '}
            {t.hrc.amendmentsLabel}
          </label>
        </div>
      </div>

      <section className="section">
        {state === null ? (
          <p className="status">{t.hrc.chooseStatePrompt}</p>
        ) : (
          <>
            <h2>{t.hrc.rankingTitle(stateName(state))}</h2>
            <ApiView state={ranking}>
              {(data) =>
                data.rows.length === 0 ? (
                  <p className="status" data-testid="no-alignment">
                    {t.hrc.noAlignment}
                  </p>
                ) : (
                  <>
                    <p className="muted" data-testid="alignment-basis">
                      {t.hrc.alignmentBasis(
                        stateName(state),
                        fmt.number(data.stateVotes),
                        data.amendments === 'include',
                        fmt.number(data.minVotes),
                        data.minVotesDefault,
                        fmt.number(data.leftOut),
                      )}
                    </p>
                    <div className="table-wrap">
                      <table className="data-table narrow" data-testid="alignment-table">
                        <caption>{t.hrc.rankingCaption(stateName(state), range)}</caption>
                        <thead>
                          <tr>
                            <th scope="col" className="num">
                              {t.hrc.colRank}
                            </th>
                            <th scope="col">{t.colState}</th>
                            <th scope="col" className="num">
                              {t.hrc.colAgreement}
                            </th>
                            <th scope="col" className="num">
                              {t.hrc.colCommon}
                            </th>
                          </tr>
                        </thead>
                        <tbody>
                          {data.rows.map((r, i) => (
                            <tr key={r.state} data-testid="alignment-row" data-state={r.state}>
                              <td className="num">{fmt.number(i + 1)}</td>
                              <th scope="row">
                                <Link to={hrcStateHref(r.state, period)}>{stateName(r)}</Link>
                              </th>
                              <td className="num" data-testid="alignment-agreement">
                                {fmt.percent(r.agreement)}
                              </td>
                              <td className="num">{fmt.number(r.votes)}</td>
                            </tr>
                          ))}
                        </tbody>
                      </table>
                    </div>
                    <p>
                      <a
                        className="button"
                        href={apiUrl(`/votes/alignment/${state}.csv`, {
                          ...period,
                          minVotes,
                          top: top === 'all' ? null : top,
                        })}
                        download
                        data-testid="alignment-csv"
                      >
                        {t.downloadCsv}
                      </a>
                    </p>
                  </>
                )
              }
            </ApiView>
          </>
        )}
      </section>

      <section className="section">
        <h2>{t.hrc.cohesionTitle}</h2>
        <p className="muted">
          {t.hrc.cohesionIntro} {t.hrc.agreementCounted(amendments === 'include')}
        </p>
        <ApiView state={cohesion}>
          {(data) => (
            <div className="table-wrap">
              <table className="data-table narrow" data-testid="cohesion-table">
                <caption>{t.hrc.cohesionCaption(range)}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t.hrc.colGroup}</th>
                    <th scope="col" className="num">
                      {t.hrc.colMembers}
                    </th>
                    <th scope="col" className="num">
                      {t.hrc.colMeanAgreement}
                    </th>
                    <th scope="col" className="num">
                      {t.hrc.colAgreementIndex}
                    </th>
                    <th scope="col" className="num">
                      {t.hrc.colVotes}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {data.rows.map((g) => (
                    <tr key={g.name} data-testid="cohesion-row" data-group={g.name}>
                      <th scope="row">{label(t.hrc.groups, g.name)}</th>
                      <td className="num">{fmt.number(g.members.length)}</td>
                      <td className="num">
                        {g.meanAgreement === null ? '—' : fmt.percent(g.meanAgreement)}
                      </td>
                      <td className="num">
                        {g.agreementIndex === null ? '—' : fmt.decimal(g.agreementIndex * 100)}
                      </td>
                      <td className="num">{fmt.number(g.votes)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </ApiView>
      </section>

      <section className="section">
        <h2>{t.hrc.matrixTitle}</h2>
        <p className="muted">
          {t.hrc.matrixIntro} {t.hrc.agreementCounted(amendments === 'include')}
        </p>
        <p>
          <a
            className="button"
            href={apiUrl('/votes/matrix.csv', period)}
            download
            data-testid="matrix-csv"
          >
            {t.hrc.downloadMatrix}
          </a>
        </p>
        <ApiView state={matrix}>
          {(data) => (
            <MatrixSection
              key={`${from}-${to}-${body}-${amendments}`}
              matrix={data}
              caption={t.hrc.matrixCaption(range)}
              period={period}
            />
          )}
        </ApiView>
      </section>
    </article>
  );
}

function MatrixSection({
  matrix,
  caption,
  period,
}: {
  matrix: HrcMatrixTriangle;
  caption: string;
  period: { from: number | null; to: number | null; body: string | null };
}) {
  const { t, fmt } = useI18n();
  const [forced, setForced] = useState(false);
  if (matrix.states.length === 0) return <p className="status">{t.hrc.noMatrix}</p>;
  if (matrix.states.length > MATRIX_AUTO_STATES && !forced)
    return (
      <p className="status">
        {t.hrc.matrixLarge(fmt.number(matrix.states.length))}{' '}
        <button
          type="button"
          className="button"
          onClick={() => setForced(true)}
          data-testid="show-matrix"
        >
          {t.hrc.showMatrix}
        </button>
      </p>
    );
  const { agreement, votes } = expandPairs(matrix);
  return (
    <HrcMatrixTable matrix={{ ...matrix, agreement, votes }} caption={caption} period={period} />
  );
}
