import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { promisify } from 'node:util';
import type { Browser, Page } from 'playwright-core';
import { applyTocPages, outlinePages, type TocEntry } from './pdf-toc.js';
import { blankPdfDates } from './pdf-metadata.js';

/**
 * The annual report as PDF (issue 13): the report's self-contained HTML printed by headless
 * Chromium through playwright-core, the browser the browser tests drive (Debian's `chromium`).
 * Chromium is what lays the HTML out for the web, so the PDF shows the same charts and tables,
 * honours the report's print CSS (@page, break rules) and finds CJK glyphs through fontconfig
 * (fonts-noto-cjk). See docs/report.md ("PDF") and docs/decisions/0009-report-pdf-chromium.md.
 */

export interface PdfOptions {
  lang: 'en' | 'zh';
  /** the Chromium binary; default CHROMIUM_PATH, else /usr/bin/chromium */
  chromiumPath?: string;
  /** a table of contents from the report's h2/h3 headings, with page numbers (default true) */
  toc?: boolean;
  /** short text printed left of the page number on every page (default: the HTML's <title>) */
  footerText?: string;
}

/** What is missing for a PDF: said in words a user can act on, never as a Playwright stack. */
export class PdfRendererError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PdfRendererError';
  }
}

export const DEFAULT_CHROMIUM = '/usr/bin/chromium';

export function chromiumPath(options: Pick<PdfOptions, 'chromiumPath'> = {}): string {
  return options.chromiumPath ?? process.env.CHROMIUM_PATH ?? DEFAULT_CHROMIUM;
}

const LABELS = {
  en: {
    contents: 'Contents',
    page: (n: string, total: string) => `Page ${n} of ${total}`,
  },
  zh: {
    contents: '目录',
    page: (n: string, total: string) => `第 ${n} 页，共 ${total} 页`,
  },
} as const;

/**
 * Rendered twice when there is a table of contents: the first print tells on which page each
 * heading fell (read from the PDF's own outline, which Chromium writes from the headings), the
 * second prints the same layout with those numbers in the contents. The page-number column has a
 * fixed width in both prints, so filling it in moves nothing.
 */
export async function renderReportPdf(html: string, options: PdfOptions): Promise<Buffer> {
  const executablePath = chromiumPath(options);
  if (!existsSync(executablePath))
    throw new PdfRendererError(
      `Chromium not found at ${executablePath}: install Debian's chromium (apt-get install chromium) or set CHROMIUM_PATH to a Chromium binary`,
    );
  if (options.lang === 'zh') await requireCjkFont();
  let playwright: typeof import('playwright-core');
  try {
    playwright = await import('playwright-core');
  } catch {
    throw new PdfRendererError(
      'playwright-core is not installed: run npm install (it drives Chromium to print the PDF)',
    );
  }
  let browser: Browser;
  try {
    browser = await playwright.chromium.launch({
      executablePath,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-sync'],
    });
  } catch (error) {
    const why = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new PdfRendererError(`Chromium at ${executablePath} did not start: ${why}`);
  }
  try {
    const page = await browser.newPage();
    // the HTML is self-contained: anything it would fetch is refused, so the PDF never depends
    // on the network (and a stray URL in a record cannot make the renderer call out)
    await page.route('**/*', (route) => route.abort());
    await page.setContent(html, { waitUntil: 'load' });
    await page.emulateMedia({ media: 'print' });
    const lang = LABELS[options.lang];
    const entries = options.toc === false ? [] : await insertToc(page, lang.contents);
    const footer = footerTemplate(
      options.footerText ?? (await page.title()),
      lang.page('<span class="pageNumber"></span>', '<span class="totalPages"></span>'),
    );
    const print = async () =>
      Buffer.from(
        await page.pdf({
          format: 'A4',
          // the report's @page rules (size, margins) win over the defaults below
          preferCSSPageSize: true,
          printBackground: true,
          outline: true,
          tagged: true,
          displayHeaderFooter: true,
          headerTemplate: '<span></span>',
          footerTemplate: footer,
          margin: { top: '18mm', bottom: '20mm', left: '16mm', right: '16mm' },
        }),
      );
    let pdf = await print();
    if (entries.length > 0) {
      const pages = await outlinePages(pdf, entries);
      if (pages) {
        await applyTocPages(page, pages);
        pdf = await print();
      }
    }
    return blankPdfDates(pdf);
  } finally {
    await browser.close();
  }
}

/**
 * Chromium prints whatever fonts fontconfig offers; without a CJK font the Chinese edition would
 * be boxes. fc-list comes with fontconfig, which Chromium needs anyway; when it is missing the
 * check is left to Chromium.
 */
async function requireCjkFont(): Promise<void> {
  let families: string;
  try {
    families = (await promisify(execFile)('fc-list', [':lang=zh', 'family'])).stdout;
  } catch {
    return;
  }
  if (families.trim() === '')
    throw new PdfRendererError(
      'no Chinese font found (fc-list :lang=zh is empty): install fonts-noto-cjk for the Chinese edition',
    );
}

function footerTemplate(text: string, pageText: string): string {
  // the footer is printed in its own document: its styles must be inline and its size explicit
  const escaped = text.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
  return (
    `<div style="font-size:8pt;width:100%;margin:0 16mm;display:flex;justify-content:space-between;` +
    `font-family:'Noto Sans','Noto Sans CJK SC',sans-serif;color:#555">` +
    `<span>${escaped}</span><span>${pageText}</span></div>`
  );
}

/**
 * Gives the PDF a table of contents with a page-number column. The report's own contents (a
 * `nav.toc` or `[data-report-toc]` whose links point at sections) are kept and numbered: each link's
 * entry is the first heading at or inside its target. Without one, a contents list is built after
 * the first h1 from every h2 and h3. Returns the entries in document order.
 */
async function insertToc(page: Page, title: string): Promise<TocEntry[]> {
  // Passed as source text, not a function: a bundler that keeps function names (tsx, esbuild)
  // would wrap the function's inner arrows in a helper the page does not have.
  return (await page.evaluate(
    `(${TOC_SCRIPT})(${JSON.stringify(title)}, ${JSON.stringify(TOC_CSS)})`,
  )) as TocEntry[];
}

/** insertToc's work in the page (plain JavaScript, run by Chromium). */
/** The contents' layout: a fixed page-number column, so numbering the entries moves nothing. */
const TOC_CSS = `
      .gp-toc-built { break-after: page; margin: 1.5em 0; }
      .gp-toc-title { font-size: 1.3em; font-weight: 600; margin: 0 0 .6em; }
      .gp-toc-built ol { list-style: none; margin: 0; padding: 0; }
      .gp-toc li { display: flex; align-items: baseline; gap: .5em; margin: .25em 0; break-inside: avoid; }
      .gp-toc li.gp-toc-l3 { padding-left: 1.5em; font-size: .95em; }
      .gp-toc li > a { flex: 1; color: inherit; text-decoration: none; border-bottom: 1px dotted #999; }
      .gp-toc-page { flex: 0 0 3em; text-align: right; font-variant-numeric: tabular-nums; }
`;

const TOC_SCRIPT = String.raw`(contents, css) => {
    const clean = (el) => (el.textContent ?? '').replace(/\s+/g, ' ').trim();
    const entries = [];
    const numberColumn = () => {
      const num = document.createElement('span');
      num.className = 'gp-toc-page';
      return num;
    };
    const existing = document.querySelector('[data-report-toc], nav.toc');
    const links = existing ? [...existing.querySelectorAll('a[href^="#"]')] : [];
    if (existing && links.length > 0) {
      for (const a of links) {
        const target = document.getElementById(decodeURIComponent(a.hash.slice(1)));
        const heading = target?.matches('h1, h2, h3, h4')
          ? target
          : target?.querySelector('h1, h2, h3, h4');
        const li = a.closest('li');
        if (!heading || !li) continue;
        li.append(numberColumn());
        entries.push({ title: clean(heading), level: Number(heading.tagName.slice(1)) });
      }
      existing.classList.add('gp-toc');
    } else {
      const headings = [...document.querySelectorAll('h2, h3')].filter(
        (h) => h.offsetParent !== null,
      );
      if (headings.length === 0) return [];
      const nav = document.createElement('nav');
      nav.className = 'gp-toc gp-toc-built';
      nav.setAttribute('aria-label', contents);
      const h1 = document.querySelector('h1');
      if (h1) h1.after(nav);
      else document.body.prepend(nav);
      // a title that is not a heading, so the contents do not list (or outline) themselves
      const head = document.createElement('p');
      head.className = 'gp-toc-title';
      head.textContent = contents;
      const list = document.createElement('ol');
      headings.forEach((h, i) => {
        if (!h.id) h.id = 'gp-toc-' + (i + 1);
        const level = h.tagName === 'H2' ? 2 : 3;
        const li = document.createElement('li');
        li.className = 'gp-toc-l' + level;
        const a = document.createElement('a');
        a.href = '#' + h.id;
        a.textContent = clean(h);
        li.append(a, numberColumn());
        list.append(li);
        entries.push({ title: clean(h), level });
      });
      nav.append(head, list);
    }
    const style = document.createElement('style');
    style.textContent = css;
    document.head.append(style);
    return entries;
  }`;
