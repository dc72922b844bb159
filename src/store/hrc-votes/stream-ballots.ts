import path from 'node:path';
import type { Transaction } from 'kysely';
import type { Ballot } from '../../domain/hrc-votes.js';
import type { ParseProblem, SourceDocumentMeta } from '../../domain/provenance.js';
import { csvParseProblems } from '../../sources/common/csv-rows.js';
import { hasFatal } from '../../sources/common/parse-result.js';
import { ohchrVotesParser } from '../../sources/hrc-votes/ohchr-votes.js';
import { ungaVotesParser } from '../../sources/hrc-votes/unga.js';
import { insertDocument } from '../documents.js';
import type { FileSource } from '../file-chunks.js';
import type { FileImportReport } from '../import-report.js';
import {
  fatalProblem,
  importedReport,
  rejectedReport,
  storeFailed,
  withFile,
} from '../import-runner.js';
import type { Store } from '../open-store.js';
import { readCsvRows } from '../read-csv-rows.js';
import type { Database } from '../schema.js';
import { linkPressTexts } from './link-press.js';
import { storeBallots, unknownTextProblem } from './store-records.js';

/** The ballot files read and stored in chunks: the two large exports of per-state votes. */
export type StreamedKind = 'ohchr-votes' | 'unga-votes';

export function isStreamedKind(kind: string): kind is StreamedKind {
  return kind === 'ohchr-votes' || kind === 'unga-votes';
}

export interface StreamedFile {
  file: string;
  kind: StreamedKind;
  /** of the bytes as first read; the file read again must give the same */
  sha: string;
  byteSize: number;
  source: FileSource;
}

type Trx = Transaction<Database>;

// PostgreSQL takes ballots in multi-row inserts of this many (storeBallots' own chunk).
const PG_BALLOT_BATCH = 4000;

/**
 * Imports a file of ballots as it reads it: rows are parsed and stored chunk by chunk inside the
 * file's one transaction, so memory stays flat whatever the file's size. The result is the one
 * the whole-file import gives (same rows in the same order, same counts, same problems): a file
 * with a fatal problem, or ballots whose texts are not stored, is rolled back whole and rejected
 * with the same report.
 */
export async function importStreamedBallots(
  store: Store,
  p: StreamedFile,
  meta: SourceDocumentMeta,
  ungaDates: ReadonlyMap<string, string> | undefined,
): Promise<FileImportReport> {
  const { file, kind } = p;
  const docKind = `hrc-votes:${kind}`;
  const base = path.basename(file).replace(/\.gz$/i, '');
  try {
    const result = await store.db.transaction().execute(async (trx) => {
      const documentId = await insertDocument(trx, {
        sha256: p.sha,
        kind: docKind,
        fileName: path.basename(file),
        byteSize: p.byteSize,
        meta,
      });
      const ids = await textIdsOfSource(trx, kind === 'unga-votes' ? 'unvotes' : 'ohchr');
      const parser =
        kind === 'unga-votes'
          ? ungaVotesParser(base, { rollCallDates: ungaDates })
          : ohchrVotesParser(base);
      const writer = new BallotWriter(store, trx, documentId, ids);
      const missing: { sourceKey: string; line: number }[] = [];
      const read = await readCsvRows(
        p.source,
        base,
        parser,
        (b) => {
          if (!ids.has(b.sourceKey)) missing.push({ sourceKey: b.sourceKey, line: b.locator.line });
          // once the file is refused nothing more is worth writing: it will be rolled back
          else if (missing.length === 0) writer.add(b);
        },
        () => writer.flush(),
      );
      await writer.flush();
      if (read.sha256 !== p.sha)
        throw new Rejected([
          fatalProblem(
            file,
            0,
            'file-changed',
            'the file changed while it was being imported; nothing was stored (import it again)',
          ),
        ]);
      const problems = withFile(csvParseProblems(read.csvProblems, parser.problems), file);
      if (hasFatal(problems)) throw new Rejected(problems);
      const refused = unknownTextProblem(missing, ids, file);
      if (refused) throw new Rejected([refused, ...problems]);
      const counts: Record<string, number> = {
        ballots: writer.inserted,
        duplicateBallots: writer.offered - writer.inserted,
      };
      counts.linkedPress = await linkPressTexts(trx);
      return { documentId, counts, problems };
    });
    return importedReport(file, docKind, result.documentId, result.counts, result.problems);
  } catch (error) {
    // The transaction has rolled back: the database is as it was before this file.
    if (error instanceof Rejected) return rejectedReport(file, error.problems, docKind);
    return storeFailed(store, file, p.sha, error);
  }
}

class Rejected extends Error {
  constructor(readonly problems: ParseProblem[]) {
    super(problems[0]?.message ?? 'rejected');
  }
}

/** The stored ids of every text of one source (ohchr, unvotes), by source key. */
async function textIdsOfSource(trx: Trx, source: string): Promise<Map<string, number>> {
  const rows = await trx
    .selectFrom('hrcVotingTexts')
    .select(['id', 'sourceKey'])
    .where('source', '=', source)
    .execute();
  return new Map(rows.map((r) => [r.sourceKey, r.id]));
}

/**
 * Writes ballots as they come: on SQLite each through one prepared statement on the open
 * transaction's connection (ON CONFLICT DO NOTHING keeps the first vote stored, as storeBallots
 * does); on PostgreSQL in storeBallots' multi-row inserts.
 */
class BallotWriter {
  inserted = 0;
  offered = 0;
  private readonly pending: Ballot[] = [];
  private readonly statement;

  constructor(
    store: Store,
    private readonly trx: Trx,
    private readonly documentId: number,
    private readonly ids: ReadonlyMap<string, number>,
  ) {
    this.statement = store.sqlite?.prepare(
      'insert into "hrc_ballots" ("text_id", "state", "vote", "document_id", "line") values (?, ?, ?, ?, ?) on conflict ("text_id", "state") do nothing',
    );
  }

  add(b: Ballot): void {
    this.offered++;
    if (this.statement) {
      const r = this.statement.run(
        this.ids.get(b.sourceKey)!,
        b.state,
        b.vote,
        this.documentId,
        b.locator.line,
      );
      this.inserted += r.changes;
      return;
    }
    this.pending.push(b);
  }

  /** PostgreSQL: the ballots waiting, in batches (called after each chunk and at the end). */
  async flush(): Promise<void> {
    while (this.pending.length > 0) {
      const batch = this.pending.splice(0, PG_BALLOT_BATCH);
      const r = await storeBallots(this.trx, batch, this.ids, this.documentId);
      this.inserted += r.ballots;
    }
  }
}
