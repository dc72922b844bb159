import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { skipName } from '../../test/skip.js';
import { blankPdfDates } from './pdf-metadata.js';
import { chromiumPath, PdfRendererError, renderReportPdf } from './pdf.js';

/**
 * The PDF is read back as a reader's tool reads it (pdftotext from poppler-utils): the figures,
 * the Chinese text, the contents with their page numbers and the page footer must be in it as
 * text, not only drawn. The report HTML here is a small hand-made one shaped like the engine's
 * (title, sections as h2, figures as h3); the real-data edition is checked by the report tests.
 */

const CHROMIUM = chromiumPath();
const NO_CHROMIUM =
  !existsSync(CHROMIUM) &&
  `Chromium not found at ${CHROMIUM}; install Debian's chromium or set CHROMIUM_PATH`;
const NO_PDFTOTEXT =
  spawnSync('pdftotext', ['-v']).error !== undefined &&
  'pdftotext not found; install poppler-utils (.ci/run does) to read the PDF back';
if (NO_CHROMIUM) console.warn(`report PDF tests skipped: ${NO_CHROMIUM}`);
else if (NO_PDFTOTEXT) console.warn(`report PDF text checks skipped: ${NO_PDFTOTEXT}`);

const WORDS = {
  en: {
    title: 'Ground Pass annual report: Atlantis, 2024',
    sections: ['NGO Committee', 'Human Rights Council votes', 'Universal Periodic Review'],
    figure: (n: string) => `Atlantis asked ${n} questions of NGOs applying for status`,
    share: (s: string) => `That is ${s} of all questions asked this year`,
  },
  zh: {
    title: 'Ground Pass 年度报告：亚特兰蒂斯，2024 年',
    sections: ['非政府组织委员会', '人权理事会表决', '普遍定期审议'],
    figure: (n: string) => `亚特兰蒂斯向申请咨商地位的非政府组织提出了 ${n} 个问题`,
    share: (s: string) => `占本年度全部问题的 ${s}`,
  },
} as const;

/** A report page in the engine's shape: enough text per section to run over several pages. */
function reportHtml(lang: 'en' | 'zh'): string {
  const w = WORDS[lang];
  const filler = `<p>${'Lorem ipsum dolor sit amet, consectetur adipiscing elit. '.repeat(12)}</p>`;
  const sections = w.sections
    .map(
      (s, i) =>
        `<section><h2>${s}</h2><h3>${s} · ${i + 1}</h3>` +
        (i === 0 ? `<p class="figure">${w.figure('747')}</p><p>${w.share('18.0%')}</p>` : '') +
        filler.repeat(8) +
        '</section>',
    )
    .join('');
  return (
    `<!doctype html><html lang="${lang === 'zh' ? 'zh-Hans' : 'en'}"><head><meta charset="utf-8">` +
    `<title>${w.title}</title><style>@page { size: A4; } body { font-family: 'Noto Sans', sans-serif; }` +
    ` h2 { break-before: page; }</style></head><body><h1>${w.title}</h1>${sections}</body></html>`
  );
}

// two prints of a few pages each: seconds alone, far more on a machine busy with other test files
const PRINT_TIMEOUT = 120_000;

const work = mkdtempSync(path.join(tmpdir(), 'groundpass-pdf-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** The PDF's text, one string per page (pdftotext separates pages with a form feed). */
function pdfPages(pdf: Uint8Array, name: string): string[] {
  const file = path.join(work, `${name}.pdf`);
  writeFileSync(file, pdf);
  return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' })
    .split('\f')
    .filter((p) => p.trim() !== '');
}

describe.skipIf(!!NO_CHROMIUM)(skipName('report PDF through Chromium', NO_CHROMIUM), () => {
  // the three prints start together at the first test, each in a browser of its own: a print
  // mostly waits on Chromium's processes; each test awaits its own and reports its failure
  let prints: { en: Promise<Buffer>; zh: Promise<Buffer>; again: Promise<Buffer> } | undefined;
  const printed = (which: 'en' | 'zh' | 'again'): Promise<Buffer> => {
    if (!prints) {
      prints = {
        en: renderReportPdf(reportHtml('en'), { lang: 'en' }),
        zh: renderReportPdf(reportHtml('zh'), { lang: 'zh' }),
        again: renderReportPdf(reportHtml('en'), { lang: 'en' }),
      };
      for (const p of Object.values(prints)) p.catch(() => undefined);
    }
    return prints[which];
  };
  let enPdf: Buffer;

  it(
    'prints an A4 PDF whose text holds the figures, the contents with page numbers and the footer',
    async (ctx) => {
      enPdf = await printed('en');
      expect(enPdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      if (NO_PDFTOTEXT) return ctx.skip(NO_PDFTOTEXT);
      const pages = pdfPages(enPdf, 'en');
      const all = pages.join('\n').replace(/\s+/g, ' ');
      expect(all).toContain(WORDS.en.figure('747'));
      expect(all).toContain(WORDS.en.share('18.0%'));
      // h2 breaks before it: title + contents on page 1, then one section a page at least
      expect(pages.length).toBeGreaterThanOrEqual(4);
      expect(pages[0]).toContain('Contents');
      for (const [i, section] of WORDS.en.sections.entries()) {
        // the contents line ends with the page the section starts on, and that page opens with it
        const line = pages[0]!.split('\n').find((l) => l.trim().startsWith(section));
        expect(line, section).toMatch(/\s(\d+)\s*$/);
        const n = Number(/(\d+)\s*$/.exec(line!)![1]);
        expect(pages[n - 1], `${section} on page ${n}`).toContain(`${section} · ${i + 1}`);
      }
      pages.forEach((p, i) => expect(p).toContain(`Page ${i + 1} of ${pages.length}`));
    },
    PRINT_TIMEOUT,
  );

  it(
    'prints the Chinese edition with Chinese glyphs, contents and footer in Chinese',
    async (ctx) => {
      const pdf = await printed('zh');
      if (NO_PDFTOTEXT) return ctx.skip(NO_PDFTOTEXT);
      const pages = pdfPages(pdf, 'zh');
      const all = pages.join('\n').replace(/\s+/g, ' ');
      expect(all).toContain(WORDS.zh.figure('747'));
      expect(all).toContain(WORDS.zh.share('18.0%'));
      expect(pages[0]).toContain('目录');
      expect(pages[0]).not.toContain('Contents');
      pages.forEach((p, i) => expect(p).toContain(`第 ${i + 1} 页，共 ${pages.length} 页`));
      // text extracted as Han characters, not as boxes or private-use codes of a missing font
      expect(all.match(/[\u4e00-\u9fff]/g)!.length).toBeGreaterThan(50);
    },
    PRINT_TIMEOUT,
  );

  it(
    'gives the same bytes for the same HTML (no print date in the metadata)',
    async () => {
      const again = await printed('again');
      expect(again.equals(enPdf)).toBe(true);
      expect(again.toString('latin1')).not.toMatch(/\/CreationDate|\/ModDate/);
    },
    PRINT_TIMEOUT,
  );
});

describe('report PDF errors and metadata', () => {
  it('names the missing Chromium and how to get one', async () => {
    const missing = path.join(work, 'no-chromium-here');
    const error = await renderReportPdf('<p>x</p>', { lang: 'en', chromiumPath: missing }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(PdfRendererError);
    expect((error as Error).message).toContain(`Chromium not found at ${missing}`);
    expect((error as Error).message).toContain('CHROMIUM_PATH');
  });

  it('blanks the print dates in place, keeping the length (and so every xref offset)', () => {
    const info =
      "1 0 obj\n<</Title (T)\n/CreationDate (D:20261203100831+00'00')\n/ModDate (D:20261203100831+00'00')>>\nendobj\n";
    const out = blankPdfDates(Buffer.from(info, 'latin1')).toString('latin1');
    expect(out.length).toBe(info.length);
    expect(out).not.toContain('D:2026');
    expect(out).toContain('/Title (T)');
  });
});
