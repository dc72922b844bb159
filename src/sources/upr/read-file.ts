import type { ParseProblem } from '../../domain/provenance.js';
import type { UprRecommendation } from '../../domain/upr.js';
import { decodeUtf8 } from '../common/decode-text.js';
import { gunzipIfNeeded } from '../common/gzip.js';
import { looksLikePdf, pageOfLine, readPdfText } from '../common/pdf-text.js';
import type { ParseResult } from '../common/parse-result.js';
import { detectUprFile, type UprFileKind } from './detect.js';
import { parseUnMatrixCsv } from './un-matrix-csv.js';
import { parseUnMatrixDocx, type UnMatrixDocxOptions } from './un-matrix-docx.js';
import { parseUprInfoExport } from './upr-info-export.js';
import { type AddendumResponse, parseWgAddendum, parseWgReport } from './wg-report.js';

export interface UprFile {
  kind: UprFileKind | null;
  recommendations: UprRecommendation[];
  /** an addendum's responses by report paragraph (empty for other kinds) */
  responses: AddendumResponse[];
  reportSymbol: string | null;
}

/**
 * Any UPR file's bytes (gzipped or not) through the parser its content calls for. Pure: the
 * caller reads the file. A file no parser fits is one fatal problem, 'upr-unknown-file'.
 */
export function readUprFile(
  fileName: string,
  bytes: Uint8Array,
  options: UnMatrixDocxOptions = {},
): ParseResult<UprFile> {
  const empty = (kind: UprFileKind | null): UprFile => ({
    kind,
    recommendations: [],
    responses: [],
    reportSymbol: null,
  });
  const kind = detectUprFile(fileName, bytes);
  const problem = (code: string, message: string): ParseProblem => ({
    file: fileName,
    line: 1,
    code,
    message,
    severity: 'fatal',
  });
  if (kind === null)
    return {
      value: empty(null),
      problems: [problem('upr-unknown-file', 'not a UPR file: no UPR parser fits its content')],
    };
  const unpacked = gunzipIfNeeded(bytes);
  if ('error' in unpacked)
    return { value: empty(kind), problems: [problem('bad-gzip', unpacked.error)] };
  if (kind === 'un-matrix-docx') {
    const r = parseUnMatrixDocx(fileName, unpacked.bytes, options);
    return {
      value: {
        ...empty(kind),
        recommendations: r.value,
        reportSymbol: r.value[0]?.reportSymbol ?? null,
      },
      problems: r.problems,
    };
  }
  const decoded = decodeUtf8(unpacked.bytes, fileName);
  if (decoded.problems.length > 0) return { value: empty(kind), problems: decoded.problems };
  const text = decoded.value;
  switch (kind) {
    case 'upr-info-export':
    case 'upr-info-pledges': {
      const r = parseUprInfoExport(fileName, text);
      return { value: { ...empty(kind), recommendations: r.value }, problems: r.problems };
    }
    case 'un-matrix-csv': {
      const r = parseUnMatrixCsv(fileName, text);
      return { value: { ...empty(kind), recommendations: r.value }, problems: r.problems };
    }
    case 'wg-report': {
      const r = parseWgReport(fileName, text, options);
      return {
        value: {
          ...empty(kind),
          recommendations: r.value.recommendations,
          reportSymbol: r.value.reportSymbol,
        },
        problems: r.problems,
      };
    }
    case 'wg-addendum': {
      const r = parseWgAddendum(fileName, text);
      const symbol =
        /\bA\/HRC\/\d{1,2}\/\d{1,3}(?=\/Add\.\d)/.exec(text.slice(0, 4000))?.[0] ?? null;
      return {
        value: { ...empty(kind), responses: r.value, reportSymbol: symbol },
        problems: r.problems,
      };
    }
  }
}

/**
 * readUprFile for a file that may be a PDF (a WG report or addendum as ODS publishes it): the PDF
 * is read to text lines first (pdf-text.ts) and each record's locator, and each addendum
 * response, gets the page its line is printed on. Other files go to readUprFile as they are.
 */
export async function readUprFileOrPdf(
  fileName: string,
  bytes: Uint8Array,
  options: UnMatrixDocxOptions = {},
): Promise<ParseResult<UprFile & { pages: number | null }>> {
  if (!looksLikePdf(bytes)) {
    const r = readUprFile(fileName, bytes, options);
    return { value: { ...r.value, pages: null }, problems: r.problems };
  }
  const pdf = await readPdfText(fileName, bytes);
  if (pdf.problems.some((p) => p.severity === 'fatal'))
    return {
      value: { kind: null, recommendations: [], responses: [], reportSymbol: null, pages: null },
      problems: pdf.problems,
    };
  // the text name lets detection take it as a UN text, whatever the PDF was called
  const r = readUprFile(`${fileName}.txt`, new TextEncoder().encode(pdf.value.text), options);
  const page = (line: number) => pageOfLine(pdf.value, line) ?? undefined;
  return {
    value: {
      ...r.value,
      recommendations: r.value.recommendations.map((rec) => ({
        ...rec,
        locator: { ...rec.locator, page: page(rec.locator.line) },
      })),
      responses: r.value.responses.map((a) => ({ ...a, page: page(a.line) })),
      pages: pdf.value.pages,
    },
    problems: [...pdf.problems, ...r.problems.map((p) => ({ ...p, file: fileName }))],
  };
}
