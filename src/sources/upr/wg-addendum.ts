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
  /** PDF page of that line, when the addendum was read from a PDF (readUprFileOrPdf) */
  page?: number;
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
  // A section heading that names a kind of answer ("II. Accepted recommendations that Slovenia
  // considers already implemented …") is the state's own category for the lists under it.
  let heading: { raw: string; response: UprResponse } | null = null;
  for (let i = 0; i < lines.length; i++) {
    let line = foldSpace(lines[i]!);
    if (line === '') continue;
    const fileLine = header.bodyStartLine + i;
    // file line of a character of `line` (several printed lines once a statement is joined)
    let lineOf = (_index: number): number => fileLine;

    if (isListOnly(line)) {
      if (current !== null)
        for (const p of refsWithLines(line, lineOf, problem))
          add(p.paragraph, current.raw, current.response, p.line);
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

    if (ROMAN_HEADING.test(line)) heading = null;
    let said = responsePhrase(line);
    if (said !== null && said.response !== 'pending' && RESPONSE_CONTEXT.test(line)) {
      // A statement whose list runs on over lines and pages ("… accepts the following
      // recommendations: 140.7, 140.8,\n140.10, …"): read it as one line, each number keeping
      // the line it is printed on.
      const joined = joinStatement(lines, i);
      if (joined.last > i) {
        const starts: number[] = [];
        const parts: string[] = [];
        let at = 0;
        for (let k = i; k <= joined.last; k++) {
          const part = foldSpace(lines[k]!);
          starts.push(at);
          parts.push(part);
          at += part.length + 1;
        }
        line = parts.join(' ');
        lineOf = (index) => {
          let k = 0;
          while (k + 1 < starts.length && starts[k + 1]! <= index) k++;
          return fileLine + k;
        };
        i = joined.last;
        said = responsePhrase(line);
      }
    }
    if (said !== null && said.response !== 'pending') {
      const colon = line.indexOf(':', said.index);
      const prefix = /^(?:\d{1,3}|[IVX]{1,5})\.\s+/.exec(line)?.[0].length ?? 0;
      const statement = (colon >= 0 ? line.slice(0, colon) : line).slice(prefix);
      const tail = colon >= 0 ? line.slice(colon + 1) : '';
      const tailAt = colon + 1;
      if (sentenceRefs(statement).length > 0) {
        // "Recommendations 100.9 and 100.10 are accepted, while 100.11 is noted."
        let clauseAt = prefix;
        for (const clause of statement.split(CLAUSE_BREAK)) {
          const offset = line.indexOf(clause, clauseAt);
          readClause(clause, (k) => lineOf(offset + k), problem, add, lines[i]!, heading);
          clauseAt = offset + clause.length;
        }
        current = null;
        continue;
      }
      // A short line with an answer word is a heading, unless it is the end of a sentence of
      // running text ("… home care and a locally accessible public support network.").
      const headingLike = line.length <= SHORT_HEADING && !/^[a-z]/.test(line);
      if (RESPONSE_CONTEXT.test(line) || headingLike) {
        const own = clip(statement.trim());
        const raw = heading !== null && heading.response === said.response ? heading.raw : own;
        current = { raw, response: said.response };
        if (ROMAN_HEADING.test(line) && tail.trim() === '')
          heading = { raw: own, response: said.response };
        for (const p of refsWithLines(tail, (k) => lineOf(tailAt + k), problem))
          add(p.paragraph, current.raw, current.response, p.line);
        // a list closed by a full stop ends here: what follows is the state's commentary
        if (tail.trim() !== '' && /\.\s*$/.test(tail)) current = null;
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

const ROMAN_HEADING = /^[IVX]{1,5}\.\s+\S/;
const MAX_JOINED_LINES = 80;

/**
 * The last line of a statement that starts at line `first` and runs on: through lines of
 * numbers ("140.10, 140.15,") and lines that go on with the sentence in lower case ("additional
 * information about the implementation: 140.11, …", "and wishes to provide …:"). A line ending in
 * a full stop ends it unless the next line is more of a punctuated list: the full stop is then a
 * slip for a comma ("140.136.\n140.137,"), while a bare "140.11-14" under the list is the
 * heading of the state's commentary on those paragraphs.
 */
function joinStatement(lines: readonly string[], first: number): { last: number } {
  let j = first;
  while (j + 1 < lines.length && j - first < MAX_JOINED_LINES) {
    const cur = foldSpace(lines[j]!);
    const next = foldSpace(lines[j + 1]!);
    if (next === '' || /[:;]$/.test(cur)) break;
    const nextList = isListOnly(next);
    if (/\.$/.test(cur)) {
      if (!(nextList && /[,.]$/.test(next) && /\d\.$/.test(cur))) break;
    } else if (!nextList && !/^[a-z]/.test(next)) break;
    j++;
  }
  return { last: j };
}

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
  lineOf: (index: number) => number,
  problem: ReturnType<typeof problemSink>,
  add: AddFn,
  excerpt: string,
  heading: { raw: string; response: UprResponse } | null = null,
): void {
  const line = lineOf(0);
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
  const own = clip(clause.trim().replace(/\.$/, ''));
  const response = said[0]!.response;
  const raw = heading !== null && heading.response === response ? heading.raw : own;
  for (const n of numbers)
    for (const p of refs(n.text, lineOf(n.index), problem)) add(p, raw, response, lineOf(n.index));
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
  return line.replace(REF, ' ').replace(BARE_AFTER_REF, ' ').replace(LIST_FILLER, '') === '';
}

// "140.82-85, 87", "140.120, 209": a bare number after a reference in a list is a paragraph of
// the same section
const BARE_NUMBERS = /^(?:\s*,\s*\d{1,3}\b(?![.,]?\d))+/;
const BARE_AFTER_REF = /(?<=\d)(?:\s*,\s*\d{1,3}\b(?![.,]?\d))+/g;

function refs(text: string, line: number, problem: ReturnType<typeof problemSink>): string[] {
  return refsWithLines(text, () => line, problem).map((r) => r.paragraph);
}

/** The paragraphs a list names, each with the file line it is printed on. */
function refsWithLines(
  text: string,
  lineOf: (index: number) => number,
  problem: ReturnType<typeof problemSink>,
): { paragraph: string; line: number }[] {
  const out: { paragraph: string; line: number }[] = [];
  REF.lastIndex = 0;
  for (let m = REF.exec(text); m !== null; m = REF.exec(text)) {
    const line = lineOf(m.index);
    const push = (p: string): void => {
      out.push({ paragraph: p, line });
    };
    const major = Number(m[1]);
    const from = Number(m[2]);
    const bare = BARE_NUMBERS.exec(text.slice(m.index + m[0].length))?.[0];
    if (bare !== undefined)
      for (const n of bare.match(/\d{1,3}/g) ?? [])
        out.push({ paragraph: `${major}.${Number(n)}`, line });
    if (m[4] === undefined) {
      push(`${major}.${from}`);
      continue;
    }
    const toMajor = m[3] === undefined ? major : Number(m[3]);
    const to = Number(m[4]);
    if (toMajor !== major || to < from || to - from > MAX_RANGE) {
      problem(line, 'bad-range', `not a usable range of paragraphs: "${m[0]}"`, 'warning', m[0]);
      push(`${major}.${from}`);
      continue;
    }
    for (let k = from; k <= to; k++) push(`${major}.${k}`);
  }
  return out;
}

function clip(s: string): string {
  return s.length <= 200 ? s : `${s.slice(0, 199)}…`;
}
