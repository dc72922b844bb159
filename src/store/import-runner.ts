import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { ParseProblem } from '../domain/provenance.js';
import { decodeUtf8 } from '../sources/common/decode-text.js';
import { gunzipIfNeeded, isGzip } from '../sources/common/gzip.js';
import { hasFatal } from '../sources/common/parse-result.js';
import { collectFiles, collectImportFiles } from './collect-files.js';
import { findDocumentBySha } from './documents.js';
import type { FileImportReport, ImportProgress } from './import-report.js';
import type { Store } from './open-store.js';

/*
 * The per-file skeleton the importers share. Each importer keeps its own order, detection and
 * storing; these helpers only make the same steps give the same reports everywhere.
 */

export interface ImportOptions {
  onProgress?: (p: ImportProgress) => void;
}

/** Imports the items one after another in the order given, reporting progress after each. */
export async function importInOrder<T extends { file: string }>(
  items: readonly T[],
  importOne: (item: T) => Promise<FileImportReport>,
  onProgress?: (p: ImportProgress) => void,
): Promise<FileImportReport[]> {
  const reports: FileImportReport[] = [];
  for (const [i, item] of items.entries()) {
    const report = await importOne(item);
    reports.push(report);
    onProgress?.({ done: i + 1, total: items.length, file: item.file, status: report.status });
  }
  return reports;
}

/** The files under the paths, in collectFiles' order, each read only when its turn comes. */
export function importPaths(
  paths: readonly string[],
  importFile: (file: string, bytes: Uint8Array) => Promise<FileImportReport>,
  onProgress?: (p: ImportProgress) => void,
): Promise<FileImportReport[]> {
  const files = collectFiles(paths).map((file) => ({ file }));
  return importInOrder(files, ({ file }) => importFile(file, readFileSync(file)), onProgress);
}

/** Imports the paths a person gave, file by file (the `import` commands' importers). */
export type PathsImporter = (
  store: Store,
  paths: readonly string[],
  options: ImportOptions,
) => Promise<FileImportReport[]>;

// Files no larger than this are read once more to see whether they hold only white space.
const BLANK_CHECK_BYTES = 4096;

/** Why a file holds nothing to import (no bytes, or only a byte-order mark and white space). */
export function emptyFileReason(bytes: Uint8Array): string | undefined {
  if (bytes.length === 0) return 'the file is empty (0 bytes): nothing to import';
  if (bytes.length > BLANK_CHECK_BYTES) return undefined;
  const text = Buffer.from(bytes).toString('latin1');
  return /^(\xef\xbb\xbf)?[\s]*$/.test(text)
    ? `the file holds only white space (${bytes.length} bytes): nothing to import`
    : undefined;
}

/**
 * The user's paths through one importer, with the rule every `import` command keeps: a file the
 * user named is imported (or found unchanged), or the import fails on it — its skip becomes a
 * rejection that says why. Only a file found by walking a folder may be skipped, and it is
 * reported as skipped. An empty file is rejected wherever it was found, before any importer sees
 * it (an empty download is a failed download, not a document with nothing in it).
 */
export async function importUserPaths(
  store: Store,
  paths: readonly string[],
  importer: PathsImporter,
  options: ImportOptions = {},
): Promise<FileImportReport[]> {
  const collected = collectImportFiles(paths);
  const early: FileImportReport[] = [];
  const rest: string[] = [];
  for (const f of collected) {
    const why = f.special
      ? 'not a regular file: nothing to import'
      : f.size <= BLANK_CHECK_BYTES
        ? emptyFileReason(readFileSync(f.file))
        : undefined;
    if (why === undefined) rest.push(f.file);
    else early.push(rejectedReport(f.file, [fatalProblem(f.file, 0, 'empty-file', why)]));
  }
  const total = collected.length;
  early.forEach((r, i) =>
    options.onProgress?.({ done: i + 1, total, file: r.file, status: r.status }),
  );
  const reports =
    rest.length === 0
      ? []
      : await importer(store, rest, {
          onProgress: (p) => options.onProgress?.({ ...p, done: p.done + early.length, total }),
        });
  const named = new Set(collected.filter((f) => f.named).map((f) => f.file));
  return [...early, ...reports.map((r) => (named.has(r.file) ? namedSkipRefused(r) : r))];
}

/** A named file's skip as the failure it is: the reason becomes a fatal problem at line 0. */
function namedSkipRefused(r: FileImportReport): FileImportReport {
  if (r.status !== 'skipped') return r;
  const reason = r.reason ?? 'not a file this importer reads';
  return {
    ...r,
    status: 'rejected',
    problems: [fatalProblem(r.file, 0, 'not-importable', reason), ...r.problems],
  };
}

/** Whether the file's name ends with one of the extensions (".csv.gz" counts as one), any case. */
export function hasExtension(file: string, extensions: readonly string[]): boolean {
  const lower = path.basename(file).toLowerCase();
  return extensions.some((e) => lower.endsWith(e));
}

/** The report for a file already imported (same sha256), or undefined when it is new. */
export async function unchangedReport(
  store: Store,
  file: string,
  sha: string,
): Promise<FileImportReport | undefined> {
  const existing = await findDocumentBySha(store.db, sha);
  if (!existing) return undefined;
  return {
    file,
    status: 'unchanged',
    kind: existing.kind,
    documentId: existing.id,
    problems: [],
    reason: `already imported as document ${existing.id}`,
  };
}

export function skippedReport(file: string, reason: string, kind?: string): FileImportReport {
  return { file, status: 'skipped', ...(kind === undefined ? {} : { kind }), problems: [], reason };
}

export function rejectedReport(
  file: string,
  problems: ParseProblem[],
  kind?: string,
): FileImportReport {
  return { file, status: 'rejected', ...(kind === undefined ? {} : { kind }), problems };
}

export function importedReport(
  file: string,
  kind: string,
  documentId: number,
  counts: Record<string, number>,
  problems: ParseProblem[],
): FileImportReport {
  return { file, status: 'imported', kind, documentId, counts, problems };
}

/** The report for a file whose transaction threw: it has rolled back, so nothing of it is kept. */
export function storeFailedReport(file: string, error: unknown): FileImportReport {
  const message = storeFailureMessage(file, error);
  return rejectedReport(file, [fatalProblem(file, 0, 'store-failed', message)]);
}

/**
 * The report for a file whose transaction threw, knowing the store: when the same bytes are
 * stored now, another import of them (another process, or a call running beside this one) got
 * there first and this file is `unchanged`, not failed (the UNIQUE sha256 stopped the second
 * copy). Otherwise as storeFailedReport.
 */
export async function storeFailed(
  store: Store,
  file: string,
  sha: string,
  error: unknown,
): Promise<FileImportReport> {
  const existing = await findDocumentBySha(store.db, sha).catch(() => undefined);
  if (existing)
    return {
      file,
      status: 'unchanged',
      kind: existing.kind,
      documentId: existing.id,
      problems: [],
      reason: `stored as document ${existing.id} by another import running at the same time`,
    };
  return storeFailedReport(file, error);
}

/**
 * What went wrong while storing, in words a user can act on. SQLite rolls back by itself on a
 * full disk; its own error (not the failed rollback after it) says so. PostgreSQL: SQLSTATE
 * 53100 disk_full, 25006 read_only_sql_transaction.
 */
export function storeFailureMessage(file: string, error: unknown): string {
  const code = String((error as { code?: unknown }).code ?? '');
  const text = error instanceof Error ? error.message : String(error);
  if (code === 'SQLITE_FULL' || code === 'ENOSPC' || code === '53100' || /disk is full/.test(text))
    return `disk full while storing ${file}; nothing was stored (free some space and import it again)`;
  if (code.startsWith('SQLITE_READONLY') || code === '25006' || code === 'EROFS')
    return `the database cannot be written (a read-only location or a read-only database); nothing was stored from ${file}`;
  if (code.startsWith('SQLITE_BUSY'))
    return `the database stayed locked by another import; nothing was stored from ${file} (import it again when that one has finished)`;
  return `could not store the file: ${text}`;
}

/** The refusal of every file when the store cannot be written, said once, before any work. */
export function readOnlyRefusal(store: Store): string | null {
  return store.readOnly === null ? null : `imports are refused: ${store.readOnly}`;
}

export function fatalProblem(
  file: string,
  line: number,
  code: string,
  message: string,
): ParseProblem {
  return { file, line, code, message, severity: 'fatal' };
}

/** Problems stamped with the file as the user named it (parsers see only the base name). */
export function withFile(problems: readonly ParseProblem[], file: string): ParseProblem[] {
  return problems.map((p) => ({ ...p, file }));
}

/** The bytes unpacked when gzipped, or the rejection of a damaged gzip stream. */
export function gunzipOrReject(
  file: string,
  bytes: Uint8Array,
): { bytes: Uint8Array } | { report: FileImportReport } {
  // A .gz name on bytes that are not gzip is a damaged or mislabelled download: reading it as
  // plain text would store a file under a name that says something else.
  if (/\.gz$/i.test(file) && !isGzip(bytes))
    return {
      report: rejectedReport(file, [
        fatalProblem(file, 0, 'bad-gzip', 'named .gz but not gzip data (no gzip header)'),
      ]),
    };
  const unpacked = gunzipIfNeeded(bytes);
  if ('error' in unpacked)
    return { report: rejectedReport(file, [fatalProblem(file, 0, 'bad-gzip', unpacked.error)]) };
  return unpacked;
}

/** The bytes as UTF-8 text, or the rejection saying where they stop being UTF-8. */
export function decodeOrReject(
  file: string,
  bytes: Uint8Array,
  kind?: string,
): { text: string } | { report: FileImportReport } {
  const decoded = decodeUtf8(bytes, file);
  if (hasFatal(decoded.problems)) return { report: rejectedReport(file, decoded.problems, kind) };
  return { text: decoded.value };
}
