import { joinWrappedLines } from '../sources/common/pdf-paragraphs.js';
import { looksLikePdf, readPdfText, type PdfLine } from '../sources/common/pdf-text.js';
import { hasFatal } from '../sources/common/parse-result.js';
import type { FileImportReport } from './import-report.js';
import { rejectedReport, withFile } from './import-runner.js';

/**
 * A PDF read to text: the UTF-8 of its paragraphs, one a line (line N of the text is lines[N - 1]),
 * and the page each paragraph starts on.
 */
export interface PdfInput {
  bytes: Uint8Array;
  lines: PdfLine[];
}

/**
 * A press release saved as PDF is read as the text a reader sees on its pages (pdf-text.ts), its
 * wrapped lines joined into paragraphs (pdf-paragraphs.ts), so the text parsers read it as they read
 * the web page, and each record's line has a page (stored by insertDocumentPages).
 * Null when the bytes are not a PDF; a report when the PDF cannot be read (encrypted, no text layer,
 * damaged): the file is rejected with FILE: reason, as every named file that is not read.
 */
export async function readPdfInput(
  file: string,
  bytes: Uint8Array,
): Promise<PdfInput | { report: FileImportReport } | null> {
  if (!looksLikePdf(bytes)) return null;
  const pdf = await readPdfText(file, bytes);
  if (hasFatal(pdf.problems))
    return { report: rejectedReport(file, withFile(pdf.problems, file), 'pdf') };
  const lines = joinWrappedLines(pdf.value.lines);
  return { bytes: new TextEncoder().encode(lines.map((l) => l.text).join('\n')), lines };
}
