import type {
  ApplicationStatus,
  NgoAction,
  PressApplication,
  PressQuestion,
} from '../../../domain/ngo-committee.js';
import { resolveState } from '../../../domain/reference/states.js';
import { cleanName, type ItemHead } from './application-line.js';
import { collapse } from './characters.js';
import type { Line } from './lines.js';
import { PROBLEM_CODES, type ProblemLog } from './problems.js';
import { mentionsSpeaker, readQuestions } from './state-clauses.js';

const RECLASSIFIED = /\breclassif/i;

/**
 * The application a list entry in line[from, to) records, with the questions states asked about
 * it; null (with a warning) when the entry has no name.
 */
export function readApplication(
  line: Line,
  head: ItemHead,
  from: number,
  to: number,
  action: NgoAction,
  listStatus: ApplicationStatus,
  log: ProblemLog,
): PressApplication | null {
  const organization = cleanName(line.text.slice(head.org[0], head.org[1]));
  if (organization === '') {
    log.warn(
      line.number,
      PROBLEM_CODES.unreadListItem,
      'organisation name is empty',
      line.text.slice(from, to),
    );
    return null;
  }
  let status = listStatus;
  const questions: PressQuestion[] = [];
  if (head.tailStart >= 0) {
    const firstClause = readQuestions(line, head.tailStart, to, questions, log);
    const tail = line.text.slice(head.tailStart, to);
    const remark = line.m.slice(head.tailStart, firstClause < 0 ? to : firstClause);
    // "— reclassified from roster status": a request for reclassification, not a new application.
    if (RECLASSIFIED.test(remark)) status = 'reclassification';
    if (firstClause < 0 && mentionsSpeaker(tail)) {
      if (line.cut) log.truncated(line.number, 'question not read', tail);
      else
        log.warn(
          line.number,
          PROBLEM_CODES.unreadQuestion,
          'a state’s question could not be read',
          tail,
        );
    }
  }
  const country = head.country ? cleanName(line.text.slice(head.country[0], head.country[1])) : '';
  let countryCode: string | null = null;
  if (country !== '') {
    countryCode = resolveState(country) ?? null;
    if (countryCode === null) {
      log.warn(
        line.number,
        PROBLEM_CODES.unresolvedCountry,
        `country "${country}" is not a known state name`,
        country,
      );
    }
  }
  return {
    organization,
    country: country === '' ? null : country,
    countryCode,
    status,
    action,
    questions,
    locator: { line: line.number },
    passage: collapse(line.raw.slice(from, to)),
  };
}
