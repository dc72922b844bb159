import path from 'node:path';
import type { ParseProblem } from '../../domain/provenance.js';
import { htmlToText, looksLikeHtml } from '../../sources/common/html-text.js';
import { hasFatal } from '../../sources/common/parse-result.js';
import {
  detectDecisionTable,
  parseDecisionTable,
} from '../../sources/ngo-committee/decision-tables.js';
import {
  parseNgoCommitteePressRelease,
  type NgoPressRelease,
} from '../../sources/ngo-committee/press-release.js';
import { insertDocumentPages } from '../document-pages.js';
import { insertDocument, sha256 } from '../documents.js';
import { readPdfInput } from '../pdf-input.js';
import type { FileImportReport } from '../import-report.js';
import {
  decodeOrReject,
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
import { OrganizationResolver } from '../organizations.js';
import { storeDecisionTable } from './import-decision-table.js';
import { storePressRelease } from './import-press-release.js';
import { storeTranscript } from './import-transcript.js';
import {
  detectTranscript,
  parseMeetingTranscript,
} from '../../sources/ngo-committee/transcript.js';
import { linkNgoPressVotes } from './link-press-votes.js';

// a release saved as PDF is read through the PDF reader; its records' lines keep their pages
const PRESS_EXTENSIONS = new Set(['.txt', '.htm', '.html', '.pdf']);
// UN Web TV transcript JSON; a text copy of a transcript is a .txt told apart by detectTranscript
const TRANSCRIPT_EXTENSIONS = new Set(['.json']);

export type { ImportOptions };

/**
 * Imports NGO Committee press releases and decision tables. Each file is one transaction: it is
 * stored whole or, when it has a fatal problem, not at all. A file already imported (same sha256)
 * is left as it is, so re-running an import changes nothing.
 */
export async function importNgoCommitteePaths(
  store: Store,
  paths: readonly string[],
  options: ImportOptions = {},
): Promise<FileImportReport[]> {
  return importPaths(
    paths,
    (file, bytes) => importNgoCommitteeFile(store, file, bytes),
    options.onProgress,
  );
}

export async function importNgoCommitteeFile(
  store: Store,
  file: string,
  bytes: Uint8Array,
): Promise<FileImportReport> {
  const ext = path.extname(file).toLowerCase();
  const base = path.basename(file);
  if (ext !== '.csv' && !PRESS_EXTENSIONS.has(ext) && !TRANSCRIPT_EXTENSIONS.has(ext))
    return skippedReport(
      file,
      'not a press release (.txt, .html, .pdf), meeting transcript (.json, .txt) or decision table (.csv)',
    );
  const sha = sha256(bytes);
  const unchanged = await unchangedReport(store, file, sha);
  if (unchanged) return unchanged;
  const pdf = await readPdfInput(file, bytes);
  if (pdf && 'report' in pdf) return pdf.report;
  const decoded = decodeOrReject(file, pdf ? pdf.bytes : bytes);
  if ('report' in decoded) return decoded.report;
  const { text } = decoded;
  const pdfLines = pdf ? pdf.lines : null;

  try {
    if (ext === '.csv') {
      const header = text.split('\n', 1)[0] ?? '';
      const kind = detectDecisionTable(base, header);
      if (!kind)
        return skippedReport(
          file,
          'a CSV file that is not one of the NGO Committee decision tables',
        );
      const parsed = parseDecisionTable(base, text);
      const problems = withFile(parsed.problems, file);
      if (hasFatal(problems)) return rejectedReport(file, problems, `ngo-decision-table:${kind}`);
      const result = await store.db.transaction().execute(async (trx) => {
        const year = parsed.value.decisions[0]?.sessionDate.slice(0, 4);
        const documentId = await insertDocument(trx, {
          sha256: sha,
          kind: 'ngo-decision-table',
          fileName: base,
          byteSize: bytes.byteLength,
          meta: {
            symbol: null,
            url: null,
            title: `NGO Committee decisions: ${kind}`,
            date: null,
            year: year ? Number(year) : null,
            language: 'en',
          },
        });
        const resolver = await OrganizationResolver.load(trx, store);
        const counts = await storeDecisionTable(trx, parsed.value, documentId, resolver, store);
        // a release imported earlier may report one of this table's roll-calls
        const linkedPressVotes = await linkNgoPressVotes(trx);
        return { documentId, counts: { ...counts, linkedPressVotes }, resolver };
      });
      await result.resolver.keep(store.db, store.db);
      const docKind = `ngo-decision-table:${kind}`;
      return importedReport(file, docKind, result.documentId, { ...result.counts }, problems);
    }

    const transcriptForm = ext === '.csv' ? null : detectTranscript(text);
    if (transcriptForm) {
      const parsed = parseMeetingTranscript(text, { file });
      const problems = withFile(parsed.problems, file);
      const docKind = `ngo-transcript:${transcriptForm}`;
      if (hasFatal(problems)) return rejectedReport(file, problems, docKind);
      const result = await store.db.transaction().execute(async (trx) => {
        const documentId = await insertDocument(trx, {
          sha256: sha,
          kind: docKind,
          fileName: base,
          byteSize: bytes.byteLength,
          meta: parsed.value.meta,
        });
        if (pdfLines) await insertDocumentPages(trx, documentId, pdfLines);
        const resolver = await OrganizationResolver.load(trx, store);
        const counts = await storeTranscript(trx, parsed.value, documentId, resolver);
        return { documentId, counts, resolver };
      });
      await result.resolver.keep(store.db, store.db);
      return importedReport(file, docKind, result.documentId, { ...result.counts }, problems);
    }
    if (TRANSCRIPT_EXTENSIONS.has(ext))
      return skippedReport(file, 'a JSON file that is not a UN Web TV meeting transcript');

    const { release, problems } = readPressRelease(text, file);
    if (hasFatal(problems)) return rejectedReport(file, problems, 'ngo-press');
    const result = await store.db.transaction().execute(async (trx) => {
      const documentId = await insertDocument(trx, {
        sha256: sha,
        kind: 'ngo-press',
        fileName: base,
        byteSize: bytes.byteLength,
        meta: release.meta,
      });
      if (pdfLines) await insertDocumentPages(trx, documentId, pdfLines);
      const resolver = await OrganizationResolver.load(trx, store);
      const counts = await storePressRelease(trx, release, documentId, resolver);
      const linkedPressVotes = await linkNgoPressVotes(trx);
      return { documentId, counts: { ...counts, linkedPressVotes }, resolver };
    });
    await result.resolver.keep(store.db, store.db);
    return importedReport(file, 'ngo-press', result.documentId, { ...result.counts }, problems);
  } catch (error) {
    // The transaction has rolled back: the database is as it was before this file.
    return storeFailed(store, file, sha, error);
  }
}

/** Parses a press release given as text or HTML; HTML locators are mapped back to the HTML's lines. */
export function readPressRelease(
  text: string,
  file: string,
): { release: NgoPressRelease; problems: ParseProblem[] } {
  if (!looksLikeHtml(text)) {
    const parsed = parseNgoCommitteePressRelease(text, { file });
    return { release: parsed.value, problems: withFile(parsed.problems, file) };
  }
  const { text: plain, lineMap } = htmlToText(text);
  const parsed = parseNgoCommitteePressRelease(plain, { file });
  const map = (line: number) => lineMap[line - 1] ?? line;
  const r = parsed.value;
  const release: NgoPressRelease = {
    meta: r.meta,
    session: r.session,
    applications: r.applications.map((a) => ({
      ...a,
      locator: { ...a.locator, line: map(a.locator.line) },
      questions: a.questions.map((q) => ({
        ...q,
        locator: { ...q.locator, line: map(q.locator.line) },
      })),
    })),
    votes: r.votes.map((v) => ({ ...v, locator: { ...v.locator, line: map(v.locator.line) } })),
  };
  return {
    release,
    problems: withFile(parsed.problems, file).map((p) => ({ ...p, line: map(p.line) })),
  };
}
