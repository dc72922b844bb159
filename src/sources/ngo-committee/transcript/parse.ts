/**
 * Meeting transcripts of the Committee on NGOs, in the three forms they circulate in: UN Web TV's
 * transcript JSON, plain-text copies of it, and UN Web TV's meeting summary. Pure and total: any
 * string gives a result; what cannot be read is a problem with its line, never an exception.
 */
import type { ParseProblem, SourceDocumentMeta } from '../../../domain/provenance.js';
import type { ParseResult } from '../../common/parse-result.js';
import { parseUnTextHeader } from '../../common/un-text-header.js';
import { jsonTurns, looksLikeWebTvJson, WebTvMeeting } from './json-form.js';
import { looksLikeWebTvSummary, readSummary } from './summary-form.js';
import { textTurns } from './text-form.js';
import { readTurns } from './turns.js';
import type { MeetingTranscript, TranscriptForm } from './types.js';

export const TRANSCRIPT_PROBLEMS = {
  notText: 'not-text',
  badJson: 'bad-transcript-json',
  unattributedTurn: 'unattributed-turn',
  unattributedQuestion: 'unattributed-question',
} as const;

const COMMITTEE = /\bCommittee\s+on\s+(?:NGOs|Non-Governmental\s+Organi[sz]ations)\b/i;
const TRANSCRIPT_WORDS =
  /\bI\s+give\s+(?:you\s+)?the\s+floor\b|\bI\s+call\s+to\s+order\b|\bfull\s+transcript\b/i;

/** Which transcript form a file is in, or null when it is none (a press release, a table). */
export function detectTranscript(text: string): TranscriptForm | null {
  if (looksLikeWebTvJson(text)) return 'webtv-json';
  const header = parseUnTextHeader(text);
  const where = `${header.meta.title ?? ''}\n${header.meta.url ?? ''}\n${header.body.slice(0, 3000)}`;
  if (
    looksLikeWebTvSummary(header.body) &&
    /webtv|Web\s*TV/i.test(where + header.body.slice(0, 200))
  )
    return 'webtv-summary';
  if (TRANSCRIPT_WORDS.test(header.body) && (COMMITTEE.test(where) || /transcript/i.test(where)))
    return 'text';
  if (looksLikeWebTvSummary(header.body) && COMMITTEE.test(where)) return 'webtv-summary';
  return null;
}

function yearOf(date: string | null, ...texts: (string | null | undefined)[]): number | null {
  if (date) return Number(date.slice(0, 4));
  for (const t of texts) {
    const m = t ? /\b(?:19|20)\d{2}\b/.exec(t) : null;
    if (m) return Number(m[0]);
  }
  return null;
}

export function parseMeetingTranscript(
  text: string,
  options: { file?: string } = {},
): ParseResult<MeetingTranscript> {
  const problems: ParseProblem[] = [];
  const problem = (
    line: number,
    code: string,
    message: string,
    severity: 'fatal' | 'warning',
    excerpt?: string,
  ) =>
    problems.push({
      file: options.file,
      line,
      code,
      message,
      severity,
      ...(excerpt ? { excerpt: excerpt.slice(0, 200) } : {}),
    });
  const emptyMeta: SourceDocumentMeta = {
    symbol: null,
    url: null,
    title: null,
    date: null,
    year: null,
    language: 'en',
  };
  const empty = (form: TranscriptForm): MeetingTranscript => ({
    form,
    meta: emptyMeta,
    slug: null,
    turns: [],
    applications: [],
    questions: [],
    unattributed: [],
  });
  if (text.includes('\u0000')) {
    problem(
      1,
      TRANSCRIPT_PROBLEMS.notText,
      'input is not text (NUL bytes); save the transcript as UTF-8 text or JSON',
      'fatal',
    );
    return { value: empty('text'), problems };
  }

  let result: MeetingTranscript;
  if (looksLikeWebTvJson(text)) {
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (e) {
      problem(1, TRANSCRIPT_PROBLEMS.badJson, `not valid JSON: ${(e as Error).message}`, 'fatal');
      return { value: empty('webtv-json'), problems };
    }
    const parsed = WebTvMeeting.safeParse(json);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      problem(
        1,
        TRANSCRIPT_PROBLEMS.badJson,
        `not a UN Web TV transcript: ${issue ? `${issue.path.join('.')}: ${issue.message}` : 'unreadable'}`,
        'fatal',
      );
      return { value: empty('webtv-json'), problems };
    }
    const m = parsed.data;
    const date = m.date && /^\d{4}-\d{2}-\d{2}$/.test(m.date) ? m.date : null;
    // the player's address: the meeting's own when given, else built from its entry id
    const playerUrl = m.url ?? (m.entry_id ? `https://webtv.un.org/en/asset/${m.entry_id}` : null);
    const title = m.clean_title ?? m.title ?? null;
    result = {
      form: 'webtv-json',
      meta: {
        symbol: null,
        url: playerUrl,
        title,
        date,
        year: yearOf(date, title),
        language: m.transcript.language ?? 'en',
      },
      slug: m.slug ?? null,
      ...readTurns(jsonTurns(m, text), playerUrl, 'machine-transcript'),
    };
  } else {
    const header = parseUnTextHeader(text);
    problems.push(...header.problems.map((p) => ({ ...p, file: options.file })));
    const form = detectTranscript(text) === 'webtv-summary' ? 'webtv-summary' : 'text';
    const meta: SourceDocumentMeta = {
      symbol: null,
      url: header.meta.url,
      title: header.meta.title,
      date: header.meta.date,
      year: yearOf(header.meta.date, header.meta.title, header.body.slice(0, 2000)),
      language: 'en',
    };
    const reading =
      form === 'webtv-summary'
        ? readSummary(header.body, header.bodyStartLine)
        : readTurns(textTurns(header.body, header.bodyStartLine), null, 'machine-transcript');
    result = { form, meta, slug: null, ...reading };
  }

  for (const t of result.turns)
    if (t.speaker.kind === 'unknown')
      problem(
        t.line,
        TRANSCRIPT_PROBLEMS.unattributedTurn,
        t.why ?? 'speaker not known',
        'warning',
        t.text,
      );
  for (const q of result.unattributed)
    problem(
      q.line,
      TRANSCRIPT_PROBLEMS.unattributedQuestion,
      `a question not given to a State: ${q.why}`,
      'warning',
      q.text,
    );
  return { value: result, problems };
}
