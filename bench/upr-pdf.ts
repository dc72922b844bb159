/**
 * Reading a UPR Working Group report from the PDF the UN publishes, against reading the same
 * text from a file (issue 11): throughput and peak memory of each, and their ratio. The text is
 * the PDF's own extracted text, saved to a temporary file by this run, so both readings parse
 * exactly the same lines.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { readPdfText } from '../src/sources/common/pdf-text.js';
import { parseWgReport } from '../src/sources/upr/wg-report.js';
import { sharedPath } from '../test/shared-data.js';
import { best } from './measure.js';

const REPORT = 'A_HRC_59_15.pdf';
const RUNS = 3;
const here = path.dirname(fileURLToPath(import.meta.url));

/**
 * Peak resident memory of one reading, above the resident memory before it, measured in a fresh
 * process (bench/upr-pdf-child.ts) so that neither reading inherits the other's heap.
 */
function peakMemory(
  mode: 'pdf' | 'text' | 'load',
  file: string,
): { peakBytes: number; count: number } {
  const tsx = path.join(here, '..', 'node_modules', '.bin', 'tsx');
  const out = execFileSync(tsx, [path.join(here, 'upr-pdf-child.ts'), mode, file], {
    encoding: 'utf8',
  });
  const r = JSON.parse(out.trim().split('\n').at(-1)!) as { peak: number; count: number };
  return { peakBytes: r.peak, count: r.count };
}

const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);

export async function benchUprPdf(): Promise<void> {
  const dir = sharedPath('upr-slovenia-4th-cycle');
  if (!dir) {
    console.log('upr pdf: skipped: ../shared/data is not beside this clone');
    return;
  }
  const pdfFile = path.join(dir, REPORT);
  const work = mkdtempSync(path.join(tmpdir(), 'groundpass-bench-pdf-'));
  try {
    const readPdf = async () => {
      const bytes = new Uint8Array(readFileSync(pdfFile));
      const pdf = await readPdfText(REPORT, bytes);
      const parsed = parseWgReport(REPORT, pdf.value.text);
      return { pdf: pdf.value, count: parsed.value.recommendations.length, bytes: bytes.length };
    };
    const first = await readPdf();
    const textFile = path.join(work, 'A_HRC_59_15.txt');
    writeFileSync(textFile, first.pdf.text);
    const readText = async () => {
      const bytes = readFileSync(textFile);
      const parsed = parseWgReport('A_HRC_59_15.txt', new TextDecoder().decode(bytes));
      return { count: parsed.value.recommendations.length, bytes: bytes.length };
    };

    const pdfTime = await best(RUNS, readPdf);
    const textTime = await best(RUNS, readText);
    const pdfMem = peakMemory('pdf', pdfFile);
    const textMem = peakMemory('text', textFile);
    const loadMem = peakMemory('load', pdfFile);
    const pdfMbS = first.bytes / 1024 / 1024 / (pdfTime.ms / 1000);
    console.log(
      `upr: WG report PDF ${REPORT} (${first.pdf.pages} pages, ${mb(first.bytes)} MB, ${first.pdf.lines.length} lines, ${first.count} recommendations)`,
    );
    console.log(
      `  read PDF + parse   ${pdfTime.ms.toFixed(1).padStart(8)} ms   ${pdfMbS.toFixed(2)} MB/s   ${(first.pdf.pages / (pdfTime.ms / 1000)).toFixed(0)} pages/s   peak RSS +${mb(pdfMem.peakBytes)} MB`,
    );
    console.log(
      `                     of which loading pdf.js alone: peak RSS +${mb(loadMem.peakBytes)} MB`,
    );
    console.log(
      `  read text + parse  ${textTime.ms.toFixed(1).padStart(8)} ms   (${mb(textTime.value.bytes)} MB of text)   peak RSS +${mb(textMem.peakBytes)} MB`,
    );
    console.log(
      `  ratio PDF / text   time ${(pdfTime.ms / textTime.ms).toFixed(1)}x   peak RSS ${(pdfMem.peakBytes / Math.max(1, textMem.peakBytes)).toFixed(1)}x   (same ${first.count} recommendations both ways: ${textTime.value.count === first.count && pdfMem.count === textMem.count ? 'yes' : 'NO'})`,
    );
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
