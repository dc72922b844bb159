import type { Kysely } from 'kysely';

type AnyDb = Kysely<unknown>;

/**
 * Which lines of a document read from a PDF lie on which page. Records keep the line of the text
 * the reader extracted (src/sources/common/pdf-text.ts); a reader opens the PDF at a page, so each
 * page's first and last line are kept per document and any record's page is found from its line.
 * Documents read from text have no rows here.
 */
export function documentPages() {
  return {
    async up(db: AnyDb): Promise<void> {
      await db.schema
        .createTable('document_pages')
        .addColumn('document_id', 'integer', (c) =>
          c.notNull().references('source_documents.id').onDelete('cascade'),
        )
        .addColumn('page', 'integer', (c) => c.notNull())
        .addColumn('first_line', 'integer', (c) => c.notNull())
        .addColumn('last_line', 'integer', (c) => c.notNull())
        .addPrimaryKeyConstraint('document_pages_pk', ['document_id', 'page'])
        .execute();
    },
  };
}
