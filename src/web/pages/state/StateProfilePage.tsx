import type { StateProfile } from '../../../analysis/state-profile/profile';
import type { Count } from '../../../analysis/reprisals/figure';
import { apiUrl } from '../../api';
import { ApiView } from '../../components/ApiView';
import { useI18n } from '../../components/LanguageContext';
import { Link } from '../../components/Link';
import { href, intParam, navigate, useLocation } from '../../components/router';
import { useStateName } from '../../components/StatesContext';
import { usePageTitle } from '../../components/usePageTitle';
import { useApi } from '../../components/useApi';
import { ClassificationWithEvidence } from '../organizations/ClassificationWithEvidence';

/**
 * /state/ISO3: one State across the mechanisms, the year's headline figures side by side, each
 * linking to the page that lists its records, and the year's report to download (EN / 中文).
 */
export function StateProfilePage({ state }: { state: string }) {
  const { t } = useI18n();
  const stateName = useStateName();
  const { query } = useLocation();
  const year = intParam(query, 'year');
  usePageTitle(t.state.title(stateName(state)));
  const profile = useApi<StateProfile>(apiUrl(`/states/${state}/profile`, { year }));
  return (
    <article className="page" data-testid="state-profile">
      <ApiView state={profile}>{(p) => <Profile p={p} />}</ApiView>
    </article>
  );
}

function Profile({ p }: { p: StateProfile }) {
  const { t, fmt, lang } = useI18n();
  const m = t.state;
  const stateName = useStateName();
  const name = stateName({ state: p.state, nameEn: p.nameEn, nameZh: p.nameZh });
  const y = String(p.year);
  const span = (from: number, to: number) => t.yearSpan(String(from), String(to));
  const count = (c: Count) => (c.kind === 'count' ? fmt.number(c.count) : m.fewerThan('3'));
  const ngo = p.ngoCommittee;
  const hrc = p.hrcVotes;
  const cs = hrc.hostile.find((h) => h.toDate.theme === 'civil-society-space')?.toDate;
  const upr = p.upr.cycles[0];
  const report = (l: 'en' | 'zh', format: 'pdf' | 'html') =>
    apiUrl('/report', { state: p.state, year: p.year, lang: l, format });
  const years = Array.from({ length: 12 }, (_, i) => p.year + 2 - i).filter((x) => x >= 2006);
  const cast = hrc.countrySpecific.yes + hrc.countrySpecific.no + hrc.countrySpecific.abstain;
  const part = p.participation;

  return (
    <>
      <h1>{m.title(name)}</h1>
      <p className="lead">{m.intro(name, y)}</p>
      <div className="toolbar">
        <label>
          {m.year}{' '}
          <select
            value={p.year}
            data-testid="profile-year"
            onChange={(e) => navigate(href(`/state/${p.state}`, { year: e.target.value }))}
          >
            {[...new Set([p.year, ...years])]
              .sort((a, b) => b - a)
              .map((x) => (
                <option key={x} value={x}>
                  {x}
                </option>
              ))}
          </select>
        </label>
        <div className="filters" data-testid="report-download">
          <span>{m.download}:</span>{' '}
          <a className="button" href={report('en', 'pdf')} download data-testid="report-en">
            {m.downloadEn}
          </a>{' '}
          <a className="button" href={report('zh', 'pdf')} download data-testid="report-zh">
            {m.downloadZh}
          </a>{' '}
          <a className="button" href={report(lang, 'html')} download data-testid="report-html">
            {m.downloadHtml}
          </a>
        </div>
      </div>

      <section data-testid="contrasts">
        <h2>{m.contrastsTitle}</h2>
        <p>
          {m.contrastLead(name)}{' '}
          {[
            upr ? m.contrastUpr(fmt.percent(upr.acceptedRate), String(upr.cycle)) : null,
            m.contrastQuestions(
              fmt.percent(ngo.fiveYears.share),
              span(ngo.fiveYears.from, ngo.fiveYears.to),
            ),
            cs ? m.contrastHostile(fmt.number(cs.yes), fmt.number(cs.total), y) : null,
            part.linkedSlots > 0 && part.share !== null
              ? m.contrastParticipation(fmt.percent(part.share), y)
              : null,
          ]
            .filter(Boolean)
            .join(t.listSeparator)}
        </p>
      </section>

      <div className="profile-grid">
        <section data-testid="panel-ngo">
          <h2>{m.ngoTitle}</h2>
          <p data-testid="ngo-year" data-value={ngo.year.questions}>
            {ngo.year.questions > 0
              ? m.ngoYear(
                  fmt.number(ngo.year.questions),
                  fmt.percent(ngo.year.share),
                  fmt.number(ngo.year.total),
                  y,
                )
              : m.ngoNone(y)}{' '}
            {ngo.year.rank !== null && m.ngoRank(fmt.number(ngo.year.rank))}
          </p>
          <p data-testid="ngo-five" data-value={ngo.fiveYears.questions}>
            {m.ngoFive(
              fmt.number(ngo.fiveYears.questions),
              fmt.percent(ngo.fiveYears.share),
              span(ngo.fiveYears.from, ngo.fiveYears.to),
            )}
          </p>
          <Link
            to={href(`/questions/${p.state}`, { from: ngo.year.from, to: ngo.year.to })}
            data-testid="ngo-evidence"
          >
            {m.evidence}
          </Link>
        </section>

        <section data-testid="panel-hrc">
          <h2>{m.hrcTitle}</h2>
          <p data-testid="hrc-country" data-value={hrc.countrySpecific.no}>
            {hrc.member
              ? m.hrcCountry(
                  fmt.number(cast),
                  fmt.number(hrc.countrySpecific.yes),
                  fmt.number(hrc.countrySpecific.no),
                  fmt.number(hrc.countrySpecific.abstain),
                  y,
                )
              : m.hrcNotMember(y)}{' '}
            {hrc.closest &&
              m.hrcClosest(stateName(hrc.closest), fmt.percent(hrc.closest.agreement))}
          </p>
          <Link
            to={href(`/hrc/state/${p.state}`, { from: p.year, to: p.year })}
            data-testid="hrc-evidence"
          >
            {m.evidence}
          </Link>
          <ul>
            {hrc.hostile.map((h) => (
              <li key={h.year.theme} data-testid="hrc-hostile" data-theme={h.year.theme}>
                <span data-testid="hostile-year" data-value={h.year.yes}>
                  {m.hrcHostileYear(
                    fmt.number(h.year.yes),
                    fmt.number(h.year.total),
                    m.themes[h.year.theme] ?? h.year.theme,
                    y,
                  )}
                </span>{' '}
                <span data-testid="hostile-to-date" data-value={h.toDate.yes}>
                  {m.hrcHostileToDate(
                    fmt.number(h.toDate.yes),
                    fmt.number(h.toDate.total),
                    m.themes[h.toDate.theme] ?? h.toDate.theme,
                    y,
                  )}
                </span>{' '}
                <Link
                  to={href('/hrc/amendments', { to: p.year, theme: h.toDate.theme })}
                  data-testid="hostile-evidence"
                >
                  {m.evidence}
                </Link>
              </li>
            ))}
          </ul>
        </section>

        <section data-testid="panel-upr">
          <h2>{m.uprTitle}</h2>
          {p.upr.cycles.length === 0 ? (
            <p>{m.uprNone}</p>
          ) : (
            <ul>
              {p.upr.cycles.map((c) => (
                <li key={c.cycle} data-testid="upr-cycle" data-cycle={c.cycle}>
                  {m.uprCycle(
                    String(c.cycle),
                    fmt.percent(c.acceptedRate),
                    fmt.percent(c.notedOrRejectedRate),
                    fmt.number(c.total),
                  )}
                </li>
              ))}
            </ul>
          )}
          <Link to={`/upr/state/${p.state}`} data-testid="upr-evidence">
            {m.evidence}
          </Link>
        </section>

        <section data-testid="panel-reprisals">
          <h2>{m.reprisalsTitle}</h2>
          <p data-testid="reprisals-total">{m.reprisalsTotal(count(p.reprisals.total))}</p>
          <p>
            {m.reprisalsYear(
              count(p.reprisals.firstReportedInYear),
              count(p.reprisals.followedUpInYear),
              y,
            )}
          </p>
          <Link
            to={href('/reprisals/stats', { country: p.state })}
            data-testid="reprisals-evidence"
          >
            {m.evidence}
          </Link>
        </section>

        <ParticipationPanel p={p} />
      </div>
    </>
  );
}

/**
 * Council participation: the slots organisations linked to the State took (each such
 * organisation shown with its label and the evidence the label rests on) and its points of order.
 */
function ParticipationPanel({ p }: { p: StateProfile }) {
  const { t, fmt } = useI18n();
  const m = t.state;
  const part = p.participation;
  const y = String(p.year);
  return (
    <section data-testid="panel-participation">
      <h2>{m.partTitle}</h2>
      <p data-testid="participation-slots" data-value={part.linkedSlots}>
        {part.share === null
          ? m.partNoSlots(y)
          : m.partSlots(
              fmt.number(part.linkedSlots),
              fmt.number(part.totalSlots),
              fmt.percent(part.share),
              y,
            )}
      </p>
      {part.organizations.length > 0 && (
        <>
          <p>{m.partLinked}</p>
          <ul data-testid="participation-linked">
            {part.organizations.map((o) => (
              <li key={o.organizationId}>
                <Link to={`/organizations/${o.organizationId}`}>{o.name}</Link>
                <ClassificationWithEvidence
                  classification={o.classification}
                  evidence={o.evidence}
                />
              </li>
            ))}
          </ul>
        </>
      )}
      <p data-testid="participation-points" data-value={part.pointsOfOrder.year.count}>
        {m.partPointsYear(fmt.number(part.pointsOfOrder.year.count), y)}{' '}
        {m.partPointsToDate(fmt.number(part.pointsOfOrder.toDate.count), y)}
      </p>
      <Link to="/participation" data-testid="participation-evidence">
        {m.partSlotsLink}
      </Link>{' '}
      <Link
        to={href('/participation/points-of-order', { state: p.state, year: p.year })}
        data-testid="participation-points-evidence"
      >
        {m.partPointsLink}
      </Link>
    </section>
  );
}
