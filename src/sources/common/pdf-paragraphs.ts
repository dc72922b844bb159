import type { PdfLine } from './pdf-text.js';

/**
 * A press release printed to PDF wraps each paragraph over several lines, while the press parsers
 * read one paragraph a line (as the UN's web pages give them). This joins the lines of a paragraph:
 * a line runs on into the next when it is nearly as long as the longest lines of the document (it
 * was wrapped at the margin) and does not end a sentence or a list item (. ; : ! ?). A paragraph whose
 * sentence ends at the margin is thus read as two, which the press parsers take as they take two
 * paragraphs; two list items are never read as one. A joined paragraph keeps the page of its first
 * line, so a record read from it cites the page where its paragraph starts.
 */
export function joinWrappedLines(lines: readonly PdfLine[]): PdfLine[] {
  const lengths = lines.map((l) => l.text.length).sort((a, b) => b - a);
  // the length of a full line: a high percentile, so one overlong line does not set it
  const full = lengths[Math.floor(lengths.length * 0.1)] ?? 0;
  const out: PdfLine[] = [];
  let runsOn = false;
  for (const line of lines) {
    const last = out.at(-1);
    if (runsOn && last) last.text = `${last.text} ${line.text}`;
    else out.push({ page: line.page, text: line.text });
    runsOn = full >= 40 && line.text.length >= full * 0.75 && !/[.;:!?][”"’)]*\s*$/.test(line.text);
  }
  return out;
}
