import { useCallback, useMemo, type ReactNode } from 'react';
import { barByStateOption } from '../../../charts/bar-by-state';
import { EChart } from '../../components/charts/EChart';
import { useI18n } from '../../components/LanguageContext';
import { partText } from '../../i18n-participation';

export interface FigureRow {
  key: string;
  /** the row's name as plain text, for the chart's axis and tooltip */
  text: string;
  slots: number;
  share: number | null;
}

/**
 * One ECharts bar chart with its data table in the same figure: the table holds the same numbers,
 * the row's label as the page renders it (a classification with its evidence), and a button to
 * the statements behind the row; a click on a bar opens the same statements.
 */
export function BarFigure<R extends FigureRow>({
  testId,
  title,
  description,
  rows,
  head,
  renderLabel,
  extra,
  open,
  selected,
}: {
  testId: string;
  title: string;
  description: string;
  rows: readonly R[];
  head: string;
  renderLabel: (row: R) => ReactNode;
  extra?: { head: string; cell: (row: R) => ReactNode };
  open: (row: R) => void;
  selected: string | null;
}) {
  const { lang, fmt } = useI18n();
  const w = partText(lang);
  const { option, height } = useMemo(
    () =>
      barByStateOption({
        title,
        description,
        valueName: w.slotsAxis,
        formatNumber: fmt.number,
        rows: rows.map((r) => ({
          key: r.key,
          label: r.text,
          value: r.slots,
          tooltip:
            r.share === null
              ? `${r.text}: ${fmt.number(r.slots)}`
              : `${r.text}: ${fmt.number(r.slots)} (${fmt.percent(r.share)})`,
        })),
      }),
    [rows, title, description, w, fmt],
  );
  const click = useCallback(
    ({ dataIndex }: { dataIndex: number }) => {
      const row = rows[dataIndex];
      if (row) open(row);
    },
    [rows, open],
  );
  return (
    <figure className="chart" data-testid={testId}>
      <figcaption className="chart-title">{title}</figcaption>
      <EChart
        option={option}
        height={height}
        description={description}
        onItemClick={click}
        testId={`${testId}-chart`}
      />
      <div className="table-wrap">
        <table className="data-table compact" data-testid={`${testId}-table`}>
          <caption className="visually-hidden">{title}</caption>
          <thead>
            <tr>
              <th scope="col">{head}</th>
              {extra && <th scope="col">{extra.head}</th>}
              <th scope="col" className="num">
                {w.colSlots}
              </th>
              {rows.some((r) => r.share !== null) && (
                <th scope="col" className="num">
                  {w.colShare}
                </th>
              )}
              <th scope="col">{w.colEvidence}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr
                key={r.key}
                data-testid={`${testId}-row`}
                data-key={r.key}
                data-slots={r.slots}
                aria-selected={selected === r.key ? true : undefined}
              >
                <th scope="row">{renderLabel(r)}</th>
                {extra && <td>{extra.cell(r)}</td>}
                <td className="num">{fmt.number(r.slots)}</td>
                {rows.some((x) => x.share !== null) && (
                  <td className="num">{r.share === null ? '—' : fmt.percent(r.share)}</td>
                )}
                <td>
                  <button
                    type="button"
                    className="link-button"
                    onClick={() => open(r)}
                    aria-label={w.openEvidenceOf(r.text)}
                    data-testid="open-evidence"
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
