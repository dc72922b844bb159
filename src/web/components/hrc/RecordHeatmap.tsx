import type { RecordItem } from '../../api';
import { useI18n } from '../LanguageContext';
import { Link } from '../Link';
import { href } from '../router';
import { useStateName } from '../StatesContext';
import { cellShares, recordHeatmap } from './record-heatmap';
import { HRC_HOME } from './hrc-href';

/**
 * A state's votes on country-specific texts as a table of target × year. Each cell holds a small
 * bar of the yes / no / abstain shares and the number of votes; the counts are in its title and,
 * for screen readers, written out inside the cell.
 */
export function RecordHeatmap({ state, items }: { state: string; items: readonly RecordItem[] }) {
  const { t, fmt } = useI18n();
  const stateName = useStateName();
  const map = recordHeatmap(items);
  if (map.targets.length === 0) return null;
  const who = stateName(state);
  return (
    <div className="table-wrap">
      <table className="heatmap" data-testid="record-heatmap">
        <caption>{t.hrc.heatmapCaption(who)}</caption>
        <thead>
          <tr>
            <th scope="col">{t.hrc.colTarget}</th>
            {map.years.map((y) => (
              <th key={y} scope="col" className="num" data-testid="heatmap-year" data-year={y}>
                {y}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {map.targets.map((target) => (
            <tr key={target} data-testid="heatmap-row" data-target={target}>
              <th scope="row">
                <Link to={href(HRC_HOME, { target })}>{stateName(target)}</Link>
              </th>
              {map.years.map((year) => {
                const c = map.cell(target, year);
                if (!c) return <td key={year} className="heat-empty" />;
                const counts = t.hrc.heatmapCounts(
                  fmt.number(c.yes),
                  fmt.number(c.no),
                  fmt.number(c.abstain),
                  fmt.number(c.absent),
                );
                const title = t.hrc.heatmapCell(who, stateName(target), String(year), counts);
                const shares = cellShares(c);
                return (
                  <td
                    key={year}
                    className="heat-cell"
                    title={title}
                    data-testid="heatmap-cell"
                    data-year={year}
                    data-yes={c.yes}
                    data-no={c.no}
                    data-abstain={c.abstain}
                    data-absent={c.absent}
                  >
                    <span className="heat-bar" aria-hidden="true">
                      {shares && (
                        <>
                          <span className="heat-yes" style={{ width: `${shares.yes * 100}%` }} />
                          <span
                            className="heat-abstain"
                            style={{ width: `${shares.abstain * 100}%` }}
                          />
                          <span className="heat-no" style={{ width: `${shares.no * 100}%` }} />
                        </>
                      )}
                    </span>
                    <span aria-hidden="true" className="heat-n">
                      {fmt.number(c.textIds.length)}
                    </span>
                    <span className="visually-hidden">{counts}</span>
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      <ul className="legend heat-legend" aria-hidden="true">
        <li>
          <span className="swatch heat-yes" /> {t.ballots.yes}
        </li>
        <li>
          <span className="swatch heat-abstain" /> {t.ballots.abstain}
        </li>
        <li>
          <span className="swatch heat-no" /> {t.ballots.no}
        </li>
      </ul>
    </div>
  );
}
