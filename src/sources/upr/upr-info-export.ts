import { hash } from 'node:crypto';
import type { ParseProblem } from '../../domain/provenance.js';
import { nonStateReason } from '../../domain/reference/states.js';
import type { UprRecommendation, UprResponse } from '../../domain/upr.js';
import type { CsvRow } from '../common/csv.js';
import { parseCsvRows, type CsvRowParser } from '../common/csv-rows.js';
import { namedColumns, type NamedColumns } from '../common/named-csv.js';
import type { ParseResult } from '../common/parse-result.js';
import { cycleOfSession } from './cycle.js';
import { problemSink } from './problems.js';
import { foldSpace } from './text.js';
import { canonicalResponse } from './responses.js';
import { resolvePrintedState } from './states.js';

/**
 * The UPR Info database export (To, To-Rgrp, To-Org, Text, From, From-Rgrp, From-Org, Response,
 * Action, Issue, Session[, cycle, source_file]). One row = one recommending state's part of a
 * recommendation; that unit is kept so counts agree with the export.
 *
 * sourceKey = `upr-info:<session>:<SuR>:<From>:<text hash>[:<n>]`: the row's own content, not
 * its position, so a re-export in another order or with more sessions keys the same row the
 * same way. The hash is the first 12 hex digits of SHA-1 over the whitespace-folded text; `:<n>`
 * (2, 3, …) numbers the rare exact repeats within a file in file order.
 */

export const UPR_INFO_REQUIRED_COLUMNS = ['To', 'Text', 'From', 'Response', 'Session'] as const;
const UPR_INFO_OPTIONAL_COLUMNS = ['Action', 'Issue', 'cycle'] as const;
type UprInfoColumn =
  (typeof UPR_INFO_REQUIRED_COLUMNS)[number] | (typeof UPR_INFO_OPTIONAL_COLUMNS)[number];
const PLEDGE = /^voluntary pledges?$/i;

export function parseUprInfoExport(
  fileName: string,
  text: string,
): ParseResult<UprRecommendation[]> {
  return parseCsvRows(text, fileName, uprInfoExportParser(fileName));
}

/**
 * parseUprInfoExport one row at a time, so that an importer can read the export in chunks
 * (41,000 rows, 11 MB of text) and store records as they come.
 *
 * A file whose every row is a voluntary pledge is the export's companion file of pledges:
 * commitments the state made itself, not recommendations. It is reported with one warning, not
 * rejected, so a folder import goes on with the other files. Such a file gives no record
 * whichever way it is read (each pledge row is skipped), so one pass is enough: the per-row
 * warnings are replaced by that one at the end.
 */
export function uprInfoExportParser(fileName: string): CsvRowParser<UprRecommendation> {
  const problems: ParseProblem[] = [];
  const problem = problemSink(fileName, problems);
  let table: NamedColumns<UprInfoColumn> | null = null;
  let rows = 0;
  let pledgeRows = 0;
  const seen = new Map<string, number>();
  const cell = (row: CsvRow, column: UprInfoColumn): string => table!.cell(row, column);
  return {
    problems,
    start(header) {
      const named = namedColumns(header, UPR_INFO_REQUIRED_COLUMNS, UPR_INFO_OPTIONAL_COLUMNS);
      if (named.missing.length > 0)
        problem(
          1,
          'upr-info-columns',
          `not a UPR Info export: missing column(s) ${named.missing.join(', ')}`,
          'fatal',
          header.join(','),
        );
      table = named.table as NamedColumns<UprInfoColumn> | null;
    },
    row(row, emit) {
      if (!table) return;
      rows++;
      const record = readRow(row);
      if (record) emit(record);
    },
    finish() {
      if (rows > 0 && pledgeRows === rows) {
        // every row a pledge: one warning for the file instead of one per row
        for (let i = problems.length - 1; i >= 0; i--)
          if (problems[i]!.code === 'voluntary-pledge') problems.splice(i, 1);
        problem(
          1,
          'voluntary-pledges',
          `skipped: voluntary pledges (${rows} rows), not recommendations`,
          'warning',
        );
      }
    },
  };

  function readRow(row: CsvRow): UprRecommendation | null {
    const { line } = row;
    const responseRaw = cell(row, 'Response');
    if (PLEDGE.test(responseRaw)) {
      pledgeRows++;
      problem(
        line,
        'voluntary-pledge',
        'a voluntary pledge, not a recommendation: skipped',
        'warning',
        row.raw,
      );
      return null;
    }
    const toPrinted = cell(row, 'To');
    const sur = resolvePrintedState(toPrinted);
    if (sur === undefined) {
      problem(
        line,
        'unknown-state',
        `state under review not known: "${toPrinted}"`,
        'warning',
        row.raw,
      );
      return null;
    }
    const sessionText = cell(row, 'Session');
    const session = /^\d{1,3}$/.test(sessionText) ? Number(sessionText) : null;
    const cycleText = cell(row, 'cycle');
    const cycle = /^[1-4]$/.test(cycleText)
      ? Number(cycleText)
      : session !== null
        ? cycleOfSession(session)
        : null;
    if (session === null || session < 1 || cycle === null) {
      problem(
        line,
        'bad-session',
        `no usable session number: "${sessionText}"`,
        'warning',
        row.raw,
      );
      return null;
    }
    const text = foldSpace(cell(row, 'Text'));
    if (text === '') {
      problem(line, 'empty-text', 'a row without recommendation text: skipped', 'warning', row.raw);
      return null;
    }
    const response = exportResponse(responseRaw);
    if (response === null) {
      problem(
        line,
        'unknown-response',
        `response not understood: "${responseRaw}"`,
        'warning',
        row.raw,
      );
      return null;
    }
    const fromPrinted = cell(row, 'From');
    const fromCode = resolvePrintedState(fromPrinted);
    // "(Unknown)" is UPR Info's placeholder for an unrecorded state: kept as printed, not warned.
    if (fromCode === undefined && fromPrinted !== '' && nonStateReason(fromPrinted) === undefined) {
      problem(
        line,
        'unknown-state',
        `recommending state not known: "${fromPrinted}"`,
        'warning',
        row.raw,
      );
    }
    const actionText = cell(row, 'Action');
    let sourceAction: number | null = null;
    if (/^[1-5]$/.test(actionText)) sourceAction = Number(actionText);
    else if (actionText !== '') {
      problem(line, 'bad-action', `action category not 1–5: "${actionText}"`, 'warning', row.raw);
    }
    // The 54 issue names of the export hold no comma, so a comma always separates two issues.
    const sourceIssues = cell(row, 'Issue')
      .split(',')
      .map((s) => s.trim())
      .filter((s) => s !== '');

    const base = `upr-info:${session}:${sur}:${fromCode ?? stateSlug(fromPrinted)}:${textHash(text)}`;
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return {
      sourceKey: n === 1 ? base : `${base}:${n}`,
      cycle,
      session,
      sur,
      from: fromCode === undefined ? [] : [fromCode],
      fromAsPrinted: fromPrinted === '' ? [] : [fromPrinted],
      text,
      language: 'en',
      responseRaw,
      response,
      paragraph: null,
      reportSymbol: null,
      positionSource: null,
      sourceAction,
      sourceIssues,
      locator: { line },
    };
  }
}

/** UPR Info writes Accepted / Noted; anything else goes through the general wording rules. */
function exportResponse(raw: string): UprResponse | null {
  if (/^accepted$/i.test(raw)) return 'supported';
  if (/^noted$/i.test(raw)) return 'noted';
  return canonicalResponse(raw);
}

// crypto.hash: one call, no Hash object per row (a third of createHash's time over 41,000 rows)
function textHash(text: string): string {
  return hash('sha1', text.toLowerCase(), 'hex').slice(0, 12);
}

function stateSlug(printed: string): string {
  return (
    printed
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'unknown'
  );
}
