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

/** A bookmark of the PDF's outline in document order, with the 1-based page it points at. */
interface Bookmark {
  title: string;
  page: number | null;
}

/**
 * The 1-based page each contents entry's heading is printed on, read from the PDF's outline
 * (Chromium writes one bookmark per heading, pointing at its page), or null when the outline does
 * not list every entry: then the contents keep their links but no numbers, rather than wrong ones.
 */
export async function outlinePages(
  pdf: Uint8Array,
  entries: readonly TocEntry[],
): Promise<number[] | null> {
  const bookmarks = readSkiaOutline(pdf) ?? (await readOutlineWithPdfJs(pdf));
  const pages: number[] = [];
  let at = 0;
  for (const entry of entries) {
    // in document order: the next bookmark with the entry's text (h1 and h4+ are skipped over)
    while (at < bookmarks.length && norm(bookmarks[at]!.title) !== entry.title) at++;
    const page = bookmarks[at++]?.page;
    if (page === undefined || page === null) return null;
    pages.push(page);
  }
  return pages;
}

/**
 * The outline read straight from the bytes, as Chromium's PDF writer (Skia) lays it out: plain
 * objects, no object streams, each bookmark a /Title and a /Dest naming its page object. Seconds
 * faster than opening the file with pdf.js (import, worker, cross-reference parse) on a report of
 * a megabyte. Null when the file is not shaped so; pdf.js reads it then.
 */
export function readSkiaOutline(pdf: Uint8Array): Bookmark[] | null {
  const text = Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength).toString('latin1');
  if (text.includes('/ObjStm')) return null;
  const objects = new Map<number, string>();
  for (const m of text.matchAll(/(?:^|\n)(\d+) 0 obj\s*<</g)) {
    // dictionaries of pages and bookmarks are short: look no further than 4,000 characters
    const start = m.index + m[0].length;
    const window = text.slice(start, start + 4000);
    const stop = window.indexOf('>>\nendobj');
    const stream = window.indexOf('>>\nstream');
    const end = stream >= 0 && (stop < 0 || stream < stop) ? stream : stop;
    if (end > 0) objects.set(Number(m[1]), window.slice(0, end));
  }
  const ref = (dict: string | undefined, key: string): number | null => {
    const m = dict ? new RegExp(`/${key} (\\d+) 0 R`).exec(dict) : null;
    return m ? Number(m[1]) : null;
  };
  const catalog = [...objects.values()].find((d) => d.includes('/Type /Catalog'));
  const pagesRoot = ref(catalog, 'Pages');
  const outlines = ref(catalog, 'Outlines');
  if (pagesRoot === null || outlines === null) return null;
  const pageIndex = new Map<number, number>();
  const walkPages = (n: number, depth: number) => {
    const dict = objects.get(n);
    const kids = dict && /\/Type \/Pages\b/.test(dict) ? /\/Kids \[([^\]]*)\]/.exec(dict) : null;
    if (!kids) {
      pageIndex.set(n, pageIndex.size + 1);
      return;
    }
    if (depth > 32) return;
    for (const k of kids[1]!.matchAll(/(\d+) 0 R/g)) walkPages(Number(k[1]), depth + 1);
  };
  walkPages(pagesRoot, 0);
  const out: Bookmark[] = [];
  const seen = new Set<number>();
  const walkItems = (first: number | null) => {
    for (let n = first; n !== null && !seen.has(n); n = ref(objects.get(n), 'Next')) {
      seen.add(n);
      const dict = objects.get(n);
      if (!dict) return;
      const title = /\/Title (<[0-9A-Fa-f\s]*>|\((?:\\.|[^\\)])*\))/.exec(dict);
      const dest = /\/Dest \[(\d+) 0 R/.exec(dict);
      if (title)
        out.push({
          title: pdfString(title[1]!),
          page: dest ? (pageIndex.get(Number(dest[1])) ?? null) : null,
        });
      walkItems(ref(dict, 'First'));
    }
  };
  walkItems(ref(objects.get(outlines), 'First'));
  return out.length > 0 ? out : null;
}

/** A PDF string: <FEFF…> hex in UTF-16BE, other hex as bytes, or a (literal) with its escapes. */
function pdfString(raw: string): string {
  if (raw.startsWith('<')) {
    const hex = raw.slice(1, -1).replace(/\s+/g, '');
    const bytes = Buffer.from(hex, 'hex');
    if (bytes[0] === 0xfe && bytes[1] === 0xff) {
      let s = '';
      for (let i = 2; i + 1 < bytes.length; i += 2) s += String.fromCharCode(bytes.readUInt16BE(i));
      return s;
    }
    return bytes.toString('latin1');
  }
  return raw
    .slice(1, -1)
    .replace(/\\([nrtbf()\\])/g, (_, c: string) =>
      c === 'n'
        ? '\n'
        : c === 'r'
          ? '\r'
          : c === 't'
            ? '\t'
            : c === 'b'
              ? '\b'
              : c === 'f'
                ? '\f'
                : c,
    );
}

async function readOutlineWithPdfJs(pdf: Uint8Array): Promise<Bookmark[]> {
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
    const out: Bookmark[] = [];
    const walk = async (nodes: OutlineNode[] | null) => {
      for (const n of nodes ?? []) {
        const dest = typeof n.dest === 'string' ? await doc.getDestination(n.dest) : n.dest;
        const ref = dest?.[0];
        const page =
          ref !== null && typeof ref === 'object'
            ? (await doc.getPageIndex(ref as { num: number; gen: number })) + 1
            : null;
        out.push({ title: n.title, page });
        await walk(n.items);
      }
    };
    await walk((await doc.getOutline()) as OutlineNode[] | null);
    return out;
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
