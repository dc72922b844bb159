import type { ParseProblem } from '../../domain/provenance.js';
import type { UprResponse } from '../../domain/upr.js';
import type { ParseResult } from '../common/parse-result.js';
import { parseUnTextHeader } from '../common/un-text-header.js';
import { problemSink } from './problems.js';
import { responsePhrase } from './responses.js';
import { foldSpace } from './text.js';

export interface AddendumResponse {
  /** paragraph of the Working Group report ("28.14") */
  paragraph: string;
  /** the state's wording, as printed ("The following recommendations are supported", "accepted and already implemented") */
  responseRaw: string;
  response: UprResponse;
  /** file line where this paragraph number is printed */
  line: number;
}

/**
 * The addendum to a Working Group report (A/HRC/40/6/Add.1 …): the state's "views on conclusions
 * and/or recommendations". Two layouts are read:
 * - lists: a sentence or heading that says a response, then paragraph numbers and ranges on the
 *   same or following lines: "The following recommendations are supported: 28.1, 28.3–28.9 and
 *   28.12." / "Recommendations accepted and already implemented" / "China does not accept …";
 * - one paragraph per item: "28.5 Accepted and being implemented. The Government …".
 * A paragraph given two different responses keeps the first, with a warning to look at it.
 */

const MAX_RANGE = 1000;
// 28.3–28.9, 28.3 - 9, 28.3 to 28.9, 186.1
const REF = /\b(\d{1,3})\.(\d{1,3})\b(?:\s*(?:[–—-]|to)\s*(?:(\d{1,3})\.)?(\d{1,3})\b(?!\.\d))?/g;
const LIST_FILLER =
  /\b(?:and|paragraphs?|paras?\.?|recommendations?|nos?\.?|as well as)\b|[\s,;:.()]+/gi;
const LEADING_REF = /^\s*(?:paragraph\s+)?(\d{1,3}\.\d{1,3})\.?(?:\s*[:|–—-]\s*|\s+)(\S.*)$/i;
const RESPONSE_CONTEXT = /\brecommendations?\b|:\s*$/i;
const SHORT_HEADING = 90;

export function parseWgAddendum(fileName: string, text: string): ParseResult<AddendumResponse[]> {
  const problems: ParseProblem[] = [];
  const problem = problemSink(fileName, problems);
  const header = parseUnTextHeader(text);
  const lines = header.body.split(/\r\n|\r|\n/);
  const byParagraph = new Map<string, AddendumResponse>();
  const out: AddendumResponse[] = [];

  const add = (paragraph: string, raw: string, response: UprResponse, line: number): void => {
    const prior = byParagraph.get(paragraph);
    if (prior !== undefined) {
      if (prior.response !== response) {
        problem(
          line,
          'conflicting-response',
          `paragraph ${paragraph} was already given "${prior.responseRaw}" (line ${prior.line}); "${raw}" ignored`,
          'warning',
          lines[line - header.bodyStartLine],
        );
      }
      return;
    }
    const entry = { paragraph, responseRaw: raw, response, line };
    byParagraph.set(paragraph, entry);
    out.push(entry);
  };

  let current: { raw: string; response: UprResponse } | null = null;
  for (let i = 0; i < lines.length; i++) {
    const line = foldSpace(lines[i]!);
    if (line === '') continue;
    const fileLine = header.bodyStartLine + i;

    const leading = LEADING_REF.exec(line);
    if (leading && !isListOnly(line)) {
      // One paragraph per item: its response is the first thing said after the number.
      const said = responsePhrase(leading[2]!.slice(0, 120));
      if (said !== null && said.index <= 3 && said.response !== 'pending') {
        add(leading[1]!, said.phrase, said.response, fileLine);
        continue;
      }
    }

    const said = responsePhrase(line);
    const setsContext =
      said !== null &&
      said.response !== 'pending' &&
      (RESPONSE_CONTEXT.test(line) || line.length <= SHORT_HEADING) &&
      !isListOnly(line);
    if (setsContext) {
      const colon = line.indexOf(':', said.index);
      const statement = colon >= 0 ? line.slice(0, colon) : line;
      current = {
        raw: clip(statement.replace(/^\d{1,3}\.\s+/, '').trim()),
        response: said.response,
      };
      const tail = colon >= 0 ? line.slice(colon + 1) : '';
      for (const p of refs(tail, fileLine, problem))
        add(p, current.raw, current.response, fileLine);
      continue;
    }
    if (current !== null && isListOnly(line)) {
      for (const p of refs(line, fileLine, problem))
        add(p, current.raw, current.response, fileLine);
      continue;
    }
    // Any other sentence ends a list: numbers in running text are not responses.
    if (current !== null && !/^\d{1,3}\.\d/.test(line)) current = null;
  }
  if (out.length === 0) {
    problem(1, 'addendum-no-responses', 'no paragraph numbers with a response found', 'warning');
  }
  return { value: out, problems };
}

/** True when a line holds paragraph numbers and list words only ("28.1, 28.3–28.9 and 28.12."). */
function isListOnly(line: string): boolean {
  REF.lastIndex = 0;
  if (!REF.test(line)) return false;
  REF.lastIndex = 0;
  return line.replace(REF, ' ').replace(LIST_FILLER, '') === '';
}

function refs(text: string, line: number, problem: ReturnType<typeof problemSink>): string[] {
  const out: string[] = [];
  REF.lastIndex = 0;
  for (let m = REF.exec(text); m !== null; m = REF.exec(text)) {
    const major = Number(m[1]);
    const from = Number(m[2]);
    if (m[4] === undefined) {
      out.push(`${major}.${from}`);
      continue;
    }
    const toMajor = m[3] === undefined ? major : Number(m[3]);
    const to = Number(m[4]);
    if (toMajor !== major || to < from || to - from > MAX_RANGE) {
      problem(line, 'bad-range', `not a usable range of paragraphs: "${m[0]}"`, 'warning', m[0]);
      out.push(`${major}.${from}`);
      continue;
    }
    for (let k = from; k <= to; k++) out.push(`${major}.${k}`);
  }
  return out;
}

function clip(s: string): string {
  return s.length <= 200 ? s : `${s.slice(0, 199)}…`;
}
