import { useCallback, useMemo } from 'react';
import { stackedColumnsOption } from '../../../charts/stacked-columns';
import { BAR_COLOUR } from '../../../charts/palette';
import { apiUrl } from '../../api';
import { ApiView } from '../../components/ApiView';
import { EChart } from '../../components/charts/EChart';
import { useI18n } from '../../components/LanguageContext';
import { Link } from '../../components/Link';
import { href, intParam, navigate, useLocation } from '../../components/router';
import { useStateName } from '../../components/StatesContext';
import { useApi } from '../../components/useApi';
import { usePageTitle } from '../../components/usePageTitle';
import { label } from '../../i18n';
import { orgText } from '../../i18n-organizations';
import { partText } from '../../i18n-participation';
import { ClassificationWithEvidence } from '../organizations/ClassificationWithEvidence';
import { BarFigure } from './BarFigure';
import {
  CLASSIFICATIONS,
  type LinkedOrganization,
  type ParticipationEvidence,
  type ParticipationShareView,
} from './participation-api';
import { ParticipationNav, PARTICIPATION_HOME } from './ParticipationNav';
import { SlotEvidence } from './SlotEvidence';

/**
 * NGO speaking slots of a session (or all): per agenda item, by the classification of the
 * organisation (each label with its evidence), by the State organisations are tied to, and per
 * year against a base year. The choices are the address (?session=HRC55&baseYear=2018&show=…), so
 * a figure and the statements opened under it can be cited by link.
 */
export function SlotsPage() {
  const { lang } = useI18n();
  const w = partText(lang);
  usePageTitle(w.slotsTitle);
  const { query } = useLocation();
  const session = query.get('session') ?? '';
  const baseYear = intParam(query, 'baseYear');
  const rawClass = query.get('growth') ?? '';
  const growthClass = (CLASSIFICATIONS as readonly string[]).includes(rawClass) ? rawClass : '';
  const show = query.get('show');
  const sessions = useApi<{ sessions: string[] }>(apiUrl('/participation/sessions'));
  const figure = useApi<ParticipationShareView>(
    apiUrl('/participation/share', { session, baseYear, classification: growthClass }),
  );
  const go = (changes: Record<string, string | number | null>) =>
    navigate(
      href(PARTICIPATION_HOME, {
        session,
        baseYear,
        growth: growthClass,
        show,
        ...changes,
      }),
      { replace: 'show' in changes },
    );
  return (
    <article className="page participation">
      <ParticipationNav />
      <h1>{w.slotsTitle}</h1>
      <p className="intro">{w.slotsIntro}</p>
      <form className="filters" onSubmit={(e) => e.preventDefault()} data-testid="slot-filters">
        <label>
          {w.sessionLabel}{' '}
          <select
            value={session}
            onChange={(e) => go({ session: e.target.value, show: null })}
            data-testid="session-select"
          >
            <option value="">{w.allSessions}</option>
            {sessions.status === 'ok' &&
              sessions.data.sessions.map((s) => (
                <option key={s} value={s}>
                  {s}
                </option>
              ))}
          </select>
        </label>{' '}
        <label>
          {w.baseYearLabel}{' '}
          <select
            value={baseYear ?? ''}
            onChange={(e) => go({ baseYear: e.target.value, show: null })}
            data-testid="base-year-select"
          >
            <option value="">{w.noBaseYear}</option>
            {figure.status === 'ok' &&
              figure.data.growth.years.map((y) => (
                <option key={y.year} value={y.year}>
                  {y.year}
                </option>
              ))}
          </select>
        </label>{' '}
        <label>
          {w.growthClassificationLabel}{' '}
          <select
            value={growthClass}
            onChange={(e) => go({ growth: e.target.value, show: null })}
            data-testid="growth-class-select"
          >
            <option value="">{w.growthAllOrganizations}</option>
            {CLASSIFICATIONS.map((c) => (
              <option key={c} value={c}>
                {label(orgText(lang).classifications, c)}
              </option>
            ))}
          </select>
        </label>
      </form>
      <a
        className="button"
        href={apiUrl('/participation/share.csv', {
          session,
          baseYear,
          classification: growthClass,
        })}
        download
        data-testid="slots-csv"
      >
        {w.csvSlots}
      </a>
      <ApiView state={figure}>{(data) => <SlotFigures data={data} show={show} go={go} />}</ApiView>
    </article>
  );
}

function SlotFigures({
  data,
  show,
  go,
}: {
  data: ParticipationShareView;
  show: string | null;
  go: (changes: Record<string, string | number | null>) => void;
}) {
  const { lang, fmt } = useI18n();
  const w = partText(lang);
  const o = orgText(lang);
  const stateName = useStateName();
  const open = useCallback((key: string) => go({ show: key }), [go]);

  const byClass = useMemo(
    () =>
      (data.byClassification ?? []).map((r) => ({
        key: `class:${r.key}`,
        classification: r.key,
        text: label(o.classifications, r.key),
        slots: r.slots,
        share: r.share,
        evidence: r.evidence,
        organizations: data.organizations.filter((x) => (x.classification ?? 'unknown') === r.key),
        // the evidence a label rests on; 'unknown' rests on none (evidence of an organisation no
        // editor has classified is not grounds for "unknown")
        labelEvidence:
          r.key === 'unknown'
            ? []
            : data.organizations
                .filter((x) => x.classification === r.key)
                .flatMap((x) => x.evidence),
      })),
    [data, o],
  );
  const byState = useMemo(
    () =>
      (data.byLinkedState ?? []).map((r) => ({
        key: `state:${r.key}`,
        state: r.key,
        text: stateName(r.key),
        slots: r.slots,
        share: r.share,
        evidence: r.evidence,
        organizations: data.organizations.filter(
          (x) =>
            x.countryCode === r.key &&
            (x.classification === 'gongo' || x.classification === 'state-linked'),
        ),
      })),
    [data, stateName],
  );
  const byItem = useMemo(
    () =>
      data.byItem.map((r, i) => ({
        key: `item:${r.agendaItem ?? `d${i}`}`,
        text: r.agendaItem
          ? `${w.agendaItem(r.agendaItem)}${r.debate ? ` · ${r.debate}` : ''}`
          : (r.debate ?? '—'),
        slots: r.slots,
        share: data.totalSlots === 0 ? 0 : r.slots / data.totalSlots,
        namedSlots: r.namedSlots,
        unnamedSlots: r.unnamedSlots,
        evidence: r.evidence,
      })),
    [data, w],
  );

  // the statements a `show` key names, from whichever figure holds it
  const selected = useMemo(() => {
    if (!show) return null;
    const rows: { key: string; text: string; evidence: ParticipationEvidence[] }[] = [
      ...byClass,
      ...byState,
      ...byItem,
      ...data.growth.years.map((y) => ({
        key: `year:${y.year}`,
        text: String(y.year),
        evidence: y.evidence,
      })),
      { key: 'all', text: data.session ?? w.allSessions, evidence: data.evidence },
    ];
    return rows.find((r) => r.key === show) ?? null;
  }, [show, byClass, byState, byItem, data, w]);

  const selectedClass = byClass.find((r) => r.key === show) ?? null;

  if (data.totalSlots === 0) return <p className="status">{w.noSlots}</p>;
  return (
    <>
      <p className="summary" data-testid="slot-summary" data-total={data.totalSlots}>
        {w.summary(
          fmt.number(data.totalSlots),
          fmt.number(data.namedSlots),
          fmt.number(data.unnamedSlots),
        )}{' '}
        <button type="button" className="link-button" onClick={() => open('all')}>
          {w.openEvidence}
        </button>
      </p>
      <p className="muted small">{w.clickHint}</p>
      {selected && (
        <SlotEvidence
          key={selected.key}
          what={selectedClass ? null : selected.text}
          labelBlock={
            selectedClass && (
              <ClassificationWithEvidence
                classification={selectedClass.classification}
                evidence={selectedClass.labelEvidence}
              />
            )
          }
          evidence={selected.evidence}
          organizations={data.organizations}
          onClose={() => go({ show: null })}
        />
      )}
      <div className="participation-figures">
        {byClass.length > 0 ? (
          <BarFigure
            testId="by-classification"
            title={w.byClassificationTitle}
            description={w.byClassificationDescription(
              byClass[0]!.text,
              fmt.percent(byClass[0]!.share),
            )}
            rows={byClass}
            head={w.colClassification}
            renderLabel={(r) => (
              <ClassificationWithEvidence
                classification={r.classification}
                evidence={r.labelEvidence}
              />
            )}
            extra={{
              head: w.colOrganizations,
              cell: (r) => <OrgNames orgs={r.organizations} />,
            }}
            open={(r) => open(r.key)}
            selected={show}
          />
        ) : (
          <p className="status" data-testid="by-classification-none">
            {w.byClassificationNone}
          </p>
        )}
        {byState.length > 0 ? (
          <BarFigure
            testId="by-state"
            title={w.byStateTitle}
            description={w.byStateDescription(byState[0]!.text, fmt.percent(byState[0]!.share))}
            rows={byState}
            head={w.colLinkedState}
            renderLabel={(r) => r.text}
            extra={{
              head: w.colOrganizations,
              cell: (r) => (
                <ul className="plain-list">
                  {r.organizations.map((x) => (
                    <li key={x.organizationId}>
                      <Link to={`/organizations/${x.organizationId}`} lang="en">
                        {x.name}
                      </Link>
                      <ClassificationWithEvidence
                        classification={x.classification ?? 'unknown'}
                        evidence={x.evidence}
                      />
                    </li>
                  ))}
                </ul>
              ),
            }}
            open={(r) => open(r.key)}
            selected={show}
          />
        ) : (
          data.byClassification && (
            <p className="status" data-testid="by-state-none">
              {w.byStateNone}
            </p>
          )
        )}
        <BarFigure
          testId="by-item"
          title={w.byItemTitle}
          description={w.byItemDescription(fmt.number(byItem.length))}
          rows={byItem}
          head={w.colItem}
          renderLabel={(r) => <span lang="en">{r.text}</span>}
          extra={{
            head: `${w.colNamed} / ${w.colUnnamed}`,
            cell: (r) => `${fmt.number(r.namedSlots)} / ${fmt.number(r.unnamedSlots)}`,
          }}
          open={(r) => open(r.key)}
          selected={show}
        />
        <GrowthFigure data={data} open={open} />
      </div>
    </>
  );
}

function OrgNames({ orgs }: { orgs: readonly LinkedOrganization[] }) {
  return (
    <span lang="en">
      {orgs.map((x, i) => (
        <span key={x.organizationId}>
          {i > 0 && ', '}
          <Link to={`/organizations/${x.organizationId}`}>{x.name}</Link>
        </span>
      ))}
    </span>
  );
}

/** Slots per year over all sessions, each column with its ratio to the base year above it. */
function GrowthFigure({
  data,
  open,
}: {
  data: ParticipationShareView;
  open: (key: string) => void;
}) {
  const { lang, fmt } = useI18n();
  const w = partText(lang);
  const years = data.growth.years;
  const base = data.growth.baseYear;
  const title = base === null ? w.growthTitleNoBase : w.growthTitle(String(base));
  const description =
    years.length > 0 ? w.growthDescription(String(years[0]!.year), String(years.at(-1)!.year)) : '';
  const { option, height } = useMemo(
    () =>
      stackedColumnsOption({
        title,
        description,
        valueName: w.slotsAxis,
        formatNumber: fmt.number,
        categories: years.map((y) => String(y.year)),
        series: [
          {
            key: 'slots',
            name: w.slotsAxis,
            colour: BAR_COLOUR,
            values: years.map((y) => y.slots),
          },
        ],
        topLabels: years.map((y) => (y.ratio === null ? '' : w.ratio(fmt.decimal(y.ratio)))),
      }),
    [years, title, description, w, fmt],
  );
  const click = useCallback(
    ({ dataIndex }: { dataIndex: number }) => {
      const y = years[dataIndex];
      if (y) open(`year:${y.year}`);
    },
    [years, open],
  );
  if (years.length === 0) return null;
  return (
    <figure className="chart" data-testid="growth">
      <figcaption className="chart-title">{title}</figcaption>
      <EChart
        option={option}
        height={height}
        description={description}
        onItemClick={click}
        testId="growth-chart"
      />
      <p className="muted small">{w.growthNote}</p>
      <div className="table-wrap">
        <table className="data-table compact narrow" data-testid="growth-table">
          <caption className="visually-hidden">{title}</caption>
          <thead>
            <tr>
              <th scope="col">{w.colYear}</th>
              <th scope="col" className="num">
                {w.colSlots}
              </th>
              <th scope="col" className="num">
                {w.colRatio}
              </th>
              <th scope="col">{w.colEvidence}</th>
            </tr>
          </thead>
          <tbody>
            {years.map((y) => (
              <tr key={y.year} data-testid="growth-row" data-year={y.year} data-slots={y.slots}>
                <th scope="row">{y.year}</th>
                <td className="num">{fmt.number(y.slots)}</td>
                <td className="num" data-testid="growth-ratio">
                  {y.ratio === null ? '—' : w.ratio(fmt.decimal(y.ratio))}
                </td>
                <td>
                  <button
                    type="button"
                    className="link-button"
                    onClick={() => open(`year:${y.year}`)}
                    aria-label={w.openEvidenceOf(String(y.year))}
                  >
                    {w.openEvidence}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
}
