import type { ParseProblem } from '../../../domain/provenance.js';
import { excerpt } from './characters.js';

/** Problem codes this parser reports. "Unread" ones mean a candidate line (or part) was not read. */
export const PROBLEM_CODES = {
  notText: 'not-text',
  truncatedLine: 'truncated-line',
  unreadListItem: 'unread-list-item',
  unreadQuestion: 'unread-question',
  listWithoutAction: 'list-without-action',
  orgLineOutsideList: 'org-line-outside-list',
  unreadVote: 'unread-vote',
  unknownState: 'unknown-state',
  unresolvedCountry: 'unresolved-country',
  voteCountMismatch: 'vote-count-mismatch',
} as const;

export type ProblemCode = (typeof PROBLEM_CODES)[keyof typeof PROBLEM_CODES];

const UNREAD_CODES: ReadonlySet<string> = new Set([
  PROBLEM_CODES.truncatedLine,
  PROBLEM_CODES.unreadListItem,
  PROBLEM_CODES.unreadQuestion,
  PROBLEM_CODES.listWithoutAction,
  PROBLEM_CODES.orgLineOutsideList,
  PROBLEM_CODES.unreadVote,
]);

/** True for problems that mean text was not read (as opposed to a name not resolved). */
export function isUnreadProblem(p: ParseProblem): boolean {
  return UNREAD_CODES.has(p.code);
}

/**
 * The problems of one parse, in the order met. Every part of the parser reports through one log so
 * that each problem names the file, and so that the order follows the text.
 */
export class ProblemLog {
  readonly problems: ParseProblem[] = [];

  constructor(private readonly file: string | undefined) {}

  /** `text` is the passage at fault; it is kept as a short excerpt. */
  report(
    line: number,
    code: ProblemCode,
    message: string,
    severity: ParseProblem['severity'],
    text?: string,
  ): void {
    const problem: ParseProblem = { line, code, message, severity };
    if (this.file !== undefined) problem.file = this.file;
    if (text !== undefined) problem.excerpt = excerpt(text);
    this.problems.push(problem);
  }

  warn(line: number, code: ProblemCode, message: string, text?: string): void {
    this.report(line, code, message, 'warning', text);
  }

  /** The excerpt ends mid-line, so what `detail` names could not be read whole. */
  truncated(line: number, detail: string, text: string): void {
    this.warn(line, PROBLEM_CODES.truncatedLine, `excerpt cut mid-line; ${detail}`, text);
  }

  /** Problems another reader found in the same file (the header's), stamped with the file. */
  adopt(problems: readonly ParseProblem[]): void {
    for (const p of problems)
      this.problems.push(this.file === undefined ? p : { ...p, file: this.file });
  }
}
