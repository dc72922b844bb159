import type { ParseProblem } from '../../domain/provenance.js';
import { canonicalStateCode } from '../../domain/reference/states.js';
import type { UprRecommendation } from '../../domain/upr.js';
import type { ParseResult } from '../common/parse-result.js';
import { problemSink } from './problems.js';
import { recommendingStates } from './recommending-states.js';
import { canonicalResponse } from './responses.js';
import { resolvePrintedState } from './states.js';
import { foldSpace } from './text.js';
import { readWordDocument, type WordCell, type WordTable } from './wordml.js';
import { listZipEntries, readZipFile } from './zip.js';

/**
 * The .docx matrices OHCHR publishes ("UPR of China – Thematic list of recommendations"): one
 * table, Recommendation | Position | Full list of themes | Assessment, with one-cell "Theme: …"
 * heading rows. The recommendation cell starts with its paragraph number and ends with the
 * recommending states in parentheses; the position cell holds "Supported"/"Noted" and "Source of
 * position: A/HRC/40/6/Add.1 - Para. 2".
 *
 * OHCHR's 4th-cycle thematic lists put the title only in the page header ("UPR of Slovenia (4th
 * Cycle - 48th Session) Thematic list of recommendations"), the body being the table alone: the
 * state, cycle and session are read from the body's paragraphs, then from the page headers.
 *
 * A .docx has no lines: locators and problems give the ROW of the matrix table (header = row 1).
 * sourceKey = `matrix:<report symbol>:<paragraph>`, as for the CSV layout, so the same paragraph
 * read from either keys alike; `matrix:<SuR>-cycle<n>:<paragraph>` when no symbol is known.
 */

export interface UnMatrixDocxOptions {
  /** state under review (ISO alpha-3 or a name), when the document does not say */
  sur?: string;
  cycle?: number;
  /** Working Group report symbol (A/HRC/40/6) */
  reportSymbol?: string;
}

const PARAGRAPH_START = /^(\d{1,3}\.\d{1,3})\.?\s+/;
const SOURCE_OF_POSITION = /^source of position\s*:?\s*/i;
const REPORT_SYMBOL = /\bA\/HRC\/\d{1,2}\/\d{1,3}\b/;
const ORDINALS: Readonly<Record<string, number>> = { first: 1, second: 2, third: 3, fourth: 4 };

export function parseUnMatrixDocx(
  fileName: string,
  bytes: Uint8Array,
  options: UnMatrixDocxOptions = {},
): ParseResult<UprRecommendation[]> {
  const problems: ParseProblem[] = [];
  const problem = problemSink(fileName, problems);
  const records: UprRecommendation[] = [];

  const xmlBytes = readZipFile(bytes, 'word/document.xml');
  if (!xmlBytes.ok) {
    problem(1, 'docx-unreadable', `not a readable .docx: ${xmlBytes.error}`, 'fatal');
    return { value: records, problems };
  }
  const blocks = readWordDocument(new TextDecoder('utf-8').decode(xmlBytes.value));
  const paragraphs = blocks.flatMap((b) => (b.kind === 'paragraph' ? [b.text] : []));
  const tables = blocks.flatMap((b) => (b.kind === 'table' ? [b.table] : []));
  const table = tables.find(isMatrixTable);
  if (table === undefined) {
    problem(
      1,
      'matrix-no-table',
      'no table with a "Recommendation" column in the document',
      'fatal',
    );
    return { value: records, problems };
  }

  let title = fromTitle(paragraphs);
  if (title.sur === undefined || title.cycle === undefined) {
    const header = fromTitle(headerParagraphs(bytes));
    title = {
      sur: title.sur ?? header.sur,
      cycle: title.cycle ?? header.cycle,
      session: title.session ?? header.session,
      reportSymbol: title.reportSymbol ?? header.reportSymbol,
    };
  }
  const sur = options.sur !== undefined ? resolveSur(options.sur) : title.sur;
  const cycle = options.cycle ?? title.cycle;
  if (sur === undefined) {
    problem(
      1,
      'matrix-sur-unknown',
      'state under review not found in the title or page header; give it with --sur <state> (groundpass parse upr)',
      'fatal',
    );
  }
  if (cycle === undefined || !Number.isInteger(cycle) || cycle < 1 || cycle > 4) {
    problem(
      1,
      'matrix-cycle-unknown',
      'UPR cycle not found in the title or page header; give it with --cycle <n> (groundpass parse upr)',
      'fatal',
    );
  }
  if (sur === undefined || cycle === undefined || cycle < 1 || cycle > 4)
    return { value: records, problems };

  const seen = new Set<string>();
  table.rows.forEach((row, index) => {
    const line = index + 1;
    const cells = row.cells.map(cellText);
    const filled = cells.filter((c) => c !== '');
    if (filled.length === 0) return;
    const first = cells[0] ?? '';
    if (/^recommendations?\b/i.test(first) && !PARAGRAPH_START.test(first)) return; // header row
    if (filled.length === 1 && !PARAGRAPH_START.test(filled[0]!)) return; // "Theme: …" heading row
    const m = PARAGRAPH_START.exec(first);
    if (!m) {
      problem(
        line,
        'no-paragraph-number',
        'a recommendation row without its paragraph number',
        'warning',
        first,
      );
      return;
    }
    const paragraph = m[1]!;
    // 4th-cycle lists print "Source of Position: A/HRC/59/15/Add.1 - Para.3" under the
    // recommendation, older ones under the position: it is never part of the text.
    const recommendationLines = (row.cells[0]?.paragraphs ?? []).map(foldSpace);
    const text = foldSpace(
      recommendationLines
        .filter((s) => !SOURCE_OF_POSITION.test(s))
        .join(' ')
        .replace(PARAGRAPH_START, ''),
    );
    const positionLines = (row.cells[1]?.paragraphs ?? []).map(foldSpace).filter((s) => s !== '');
    const positionSourceLine =
      positionLines.find((s) => SOURCE_OF_POSITION.test(s)) ??
      recommendationLines.find((s) => SOURCE_OF_POSITION.test(s));
    const responseRaw = positionLines.find((s) => !SOURCE_OF_POSITION.test(s)) ?? '';
    const response = canonicalResponse(responseRaw);
    if (response === null) {
      problem(
        line,
        'unknown-response',
        `position not understood: "${responseRaw}"`,
        'warning',
        first,
      );
      return;
    }
    const positionSource = positionSourceLine?.replace(SOURCE_OF_POSITION, '') || null;
    const reportSymbol =
      options.reportSymbol ??
      REPORT_SYMBOL.exec(positionSource ?? '')?.[0] ??
      title.reportSymbol ??
      null;
    const sourceKey = `matrix:${reportSymbol ?? `${sur}-cycle${cycle}`}:${paragraph}`;
    if (seen.has(sourceKey)) {
      problem(
        line,
        'duplicate-paragraph',
        `paragraph ${paragraph} listed twice: second skipped`,
        'warning',
        first,
      );
      return;
    }
    seen.add(sourceKey);
    const states = recommendingStates(text);
    for (const name of states.unresolved) {
      problem(line, 'unknown-state', `recommending state not known: "${name}"`, 'warning', first);
    }
    if (states.asPrinted.length === 0) {
      problem(
        line,
        'no-recommending-state',
        'no recommending state in parentheses',
        'warning',
        first,
      );
    }
    records.push({
      sourceKey,
      cycle,
      session: title.session ?? null,
      sur,
      from: states.codes,
      fromAsPrinted: states.asPrinted,
      text,
      language: 'en',
      responseRaw,
      response,
      paragraph,
      reportSymbol,
      positionSource,
      sourceAction: null,
      sourceIssues: themeLines(row.cells[2]),
      locator: { line, paragraph },
    });
  });
  return { value: records, problems };
}

function isMatrixTable(table: WordTable): boolean {
  return table.rows.some(
    (r) => /^recommendations?\b/i.test(cellText(r.cells[0])) && r.cells.length >= 2,
  );
}

function cellText(cell: WordCell | undefined): string {
  return cell === undefined ? '' : foldSpace(cell.paragraphs.join(' '));
}

/** The UHRI theme lines of the themes cell, without the "Affected persons" part that follows. */
function themeLines(cell: WordCell | undefined): string[] {
  const out: string[] = [];
  // 4th-cycle lists give the themes as "- …" items, then "Groups of Persons:"
  const dashed: string[] = [];
  for (const p of cell?.paragraphs ?? []) {
    for (const raw of p.split('\n')) {
      const line = foldSpace(raw);
      if (/^(?:affected persons|groups of persons)/i.test(line)) return out.length ? out : dashed;
      if (/^[-–•]\s*\S/.test(line)) dashed.push(line.replace(/^[-–•]\s*/, ''));
      else if (line !== '' && !/^themes?\s*:?$/i.test(line)) out.push(line);
    }
  }
  return out.length ? out : dashed;
}

function resolveSur(value: string): string | undefined {
  return canonicalStateCode(value) ?? resolvePrintedState(value);
}

interface TitleFacts {
  sur: string | undefined;
  cycle: number | undefined;
  /** Working Group session ("48th Session") */
  session: number | undefined;
  reportSymbol: string | undefined;
}

/** The paragraphs of the page headers (word/header1.xml …), where 4th-cycle lists put their title. */
function headerParagraphs(bytes: Uint8Array): string[] {
  const entries = listZipEntries(bytes);
  if (!entries.ok) return [];
  const out: string[] = [];
  for (const e of entries.value) {
    if (!/^word\/header\d*\.xml$/.test(e.name)) continue;
    const xml = readZipFile(bytes, e.name);
    if (!xml.ok) continue;
    for (const b of readWordDocument(new TextDecoder('utf-8').decode(xml.value)))
      if (b.kind === 'paragraph') out.push(foldSpace(b.text));
  }
  return out;
}

/** "UPR of China – Thematic list of recommendations", "(3rd cycle)", "A/HRC/40/6" in the paragraphs before the table. */
function fromTitle(paragraphs: readonly string[]): TitleFacts {
  const facts: TitleFacts = {
    sur: undefined,
    cycle: undefined,
    session: undefined,
    reportSymbol: undefined,
  };
  for (const p of paragraphs.slice(0, 40)) {
    const sur =
      /\b(?:UPR|Universal Periodic Review) of (?:the )?(.+?)(?:\s*[–—-]\s|\s*\(|\s*:|$)/i.exec(p);
    if (facts.sur === undefined && sur) facts.sur = resolvePrintedState(sur[1]!.trim());
    const cycleNum = /\b([1-4])(?:st|nd|rd|th)\s+cycle\b/i.exec(p);
    const cycleWord = /\b(first|second|third|fourth)\s+cycle\b/i.exec(p);
    if (facts.cycle === undefined && cycleNum) facts.cycle = Number(cycleNum[1]);
    if (facts.cycle === undefined && cycleWord) facts.cycle = ORDINALS[cycleWord[1]!.toLowerCase()];
    const session = /\b(\d{1,2})(?:st|nd|rd|th)\s+session\b/i.exec(p);
    if (facts.session === undefined && session) facts.session = Number(session[1]);
    const symbol = REPORT_SYMBOL.exec(p);
    if (facts.reportSymbol === undefined && symbol) facts.reportSymbol = symbol[0];
  }
  return facts;
}
