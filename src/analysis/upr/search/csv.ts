import { toCsv } from '../../csv.js';
import { matchDocs, type SearchDoc, type UprSearchFilters, type UprSearchIndex } from './index.js';

export const SEARCH_CSV_HEADER = [
  'id',
  'sur',
  'from',
  'cycle',
  'session',
  'response',
  'response_raw',
  'action_category',
  'themes',
  'source_kind',
  'report_symbol',
  'paragraph',
  'document_id',
  'line',
  'text',
] as const;

/** The CSV of the documents given, in their order. */
export function searchCsvOf(docs: readonly SearchDoc[]): string {
  return toCsv(
    SEARCH_CSV_HEADER,
    docs.map((r) => [
      r.id,
      r.sur,
      r.from.join(' '),
      r.cycle,
      r.session,
      r.response,
      r.responseRaw,
      r.actionCategory,
      r.themes.join('; '),
      r.sourceKind,
      r.reportSymbol,
      r.paragraph,
      r.documentId,
      r.line,
      r.text,
    ]),
  );
}

/**
 * Every recommendation a query and filters select (not one page): the CSV export of a search, from
 * an index that holds its documents (the stored index: searchCsvStored in load.ts).
 */
export function searchCsv(
  index: UprSearchIndex,
  q: string,
  filters: UprSearchFilters = {},
): string {
  const { docs } = matchDocs(index, q, filters);
  if (docs.length > 0 && !index.docs)
    throw new Error('this search index keeps no texts: use searchCsvStored');
  return searchCsvOf(Array.from(docs, (d) => index.docs![d]!));
}
