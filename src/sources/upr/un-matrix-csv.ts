import type { ParseProblem } from '../../domain/provenance.js';
import type { UprRecommendation } from '../../domain/upr.js';
import type { CsvRow } from '../common/csv.js';
import { readNamedCsv } from '../common/named-csv.js';
import type { ParseResult } from '../common/parse-result.js';
import { problemSink } from './problems.js';
import { canonicalResponse } from './responses.js';
import { resolvePrintedState } from './states.js';
import { foldSpace } from './text.js';

/**
 * The UN matrices of recommendations as a CSV, one row per Working Group report paragraph
 * (layout of ../shared/data/upr-china-matrices: state_under_review, cycle, review_year, wg_report,
 * rec_number, recommendation, recommending_states, position, source_of_position,
 * matrix_theme_heading, themes, affected_persons, assessment).
 * sourceKey = `matrix:<wg_report>:<rec_number>`, the paragraph's own citation.
 */

export const UN_MATRIX_REQUIRED_COLUMNS = [
  'state_under_review',
  'cycle',
  'wg_report',
  'rec_number',
  'recommendation',
  'position',
] as const;

const UN_MATRIX_OPTIONAL_COLUMNS = ['recommending_states', 'source_of_position', 'themes'] as const;
type MatrixColumn =
  (typeof UN_MATRIX_REQUIRED_COLUMNS)[number] | (typeof UN_MATRIX_OPTIONAL_COLUMNS)[number];

const PARAGRAPH = /^\d{1,3}\.\d{1,3}$/;

export function parseUnMatrixCsv(fileName: string, text: string): ParseResult<UprRecommendation[]> {
  const problems: ParseProblem[] = [];
  const problem = problemSink(fileName, problems);
  const records: UprRecommendation[] = [];
  const read = readNamedCsv(text, fileName, UN_MATRIX_REQUIRED_COLUMNS, UN_MATRIX_OPTIONAL_COLUMNS);
  problems.push(...read.problems);
  if (read.missing.length > 0)
    problem(
      1,
      'matrix-columns',
      `not a UN matrix CSV: missing column(s) ${read.missing.join(', ')}`,
      'fatal',
      read.header.join(','),
    );
  const table = read.table;
  if (!table) return { value: records, problems };
  const cell = (row: CsvRow, column: MatrixColumn): string => table.cell(row, column);

  const seen = new Set<string>();
  for (const row of table.rows) {
    const { line, raw } = row;
    const surPrinted = cell(row, 'state_under_review');
    const sur = resolvePrintedState(surPrinted);
    if (sur === undefined) {
      problem(
        line,
        'unknown-state',
        `state under review not known: "${surPrinted}"`,
        'warning',
        raw,
      );
      continue;
    }
    const cycleText = cell(row, 'cycle');
    if (!/^[1-4]$/.test(cycleText)) {
      problem(line, 'bad-cycle', `cycle is not 1–4: "${cycleText}"`, 'warning', raw);
      continue;
    }
    const paragraph = cell(row, 'rec_number').replace(/\.$/, '');
    if (!PARAGRAPH.test(paragraph)) {
      problem(line, 'bad-paragraph', `not a paragraph number: "${paragraph}"`, 'warning', raw);
      continue;
    }
    const reportSymbol = cell(row, 'wg_report').replace(/\s+/g, '');
    const sourceKey = `matrix:${reportSymbol}:${paragraph}`;
    if (seen.has(sourceKey)) {
      problem(
        line,
        'duplicate-paragraph',
        `paragraph ${paragraph} of ${reportSymbol} listed twice: second skipped`,
        'warning',
        raw,
      );
      continue;
    }
    const text = foldSpace(cell(row, 'recommendation'));
    if (text === '') {
      problem(line, 'empty-text', 'a row without recommendation text: skipped', 'warning', raw);
      continue;
    }
    const responseRaw = cell(row, 'position');
    const response = canonicalResponse(responseRaw);
    if (response === null) {
      problem(
        line,
        'unknown-response',
        `position not understood: "${responseRaw}"`,
        'warning',
        raw,
      );
      continue;
    }
    const fromAsPrinted = cell(row, 'recommending_states')
      .split(';')
      .map((s) => foldSpace(s))
      .filter((s) => s !== '');
    const from: string[] = [];
    for (const printed of fromAsPrinted) {
      const code = resolvePrintedState(printed);
      if (code === undefined) {
        problem(
          line,
          'unknown-state',
          `recommending state not known: "${printed}"`,
          'warning',
          raw,
        );
      } else if (!from.includes(code)) from.push(code);
    }
    seen.add(sourceKey);
    records.push({
      sourceKey,
      cycle: Number(cycleText),
      session: null,
      sur,
      from,
      fromAsPrinted,
      text,
      language: 'en',
      responseRaw,
      response,
      paragraph,
      reportSymbol: reportSymbol === '' ? null : reportSymbol,
      positionSource: cell(row, 'source_of_position') || null,
      sourceAction: null,
      sourceIssues: cell(row, 'themes')
        .split('|')
        .map((s) => foldSpace(s))
        .filter((s) => s !== ''),
      locator: { line, paragraph },
    });
  }
  return { value: records, problems };
}
