import { apiUrl, type HostileAmendments } from '../../api';
import { ApiView } from '../../components/ApiView';
import { useI18n } from '../../components/LanguageContext';
import { Link } from '../../components/Link';
import { href, intParam, navigate, useLocation } from '../../components/router';
import { useStateName } from '../../components/StatesContext';
import { usePageTitle } from '../../components/usePageTitle';
import { useApi } from '../../components/useApi';
import { oneOf, TEXT_THEMES, VOTING_BODIES } from '../../components/hrc/hrc-api';
import { CouncilPeriodFields } from '../../components/hrc/CouncilPeriodFields';
import { HRC_AMENDMENTS, hrcStateHref } from '../../components/hrc/hrc-href';
import { SelectField } from '../../components/hrc/SelectField';
import { AmendmentList } from './AmendmentList';
import { HrcNav } from './HrcNav';

/** /hrc/amendments: recorded amendments, whether hostile, and who backs the hostile ones. */
export function HrcAmendmentsPage() {
  const { t, fmt } = useI18n();
  const { query } = useLocation();
  const stateName = useStateName();
  usePageTitle(t.hrc.amendmentsPageTitle);
  const filters = {
    from: intParam(query, 'from'),
    to: intParam(query, 'to'),
    body: oneOf(query, 'body', VOTING_BODIES),
    theme: oneOf(query, 'theme', TEXT_THEMES),
    // hostile ones unless the reader asks for all
    all: query.get('all') === '1' ? '1' : null,
  };
  const api = {
    from: filters.from,
    to: filters.to,
    body: filters.body,
    theme: filters.theme,
    hostileOnly: filters.all ? null : 'true',
  };
  const figure = useApi<HostileAmendments>(apiUrl('/votes/amendments', api));
  const go = (change: Partial<typeof filters>) =>
    navigate(href(HRC_AMENDMENTS, { ...filters, ...change }), { replace: true });
  return (
    <article className="page">
      <h1>{t.hrc.amendmentsPageTitle}</h1>
      <HrcNav />
      <p className="lead">{t.hrc.amendmentsIntro}</p>
      <div className="toolbar">
        <div className="filters">
          <CouncilPeriodFields
            body={filters.body}
            from={filters.from}
            to={filters.to}
            onChange={go}
          />
          <SelectField
            label={t.hrc.themeLabel}
            value={filters.theme}
            anyLabel={t.hrc.anyTheme}
            options={TEXT_THEMES.map((th) => ({ value: th, label: t.hrc.themes[th] }))}
            onChange={(theme) => go({ theme })}
          />
          <label className="check">
            <input
              type="checkbox"
              checked={filters.all === null}
              onChange={(e) => go({ all: e.target.checked ? null : '1' })}
            />{' '}
            {t.hrc.hostileOnly}
          </label>
        </div>
        <a className="button" href={apiUrl('/votes/amendments.csv', api)} download>
          {t.downloadCsv}
        </a>
      </div>
      <ApiView state={figure}>
        {(data) =>
          data.amendments.length === 0 ? (
            <p className="status">{t.hrc.noAmendmentsListed}</p>
          ) : (
            <>
              <AmendmentList rows={data.amendments} />
              {data.supporters.length > 0 && (
                <section className="section">
                  <h2>{t.hrc.supportersTitle}</h2>
                  <div className="table-wrap">
                    <table className="data-table narrow" data-testid="supporters-table">
                      <caption>{t.hrc.supportersCaption}</caption>
                      <thead>
                        <tr>
                          <th scope="col">{t.colState}</th>
                          <th scope="col" className="num">
                            {t.hrc.colYes}
                          </th>
                          <th scope="col" className="num">
                            {t.hrc.colNo}
                          </th>
                          <th scope="col" className="num">
                            {t.hrc.colAbstain}
                          </th>
                          <th scope="col" className="num">
                            {t.hrc.colAbsent}
                          </th>
                          <th scope="col" className="num">
                            {t.hrc.colSponsored}
                          </th>
                        </tr>
                      </thead>
                      <tbody>
                        {data.supporters.map((s) => (
                          <tr key={s.state}>
                            <th scope="row">
                              <Link to={hrcStateHref(s.state)}>{stateName(s)}</Link>
                            </th>
                            <td className="num">{fmt.number(s.yes)}</td>
                            <td className="num">{fmt.number(s.no)}</td>
                            <td className="num">{fmt.number(s.abstain)}</td>
                            <td className="num">{fmt.number(s.absent)}</td>
                            <td className="num">{fmt.number(s.sponsored)}</td>
                          </tr>
                        ))}
                      </tbody>
                    </table>
                  </div>
                </section>
              )}
            </>
          )
        }
      </ApiView>
    </article>
  );
}
