import type { ParseProblem } from '../../domain/provenance.js';
import { canonicalStateCode, resolveState } from '../../domain/reference/states.js';
import { CommunicationType, type SpCommunication } from '../../domain/reprisals.js';
import { readCsv } from '../common/csv.js';
import type { ParseResult } from '../common/parse-result.js';
import { problemSink } from '../upr/problems.js';
import { isoDateOf } from './dates.js';

/**
 * Special procedures communications as OHCHR's communications search lists them
 * (spcommreports.ohchr.org), saved as CSV or JSON: one row per letter with its id, date, State,
 * type (AL allegation letter, UA urgent appeal, JAL/JUA joint ones, OL other letter), reference
 * ("CHN 15/2011"), the mandates that sent it and whether the State replied.
 * Column names are matched loosely (case, spaces) and a few spellings are accepted, since saved
 * searches and hand-made lists differ: see COLUMNS. A row without a readable reference or type is a
 * problem with its line; the rest of the file is kept.
 */

const COLUMNS = {
  id: ['id', 'gid', 'communication id'],
  date: ['date', 'sent', 'date sent', 'communication date'],
  state: ['state', 'country', 'state or actor', 'states'],
  type: ['type', 'communication type'],
  reference: ['reference', 'ref', 'symbol'],
  mandates: ['mandates', 'mandate', 'mandate holders', 'special procedures'],
  reply: ['reply', 'replies', 'reply received', 'response', 'state reply'],
} as const;
type Column = keyof typeof COLUMNS;

const REFERENCE = /^\s*([A-Z]{3})\s*(\d{1,4})\s*\/\s*(\d{4})\s*$/;
const key = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^a-z]+/g, ' ')
    .trim();

export function parseSpCommunications(
  fileName: string,
  text: string,
): ParseResult<SpCommunication[]> {
  const problems: ParseProblem[] = [];
  const problem = problemSink(fileName, problems);
  const rows: { line: number; get: (c: Column) => string }[] = [];
  const trimmed = text.trimStart();
  if (trimmed.startsWith('[') || trimmed.startsWith('{')) {
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (error) {
      problem(1, 'not-json', `not JSON: ${(error as Error).message.slice(0, 120)}`, 'fatal');
      return { value: [], problems };
    }
    const list: unknown = Array.isArray(json)
      ? json
      : typeof json === 'object' && json !== null && 'rows' in json
        ? (json as { rows: unknown }).rows
        : null;
    if (!Array.isArray(list)) {
      problem(
        1,
        'not-communications',
        'expected a list of communications (or { rows: [...] })',
        'fatal',
      );
      return { value: [], problems };
    }
    list.forEach((item: unknown, i) => {
      const entries =
        typeof item === 'object' && item !== null
          ? Object.entries(item as Record<string, unknown>)
          : [];
      const byKey = new Map(entries.map(([k, v]) => [key(k), v]));
      rows.push({
        line: i + 1,
        get: (c) => {
          for (const name of COLUMNS[c]) {
            const v = byKey.get(name);
            if (v === undefined || v === null) continue;
            return Array.isArray(v) ? v.map(String).join('; ') : String(v);
          }
          return '';
        },
      });
    });
  } else {
    const csv = readCsv(text, { file: fileName });
    problems.push(...csv.problems);
    if (csv.problems.some((p) => p.severity === 'fatal')) return { value: [], problems };
    const header = csv.value.header.map(key);
    const at = Object.fromEntries(
      (Object.keys(COLUMNS) as Column[]).map((c) => [
        c,
        header.findIndex((h) => (COLUMNS[c] as readonly string[]).includes(h)),
      ]),
    ) as Record<Column, number>;
    const missing = (['reference', 'type'] as Column[]).filter((c) => at[c] < 0);
    if (missing.length > 0) {
      problem(
        1,
        'communication-columns',
        `not a communications list: no ${missing.join(', ')} column`,
        'fatal',
        csv.value.header.join(','),
      );
      return { value: [], problems };
    }
    for (const row of csv.value.rows)
      rows.push({ line: row.line, get: (c) => (at[c] < 0 ? '' : (row.cells[at[c]] ?? '').trim()) });
  }

  const out: SpCommunication[] = [];
  const seen = new Set<string>();
  for (const { line, get } of rows) {
    const ref = REFERENCE.exec(get('reference'));
    if (!ref) {
      problem(
        line,
        'bad-reference',
        `reference "${get('reference')}" is not like "CHN 15/2011"; row not read`,
        'warning',
        get('reference'),
      );
      continue;
    }
    const reference = `${ref[1]} ${Number(ref[2])}/${ref[3]}`;
    const typeText = get('type').toUpperCase().replace(/\s+/g, '');
    const type = CommunicationType.safeParse(typeText);
    if (!type.success) {
      problem(
        line,
        'bad-type',
        `${reference}: type "${get('type')}" is not AL, UA, JAL, JUA or OL; row not read`,
        'warning',
        get('type'),
      );
      continue;
    }
    if (seen.has(reference)) {
      problem(
        line,
        'duplicate-reference',
        `${reference} listed twice; the first is kept`,
        'warning',
      );
      continue;
    }
    seen.add(reference);
    const statePrinted = get('state');
    const state =
      canonicalStateCode(ref[1]!) ??
      (statePrinted ? resolveState(statePrinted) : undefined) ??
      null;
    if (state === null && ref[1] !== 'OTH')
      problem(
        line,
        'unknown-state',
        `${reference}: State "${statePrinted}" not known; kept without one`,
        'warning',
        statePrinted,
      );
    const datePrinted = get('date');
    const date = datePrinted ? isoDateOf(datePrinted) : null;
    if (datePrinted && !date)
      problem(
        line,
        'bad-date',
        `${reference}: date "${datePrinted}" not read`,
        'warning',
        datePrinted,
      );
    const reply = readReply(get('reply'));
    out.push({
      ohchrId: get('id') || null,
      reference,
      state,
      date,
      type: type.data,
      mandates: get('mandates')
        .split(/\s*[;|\n]\s*/)
        .filter((m) => m !== ''),
      replyReceived: reply.received,
      replyDates: reply.dates,
      caseId: null,
    });
  }
  return { value: out, problems };
}

/** "Yes", "No", "", or reply dates ("2011-08-03; 2011-09-12"): dates mean a reply came. */
function readReply(text: string): { received: boolean | null; dates: string[] } {
  const t = text.trim();
  if (t === '') return { received: null, dates: [] };
  if (/^(no|none|no reply|false|0)$/i.test(t)) return { received: false, dates: [] };
  if (/^(yes|true|1|replied)$/i.test(t)) return { received: true, dates: [] };
  const dates = t
    .split(/\s*[;,|\n]\s*/)
    .map((d) => isoDateOf(d))
    .filter((d): d is string => d !== null);
  return { received: dates.length > 0 ? true : null, dates };
}
