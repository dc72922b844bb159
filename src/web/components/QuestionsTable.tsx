import type { QuestionsByState, StateQuestionShare } from '../api';
import { label } from '../i18n';
import { useI18n } from './LanguageContext';
import { Link } from './Link';
import { href } from './router';
import { useStateName } from './StatesContext';
import { topTopics } from './topics';

/** Topics shown per state: enough to tell at a glance what a state asks about. */
const TOP_TOPICS = 2;

/** Every state's count and share, each linked to the questions behind it. */
export function QuestionsTable({ figure }: { figure: QuestionsByState }) {
  const { t, fmt } = useI18n();
  const stateName = useStateName();
  const evidenceHref = (state: string, topic: string | null) =>
    href(`/questions/${state}`, { from: figure.from, to: figure.to, topic });
  return (
    <div className="table-wrap">
      <table className="data-table" data-testid="questions-table">
        <caption>
          {figure.topic === null
            ? t.tableCaption
            : t.tableCaptionTopic(label(t.topicsInText, figure.topic))}
        </caption>
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
            <th scope="col" className="num" title={t.colRepeatedHint}>
              {t.colRepeated}
            </th>
            <th scope="col">{figure.topic === null ? t.colTopTopics : t.colOtherTopics}</th>
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
              <td className="num" data-testid="repeated-count">
                {fmt.number(row.repeated)}
              </td>
              <td>
                <RowTopics
                  row={row}
                  except={figure.topic}
                  hrefFor={
                    // with no topic chosen, a chip's count is the state's questions on that topic,
                    // which the evidence list filtered on it holds; with one chosen, it counts the
                    // questions about both, which no list filters on, so the chip is plain text
                    figure.topic === null ? (topic) => evidenceHref(row.state, topic) : null
                  }
                />
              </td>
              <td className="nowrap">
                <Link
                  to={evidenceHref(row.state, figure.topic)}
                  data-testid="evidence-link"
                  aria-label={
                    figure.topic === null
                      ? t.viewQuestionsOf(stateName(row))
                      : t.viewTopicQuestionsOf(stateName(row), label(t.topicsInText, figure.topic))
                  }
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
            <td className="num">{fmt.number(figure.rows.reduce((n, r) => n + r.repeated, 0))}</td>
            <td />
            <td />
          </tr>
        </tfoot>
      </table>
    </div>
  );
}

/** A state's most-asked topics as small chips, each with its count. */
function RowTopics({
  row,
  except,
  hrefFor,
}: {
  row: StateQuestionShare;
  except: string | null;
  hrefFor: ((topic: string) => string) | null;
}) {
  const { t, fmt } = useI18n();
  const top = topTopics(row.topics, TOP_TOPICS, except);
  if (top.length === 0) {
    return (
      <span className="muted" data-testid="row-topics">
        —
      </span>
    );
  }
  return (
    <ul className="chips chips-compact" aria-label={t.topicsLabel} data-testid="row-topics">
      {top.map(({ topic, count }) => {
        const name = label(t.topics, topic);
        const body = (
          <>
            {name} <span className="chip-count">{fmt.number(count)}</span>
          </>
        );
        return (
          <li
            key={topic}
            className="chip"
            data-testid="row-topic"
            data-topic={topic}
            data-count={count}
            title={t.topicCount(name, fmt.number(count), fmt.number(row.questions))}
          >
            {hrefFor === null ? body : <Link to={hrefFor(topic)}>{body}</Link>}
          </li>
        );
      })}
    </ul>
  );
}
