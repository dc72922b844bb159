import type { ParseProblem } from '../../domain/provenance.js';
import type { UprResponse } from '../../domain/upr.js';
import type { ParseResult } from '../common/parse-result.js';
import { parseUnTextHeader } from '../common/un-text-header.js';
import { problemSink } from './problems.js';
import { type ResponsePhrase, responsePhrase, responsePhrases } from './responses.js';
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
 * - sentences holding their own numbers: "Recommendations 100.9 and 100.10 are accepted.", "The
 *   recommendations 100.11–100.13 did not enjoy the support of …" (a sentence that gives the same
 *   numbers two responses is reported, not guessed);
 * - one paragraph per item, the response anywhere on the line: "28.5 Accepted and being
 *   implemented. The Government …", "100.17 The Government accepts …", "100.18 <restated
 *   recommendation> (Denmark). Noted.".
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
// one sentence may answer two sets of numbers: "… are accepted, while 100.21 is noted"
const CLAUSE_BREAK = /;|,?\s+(?:while|whereas)\s+/i;
// a clause that names recommendations, or starts with their numbers, is about them
const ABOUT_RECOMMENDATIONS = /\b(?:recommendations?|paragraphs?|paras?\.)\s|^\s*\d{1,3}\.\d/i;
// "Support the institution (Denmark). Noted.": the restated recommendation's verb is no answer
const IMPERATIVE = /^(?:support|accept|agree)$/i;

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

    if (isListOnly(line)) {
      if (current !== null)
        for (const p of refs(line, fileLine, problem))
          add(p, current.raw, current.response, fileLine);
      continue;
    }

    const leading = LEADING_REF.exec(line);
    if (leading) {
      // One paragraph per item: "100.14 Not acceptable.", "100.17 The Government accepts …".
      const said = itemResponse(leading[2]!);
      if (said !== null) {
        add(leading[1]!, said.phrase, said.response, fileLine);
        continue;
      }
    }

    const said = responsePhrase(line);
    if (said !== null && said.response !== 'pending') {
      const colon = line.indexOf(':', said.index);
      const statement = (colon >= 0 ? line.slice(0, colon) : line).replace(/^\d{1,3}\.\s+/, '');
      const tail = colon >= 0 ? line.slice(colon + 1) : '';
      if (sentenceRefs(statement).length > 0) {
        // "Recommendations 100.9 and 100.10 are accepted, while 100.11 is noted."
        for (const clause of statement.split(CLAUSE_BREAK))
          readClause(clause, fileLine, problem, add, lines[i]!);
        current = null;
        continue;
      }
      if (RESPONSE_CONTEXT.test(line) || line.length <= SHORT_HEADING) {
        current = { raw: clip(statement.trim()), response: said.response };
        for (const p of refs(tail, fileLine, problem))
          add(p, current.raw, current.response, fileLine);
        continue;
      }
    }
    // Any other sentence ends a list: numbers in running text are not responses.
    if (current !== null && !/^\d{1,3}\.\d/.test(line)) current = null;
  }
  if (out.length === 0) {
    problem(1, 'addendum-no-responses', 'no paragraph numbers with a response found', 'warning');
  }
  return { value: out, problems };
}

type AddFn = (paragraph: string, raw: string, response: UprResponse, line: number) => void;

/**
 * The response an item line ("100.17 The Government accepts …") gives its paragraph: the first
 * one stated, or, when the recommendation is restated with its recommending state in brackets,
 * the first after them. Null when the text starts with more numbers ("100.11–100.13 did not …"),
 * which the sentence reading takes.
 */
function itemResponse(rest: string): ResponsePhrase | null {
  const said = responsePhrases(rest).filter(
    (p) =>
      p.response !== 'pending' &&
      !(IMPERATIVE.test(p.phrase) && /^\s\w/.test(rest.slice(p.index + p.phrase.length))),
  );
  if (said.length === 0 || sentenceRefs(rest.slice(0, said[0]!.index)).length > 0) return null;
  const close = rest.lastIndexOf(')');
  const afterState = close >= 0 ? said.find((p) => p.index > close) : undefined;
  return afterState ?? said[0]!;
}

/** Paragraph numbers written into a clause, with the response the clause gives them. */
function readClause(
  clause: string,
  line: number,
  problem: ReturnType<typeof problemSink>,
  add: AddFn,
  excerpt: string,
): void {
  const numbers = sentenceRefs(clause);
  if (numbers.length === 0 || !ABOUT_RECOMMENDATIONS.test(clause)) return;
  const said = responsePhrases(clause).filter((p) => p.response !== 'pending');
  const kinds = new Set(said.map((p) => p.response));
  if (kinds.size === 0) return;
  if (kinds.size > 1) {
    problem(
      line,
      'ambiguous-response',
      `one sentence gives paragraphs ${numbers.map((n) => n.text).join(', ')} more than one response (${[...kinds].join(', ')}); none taken`,
      'warning',
      excerpt,
    );
    return;
  }
  const raw = clip(clause.trim().replace(/\.$/, ''));
  for (const n of numbers)
    for (const p of refs(n.text, line, problem)) add(p, raw, said[0]!.response, line);
}

/**
 * Paragraph references in running text, leaving out what only looks like one: "12.5 per cent",
 * a date "15.02.2019".
 */
function sentenceRefs(text: string): { text: string; index: number }[] {
  const out: { text: string; index: number }[] = [];
  REF.lastIndex = 0;
  for (let m = REF.exec(text); m !== null; m = REF.exec(text)) {
    const after = text.slice(m.index + m[0].length);
    const before = text.slice(0, m.index);
    if (/^\.\d|^\s*(?:per ?cent|%)/i.test(after) || /\d\.$/.test(before)) continue;
    out.push({ text: m[0], index: m.index });
  }
  return out;
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
