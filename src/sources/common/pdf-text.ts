import type { ParseProblem } from '../../domain/provenance.js';
import type { ParseResult } from './parse-result.js';

/** One line of a PDF's text as a reader sees it on the page. */
export interface PdfLine {
  /** 1-based page number of the PDF */
  page: number;
  text: string;
}

/**
 * A PDF as text lines. `text` joins `lines` with newlines, so line N of `text` is `lines[N - 1]`:
 * the text parsers keep their line locators and `pageOfLine` turns one into the page a reader opens.
 * Pages follow each other with no blank line between them, so that a paragraph broken across a page
 * reads on once the running header and footer are gone.
 */
export interface PdfText {
  pages: number;
  lines: PdfLine[];
  text: string;
  /** the running header, footer and page-number lines left out, so a reader can see what went */
  dropped: PdfLine[];
}

export function pageOfLine(pdf: Pick<PdfText, 'lines'>, line: number): number | null {
  return pdf.lines[line - 1]?.page ?? null;
}

/** %PDF- may follow a little junk (some servers prepend a BOM or blank line); the spec allows 1 KB. */
export function looksLikePdf(bytes: Uint8Array): boolean {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  return head.includes('%PDF-');
}

interface Item {
  str: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

interface PlacedLine {
  y: number;
  items: Item[];
}

const MAX_PAGES = 2000;

/**
 * Reads the text of a PDF with pdf.js (Mozilla's reader, the one browsers use), never throwing:
 * a file pdf.js cannot open, an encrypted one, or one with no text layer (a scan) is one fatal
 * problem naming the file.
 */
export async function readPdfText(
  fileName: string,
  bytes: Uint8Array,
): Promise<ParseResult<PdfText>> {
  const empty: PdfText = { pages: 0, lines: [], text: '', dropped: [] };
  const fatal = (code: string, message: string): ParseResult<PdfText> => ({
    value: empty,
    problems: [{ file: fileName, line: 1, code, message, severity: 'fatal' }],
  });
  if (!looksLikePdf(bytes)) return fatal('not-pdf', 'not a PDF: no %PDF- header');
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  // pdf.js detaches the buffer it is given; keep the caller's bytes intact for hashing and storing.
  const task = getDocument({
    data: new Uint8Array(bytes),
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    stopAtErrors: false,
    verbosity: 0,
  });
  let pages: PlacedLine[][];
  try {
    const doc = await task.promise;
    if (doc.numPages > MAX_PAGES)
      return fatal('pdf-too-long', `${doc.numPages} pages; at most ${MAX_PAGES} are read`);
    pages = [];
    for (let p = 1; p <= doc.numPages; p++) {
      const page = await doc.getPage(p);
      const content = await page.getTextContent();
      const items: Item[] = [];
      for (const raw of content.items) {
        if (!('str' in raw) || raw.str.trim() === '') continue;
        const t = raw.transform as number[];
        items.push({
          str: raw.str,
          x: t[4] ?? 0,
          y: t[5] ?? 0,
          width: raw.width,
          height: Math.abs(raw.height) || Math.abs(t[3] ?? 0) || 10,
        });
      }
      pages.push(placeLines(items));
      page.cleanup();
    }
    await doc.destroy();
  } catch (error) {
    await task.destroy().catch(() => undefined);
    const name = error instanceof Error ? error.name : '';
    if (name === 'PasswordException')
      return fatal('pdf-encrypted', 'the PDF is password-protected; save an unprotected copy');
    const reason = error instanceof Error ? error.message : String(error);
    return fatal('bad-pdf', `not a readable PDF (${reason.slice(0, 160)})`);
  }
  const result = assemble(pages);
  const problems: ParseProblem[] = [];
  if (result.lines.length === 0)
    return fatal(
      'pdf-no-text',
      'the PDF has no text layer (a scanned image?); run OCR on it or import the text version',
    );
  return { value: result, problems };
}

/** Items whose baselines lie within a fraction of the font size belong to one line (superscripts too). */
function placeLines(items: Item[]): PlacedLine[] {
  const sorted = [...items].sort((a, b) => b.y - a.y || a.x - b.x);
  const lines: PlacedLine[] = [];
  for (const item of sorted) {
    const line = lines.find((l) => Math.abs(l.y - item.y) <= Math.max(2, item.height * 0.45));
    if (line) line.items.push(item);
    else lines.push({ y: item.y, items: [item] });
  }
  return lines;
}

function lineText(line: PlacedLine): string {
  const items = [...line.items].sort((a, b) => a.x - b.x);
  let text = '';
  let end = Number.NEGATIVE_INFINITY;
  for (const item of items) {
    // pdf.js splits words where a font or kerning changes ("14" + "0.61"); only a visible gap is a space.
    const gap = item.x - end;
    if (text !== '' && gap > item.height * 0.15 && !text.endsWith(' ') && !item.str.startsWith(' '))
      text += ' ';
    text += item.str;
    end = item.x + item.width;
  }
  return text.replace(/\s+/g, ' ').trim();
}

/** A header or footer line compared across pages: page numbers and job numbers vary, the rest not. */
function runningKey(text: string): string {
  return text.replace(/\d+/g, '#').toLowerCase();
}

// "GE.25-02819 (E) 210325 210325" on page 1, "2 GE.25-02819" and "GE.25-02819 3" on the others
const JOB_NUMBER = /^(\d{1,4}\s+)?GE\.\d{2}\s*-\s*\d{4,6}(\s*\([A-Z]\))?(\s+\d+)*(\s+\*\d+\*)?$/;
const PAGE_NUMBER = /^(page\s+)?\d{1,4}(\s*(\/|of)\s*\d{1,4})?$/i;

function assemble(pages: PlacedLine[][]): PdfText {
  const texts = pages.map((lines) => lines.map((l) => lineText(l)).filter((t) => t !== ''));
  // A running line sits among the first or last three lines of a page and recurs on at least a
  // third of the pages (the symbol at the top, the job number and page number at the foot, which
  // alternate sides on odd and even pages).
  const margin = (lines: string[]): string[] => [...lines.slice(0, 3), ...lines.slice(-3)];
  const seen = new Map<string, number>();
  for (const lines of texts)
    for (const key of new Set(margin(lines).map(runningKey)))
      seen.set(key, (seen.get(key) ?? 0) + 1);
  const recurring = new Set(
    [...seen]
      .filter(([, n]) => pages.length >= 2 && n >= Math.max(2, pages.length / 3))
      .map(([k]) => k),
  );
  const lines: PdfLine[] = [];
  const dropped: PdfLine[] = [];
  texts.forEach((pageLines, index) => {
    const page = index + 1;
    const first = new Set(pageLines.slice(0, 3));
    const last = new Set(pageLines.slice(-3));
    pageLines.forEach((text, at) => {
      const inMargin =
        (at < 3 && first.has(text)) || (at >= pageLines.length - 3 && last.has(text));
      const running =
        inMargin &&
        (recurring.has(runningKey(text)) || JOB_NUMBER.test(text) || PAGE_NUMBER.test(text));
      (running ? dropped : lines).push({ page, text });
    });
  });
  return { pages: pages.length, lines, text: lines.map((l) => l.text).join('\n'), dropped };
}
