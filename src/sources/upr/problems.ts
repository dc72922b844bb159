import type { ParseProblem } from '../../domain/provenance.js';

const EXCERPT_LENGTH = 80;

/** A problem-recording function bound to one file, as every UPR parser needs. */
export function problemSink(
  file: string,
  problems: ParseProblem[],
): (
  line: number,
  code: string,
  message: string,
  severity: ParseProblem['severity'],
  excerpt?: string,
) => void {
  return (line, code, message, severity, excerpt) => {
    const p: ParseProblem = { file, line: Math.max(1, line), code, message, severity };
    if (excerpt !== undefined && excerpt !== '') p.excerpt = excerpt.slice(0, EXCERPT_LENGTH);
    problems.push(p);
  };
}
