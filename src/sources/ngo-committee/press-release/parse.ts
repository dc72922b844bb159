import { parseUnTextHeader } from '../../common/un-text-header.js';
import type { ParseResult } from '../../common/parse-result.js';
import { looksLikeText } from './characters.js';
import { foldLines, splitLines } from './lines.js';
import { emptyMeta, readMeta } from './meta.js';
import { PROBLEM_CODES, ProblemLog } from './problems.js';
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
    return { value: { meta: emptyMeta(), applications: [], votes: [] }, problems: log.problems };
  }

  const header = parseUnTextHeader(text);
  const rawLines = splitLines(header.body);
  const meta = readMeta(header, rawLines);
  log.adopt(header.problems);
  const reader = new ReleaseReader(log);
  for (const line of foldLines(rawLines, header.bodyStartLine)) reader.readLine(line);

  return {
    value: { meta, applications: reader.applications, votes: reader.votes },
    problems: log.problems,
  };
}
