import type { Kysely } from 'kysely';
import type { Evidence } from '../analysis/evidence.js';
import { pagesOfLines } from '../store/document-pages.js';
import type { Database } from '../store/schema.js';
import type { EvidenceRecord } from './types.js';

/*
 * Turns a figure's evidence (record ids, DESIGN §4) into located records: the UN symbol (or URL,
 * or file name) and the paragraph, line and PDF page a reader opens. One query per kind and chunk
 * of ids, so a figure of a thousand records costs a handful of queries.
 */

export type EvidenceKind =
  Evidence['kind'] | 'hrc-text' | 'hrc-statement' | 'hrc-speaker-tally' | 'hrc-point-of-order';

export interface EvidenceResolver {
  resolve(kind: EvidenceKind, ids: readonly number[]): Promise<EvidenceRecord[]>;
}

/** Ids per statement: well under SQLite's bound-parameter limit, and cheap on PostgreSQL. */
const CHUNK = 500;

interface Located {
  id: number;
  documentId: number;
  line: number;
  symbol: string | null;
  url: string | null;
  fileName: string;
  date: string | null;
  paragraph: string | null;
}

/**
 * The tables whose records are a line of a document with an optional date of their own: one
 * query shape for all of them (the record's date, else its document's).
 */
const LINE_RECORD_TABLES = {
  'ngo-question': 'ngoQuestions',
  'ngo-event': 'ngoEvents',
  'ngo-vote': 'ngoVotes',
  // Council participation (docs/participation.md): a statement, a printed count of speakers,
  // a point of order, each at its line of the meeting summary, report or transcript
  'hrc-statement': 'hrcStatements',
  'hrc-speaker-tally': 'hrcSpeakerTallies',
  'hrc-point-of-order': 'hrcPointsOfOrder',
} as const satisfies Partial<Record<EvidenceKind, keyof Database>>;

type LineRecordKind = keyof typeof LINE_RECORD_TABLES;

function isLineRecordKind(kind: EvidenceKind): kind is LineRecordKind {
  return kind in LINE_RECORD_TABLES;
}

function locateLineRecords(
  db: Kysely<Database>,
  kind: LineRecordKind,
  ids: readonly number[],
): Promise<Located[]> {
  // every table named above has id, documentId, line and date; Kysely types a query over one
  // of them, the others alike
  const table = LINE_RECORD_TABLES[kind] as 'ngoQuestions';
  return db
    .selectFrom(`${table} as r`)
    .innerJoin('sourceDocuments as d', 'd.id', 'r.documentId')
    .select(['r.id', 'r.documentId', 'r.line', 'd.symbol', 'd.url', 'd.fileName'])
    .select((eb) => [
      eb.fn.coalesce('r.date', 'd.date').as('date'),
      eb.val<string | null>(null).as('paragraph'),
    ])
    .where('r.id', 'in', [...ids])
    .execute();
}

async function locate(
  db: Kysely<Database>,
  kind: EvidenceKind,
  ids: readonly number[],
): Promise<Located[]> {
  if (isLineRecordKind(kind)) return locateLineRecords(db, kind, ids);
  switch (kind) {
    case 'upr-recommendation':
      return (
        db
          .selectFrom('uprRecommendations as r')
          .innerJoin('sourceDocuments as d', 'd.id', 'r.documentId')
          .select([
            'r.id',
            'r.documentId',
            'r.line',
            'd.url',
            'd.fileName',
            'd.date',
            'r.paragraph',
          ])
          // the Working Group report the paragraph is in, when the source names it
          .select((eb) => eb.fn.coalesce('r.reportSymbol', 'd.symbol').as('symbol'))
          .where('r.id', 'in', [...ids])
          .execute()
      );
    case 'hrc-text':
      return db
        .selectFrom('hrcVotingTexts as r')
        .innerJoin('sourceDocuments as d', 'd.id', 'r.documentId')
        .select(['r.id', 'r.documentId', 'r.line', 'd.fileName'])
        .select((eb) => [
          eb.fn.coalesce('r.symbol', 'd.symbol').as('symbol'),
          eb.fn.coalesce('r.url', 'd.url').as('url'),
          eb.fn.coalesce('r.date', 'd.date').as('date'),
          eb.val<string | null>(null).as('paragraph'),
        ])
        .where('r.id', 'in', [...ids])
        .execute();
  }
}

export function evidenceResolver(db: Kysely<Database>): EvidenceResolver {
  return {
    async resolve(kind, ids) {
      const unique = [...new Set(ids)].sort((a, b) => a - b);
      const rows: Located[] = [];
      for (let i = 0; i < unique.length; i += CHUNK)
        rows.push(...(await locate(db, kind, unique.slice(i, i + CHUNK))));
      const pages = await pagesOfLines(db, rows);
      // ordered by id: the same evidence lists the same records in the same order on both dialects
      return rows
        .sort((a, b) => a.id - b.id)
        .map((r) => ({
          kind,
          id: r.id,
          symbol: r.symbol,
          url: r.url,
          fileName: r.fileName,
          date: r.date,
          paragraph: r.paragraph,
          line: r.line,
          page: pages.get(`${r.documentId}:${r.line}`) ?? null,
        }));
    },
  };
}
