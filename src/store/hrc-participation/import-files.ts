import type { Transaction } from 'kysely';
import path from 'node:path';
import { hasFatal } from '../../sources/common/parse-result.js';
import {
  detectParticipation,
  parseParticipation,
  type ParticipationDocument,
} from '../../sources/hrc-participation/parse.js';
import { normalizeOrgName } from '../../sources/ngo-committee/org-names.js';
import { insertDocumentPages } from '../document-pages.js';
import { insertDocument, sha256 } from '../documents.js';
import type { FileImportReport } from '../import-report.js';
import {
  decodeOrReject,
  gunzipOrReject,
  hasExtension,
  importedReport,
  importPaths,
  rejectedReport,
  skippedReport,
  storeFailed,
  unchangedReport,
  withFile,
  type ImportOptions,
} from '../import-runner.js';
import type { Store } from '../open-store.js';
import { readPdfInput } from '../pdf-input.js';
import type { Database } from '../schema.js';

/*
 * `groundpass import hrc-participation PATH…`: Council meeting summaries (press releases), session
 * reports (A/HRC/xx/2, text or PDF), meeting transcripts (UN Web TV JSON, text copies) and prose
 * reports of statements and points of order. One transaction per file keyed by its sha256: the
 * document row and all its records, or nothing; the same bytes again change nothing. A file with
 * no speaker list, statement or point of order is skipped (refused when named).
 */

const EXTENSIONS = [
  '.txt',
  '.text',
  '.md',
  '.html',
  '.htm',
  '.json',
  '.pdf',
  '.txt.gz',
  '.json.gz',
];

export function importParticipationPaths(
  store: Store,
  paths: readonly string[],
  options: ImportOptions = {},
): Promise<FileImportReport[]> {
  return importPaths(
    paths,
    (file, bytes) => importParticipationFile(store, file, bytes),
    options.onProgress,
  );
}

export async function importParticipationFile(
  store: Store,
  file: string,
  raw: Uint8Array,
): Promise<FileImportReport> {
  if (!hasExtension(file, EXTENSIONS))
    return skippedReport(file, `not a Council participation file (${EXTENSIONS.join(', ')})`);
  const sha = sha256(raw);
  const unchanged = await unchangedReport(store, file, sha);
  if (unchanged) return unchanged;
  const unpacked = gunzipOrReject(file, raw);
  if ('report' in unpacked) return unpacked.report;
  const pdf = await readPdfInput(file, unpacked.bytes);
  if (pdf && 'report' in pdf) return pdf.report;
  const decoded = decodeOrReject(file, pdf ? pdf.bytes : unpacked.bytes);
  if ('report' in decoded) return decoded.report;
  const form = detectParticipation(decoded.text);
  if (form === null)
    return skippedReport(
      file,
      'no Council speaker list, statement, transcript or point of order in it',
    );
  const kind = `hrc-participation:${form}`;
  const read = parseParticipation(decoded.text, { file: path.basename(file) });
  const problems = withFile(read.problems, file);
  if (hasFatal(problems)) return rejectedReport(file, problems, kind);
  const doc = read.value;
  try {
    const counts = await store.db.transaction().execute(async (trx) => {
      const documentId = await insertDocument(trx, {
        sha256: sha,
        kind,
        fileName: path.basename(file),
        byteSize: raw.length,
        meta: doc.meta,
      });
      if (pdf) await insertDocumentPages(trx, documentId, pdf.lines);
      return writeRecords(trx, documentId, doc);
    });
    return importedReport(file, kind, counts.documentId, counts.counts, problems);
  } catch (error) {
    return storeFailed(store, file, sha, error);
  }
}

type Trx = Transaction<Database>;

const yearOf = (date: string | null) => (date ? Number(date.slice(0, 4)) : null);

async function writeRecords(trx: Trx, documentId: number, doc: ParticipationDocument) {
  const located = (r: {
    line: number;
    passage: string;
    moment: string | null;
    momentUrl: string | null;
    session: string | null;
    sessionBy: string | null;
    meeting: string | null;
    agendaItem: string | null;
    debate: string | null;
    date: string | null;
  }) => ({
    documentId,
    line: r.line,
    passage: r.passage,
    moment: r.moment,
    momentUrl: r.momentUrl,
    session: r.session,
    sessionBy: r.sessionBy,
    meeting: r.meeting,
    agendaItem: r.agendaItem,
    debate: r.debate,
    date: r.date,
    year: yearOf(r.date) ?? yearOfSession(r.session),
  });
  let cosigners = 0;
  // one row at a time: a document holds tens of statements, and each id is needed for its cosigners
  for (const s of doc.statements) {
    const row = await trx
      .insertInto('hrcStatements')
      .values({
        ...located(s),
        speakerKind: s.speakerKind,
        speaker: s.speaker,
        speakerKey: s.speakerKey,
        state: s.state,
        person: s.person,
        joint: s.joint ? 1 : 0,
        jointCount: s.jointCount,
        text: s.text,
        form: s.form,
        listComplete: s.listComplete ? 1 : 0,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    for (const [position, name] of s.cosigners.entries()) {
      await trx
        .insertInto('hrcStatementCosigners')
        .values({ statementId: row.id, position, name, nameKey: normalizeOrgName(name) })
        .execute();
      cosigners++;
    }
  }
  for (const t of doc.tallies)
    await trx
      .insertInto('hrcSpeakerTallies')
      .values({ ...located(t), speakerKind: t.speakerKind, count: t.count })
      .execute();
  for (const p of doc.pointsOfOrder)
    await trx
      .insertInto('hrcPointsOfOrder')
      .values({
        ...located(p),
        raisedBy: p.raisedBy,
        raisedByAsPrinted: p.raisedByAsPrinted,
        targetSpeaker: p.targetSpeaker,
        targetOrganization: p.targetOrganization,
        targetOrganizationKey: p.targetOrganizationKey,
        ruling: p.ruling,
        rulingLine: p.rulingLine,
        outcome: p.outcome,
        form: p.form,
      })
      .execute();
  return {
    documentId,
    counts: {
      statements: doc.statements.length,
      ngoStatements: doc.statements.filter((s) => s.speakerKind === 'ngo').length,
      cosigners,
      tallies: doc.tallies.length,
      pointsOfOrder: doc.pointsOfOrder.length,
      unread: doc.unread.length,
    },
  };
}

/** The year a regular session met in (HRC52 → 2023), when the text gives no date. */
export function yearOfSession(session: string | null): number | null {
  const m = session ? /^HRC(\d+)$/.exec(session) : null;
  if (!m) return null;
  const n = Number(m[1]);
  return n >= 7 ? 2006 + Math.floor((n - 1) / 3) : null;
}
