import type { Kysely } from 'kysely';
import { pagesOfLines } from '../store/document-pages.js';
import type { Database } from '../store/schema.js';
import type { SourceRef } from './evidence.js';

function isSourceRef(v: object): v is SourceRef {
  return 'documentId' in v && 'line' in v && 'fileName' in v && 'passage' in v;
}

/**
 * Gives every source reference in a result the PDF page its line is on, when its document was read
 * from a PDF (document_pages); a reference from a text file gets no page. One query for the whole
 * result, whatever its shape (lists, histories with nested questions and votes).
 */
export async function withPages<T extends object>(db: Kysely<Database>, result: T): Promise<T> {
  const refs: SourceRef[] = [];
  const walk = (v: unknown): void => {
    if (Array.isArray(v)) v.forEach(walk);
    else if (v !== null && typeof v === 'object') {
      if (isSourceRef(v)) refs.push(v);
      else Object.values(v).forEach(walk);
    }
  };
  walk(result);
  if (refs.length === 0) return result;
  const pages = await pagesOfLines(db, refs);
  for (const r of refs) {
    const page = pages.get(`${r.documentId}:${r.line}`);
    if (page !== undefined) r.page = page;
  }
  return result;
}
