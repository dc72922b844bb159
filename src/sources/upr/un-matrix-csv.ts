import type { ParseProblem } from '../../domain/provenance.js';
import type { UprRecommendation } from '../../domain/upr.js';
import { readCsv } from '../common/csv.js';
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

const PARAGRAPH = /^\d{1,3}\.\d{1,3}$/;

export function parseUnMatrixCsv(fileName: string, text: string): ParseResult<UprRecommendation[]> {
  const csv = readCsv(text, { file: fileName });
  const problems: ParseProblem[] = [...csv.problems];
  const problem = problemSink(fileName, problems);
  const records: UprRecommendation[] = [];
  if (csv.problems.some((p) => p.severity === 'fatal')) return { value: records, problems };

  const header = csv.value.header;
  const col = (name: string): number => header.indexOf(name);
  const missing = UN_MATRIX_REQUIRED_COLUMNS.filter((c) => col(c) < 0);
  if (missing.length > 0) {
    problem(
      1,
      'matrix-columns',
      `not a UN matrix CSV: missing column(s) ${missing.join(', ')}`,
      'fatal',
      header.join(','),
    );
    return { value: records, problems };
  }
  const iSur = col('state_under_review');
  const iCycle = col('cycle');
  const iReport = col('wg_report');
  const iPara = col('rec_number');
  const iText = col('recommendation');
  const iFrom = col('recommending_states');
  const iPosition = col('position');
  const iPositionSource = col('source_of_position');
  const iThemes = col('themes');
  const cell = (cells: string[], i: number): string => (i >= 0 ? (cells[i] ?? '').trim() : '');

  const seen = new Set<string>();
  for (const row of csv.value.rows) {
    const { cells, line, raw } = row;
    const surPrinted = cell(cells, iSur);
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
    const cycleText = cell(cells, iCycle);
    if (!/^[1-4]$/.test(cycleText)) {
      problem(line, 'bad-cycle', `cycle is not 1–4: "${cycleText}"`, 'warning', raw);
      continue;
    }
    const paragraph = cell(cells, iPara).replace(/\.$/, '');
    if (!PARAGRAPH.test(paragraph)) {
      problem(line, 'bad-paragraph', `not a paragraph number: "${paragraph}"`, 'warning', raw);
      continue;
    }
    const reportSymbol = cell(cells, iReport).replace(/\s+/g, '');
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
    const text = foldSpace(cell(cells, iText));
    if (text === '') {
      problem(line, 'empty-text', 'a row without recommendation text: skipped', 'warning', raw);
      continue;
    }
    const responseRaw = cell(cells, iPosition);
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
    const fromAsPrinted = cell(cells, iFrom)
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
      positionSource: cell(cells, iPositionSource) || null,
      sourceAction: null,
      sourceIssues: cell(cells, iThemes)
        .split('|')
        .map((s) => foldSpace(s))
        .filter((s) => s !== ''),
      locator: { line, paragraph },
    });
  }
  return { value: records, problems };
}
