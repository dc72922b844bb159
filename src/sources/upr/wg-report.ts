import type { ParseProblem } from '../../domain/provenance.js';
import { canonicalStateCode } from '../../domain/reference/states.js';
import type { UprRecommendation, UprResponse } from '../../domain/upr.js';
import type { ParseResult } from '../common/parse-result.js';
import { parseUnTextHeader } from '../common/un-text-header.js';
import { cycleOfCouncilSession, cycleOfSession } from './cycle.js';
import { ORDINAL_PATTERN_SOURCE, parseOrdinal } from './ordinals.js';
import { problemSink } from './problems.js';
import { recommendingStates } from './recommending-states.js';
import { responsePhrase } from './responses.js';
import { resolvePrintedState } from './states.js';
import { foldSpace } from './text.js';

/**
 * The UPR Working Group report as text (A/HRC/40/6 and its kind, with or without our url/title
 * header): the section "Conclusions and/or recommendations", numbered paragraphs "28.1 Ratify …
 * (Estonia); (Latvia)" wrapped over lines, introduced by a paragraph that says what the state did
 * with them. Second and later cycles: "will be examined by China" → pending until the addendum
 * is read. First cycle reports answer in the report itself ("enjoy the support of China", "did
 * not enjoy the support") and sometimes number the items 1., 2., … under their paragraph; those
 * become "64.1", "64.2".
 *
 * sourceKey = `wg-report:<symbol>:<paragraph>`; locator line = the paragraph's first line.
 */

export interface WgReport {
  reportSymbol: string | null;
  sur: string | null;
  recommendations: UprRecommendation[];
}

export interface WgReportOptions {
  sur?: string;
  cycle?: number;
  session?: number;
}

const SECTION = /^\s*(?:[IVX]+\.\s*)?Conclusions? and\/or recommendations?\s*$/i;
const SECTION_END = /^\s*(?:[IVX]+\.\s+\S|Annex\b|Notes?\s*$)/;
const TOP_PARAGRAPH = /^\s*(\d{1,3})\.\s+(\S.*)$/;
const SUB_PARAGRAPH = /^\s*(\d{1,3})\.(\d{1,3})\.?\s+(\S.*)$/;
const PAGE_FURNITURE =
  /^\s*(?:A\/HRC\/\d+\/\d+(?:\/Add\.\d+)?|GE\.\d{2}-\d+.*|\d{1,3}|\f|\*\s*\S.*)\s*$/;
const REPORT_SYMBOL = /\bA\/HRC\/(\d{1,2})\/(\d{1,3})\b(?!\/Add)/;
const TITLE =
  /^\s*Report of the Working Group on the Universal Periodic Review\*?\s*(?:[:–—-]\s*(.*))?$/i;
const REVIEW_OF = /\bThe review of (?:the )?(.+?) was held\b/;
const SESSION = new RegExp(String.raw`\bheld its (${ORDINAL_PATTERN_SOURCE}) session\b`, 'i');
const HEADER_LINES = 80;

export { parseWgAddendum, type AddendumResponse } from './wg-addendum.js';

export function parseWgReport(
  fileName: string,
  text: string,
  options: WgReportOptions = {},
): ParseResult<WgReport> {
  const problems: ParseProblem[] = [];
  const problem = problemSink(fileName, problems);
  const header = parseUnTextHeader(text);
  const lines = header.body.split(/\r\n|\r|\n/);
  const lineNo = (i: number): number => header.bodyStartLine + i;

  let reportSymbol: string | null = null;
  let councilSession: number | null = null;
  let surFromText: string | undefined;
  let session: number | null = options.session ?? null;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (reportSymbol === null && i < HEADER_LINES) {
      const m = REPORT_SYMBOL.exec(line);
      if (m) {
        reportSymbol = m[0];
        councilSession = Number(m[1]);
      }
    }
    if (surFromText === undefined && i < HEADER_LINES) {
      const t = TITLE.exec(line);
      if (t) {
        const name = foldSpace((t[1] ?? '') || nextNonBlank(lines, i + 1)).replace(/\*+$/, '');
        surFromText = resolvePrintedState(name);
      }
    }
    if (surFromText === undefined) {
      const r = REVIEW_OF.exec(line);
      if (r) surFromText = resolvePrintedState(r[1]!);
    }
    if (session === null) {
      const s = SESSION.exec(line);
      if (s) session = parseOrdinal(s[1]!) ?? null;
    }
    if (SECTION.test(line)) break;
  }
  if (reportSymbol === null && header.meta.title !== null) {
    const m = REPORT_SYMBOL.exec(header.meta.title);
    if (m) {
      reportSymbol = m[0];
      councilSession = Number(m[1]);
    }
  }

  const sur =
    options.sur !== undefined
      ? (canonicalStateCode(options.sur) ?? resolvePrintedState(options.sur))
      : surFromText;
  const cycle =
    options.cycle ??
    (session !== null ? cycleOfSession(session) : null) ??
    (councilSession !== null ? cycleOfCouncilSession(councilSession) : null);

  const value: WgReport = { reportSymbol, sur: sur ?? null, recommendations: [] };
  const start = lines.findIndex((l) => SECTION.test(l));
  if (start < 0) {
    problem(
      1,
      'wg-no-recommendations-section',
      'no "Conclusions and/or recommendations" section',
      'fatal',
    );
    return { value, problems };
  }
  if (sur === undefined) {
    problem(
      1,
      'wg-sur-unknown',
      'state under review not found in the report; give it as an option',
      'fatal',
    );
  }
  if (cycle === null || cycle < 1 || cycle > 4) {
    problem(
      1,
      'wg-cycle-unknown',
      'UPR cycle not found (no session or symbol); give it as an option',
      'fatal',
    );
  }
  if (sur === undefined || cycle === null || cycle < 1 || cycle > 4) return { value, problems };

  interface Open {
    paragraph: string;
    line: number;
    parts: string[];
  }
  let intro: { number: number; text: string[]; line: number } | null = null;
  let introResponse: { response: UprResponse; raw: string | null } = {
    response: 'pending',
    raw: null,
  };
  let lastItem = 0;
  let open: Open | null = null;
  const seen = new Set<string>();

  const close = (): void => {
    if (open === null) return;
    const current = open;
    open = null;
    const body = foldSpace(current.parts.join(' '));
    if (body === '') return;
    const key = `wg-report:${reportSymbol ?? `${sur}-cycle${cycle}`}:${current.paragraph}`;
    if (seen.has(key)) {
      problem(
        current.line,
        'duplicate-paragraph',
        `paragraph ${current.paragraph} appears twice: second skipped`,
        'warning',
        body,
      );
      return;
    }
    seen.add(key);
    const states = recommendingStates(body);
    for (const name of states.unresolved) {
      problem(
        current.line,
        'unknown-state',
        `recommending state not known: "${name}"`,
        'warning',
        body,
      );
    }
    if (states.asPrinted.length === 0) {
      problem(
        current.line,
        'no-recommending-state',
        `paragraph ${current.paragraph} names no recommending state`,
        'warning',
        body,
      );
    }
    value.recommendations.push({
      sourceKey: key,
      cycle,
      session,
      sur,
      from: states.codes,
      fromAsPrinted: states.asPrinted,
      text: body,
      language: 'en',
      responseRaw: introResponse.raw,
      response: introResponse.response,
      paragraph: current.paragraph,
      reportSymbol,
      positionSource: null,
      sourceAction: null,
      sourceIssues: [],
      locator: { line: current.line, paragraph: current.paragraph },
    });
  };
  const settleIntro = (): void => {
    if (intro === null) return;
    const said = responsePhrase(intro.text.join(' '));
    introResponse =
      said === null || said.response === 'pending'
        ? { response: 'pending', raw: null }
        : { response: said.response, raw: said.phrase };
  };

  for (let i = start + 1; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.trim() === '' || PAGE_FURNITURE.test(line)) continue;
    if (SECTION_END.test(line) && !TOP_PARAGRAPH.test(line)) break;
    const sub = SUB_PARAGRAPH.exec(line);
    if (sub && intro !== null && Number(sub[1]) === intro.number) {
      close();
      open = { paragraph: `${sub[1]}.${Number(sub[2])}`, line: lineNo(i), parts: [sub[3]!] };
      continue;
    }
    const top = TOP_PARAGRAPH.exec(line);
    if (top) {
      const n = Number(top[1]);
      // Inside a list numbered 1., 2., …: the next item, unless it is the next report paragraph.
      if (
        intro !== null &&
        n === lastItem + 1 &&
        n !== intro.number + 1 &&
        lastItem >= 0 &&
        introEnded(intro)
      ) {
        close();
        lastItem = n;
        open = { paragraph: `${intro.number}.${n}`, line: lineNo(i), parts: [top[2]!] };
        continue;
      }
      if (intro === null || n > intro.number) {
        close();
        intro = { number: n, text: [top[2]!], line: lineNo(i) };
        lastItem = 0;
        settleIntro();
        continue;
      }
    }
    if (open !== null) (open as Open).parts.push(line.trim());
    else if (intro !== null && !introEnded(intro)) {
      intro.text.push(line.trim());
      settleIntro();
    }
  }
  close();
  if (value.recommendations.length === 0) {
    problem(
      lineNo(start),
      'wg-no-recommendations',
      'the section holds no numbered recommendations',
      'warning',
    );
  }
  return { value, problems };
}

/** An intro paragraph ends with its colon: what follows are its items. */
function introEnded(intro: { text: string[] }): boolean {
  return /:\s*$/.test(intro.text[intro.text.length - 1] ?? '');
}

function nextNonBlank(lines: readonly string[], from: number): string {
  for (let i = from; i < Math.min(lines.length, from + 4); i++) {
    const l = lines[i]!.trim();
    if (l !== '' && !l.startsWith('*')) return l;
  }
  return '';
}
