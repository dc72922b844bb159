import { toCsv } from '../../csv.js';
import { matchDocs, type UprSearchFilters, type UprSearchIndex } from './index.js';

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

/** Every recommendation a query and filters select (not one page): the CSV export of a search. */
export function searchCsv(
  index: UprSearchIndex,
  q: string,
  filters: UprSearchFilters = {},
): string {
  const { docs } = matchDocs(index, q, filters);
  return toCsv(
    SEARCH_CSV_HEADER,
    Array.from(docs, (d) => {
      const r = index.docs[d]!;
      return [
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
      ];
    }),
  );
}
