import path from 'node:path';
import type { ParseProblem } from '../../domain/provenance.js';
import { ReprisalCase } from '../../domain/reprisals.js';
import { REPRISAL_CASE_CONFIDENTIALITY } from '../../domain/reprisals-fields.js';
import type { KeyRing } from '../../security/field-crypto.js';
import { hasFatal } from '../../sources/common/parse-result.js';
import type { PdfLine } from '../../sources/common/pdf-text.js';
import { parseIshrCases } from '../../sources/reprisals/ishr-cases.js';
import { parseCasesCsv } from '../../sources/reprisals/registry-csv.js';
import { diffRegistry, type RegistryDiff } from '../../sources/reprisals/registry-diff.js';
import { parseSgReprisalsReport } from '../../sources/reprisals/sg-report.js';
import { parseSpCommunications } from '../../sources/reprisals/sp-communications.js';
import { bumpDataVersion } from '../data-version.js';
import { insertDocumentPages } from '../document-pages.js';
import { insertDocument, sha256 } from '../documents.js';
import type { FileImportReport } from '../import-report.js';
import {
  decodeOrReject,
  fatalProblem,
  hasExtension,
  importedReport,
  importPaths,
  rejectedReport,
  skippedReport,
  storeFailed,
  unchangedReport,
  withFile,
  type PathsImporter,
} from '../import-runner.js';
import type { Store } from '../open-store.js';
import { readPdfInput } from '../pdf-input.js';
import type { Actor } from '../security/audit-log.js';
import { NoKeys } from '../security/vault.js';
import {
  loadCases,
  saveCase,
  saveDraft,
  vaultCtx,
  withConfidential,
  type WriteContext,
} from './cases.js';
import { saveCommunication, saveFollowUpLink } from './links.js';

/*
 * `groundpass import reprisals PATH…`: the Secretary-General's reports (.txt, .pdf) as draft cases
 * and draft follow-up links, ISHR / Uwazi JSON (and ISHR entity pages as text), special procedures
 * communications (.csv, .json), and the registry CSV edited by an editor (a diff first; applied
 * only when asked). Each file is one transaction keyed by its sha256: all of it or nothing, and
 * the same bytes a second time change nothing. Confidential fields go only to the vault: without
 * keys, a file that holds any is refused, never stored in the clear.
 */

export type ReprisalsFileKind =
  'sg-report' | 'ishr-cases' | 'sp-communications' | 'reprisals-registry-csv';

export interface ReprisalsImportOptions {
  actor: Actor;
  ring: KeyRing | null;
  /** apply an edited registry CSV (otherwise its diff is shown and nothing is stored) */
  apply?: boolean;
  /** the diff of a registry CSV, before anything is applied */
  onDiff?: (file: string, diff: RegistryDiff) => void;
  now?: () => Date;
}

const EXTENSIONS = ['.txt', '.pdf', '.json', '.csv'];
const SG_SYMBOL = /\bA\/HRC\/\d{1,2}\/\d{1,3}\b/;
const ANNEX_HEADING = /^\s*(?:Annex|ANNEX)\s+I{1,2}\b/m;

/** What a file holds, from its name and first characters (never from a guess at its values). */
export function detectReprisalsFile(file: string, text: string): ReprisalsFileKind | null {
  const head = text.trimStart().slice(0, 4000);
  if (hasExtension(file, ['.json'])) {
    // Uwazi entities carry sharedId/metadata; OHCHR's communications a reference per row
    return /"(sharedId|metadata|template)"\s*:/.test(head) ? 'ishr-cases' : 'sp-communications';
  }
  if (hasExtension(file, ['.csv'])) {
    const header = head.split(/\r?\n/, 1)[0]!.replace(/^\uFEFF/, '');
    if (/(^|,)"?caseId"?(,|$)/.test(header)) return 'reprisals-registry-csv';
    // OHCHR's listing has a reference column ("Reference", "ref"); another CSV is not ours
    return /(^|,)\s*"?\s*(reference|ref)\b/i.test(header) ? 'sp-communications' : null;
  }
  if (SG_SYMBOL.test(head) && ANNEX_HEADING.test(text)) return 'sg-report';
  if (/^\s*-\s+\S/m.test(head)) return 'ishr-cases';
  return null;
}

export function reprisalsImporter(options: ReprisalsImportOptions): PathsImporter {
  return (store, paths, importOptions) =>
    importPaths(
      paths,
      (file, bytes) => importReprisalsFile(store, file, bytes, options),
      importOptions.onProgress,
    );
}

export async function importReprisalsFile(
  store: Store,
  file: string,
  raw: Uint8Array,
  options: ReprisalsImportOptions,
): Promise<FileImportReport> {
  if (!hasExtension(file, EXTENSIONS))
    return skippedReport(file, `not a reprisals file (${EXTENSIONS.join(', ')})`);
  const sha = sha256(raw);
  const unchanged = await unchangedReport(store, file, sha);
  if (unchanged) return unchanged;

  let bytes = raw;
  let pdfLines = null;
  if (hasExtension(file, ['.pdf'])) {
    const pdf = await readPdfInput(file, raw);
    if (pdf === null)
      return rejectedReport(file, [fatalProblem(file, 0, 'not-pdf', 'named .pdf but not a PDF')]);
    if ('report' in pdf) return pdf.report;
    bytes = pdf.bytes;
    pdfLines = pdf.lines;
  }
  const decoded = decodeOrReject(file, bytes);
  if ('report' in decoded) return decoded.report;
  const text = decoded.text;
  const kind = pdfLines ? 'sg-report' : detectReprisalsFile(file, text);
  if (kind === null)
    return skippedReport(
      file,
      hasExtension(file, ['.csv'])
        ? 'a CSV with neither a caseId column (the registry) nor a reference column (communications)'
        : 'not a Secretary-General report (no A/HRC symbol and annex), nor an ISHR record',
    );
  const base = path.basename(file);

  try {
    switch (kind) {
      case 'sg-report': {
        const read = parseSgReprisalsReport(base, pdfLines ? { lines: pdfLines } : text);
        const problems = withFile(read.problems, file);
        if (hasFatal(problems)) return rejectedReport(file, problems, kind);
        const r = read.value;
        return await inTransaction(store, options, file, sha, raw, kind, {
          symbol: r.symbol,
          year: r.year,
          pages: pdfLines,
          problems,
          write: async (w) => {
            const counts = { drafts: 0, followUps: 0, created: 0, updated: 0 };
            for (const d of r.drafts) {
              const out = await saveDraft(w, d);
              counts.drafts++;
              if (out.written === 'created') counts.created++;
              if (out.written === 'updated') counts.updated++;
            }
            for (const link of r.followUps) {
              const line = r.paragraphs.find(
                (p) => p.annex === 'II' && p.number === link.appearance.paragraph?.split('-')[0],
              )?.line;
              await saveFollowUpLink(w, link, line ?? 1, w.documentId!);
              counts.followUps++;
            }
            return counts;
          },
        });
      }
      case 'ishr-cases': {
        const read = parseIshrCases(base, text);
        const problems = withFile(read.problems, file);
        if (hasFatal(problems)) return rejectedReport(file, problems, kind);
        if (read.value.length === 0)
          return rejectedReport(
            file,
            [fatalProblem(file, 0, 'no-cases', 'no case in the file'), ...problems],
            kind,
          );
        return await inTransaction(store, options, file, sha, raw, kind, {
          problems,
          write: async (w) => {
            const counts = { cases: 0, created: 0, updated: 0 };
            for (const m of read.value) {
              const out = await saveCase(w, m.case);
              counts.cases++;
              if (out.written === 'created') counts.created++;
              if (out.written === 'updated') counts.updated++;
            }
            return counts;
          },
        });
      }
      case 'sp-communications': {
        const read = parseSpCommunications(base, text);
        const problems = withFile(read.problems, file);
        // rows that do not read are listed with their line (warnings), as the other listings'
        if (hasFatal(problems)) return rejectedReport(file, problems, kind);
        if (read.value.length === 0)
          return rejectedReport(
            file,
            [fatalProblem(file, 0, 'no-communications', 'no communication in the file')],
            kind,
          );
        return await inTransaction(store, options, file, sha, raw, kind, {
          problems,
          write: async (w) => {
            let created = 0;
            for (const c of read.value)
              if ((await saveCommunication(w, c, null)) === 'created') created++;
            return { communications: read.value.length, created };
          },
        });
      }
      case 'reprisals-registry-csv':
        return await importRegistryCsv(store, file, raw, sha, text, options);
    }
  } catch (error) {
    if (error instanceof NoKeys)
      return rejectedReport(
        file,
        [
          fatalProblem(
            file,
            0,
            'no-keys',
            `${error.message}; nothing was stored (confidential fields are never stored unencrypted)`,
          ),
        ],
        kind,
      );
    return storeFailed(store, file, sha, error);
  }
}

interface Job {
  symbol?: string | null;
  year?: number | null;
  pages?: readonly PdfLine[] | null;
  problems: ParseProblem[];
  write: (w: WriteContext) => Promise<Record<string, number>>;
}

/** One file, one transaction: its document row, its records, their vault values and audit entries. */
async function inTransaction(
  store: Store,
  options: ReprisalsImportOptions,
  file: string,
  sha: string,
  raw: Uint8Array,
  kind: ReprisalsFileKind,
  job: Job,
): Promise<FileImportReport> {
  const { documentId, counts } = await store.db.transaction().execute(async (trx) => {
    const documentId = await insertDocument(trx, {
      sha256: sha,
      kind,
      fileName: path.basename(file),
      byteSize: raw.length,
      meta: {
        symbol: job.symbol ?? null,
        url: null,
        title: null,
        date: null,
        year: job.year ?? null,
        language: 'en',
      },
    });
    if (job.pages) await insertDocumentPages(trx, documentId, job.pages);
    const w: WriteContext = {
      trx,
      store,
      ring: options.ring,
      actor: options.actor,
      documentId,
      ...(options.now ? { now: options.now } : {}),
    };
    const counts = await job.write(w);
    // the registry's figures are cached per data version: raised here even when the triggers
    // already did, so no write path of this module depends on which tables they cover
    await bumpDataVersion(trx);
    return { documentId, counts };
  });
  return importedReport(file, kind, documentId, counts, job.problems);
}

/**
 * An edited registry CSV: its diff against the stored cases first (given to onDiff), then, only
 * with `apply`, the added and changed cases stored. Cases missing from the file are listed, never
 * deleted (an export may be filtered).
 */
async function importRegistryCsv(
  store: Store,
  file: string,
  raw: Uint8Array,
  sha: string,
  text: string,
  options: ReprisalsImportOptions,
): Promise<FileImportReport> {
  const kind = 'reprisals-registry-csv';
  const read = parseCasesCsv(path.basename(file), text);
  const problems = withFile(read.problems, file);
  // a cell that does not read leaves its row out: applying the rest would be half an edit, so
  // only an unknown column (ignored) lets the file through
  if (problems.some((p) => p.severity === 'fatal' || p.code !== 'unknown-column'))
    return rejectedReport(
      file,
      problems.map((p) => ({ ...p, severity: 'fatal' as const })),
      kind,
    );
  const edited = read.value;
  const wantsConfidential = edited.columns.some(
    (c) => REPRISAL_CASE_CONFIDENTIALITY[c] === 'confidential',
  );
  let current = await loadCases(store.db);
  if (wantsConfidential) {
    if (!options.ring) throw new NoKeys();
    current = await withConfidential(
      vaultCtx({ store, ring: options.ring }),
      options.actor,
      current,
    );
  }
  const diff = diffRegistry(current, edited);
  options.onDiff?.(file, diff);
  const counts = {
    added: diff.added.length,
    changedFields: diff.changed.length,
    unchanged: diff.unchanged,
    notInFile: diff.removed.length,
  };
  if (!options.apply)
    return {
      file,
      status: 'unchanged',
      kind,
      problems,
      counts,
      reason: 'diff shown, nothing applied (run again with --apply to apply it)',
    };
  // build every case first: a row that does not make a whole case rejects the file
  const byId = new Map(current.map((c) => [c.caseId, c]));
  const next: { case: ReprisalCase; line: number }[] = [];
  const rowProblems: ParseProblem[] = [];
  const touched = new Set([
    ...diff.added.map((a) => a.caseId),
    ...diff.changed.map((c) => c.caseId),
  ]);
  for (const row of edited.rows) {
    if (!touched.has(row.caseId)) continue;
    const merged = ReprisalCase.safeParse({ ...byId.get(row.caseId), ...row.values });
    if (merged.success) next.push({ case: merged.data, line: row.line });
    else
      rowProblems.push(
        fatalProblem(
          file,
          row.line,
          'incomplete-case',
          `${row.caseId}: not a whole case (${merged.error.issues
            .slice(0, 3)
            .map((i) => i.path.join('.') || i.message)
            .join(', ')})`,
        ),
      );
  }
  if (rowProblems.length > 0) return rejectedReport(file, [...rowProblems, ...problems], kind);
  return inTransaction(store, options, file, sha, raw, kind, {
    problems,
    write: async (w) => {
      // only the confidential columns the file holds: the others stay as they are in the vault
      const confidentialFields = edited.columns.filter(
        (c) => REPRISAL_CASE_CONFIDENTIALITY[c] === 'confidential',
      );
      for (const n of next) await saveCase(w, n.case, { line: n.line, confidentialFields });
      return counts;
    },
  });
}
