import type { ReactNode } from 'react';
import {
  apiUrl,
  type HostileAmendments,
  type ResolutionVotes,
  type SourceRef,
  type VoteValue,
} from '../../api';
import { label } from '../../i18n';
import { ApiView } from '../../components/ApiView';
import { useI18n } from '../../components/LanguageContext';
import { Link } from '../../components/Link';
import { SourceCitation } from '../../components/SourceCitation';
import { useStateName } from '../../components/StatesContext';
import { usePageTitle } from '../../components/usePageTitle';
import { useApi } from '../../components/useApi';
import { BallotGrid } from '../../components/hrc/BallotGrid';
import { HRC_HOME, hrcStateHref, hrcSymbolHref, hrcTextHref } from '../../components/hrc/hrc-href';
import { AmendmentList } from './AmendmentList';
import { HrcNav } from './HrcNav';

const BALLOTS: readonly VoteValue[] = ['yes', 'no', 'abstain', 'absent'];

/** A text's page: what it is, the counts beside the printed totals, every member's vote, its source. */
export function HrcTextPage({ which }: { which: { id: number } | { symbol: string } }) {
  const { t } = useI18n();
  const query = 'id' in which ? { id: which.id } : { symbol: which.symbol };
  const figure = useApi<ResolutionVotes>(apiUrl('/votes/resolution', query));
  const name =
    figure.status === 'ok'
      ? (figure.data.symbol ?? figure.data.title)
      : 'symbol' in which
        ? which.symbol
        : t.hrc.textTitleFallback;
  usePageTitle(name);
  return (
    <article className="page">
      <p className="breadcrumb">
        <Link to={HRC_HOME}>{t.hrc.backToTexts}</Link>
      </p>
      <ApiView state={figure}>{(data) => <TextBody data={data} />}</ApiView>
    </article>
  );
}

function TextBody({ data }: { data: ResolutionVotes }) {
  const { t, fmt } = useI18n();
  const stateName = useStateName();
  const year = data.date ? Number(data.date.slice(0, 4)) : null;
  // amendments are listed by period; this text's are those whose amended text is this one
  const amendments = useApi<HostileAmendments>(
    data.kind === 'amendment' || year === null
      ? null
      : apiUrl('/votes/amendments', { body: data.body, from: year, to: year }),
  );
  const official = data.officialCounts;
  const hasBallots = Object.keys(data.votes).length > 0;
  const source: SourceRef = {
    documentId: data.source.documentId,
    symbol: null,
    url: data.source.url,
    title: data.source.title,
    fileName: data.source.fileName,
    date: null,
    line: data.source.line,
    // the PDF page of the release the vote was read from, when it came as a PDF
    page: data.source.page,
    passage: '',
  };
  const facts: [string, ReactNode][] = [
    [t.hrc.factDate, fmt.date(data.date)],
    [t.hrc.factBody, label(t.hrc.bodies, data.body)],
    [t.hrc.factSession, data.session],
    [t.hrc.factAgenda, data.agendaItem],
    [t.hrc.factKind, label(t.hrc.kinds, data.kind)],
    [t.hrc.factOutcome, label(t.hrc.outcomes, data.outcome)],
    [t.hrc.factDraft, data.draftSymbol],
    [
      t.hrc.factAmends,
      data.amendsSymbol && <Link to={hrcSymbolHref(data.amendsSymbol)}>{data.amendsSymbol}</Link>,
    ],
    [
      t.hrc.factSponsors,
      data.sponsors.length > 0 &&
        data.sponsors.map((s, i) => (
          <span key={`${s.name}-${i}`}>
            {i > 0 && t.listSeparator}
            {s.state ? (
              <Link to={hrcStateHref(s.state)}>{stateName(s.state)}</Link>
            ) : (
              <span lang="en">{s.name}</span>
            )}
          </span>
        )),
    ],
  ];
  return (
    <>
      <h1 data-testid="text-symbol">{data.symbol ?? t.hrc.textTitleFallback}</h1>
      <HrcNav />
      <p className="lead" data-testid="text-title" lang="en">
        {data.title}
      </p>
      <dl className="summary-grid" data-testid="text-facts">
        {facts
          .filter(([, v]) => v !== null && v !== false && v !== undefined && v !== '')
          .map(([k, v]) => (
            <div key={k}>
              <dt>{k}</dt>
              <dd>{v}</dd>
            </div>
          ))}
      </dl>

      {(data.targets.length > 0 || data.themes.length > 0) && (
        <section className="section" data-testid="text-labels">
          {data.targets.length > 0 && (
            <>
              <h2>{t.hrc.targetsTitle}</h2>
              <ul className="label-reasons">
                {data.targets.map((l) => (
                  <li
                    key={`${l.state}-${l.ruleId}`}
                    data-testid="text-target"
                    data-target={l.state}
                  >
                    <Link to={`${HRC_HOME}?target=${l.state}`}>{stateName(l.state)}</Link>{' '}
                    <RuleReason ruleId={l.ruleId} matched={l.matched} />
                  </li>
                ))}
              </ul>
            </>
          )}
          {data.themes.length > 0 && (
            <>
              <h2>{t.hrc.themesTitle}</h2>
              <ul className="label-reasons">
                {data.themes.map((l) => (
                  <li key={`${l.theme}-${l.ruleId}`} data-testid="text-theme" data-theme={l.theme}>
                    <Link to={`${HRC_HOME}?theme=${l.theme}`}>{label(t.hrc.themes, l.theme)}</Link>{' '}
                    <RuleReason ruleId={l.ruleId.replace(/^.*\//, '')} matched={l.matched} />
                  </li>
                ))}
              </ul>
            </>
          )}
        </section>
      )}

      <section className="section">
        <h2>{t.hrc.countsTitle}</h2>
        <div className="table-wrap">
          <table className="data-table narrow" data-testid="counts-table">
            <caption>{t.hrc.countsCaption}</caption>
            <thead>
              <tr>
                <th scope="col">{t.hrc.colBallot}</th>
                <th scope="col" className="num">
                  {t.hrc.colFromBallots}
                </th>
                <th scope="col" className="num">
                  {t.hrc.colOfficial}
                </th>
              </tr>
            </thead>
            <tbody>
              {BALLOTS.map((b) => {
                const printed = official && b !== 'absent' ? official[b] : null;
                // the source gives totals but not this column (a press release without abstentions)
                const unstated = official !== null && b === 'abstain' && printed === null;
                const differs = printed !== null && hasBallots && printed !== data.counts[b];
                return (
                  <tr
                    key={b}
                    className={differs ? 'count-differs' : undefined}
                    data-testid="count-row"
                    data-ballot={b}
                    data-differs={differs}
                  >
                    <th scope="row">{t.ballots[b]}</th>
                    <td className="num" data-testid="count-ballots">
                      {hasBallots ? fmt.number(data.counts[b]) : '—'}
                    </td>
                    <td className="num" data-testid="count-official" data-unstated={unstated}>
                      {unstated
                        ? t.hrc.abstainNotStated
                        : printed === null
                          ? '—'
                          : fmt.number(printed)}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
        <p
          className={data.countsAgree === false ? 'status status-warn' : 'muted'}
          data-testid="counts-note"
          role={data.countsAgree === false ? 'note' : undefined}
        >
          {official === null
            ? t.hrc.noOfficial
            : data.countsAgree === false
              ? t.hrc.countsDiffer
              : data.countsAgree === true
                ? t.hrc.countsAgree
                : null}
        </p>
      </section>

      <section className="section">
        <h2>{t.hrc.ballotsTitle}</h2>
        {hasBallots ? (
          <>
            <p className="muted">{t.hrc.ballotsIntro}</p>
            <BallotGrid votes={data.votes} />
            <p>
              <a
                className="button"
                href={apiUrl('/votes/resolution.csv', { id: data.textId })}
                download
                data-testid="ballots-csv"
              >
                {t.hrc.downloadBallots}
              </a>
            </p>
          </>
        ) : (
          <p className="status" data-testid="no-ballots">
            {t.hrc.noBallots}
          </p>
        )}
      </section>

      {data.kind !== 'amendment' && (
        <section className="section">
          <h2>{t.hrc.amendmentsTitle}</h2>
          <ApiView state={amendments}>
            {(all) => {
              const mine = all.amendments.filter((a) => a.amends.text?.id === data.textId);
              return mine.length === 0 ? (
                <p className="muted" data-testid="no-amendments">
                  {t.hrc.noAmendments}
                </p>
              ) : (
                <AmendmentList rows={mine} showAmended={false} />
              );
            }}
          </ApiView>
        </section>
      )}

      {data.others.length > 0 && (
        <section className="section">
          <h2>{t.hrc.othersTitle}</h2>
          <p className="muted">{t.hrc.othersIntro}</p>
          <ul data-testid="other-records">
            {data.others.map((o) => (
              <li key={o.id}>
                <Link to={hrcTextHref(o.id)}>{o.symbol ?? o.title}</Link>{' '}
                <span className="muted">
                  · {label(t.hrc.sourceKinds, o.source)} · {fmt.date(o.date)}
                </span>
              </li>
            ))}
          </ul>
        </section>
      )}

      <section className="section">
        <h2>{t.hrc.sourceTitle}</h2>
        <SourceCitation source={source} />
        {data.url && (
          <p>
            <a href={data.url} rel="noreferrer" target="_blank" data-testid="record-url">
              {t.hrc.recordLink}
            </a>
          </p>
        )}
      </section>
    </>
  );
}

/** Why a label was given, in the reader's language, with the catalogue's words it matched. */
function RuleReason({ ruleId, matched }: { ruleId: string; matched: string }) {
  const { t } = useI18n();
  // a rule without words of its own (e.g. a new agenda-item-N) is named by the generic one
  const rule =
    t.hrc.rules[ruleId] ??
    (ruleId.startsWith('agenda-item-') ? t.hrc.rules['agenda-subject'] : undefined) ??
    t.hrc.rules['title']!;
  return (
    <span className="muted" data-rule={ruleId}>
      ({t.hrc.labelRule(rule)} “<span lang="en">{matched}</span>”)
    </span>
  );
}
