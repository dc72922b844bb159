import { isUtf8 } from 'node:buffer';
import path from 'node:path';
import type { ParseProblem } from '../../domain/provenance.js';
import type { UprRecommendation } from '../../domain/upr.js';
import { csvParseProblems } from '../../sources/common/csv-rows.js';
import { hasFatal } from '../../sources/common/parse-result.js';
import { looksLikePdf, type PdfLine, readPdfText } from '../../sources/common/pdf-text.js';
import { classifyRecommendation } from '../../sources/upr/classify/classify.js';
import { detectUprFile } from '../../sources/upr/detect.js';
import { parseUnMatrixCsv } from '../../sources/upr/un-matrix-csv.js';
import { parseUnMatrixDocx } from '../../sources/upr/un-matrix-docx.js';
import { parseUprInfoExport, uprInfoExportParser } from '../../sources/upr/upr-info-export.js';
import { parseWgAddendum, parseWgReport } from '../../sources/upr/wg-report.js';
import { insertDocumentPages } from '../document-pages.js';
import { insertDocument, sha256 } from '../documents.js';
import type { FileImportReport } from '../import-report.js';
import {
  decodeOrReject,
  gunzipOrReject,
  hasExtension,
  importedReport,
  importPaths,
  rejectedReport,
  skippedReport,
  storeFailed,
  unchangedReport,
  withFile,
  type ImportOptions,
} from '../import-runner.js';
import type { Store } from '../open-store.js';
import { readCsvRows } from '../read-csv-rows.js';
import { addendumSymbols } from './addendum-symbol.js';
import {
  type ParagraphsWithoutResponse,
  paragraphsWithoutResponse,
  RecommendationWriter,
  storeAddendumResponses,
  storeRecommendations,
  type UprSourceKind,
} from './store-recommendations.js';

export type UprImportOptions = ImportOptions;

const EXTENSIONS = ['.csv', '.csv.gz', '.docx', '.txt', '.pdf'];
const UNANSWERED_SHOWN = 200;

/**
 * Imports UPR files: UPR Info exports (.csv, .csv.gz), UN matrices and OHCHR's thematic lists
 * (.csv, .docx), Working Group reports and their addenda (.txt, or .pdf as ODS publishes them:
 * read to text lines by pdf-text.ts, each line's page kept in document_pages). Each file is one transaction, keyed by its sha256: stored whole
 * or, with a fatal problem, not at all; a file already imported is left as it is.
 */
export async function importUprPaths(
  store: Store,
  paths: readonly string[],
  options: UprImportOptions = {},
): Promise<FileImportReport[]> {
  return importPaths(paths, (file, bytes) => importUprFile(store, file, bytes), options.onProgress);
}

export async function importUprFile(
  store: Store,
  file: string,
  raw: Uint8Array,
): Promise<FileImportReport> {
  const base = path.basename(file);
  if (!hasExtension(file, EXTENSIONS))
    return skippedReport(file, 'not a UPR file (.csv, .csv.gz, .docx, .txt, .pdf)');
  const sha = sha256(raw);
  const unchanged = await unchangedReport(store, file, sha);
  if (unchanged) return unchanged;
  let bytes: Uint8Array;
  {
    const unpacked = gunzipOrReject(file, raw);
    if ('report' in unpacked) return unpacked.report;
    bytes = unpacked.bytes;
  }
  const fileName = base.replace(/\.gz$/i, '');
  // A PDF is read as the text a reader sees on its pages; its lines keep their page numbers.
  let pdfLines: PdfLine[] | null = null;
  if (looksLikePdf(bytes)) {
    const pdf = await readPdfText(fileName, bytes);
    if (hasFatal(pdf.problems)) return rejectedReport(file, withFile(pdf.problems, file), 'pdf');
    pdfLines = pdf.value.lines;
    bytes = new TextEncoder().encode(pdf.value.text);
  }
  const kind = detectUprFile(pdfLines === null ? fileName : `${fileName}.txt`, bytes);
  if (kind === null)
    return skippedReport(
      file,
      pdfLines === null
        ? 'not a UPR file this tool reads'
        : 'a PDF, but not a UPR Working Group report or addendum',
    );
  if (kind === 'upr-info-pledges')
    return skippedReport(file, 'voluntary pledges are not recommendations', kind);

  const doc = {
    sha256: sha,
    kind: `upr:${kind}`,
    fileName: base,
    byteSize: raw.byteLength,
  };
  // The large export is read as it is decoded, its records stored as they come.
  if (kind === 'upr-info-export' && isUtf8(bytes)) {
    // the unpacked bytes go with the holder once read, before the search index is built
    const unpacked = { bytes: bytes as Uint8Array | null };
    bytes = new Uint8Array(0);
    return importUprInfoExport(store, file, fileName, unpacked, doc);
  }

  let text = '';
  if (kind !== 'un-matrix-docx') {
    const decoded = decodeOrReject(file, bytes, kind);
    if ('report' in decoded) return decoded.report;
    text = decoded.text;
  }

  try {
    if (kind === 'wg-addendum') {
      const parsed = parseWgAddendum(fileName, text);
      const problems = withFile(parsed.problems, file);
      const symbols = addendumSymbols(text, fileName);
      if (!symbols)
        problems.push({
          file,
          line: 1,
          code: 'no-report-symbol',
          message:
            'the addendum names no report symbol (A/HRC/<session>/<n>/Add.1), so its responses cannot be matched to a report',
          severity: 'fatal',
        });
      if (hasFatal(problems) || !symbols) return rejectedReport(file, problems, kind);
      const result = await store.db.transaction().execute(async (trx) => {
        const documentId = await insertDocument(trx, {
          ...doc,
          meta: meta(symbols.addendum, `UPR Working Group report addendum ${symbols.addendum}`),
        });
        if (pdfLines !== null) await insertDocumentPages(trx, documentId, pdfLines);
        const counts = await storeAddendumResponses(
          trx,
          documentId,
          symbols.report,
          symbols.addendum,
          parsed.value,
        );
        const unanswered = await paragraphsWithoutResponse(trx, [symbols.report]);
        return { documentId, counts, unanswered };
      });
      problems.push(...unansweredWarnings(result.unanswered, file));
      return imported(file, kind, result.documentId, result.counts, problems);
    }

    const read = readRecommendations(kind, fileName, text, bytes);
    // the file's text and bytes are not needed while storing: let them go before it
    text = '';
    bytes = new Uint8Array(0);
    const problems = withFile(read.problems, file);
    if (hasFatal(problems)) return rejectedReport(file, problems, kind);
    const result = await store.db.transaction().execute(async (trx) => {
      const documentId = await insertDocument(trx, {
        ...doc,
        meta: meta(read.symbol, read.title),
      });
      if (pdfLines !== null) await insertDocumentPages(trx, documentId, pdfLines);
      const counts = await storeRecommendations(
        store,
        trx,
        documentId,
        read.sourceKind,
        read.recommendations,
        classifyRecommendation,
      );
      const symbols = new Set(
        read.recommendations.flatMap((r) => (r.reportSymbol === null ? [] : [r.reportSymbol])),
      );
      const unanswered = await paragraphsWithoutResponse(trx, [...symbols]);
      return { documentId, counts, unanswered };
    });
    problems.push(...unansweredWarnings(result.unanswered, file));
    return imported(file, kind, result.documentId, result.counts, problems);
  } catch (error) {
    // The transaction has rolled back: the database is as it was before this file.
    return storeFailed(store, file, sha, error);
  }
}

type DocumentFields = Omit<Parameters<typeof insertDocument>[1], 'meta'>;

/**
 * A UPR Info export, read in chunks of its unpacked bytes and stored as its rows are parsed, in
 * one transaction: its 41,000 rows and 11 MB of text are never held whole. The result is that of
 * parsing it whole and storing the records (same rows, ids, counts and problems); a fatal problem,
 * known only at the end for a CSV that cannot be read, rolls the transaction back and rejects the
 * file with the same report.
 */
async function importUprInfoExport(
  store: Store,
  file: string,
  fileName: string,
  unpacked: { bytes: Uint8Array | null },
  doc: DocumentFields,
): Promise<FileImportReport> {
  const kind = 'upr-info-export';
  const parser = uprInfoExportParser(fileName);
  try {
    const result = await store.db.transaction().execute(async (trx) => {
      const documentId = await insertDocument(trx, {
        ...doc,
        meta: meta(null, 'UPR Info database export'),
      });
      const writer = await RecommendationWriter.open(
        store,
        trx,
        documentId,
        'upr-info-export',
        classifyRecommendation,
      );
      const source = { bytes: unpacked.bytes ?? new Uint8Array(0) };
      unpacked.bytes = null;
      const read = await readCsvRows(
        source,
        fileName,
        parser,
        (rec) => writer.add(rec),
        // nothing is written once the file has failed: it will be rolled back
        async () => (hasFatal(parser.problems) ? undefined : writer.writeChunks()),
        false,
      );
      source.bytes = new Uint8Array(0);
      const problems = withFile(csvParseProblems(read.csvProblems, parser.problems), file);
      if (hasFatal(problems)) throw new Rejected(problems);
      const counts = await writer.finish();
      // UPR Info rows name no report, so no addendum can leave one of its paragraphs pending
      return { documentId, counts, problems };
    });
    return imported(file, kind, result.documentId, result.counts, result.problems);
  } catch (error) {
    // The transaction has rolled back: the database is as it was before this file.
    if (error instanceof Rejected) return rejectedReport(file, error.problems, kind);
    return storeFailed(store, file, doc.sha256, error);
  }
}

class Rejected extends Error {
  constructor(readonly problems: ParseProblem[]) {
    super(problems[0]?.message ?? 'rejected');
  }
}

interface ReadRecommendations {
  sourceKind: UprSourceKind;
  recommendations: UprRecommendation[];
  problems: ParseProblem[];
  symbol: string | null;
  title: string;
}

function readRecommendations(
  kind: 'upr-info-export' | 'un-matrix-csv' | 'un-matrix-docx' | 'wg-report',
  fileName: string,
  text: string,
  bytes: Uint8Array,
): ReadRecommendations {
  switch (kind) {
    case 'upr-info-export': {
      const p = parseUprInfoExport(fileName, text);
      return {
        sourceKind: 'upr-info-export',
        recommendations: p.value,
        problems: p.problems,
        symbol: null,
        title: 'UPR Info database export',
      };
    }
    case 'un-matrix-csv':
    case 'un-matrix-docx': {
      const p =
        kind === 'un-matrix-csv'
          ? parseUnMatrixCsv(fileName, text)
          : parseUnMatrixDocx(fileName, bytes);
      const symbols = [...new Set(p.value.map((r) => r.reportSymbol).filter((s) => s !== null))];
      return {
        sourceKind: 'un-matrix',
        recommendations: p.value,
        problems: p.problems,
        symbol: symbols.length === 1 ? symbols[0]! : null,
        title: `UPR matrix of recommendations${symbols.length ? ` (${symbols.join(', ')})` : ''}`,
      };
    }
    case 'wg-report': {
      const p = parseWgReport(fileName, text);
      return {
        sourceKind: 'wg-report',
        recommendations: p.value.recommendations,
        problems: p.problems,
        symbol: p.value.reportSymbol,
        title: `Report of the Working Group on the UPR${p.value.reportSymbol ? ` ${p.value.reportSymbol}` : ''}`,
      };
    }
  }
}

function meta(symbol: string | null, title: string) {
  return { symbol, url: null, title, date: null, year: null, language: 'en' };
}

function imported(
  file: string,
  kind: string,
  documentId: number,
  counts: object,
  problems: ParseProblem[],
): FileImportReport {
  const numbers = Object.fromEntries(
    Object.entries(counts).filter((e): e is [string, number] => typeof e[1] === 'number'),
  );
  return importedReport(file, kind, documentId, numbers, problems);
}

/** One warning per report whose stored addendum leaves some of its paragraphs pending. */
function unansweredWarnings(
  unanswered: readonly ParagraphsWithoutResponse[],
  file: string,
): ParseProblem[] {
  return unanswered.map(({ reportSymbol, paragraphs }) => {
    const one = paragraphs.length === 1;
    // every paragraph, runs written as ranges, so the reader can check each against the addendum
    const runs = paragraphRuns(paragraphs);
    const shown = runs.slice(0, UNANSWERED_SHOWN).join(', ');
    const more = runs.length - UNANSWERED_SHOWN;
    return {
      file,
      line: 0,
      code: 'paragraphs-without-response',
      message: `${paragraphs.length} paragraph${one ? '' : 's'} of ${reportSymbol} ${one ? 'has' : 'have'} no response in its addendum and ${one ? 'stays' : 'stay'} pending: ${shown}${more > 0 ? ` and ${more} more runs` : ''}`,
      severity: 'warning',
    };
  });
}

/** "140.1–140.6, 140.9" from 140.1 … 140.6, 140.9: consecutive paragraphs of one section as a range. */
export function paragraphRuns(paragraphs: readonly string[]): string[] {
  const parsed = paragraphs.map((p) => {
    const m = /^(\d+)\.(\d+)$/.exec(p);
    return m ? { p, major: m[1]!, minor: Number(m[2]) } : { p, major: null, minor: NaN };
  });
  const out: string[] = [];
  for (let i = 0; i < parsed.length;) {
    const start = parsed[i]!;
    let j = i;
    while (
      start.major !== null &&
      j + 1 < parsed.length &&
      parsed[j + 1]!.major === start.major &&
      parsed[j + 1]!.minor === parsed[j]!.minor + 1
    )
      j++;
    out.push(j > i + 1 ? `${start.p}–${parsed[j]!.p}` : start.p);
    if (j === i + 1) out.push(parsed[j]!.p);
    i = j + 1;
  }
  return out;
}
