import type { Kysely, Transaction } from 'kysely';
import type { PdfLine } from '../sources/common/pdf-text.js';
import type { Database } from './schema.js';

/** Page ranges of a PDF's text lines (line N is lines[N - 1]); pages follow each other in order. */
export function pageRanges(
  lines: readonly Pick<PdfLine, 'page'>[],
): { page: number; firstLine: number; lastLine: number }[] {
  const out: { page: number; firstLine: number; lastLine: number }[] = [];
  lines.forEach((l, i) => {
    const last = out.at(-1);
    if (last !== undefined && last.page === l.page) last.lastLine = i + 1;
    else out.push({ page: l.page, firstLine: i + 1, lastLine: i + 1 });
  });
  return out;
}

export async function insertDocumentPages(
  trx: Transaction<Database>,
  documentId: number,
  lines: readonly Pick<PdfLine, 'page'>[],
): Promise<void> {
  const rows = pageRanges(lines).map((r) => ({ documentId, ...r }));
  for (let i = 0; i < rows.length; i += 200)
    await trx
      .insertInto('documentPages')
      .values(rows.slice(i, i + 200))
      .execute();
}

/**
 * The PDF page each (document, line) lies on; a document read from text, or a line outside
 * every page, is absent from the map. Keys are `${documentId}:${line}`.
 */
export async function pagesOfLines(
  db: Kysely<Database>,
  refs: readonly { documentId: number; line: number }[],
): Promise<Map<string, number>> {
  const out = new Map<string, number>();
  const ids = [...new Set(refs.map((r) => r.documentId))];
  if (ids.length === 0) return out;
  const ranges = await db
    .selectFrom('documentPages')
    .select(['documentId', 'page', 'firstLine', 'lastLine'])
    .where('documentId', 'in', ids)
    .execute();
  for (const r of refs) {
    const hit = ranges.find(
      (p) => p.documentId === r.documentId && p.firstLine <= r.line && r.line <= p.lastLine,
    );
    if (hit) out.set(`${r.documentId}:${r.line}`, hit.page);
  }
  return out;
}
