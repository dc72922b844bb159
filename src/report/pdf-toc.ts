import type { Page } from 'playwright-core';

/** One line of the table of contents: a heading's text and level (2 or 3). */
export interface TocEntry {
  title: string;
  level: number;
}

interface OutlineNode {
  title: string;
  dest: string | unknown[] | null;
  items: OutlineNode[];
}

const norm = (s: string) => s.replace(/\s+/g, ' ').trim();

/**
 * The 1-based page each contents entry's heading is printed on, read from the PDF's outline
 * (Chromium writes one bookmark per heading, pointing at its page), or null when the outline does
 * not list every entry: then the contents keep their links but no numbers, rather than wrong ones.
 */
export async function outlinePages(
  pdf: Uint8Array,
  entries: readonly TocEntry[],
): Promise<number[] | null> {
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const task = getDocument({
    data: new Uint8Array(pdf),
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    verbosity: 0,
  });
  const doc = await task.promise;
  try {
    const flat: OutlineNode[] = [];
    const walk = (nodes: OutlineNode[] | null) => {
      for (const n of nodes ?? []) {
        flat.push(n);
        walk(n.items);
      }
    };
    walk((await doc.getOutline()) as OutlineNode[] | null);
    const pages: number[] = [];
    let at = 0;
    for (const entry of entries) {
      // in document order: the next bookmark with the entry's text (h1 and h4+ are skipped over)
      while (at < flat.length && norm(flat[at]!.title) !== entry.title) at++;
      const node = flat[at++];
      if (!node) return null;
      const dest = typeof node.dest === 'string' ? await doc.getDestination(node.dest) : node.dest;
      const ref = dest?.[0];
      if (ref === null || typeof ref !== 'object') return null;
      pages.push((await doc.getPageIndex(ref as { num: number; gen: number })) + 1);
    }
    return pages;
  } finally {
    await doc.destroy();
  }
}

/** Writes the page numbers into the contents inserted by renderReportPdf, one per entry. */
export async function applyTocPages(page: Page, pages: readonly number[]): Promise<void> {
  // source text, not a function: see insertToc in pdf.ts (bundlers that keep function names)
  await page.evaluate(
    `document.querySelectorAll('.gp-toc-page').forEach((el, i) => {
      const numbers = ${JSON.stringify(pages)};
      el.textContent = numbers[i] === undefined ? '' : String(numbers[i]);
    })`,
  );
}
