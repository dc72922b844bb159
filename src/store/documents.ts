import { createHash } from 'node:crypto';
import type { Insertable, Kysely, Transaction } from 'kysely';
import type { SourceDocumentMeta } from '../domain/provenance.js';
import type { Database } from './schema.js';

export function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

export async function findDocumentBySha(db: Kysely<Database>, sha: string) {
  return db.selectFrom('sourceDocuments').selectAll().where('sha256', '=', sha).executeTakeFirst();
}

export async function insertDocument(
  trx: Transaction<Database>,
  doc: {
    sha256: string;
    kind: string;
    fileName: string;
    byteSize: number;
    meta: SourceDocumentMeta;
  },
): Promise<number> {
  const row = await trx
    .insertInto('sourceDocuments')
    .values({
      sha256: doc.sha256,
      kind: doc.kind,
      fileName: doc.fileName,
      byteSize: doc.byteSize,
      symbol: doc.meta.symbol,
      url: doc.meta.url,
      title: doc.meta.title,
      date: doc.meta.date,
      year: doc.meta.year,
      language: doc.meta.language,
      importedAt: new Date().toISOString(),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** Inserts rows in chunks small enough for SQLite's and PostgreSQL's bound-parameter limits. */
export async function insertChunked<T extends keyof Database & string>(
  trx: Transaction<Database>,
  table: T,
  rows: readonly Insertable<Database[T]>[],
  chunk = 400,
): Promise<void> {
  for (let i = 0; i < rows.length; i += chunk) {
    await trx
      .insertInto(table)
      .values(rows.slice(i, i + chunk))
      .execute();
  }
}
