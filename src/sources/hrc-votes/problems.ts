import type { ParseProblem } from '../../domain/provenance.js';

const EXCERPT_LENGTH = 160;

/**
 * The problems of one parse, each naming the file, so that a reader of an import report can open
 * the file at the line.
 */
export class Problems {
  readonly list: ParseProblem[] = [];

  constructor(private readonly file: string) {}

  add(
    line: number,
    code: string,
    message: string,
    severity: ParseProblem['severity'],
    excerpt?: string,
  ): void {
    const p: ParseProblem = { file: this.file, line, code, message, severity };
    if (excerpt !== undefined) {
      const t = excerpt.replace(/\s+/g, ' ').trim();
      p.excerpt = t.length <= EXCERPT_LENGTH ? t : `${t.slice(0, EXCERPT_LENGTH - 1)}…`;
    }
    this.list.push(p);
  }

  warn(line: number, code: string, message: string, excerpt?: string): void {
    this.add(line, code, message, 'warning', excerpt);
  }

  fatal(line: number, code: string, message: string, excerpt?: string): void {
    this.add(line, code, message, 'fatal', excerpt);
  }

  /** Problems another reader found (the CSV reader's, the header's), stamped with our file. */
  adopt(problems: readonly ParseProblem[]): void {
    for (const p of problems) this.list.push({ ...p, file: this.file });
  }
}
