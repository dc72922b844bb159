import type { SourceRef } from '../api';
import type { Messages } from '../i18n';

/**
 * Where in the document a record was read, as a reader looks it up: the line of the file, then the
 * PDF page and the document's paragraph number when the record has them ("line 7, p. 12, para.
 * 140.35"; "第 7 行，第 12 页，第 140.35 段"). Lines count in the text as read (from a PDF, its
 * extracted text); the page is the one to open in the PDF.
 */
export function sourceLocator(
  source: Pick<SourceRef, 'line' | 'page' | 'paragraph'>,
  t: Pick<Messages, 'sourceLine' | 'sourcePage' | 'sourceParagraph' | 'sourcePartSeparator'>,
): string {
  const parts = [t.sourceLine(String(source.line))];
  if (source.page !== undefined && source.page !== null)
    parts.push(t.sourcePage(String(source.page)));
  if (source.paragraph) parts.push(t.sourceParagraph(source.paragraph));
  return parts.join(t.sourcePartSeparator);
}
