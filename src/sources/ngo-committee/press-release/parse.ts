import { parseUnTextHeader } from '../../common/un-text-header.js';
import type { ParseResult } from '../../common/parse-result.js';
import { looksLikeText } from './characters.js';
import { foldLines, splitLines } from './lines.js';
import { emptyMeta, readMeta } from './meta.js';
import { PROBLEM_CODES, ProblemLog } from './problems.js';
import { readSessionHint } from './session.js';
import { ReleaseReader } from './reader.js';
import type { NgoPressRelease } from './schema.js';

/**
 * Reads one release, with or without the crawler's header; never throws. What it reads is described
 * in ../press-release.ts, the public entry.
 */
export function parseNgoCommitteePressRelease(
  text: string,
  options: { file?: string } = {},
): ParseResult<NgoPressRelease> {
  const log = new ProblemLog(options.file);
  if (!looksLikeText(text)) {
    const nul = text.indexOf('\u0000');
    log.report(
      nul >= 0 ? splitLines(text.slice(0, nul)).length : 1,
      PROBLEM_CODES.notText,
      'input is not text (NUL bytes or control characters); save the release as UTF-8 text',
      'fatal',
    );
    return {
      value: { meta: emptyMeta(), session: null, applications: [], votes: [] },
      problems: log.problems,
    };
  }

  const header = parseUnTextHeader(text);
  const rawLines = splitLines(header.body);
  const read = readMeta(header, rawLines);
  const hint = readSessionHint(header.meta.title, rawLines, read.year);
  // a dateline or URL year wins; the lead's year fills in for mirrors that have neither
  const meta = read.year === null ? { ...read, year: hint.year } : read;
  const session = hint.year === meta.year ? hint.session : null;
  log.adopt(header.problems);
  const reader = new ReleaseReader(log);
  for (const line of foldLines(rawLines, header.bodyStartLine)) reader.readLine(line);

  return {
    value: { meta, session, applications: reader.applications, votes: reader.votes },
    problems: log.problems,
  };
}
