import type { QuestionsByState } from '../api';
import { useI18n } from './LanguageContext';
import { Link } from './Link';
import { href } from './router';
import { useStateName } from './StatesContext';

/** Every state's count and share, each linked to the questions behind it. */
export function QuestionsTable({ figure }: { figure: QuestionsByState }) {
  const { t, fmt } = useI18n();
  const stateName = useStateName();
  return (
    <div className="table-wrap">
      <table className="data-table" data-testid="questions-table">
        <caption>{t.tableCaption}</caption>
        <thead>
          <tr>
            <th scope="col" className="num">
              #
            </th>
            <th scope="col">{t.colState}</th>
            <th scope="col" className="num">
              {t.colQuestions}
            </th>
            <th scope="col" className="num">
              {t.colShare}
            </th>
            <th scope="col">{t.colEvidence}</th>
          </tr>
        </thead>
        <tbody>
          {figure.rows.map((row, i) => (
            <tr key={row.state} data-testid="questions-row" data-state={row.state}>
              <td className="num muted">{fmt.number(i + 1)}</td>
              <th scope="row" data-testid="state-name">
                {stateName(row)}
              </th>
              <td className="num" data-testid="question-count">
                {fmt.number(row.questions)}
              </td>
              <td className="num">{fmt.percent(row.share)}</td>
              <td className="nowrap">
                <Link
                  to={href(`/questions/${row.state}`, { from: figure.from, to: figure.to })}
                  data-testid="evidence-link"
                  aria-label={t.viewQuestionsOf(stateName(row))}
                >
                  {t.viewQuestions}
                </Link>
              </td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <td />
            <th scope="row">{t.colTotal}</th>
            <td className="num">{fmt.number(figure.total)}</td>
            <td className="num">{fmt.percent(figure.total > 0 ? 1 : 0)}</td>
            <td />
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
