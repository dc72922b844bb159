import { readFileSync } from 'node:fs';
import { buildPdf } from '../src/sources/common/fixtures/build-pdf.js';

/**
 * Press-release fixtures printed to PDF, as a browser prints a UN press page: the body wrapped at
 * the margin, split over two pages, the same running header on each page and the page number at
 * the foot. Shared by the tests of the PDF importers, the parse command and the page citations.
 */

/** The body of a fixture release (below its url/title/date header) as lines; `fixture` is a URL. */
export function pressBodyLines(fixture: URL): string[] {
  const text = readFileSync(fixture, 'utf8');
  return text.slice(text.indexOf('---\n') + 4).split('\n');
}

/** A paragraph wrapped at the margin, as a PDF prints it (about 85 characters a line). */
export function wrapAtMargin(paragraph: string): string[] {
  const out: string[] = [];
  let line = '';
  for (const word of paragraph.split(' ')) {
    if (line !== '' && line.length + word.length + 1 > 85) {
      out.push(line);
      line = word;
    } else line = line === '' ? word : `${line} ${word}`;
  }
  return [...out, line];
}

/** The release over two pages, the second starting at paragraph `split`. */
export function twoPageReleasePdf(paragraphs: string[], split: number): Uint8Array {
  const page = (paras: string[]) => paras.filter((p) => p.trim() !== '').flatMap(wrapAtMargin);
  const header = 'Meetings Coverage and Press Releases';
  return buildPdf([
    { lines: page(paragraphs.slice(0, split)), header, footer: ['1/2'] },
    { lines: page(paragraphs.slice(split)), header, footer: ['2/2'] },
  ]);
}
