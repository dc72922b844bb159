/**
 * One reading of a WG report in a fresh process, for bench/upr-pdf.ts: prints the peak resident
 * memory above the process's resident memory before the reading (bytes), so each reading's peak is
 * measured alone. Usage: tsx bench/upr-pdf-child.ts pdf|text|load <file>
 */
import { readFileSync } from 'node:fs';
import { readPdfText } from '../src/sources/common/pdf-text.js';
import { parseWgReport } from '../src/sources/upr/wg-report.js';

const [mode, file] = process.argv.slice(2);
const before = process.memoryUsage().rss;
if (mode === 'load') {
  // pdf.js loaded and nothing read: the share of the PDF peak that is the library itself
  await import('pdfjs-dist/legacy/build/pdf.mjs');
  console.log(JSON.stringify({ count: 0, peak: process.resourceUsage().maxRSS * 1024 - before }));
  process.exit(0);
}
const bytes = new Uint8Array(readFileSync(file!));
const text =
  mode === 'pdf'
    ? (await readPdfText('report.pdf', bytes)).value.text
    : new TextDecoder().decode(bytes);
const count = parseWgReport('report', text).value.recommendations.length;
// maxRSS is in kilobytes
const peak = process.resourceUsage().maxRSS * 1024 - before;
console.log(JSON.stringify({ count, peak }));
