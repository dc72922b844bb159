import type { ParseProblem } from '../../domain/provenance.js';

/**
 * The metadata block our UN text files may start with:
 *
 *   url: https://press.un.org/en/2016/ecosoc6731.doc.htm
 *   title: Concluding First Week of 2016 Session, …
 *   date: unknown            (or an ISO date)
 *   kind: ngo-committee-press
 *   ---
 *   <the text as published>
 *
 * The block is optional: a file without it is all body. Parsers report FILE line numbers, so the
 * body's first line number travels with the body.
 */
export interface UnTextHeaderMeta {
  url: string | null;
  title: string | null;
  /** ISO date (YYYY-MM-DD), null when the header says `unknown`, lacks a date or gives no ISO date. */
  date: string | null;
  kind: string | null;
}

export interface UnTextHeader {
  meta: UnTextHeaderMeta;
  /** The text after the `---` line (or the whole text without a header), line endings kept. */
  body: string;
  /** 1-based file line of the first body line. */
  bodyStartLine: number;
  /** True when a header block was found. */
  hasHeader: boolean;
  /** Header lines we could not use (an unreadable date, a repeated key); never fatal. */
  problems: ParseProblem[];
}

const KNOWN_KEYS = ['url', 'title', 'date', 'kind'] as const;
type KnownKey = (typeof KNOWN_KEYS)[number];

// A key line is `key: value`; keys other than the four known ones are tolerated (and ignored) so
// that a future field does not turn a whole header into body text.
const KEY_LINE = /^([A-Za-z][A-Za-z0-9_-]{0,30}):[ \t]*(.*)$/;
const SEPARATOR = /^---[ \t]*$/;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const LINE_BREAK = /\r\n|\r|\n/g;
// More key lines than this and it is not our header but some body text that happens to look alike.
const MAX_HEADER_LINES = 20;

/** True for a real calendar date written YYYY-MM-DD. */
export function isIsoDate(value: string): boolean {
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (month < 1 || month > 12 || day < 1) return false;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day <= daysInMonth;
}

export function parseUnTextHeader(text: string): UnTextHeader {
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const noHeader: UnTextHeader = {
    meta: { url: null, title: null, date: null, kind: null },
    body: source,
    bodyStartLine: 1,
    hasHeader: false,
    problems: [],
  };

  // Walk the first lines only: the header is short, and the body may be megabytes long.
  const lines: string[] = [];
  let start = 0;
  let separatorEnd = -1;
  LINE_BREAK.lastIndex = 0;
  while (lines.length <= MAX_HEADER_LINES) {
    const m = LINE_BREAK.exec(source);
    const end = m ? m.index : source.length;
    const line = source.slice(start, end);
    if (SEPARATOR.test(line)) {
      separatorEnd = m ? m.index + m[0].length : source.length;
      break;
    }
    if (!KEY_LINE.test(line) || !m) return noHeader;
    lines.push(line);
    start = m.index + m[0].length;
  }
  if (separatorEnd < 0) return noHeader;

  const meta: UnTextHeaderMeta = { url: null, title: null, date: null, kind: null };
  const seen = new Set<string>();
  const problems: ParseProblem[] = [];
  let knownKeys = 0;
  lines.forEach((line, index) => {
    const m = KEY_LINE.exec(line)!;
    const key = m[1]!.toLowerCase();
    const value = (m[2] ?? '').trim();
    if (!isKnownKey(key)) return;
    knownKeys += 1;
    if (seen.has(key)) {
      problems.push(
        warning(
          index + 1,
          'header-repeated-key',
          `header key "${key}" repeated; the first is kept`,
          line,
        ),
      );
      return;
    }
    seen.add(key);
    if (key === 'date') {
      if (value === '' || value.toLowerCase() === 'unknown') return;
      if (isIsoDate(value)) meta.date = value;
      else
        problems.push(
          warning(
            index + 1,
            'header-date-invalid',
            'header date is neither an ISO date nor "unknown"',
            line,
          ),
        );
      return;
    }
    meta[key] = value === '' ? null : value;
  });
  // `---` under lines that name none of our keys is a horizontal rule in some text, not our header.
  if (knownKeys === 0) return noHeader;

  return {
    meta,
    body: source.slice(separatorEnd),
    bodyStartLine: lines.length + 2,
    hasHeader: true,
    problems,
  };
}

function isKnownKey(key: string): key is KnownKey {
  return (KNOWN_KEYS as readonly string[]).includes(key);
}

function warning(line: number, code: string, message: string, excerpt: string): ParseProblem {
  return { line, code, message, excerpt: excerpt.slice(0, 200), severity: 'warning' };
}
