import type { ParseProblem } from '../../domain/provenance.js';

/**
 * What every parser returns: records and the problems met, never an exception. A document with a
 * fatal problem is rejected whole by the importer; warnings travel with the records.
 */
export interface ParseResult<T> {
  value: T;
  problems: ParseProblem[];
}

export function hasFatal(problems: readonly ParseProblem[]): boolean {
  return problems.some((p) => p.severity === 'fatal');
}

export function formatProblem(p: ParseProblem): string {
  const where = `${p.file ?? '<input>'}:${p.line}`;
  return `${where}: ${p.severity} ${p.code}: ${p.message}${p.excerpt ? ` — «${p.excerpt}»` : ''}`;
}
