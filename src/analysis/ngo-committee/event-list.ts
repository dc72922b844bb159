import type { Kysely } from 'kysely';
import {
  ngoSessionReport,
  type NgoSessionReport,
} from '../../domain/reference/ngo-committee-reports.js';
import type { Database } from '../../store/schema.js';
import { DOCUMENT_COLUMNS, sourceRef, type SourceRef } from '../evidence.js';
import { withPages } from '../source-pages.js';
import type { Page } from './question-list.js';

/**
 * The source of a decision event: the file and line it was read from and, for a row of the
 * compiled decision tables, the Committee's report of that session the row follows
 * (src/domain/reference/ngo-committee-reports.ts).
 */
export interface EventSource extends SourceRef {
  report: NgoSessionReport | null;
}

export function eventSource(
  row: Parameters<typeof sourceRef>[0] & { documentKind: string },
  passage: string,
): EventSource {
  const source = sourceRef(row, passage);
  return {
    ...source,
    report: row.documentKind === 'ngo-decision-table' ? ngoSessionReport(source.date) : null,
  };
}

export interface ListedEvent {
  id: number;
  organizationId: number;
  organization: string;
  date: string | null;
  year: number | null;
  session: string | null;
  action: string;
  status: string;
  /** the list it came from ('deferred', 'deferred-new', 'deferred-reclassification', 'press', …) */
  sourceKind: string;
  nameAsPrinted: string;
  source: EventSource;
}

/**
 * The decision events (deferrals, grants, closures…) with the given ids, each with its source: what
 * the `ngo-event` evidence of a figure resolves to.
 */
export async function listEvents(
  db: Kysely<Database>,
  ids: readonly number[],
  page = 1,
  pageSize = 50,
): Promise<Page<ListedEvent>> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return { total: 0, page, pageSize, items: [] };
  const rows = [];
  // bound parameters stay well under SQLite's limit whatever the list's length
  for (let i = 0; i < unique.length; i += 5000) {
    rows.push(
      ...(await db
        .selectFrom('ngoEvents as e')
        .innerJoin('sourceDocuments as d', 'd.id', 'e.documentId')
        .innerJoin('organizations as o', 'o.id', 'e.organizationId')
        .select([
          'e.id',
          'e.organizationId',
          'o.name as organization',
          'e.date',
          'e.year',
          'e.session',
          'e.action',
          'e.status',
          'e.sourceKind',
          'e.nameAsPrinted',
          'e.documentId',
          'e.line',
          'e.passage',
          'd.kind as documentKind',
          ...DOCUMENT_COLUMNS,
        ])
        .where('e.id', 'in', unique.slice(i, i + 5000))
        .execute()),
    );
  }
  rows.sort(
    (a, b) =>
      (a.date ?? `${a.year ?? 0}-07-01`).localeCompare(b.date ?? `${b.year ?? 0}-07-01`) ||
      a.id - b.id,
  );
  return withPages(db, {
    total: rows.length,
    page,
    pageSize,
    items: rows.slice((page - 1) * pageSize, page * pageSize).map((r) => ({
      id: r.id,
      organizationId: r.organizationId,
      organization: r.organization,
      date: r.date,
      year: r.year,
      session: r.session,
      action: r.action,
      status: r.status,
      sourceKind: r.sourceKind,
      nameAsPrinted: r.nameAsPrinted,
      source: eventSource(r, r.passage),
    })),
  });
}
