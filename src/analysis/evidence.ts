/**
 * Every figure carries the ids of the records behind it (DESIGN §4). `kind` names the table the
 * ids belong to so a client can resolve them through the API.
 */
export interface Evidence {
  kind: 'ngo-question' | 'ngo-event' | 'ngo-vote' | 'upr-recommendation';
  ids: number[];
}

export interface SourceRef {
  documentId: number;
  symbol: string | null;
  url: string | null;
  title: string | null;
  fileName: string;
  date: string | null;
  line: number;
  /** the PDF page the line is on, when the document was read from a PDF (document_pages) */
  page?: number | null;
  /** the document's own paragraph number ("140.35"), when the record has one (UPR reports) */
  paragraph?: string | null;
  passage: string;
}

/** The source-document columns every evidence query selects (the documents joined as `d`). */
export const DOCUMENT_COLUMNS = [
  'd.symbol',
  'd.url',
  'd.title',
  'd.fileName',
  'd.date as documentDate',
] as const;

/** The columns a query selects from a record and its source document, as a SourceRef. */
export interface SourceColumns {
  documentId: number;
  symbol: string | null;
  url: string | null;
  title: string | null;
  fileName: string;
  date: string | null;
  documentDate: string | null;
  line: number;
}

export function sourceRef(row: SourceColumns, passage: string): SourceRef {
  return {
    documentId: row.documentId,
    symbol: row.symbol,
    url: row.url,
    title: row.title,
    fileName: row.fileName,
    date: row.date ?? row.documentDate,
    line: row.line,
    passage,
  };
}
