import type { Kysely } from 'kysely';
import type { Database } from '../../store/schema.js';

/*
 * An organisation's speaking record at the Human Rights Council, from the participation module's
 * tables (migration 012): the statements it delivered, the joint statements it co-signed, and the
 * points of order raised against its speakers, each with its document and line. Speakers are
 * stored by printed name and key; they are joined here by the keys of this organisation's names
 * (canonical, the Committee's aliases, editors' English and Chinese names), and only by keys no
 * other organisation shares, as the participation figures do: a shared key is not guessed.
 */

export interface SpeakingSource {
  documentId: number;
  fileName: string;
  url: string | null;
  line: number;
  passage: string;
}

export interface SpokenStatement {
  id: number;
  session: string | null;
  date: string | null;
  agendaItem: string | null;
  debate: string | null;
  speakerAsPrinted: string;
  joint: boolean;
  source: SpeakingSource;
}

export interface SpeakingRecord {
  /** the name keys the record was joined by */
  keys: string[];
  statements: SpokenStatement[];
  /** joint statements delivered by another speaker that list this organisation */
  cosigned: SpokenStatement[];
  pointsOfOrderAgainst: {
    id: number;
    session: string | null;
    date: string | null;
    raisedBy: string | null;
    outcome: string;
    ruling: string | null;
    source: SpeakingSource;
  }[];
  /** statements and co-signatures per session, oldest first */
  bySession: { session: string; statements: number; cosigned: number }[];
}

async function ownKeys(db: Kysely<Database>, organizationId: number): Promise<string[]> {
  const [org, aliases, names] = await Promise.all([
    db.selectFrom('organizations').select('nameKey').where('id', '=', organizationId).execute(),
    db
      .selectFrom('organizationAliases')
      .select('nameKey')
      .where('organizationId', '=', organizationId)
      .execute(),
    db
      .selectFrom('organizationNames')
      .select('nameKey')
      .where('organizationId', '=', organizationId)
      .where('kind', '=', 'alias')
      .execute(),
  ]);
  const keys = [...new Set([...org, ...aliases, ...names].map((r) => r.nameKey))].filter(Boolean);
  if (keys.length === 0) return [];
  const shared = new Set<string>();
  for (const table of ['organizations', 'organizationAliases', 'organizationNames'] as const) {
    const idColumn = table === 'organizations' ? 'id' : 'organizationId';
    const rows = await db
      .selectFrom(table)
      .select('nameKey')
      .where('nameKey', 'in', keys)
      .where(idColumn, '!=', organizationId)
      .execute();
    for (const r of rows) shared.add(r.nameKey);
  }
  return keys.filter((k) => !shared.has(k));
}

const STATEMENT_COLUMNS = [
  's.id',
  's.session',
  's.date',
  's.agendaItem',
  's.debate',
  's.speaker',
  's.joint',
  's.documentId',
  's.line',
  's.passage',
  'd.fileName',
  'd.url',
] as const;

export async function speakingRecord(
  db: Kysely<Database>,
  organizationId: number,
): Promise<SpeakingRecord> {
  const keys = await ownKeys(db, organizationId);
  if (keys.length === 0)
    return { keys, statements: [], cosigned: [], pointsOfOrderAgainst: [], bySession: [] };
  const statement = (r: {
    id: number;
    session: string | null;
    date: string | null;
    agendaItem: string | null;
    debate: string | null;
    speaker: string;
    joint: number;
    documentId: number;
    line: number;
    passage: string;
    fileName: string;
    url: string | null;
  }): SpokenStatement => ({
    id: r.id,
    session: r.session,
    date: r.date,
    agendaItem: r.agendaItem,
    debate: r.debate,
    speakerAsPrinted: r.speaker,
    joint: r.joint === 1,
    source: {
      documentId: r.documentId,
      fileName: r.fileName,
      url: r.url,
      line: r.line,
      passage: r.passage,
    },
  });
  const [spoken, cosigned, points] = await Promise.all([
    db
      .selectFrom('hrcStatements as s')
      .innerJoin('sourceDocuments as d', 'd.id', 's.documentId')
      .select(STATEMENT_COLUMNS)
      .where('s.speakerKind', '=', 'ngo')
      .where('s.speakerKey', 'in', keys)
      .orderBy('s.id')
      .execute(),
    db
      .selectFrom('hrcStatementCosigners as c')
      .innerJoin('hrcStatements as s', 's.id', 'c.statementId')
      .innerJoin('sourceDocuments as d', 'd.id', 's.documentId')
      .select(STATEMENT_COLUMNS)
      .where('c.nameKey', 'in', keys)
      .where('s.speakerKey', 'not in', keys)
      .orderBy('s.id')
      .execute(),
    db
      .selectFrom('hrcPointsOfOrder as p')
      .innerJoin('sourceDocuments as d', 'd.id', 'p.documentId')
      .select([
        'p.id',
        'p.session',
        'p.date',
        'p.raisedBy',
        'p.outcome',
        'p.ruling',
        'p.documentId',
        'p.line',
        'p.passage',
        'd.fileName',
        'd.url',
      ])
      .where('p.targetOrganizationKey', 'in', keys)
      .orderBy('p.id')
      .execute(),
  ]);
  const statements = spoken.map(statement);
  const cosignedStatements = cosigned.map(statement);
  const sessions = new Map<string, { statements: number; cosigned: number }>();
  const tally = (s: SpokenStatement, field: 'statements' | 'cosigned') => {
    const key = s.session ?? (s.date ? s.date.slice(0, 4) : 'unknown');
    const row = sessions.get(key) ?? { statements: 0, cosigned: 0 };
    row[field]++;
    sessions.set(key, row);
  };
  for (const s of statements) tally(s, 'statements');
  for (const s of cosignedStatements) tally(s, 'cosigned');
  return {
    keys,
    statements,
    cosigned: cosignedStatements,
    pointsOfOrderAgainst: points.map((p) => ({
      id: p.id,
      session: p.session,
      date: p.date,
      raisedBy: p.raisedBy,
      outcome: p.outcome,
      ruling: p.ruling,
      source: {
        documentId: p.documentId,
        fileName: p.fileName,
        url: p.url,
        line: p.line,
        passage: p.passage,
      },
    })),
    bySession: [...sessions.entries()]
      .map(([session, counts]) => ({ session, ...counts }))
      .sort((a, b) => a.session.localeCompare(b.session, 'en', { numeric: true })),
  };
}
