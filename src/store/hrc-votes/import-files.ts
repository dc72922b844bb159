import { createHash } from 'node:crypto';
import path from 'node:path';
import type { PressVote, VotingText } from '../../domain/hrc-votes.js';
import type { ParseProblem, SourceDocumentMeta } from '../../domain/provenance.js';
import { hasFatal } from '../../sources/common/parse-result.js';
import { detectHrcVoteFile } from '../../sources/hrc-votes/detect.js';
import { targetsOf } from '../../sources/hrc-votes/targets.js';
import { themesOf } from '../../sources/hrc-votes/themes.js';
import { collectFiles } from '../collect-files.js';
import { scanTextFile, wholeBytes, type FileSource } from '../file-chunks.js';
import { insertDocumentPages } from '../document-pages.js';
import { insertDocument, sha256 } from '../documents.js';
import { readPdfInput } from '../pdf-input.js';
import type { PdfLine } from '../../sources/common/pdf-text.js';
import type { FileImportReport } from '../import-report.js';
import {
  decodeOrReject,
  gunzipOrReject,
  hasExtension,
  importedReport,
  importInOrder,
  rejectedReport,
  skippedReport,
  storeFailed,
  unchangedReport,
  type ImportOptions,
} from '../import-runner.js';
import type { Store } from '../open-store.js';
import { linkPressTexts } from './link-press.js';
import { importStreamedBallots, isStreamedKind, type StreamedFile } from './stream-ballots.js';
import { KIND_ORDER, readHrcFile, type HrcVoteFileKind, type ReadHrcFile } from './read-file.js';
import {
  storeBallots,
  storeIssues,
  storeTexts,
  textIdsByKey,
  unknownTextProblem,
} from './store-records.js';

// a press release saved as PDF is read through the PDF reader; its votes' lines keep their pages
const EXTENSIONS = ['.csv', '.csv.gz', '.txt', '.txt.gz', '.htm', '.html', '.pdf'];

export type { ImportOptions };

type Prepared =
  | { file: string; report: FileImportReport }
  // a large file of ballots, read again in chunks when its turn comes (stream-ballots.ts)
  | (StreamedFile & { streamed: true })
  | {
      file: string;
      kind: HrcVoteFileKind;
      bytes: Uint8Array;
      sha: string;
      text: string;
      /** the page of each text line, when the file was a PDF */
      pdfLines: PdfLine[] | null;
    };

/**
 * Imports the OHCHR voting export (resolutions + votes), UNGA roll calls (roll calls, votes,
 * issues) and Council press releases that state vote results. Each file is one transaction keyed
 * by its sha256: stored whole, or rejected whole with FILE:LINE; a file already imported is left
 * as it is. Within one call files are taken in KIND_ORDER, so a folder holding both halves of an
 * export imports texts before the ballots that name them.
 */
export async function importHrcVotePaths(
  store: Store,
  paths: readonly string[],
  options: ImportOptions = {},
): Promise<FileImportReport[]> {
  const files = collectFiles(paths);
  const prepared: Prepared[] = [];
  for (const file of files) prepared.push(await prepareSource(store, file, { path: file }));
  const rank = (p: Prepared) => ('kind' in p ? KIND_ORDER.indexOf(p.kind) : -1);
  // Stable: files of one kind keep their name order.
  const ordered = prepared
    .map((p, i) => ({ p, i }))
    .sort((x, y) => rank(x.p) - rank(y.p) || x.i - y.i)
    .map(({ p }) => p);
  return importInOrder(
    ordered,
    async (p) => ('report' in p ? p.report : importPrepared(store, p)),
    options.onProgress,
  );
}

/** One file given as bytes (the API's upload path and the tests use it). */
export async function importHrcVoteFile(
  store: Store,
  file: string,
  bytes: Uint8Array,
): Promise<FileImportReport> {
  const p = await prepareSource(store, file, { bytes });
  return 'report' in p ? p.report : importPrepared(store, p);
}

/**
 * A CSV export is first read in chunks (its sha256, whether it is sound gzip and UTF-8, its
 * header); a file of ballots is then imported in chunks too, other files whole. A file that does
 * not read cleanly goes the whole-file way, which says why in the usual words.
 */
async function prepareSource(store: Store, file: string, source: FileSource): Promise<Prepared> {
  if (!hasExtension(file, ['.csv', '.csv.gz'])) return prepareFile(store, file, wholeBytes(source));
  const scan = await scanTextFile(source);
  if (!scan || (/\.gz$/i.test(file) && !scan.gzip))
    return prepareFile(store, file, wholeBytes(source));
  const unchanged = await unchangedReport(store, file, scan.sha256);
  if (unchanged) return { file, report: unchanged };
  const kind = detectHrcVoteFile(path.basename(file).replace(/\.gz$/i, ''), scan.head);
  if (kind === null || !isStreamedKind(kind)) return prepareFile(store, file, wholeBytes(source));
  return { file, kind, sha: scan.sha256, byteSize: scan.byteSize, source, streamed: true };
}

async function prepareFile(store: Store, file: string, bytes: Uint8Array): Promise<Prepared> {
  if (!hasExtension(file, EXTENSIONS)) {
    const reason = 'not a vote export (.csv, .csv.gz) or press release (.txt, .html, .pdf)';
    return { file, report: skippedReport(file, reason) };
  }
  const sha = sha256(bytes);
  const unchanged = await unchangedReport(store, file, sha);
  if (unchanged) return { file, report: unchanged };
  const unpacked = gunzipOrReject(file, bytes);
  if ('report' in unpacked) return { file, report: unpacked.report };
  const pdf = await readPdfInput(file, unpacked.bytes);
  if (pdf && 'report' in pdf) return { file, report: pdf.report };
  const decoded = decodeOrReject(file, pdf ? pdf.bytes : unpacked.bytes);
  if ('report' in decoded) return { file, report: decoded.report };
  // The parsers see the name without .gz so a gzipped export is recognised like the plain one;
  // a PDF's text is a text, whatever the file is called.
  const base = path.basename(file).replace(/\.gz$/i, '');
  const kind = detectHrcVoteFile(pdf ? `${base}.txt` : base, decoded.text);
  if (!kind) {
    const reason =
      'not an OHCHR voting export, UNGA roll-call file or press release with vote results';
    return { file, report: skippedReport(file, reason) };
  }
  return { file, kind, bytes, sha, text: decoded.text, pdfLines: pdf ? pdf.lines : null };
}

async function importPrepared(
  store: Store,
  p: Exclude<Prepared, { report: FileImportReport }>,
): Promise<FileImportReport> {
  const { file, kind } = p;
  const docKind = `hrc-votes:${kind}`;
  // The sha was checked when the file was prepared; an earlier file of this call may have been
  // the same bytes under another name.
  const again = await unchangedReport(store, file, p.sha);
  if (again) return again;
  const base = path.basename(file).replace(/\.gz$/i, '');
  const ungaDates = kind === 'unga-votes' ? await storedUngaDates(store) : undefined;
  if ('streamed' in p) {
    const meta = documentMeta({ kind: p.kind, ballots: [] }, base);
    return importStreamedBallots(store, p, meta, ungaDates);
  }
  const { read, problems } = readHrcFile(kind, base, p.text, file, ungaDates);
  if (hasFatal(problems)) return rejectedReport(file, problems, docKind);
  try {
    const result = await store.db.transaction().execute(async (trx) => {
      let refused: ParseProblem | undefined;
      const documentId = await insertDocument(trx, {
        sha256: p.sha,
        kind: docKind,
        fileName: path.basename(file),
        byteSize: p.bytes.byteLength,
        meta: documentMeta(read, base),
      });
      if (p.pdfLines) await insertDocumentPages(trx, documentId, p.pdfLines);
      const counts: Record<string, number> = {};
      switch (read.kind) {
        case 'ohchr-resolutions':
        case 'unga-roll-calls': {
          Object.assign(counts, (await storeTexts(trx, read.texts, documentId)).counts);
          break;
        }
        case 'ohchr-votes':
        case 'unga-votes': {
          const ids = await textIdsByKey(
            trx,
            read.ballots.map((b) => b.sourceKey),
          );
          refused = unknownTextProblem(
            read.ballots.map((b) => ({ sourceKey: b.sourceKey, line: b.locator.line })),
            ids,
            file,
          );
          if (refused) break;
          Object.assign(counts, await storeBallots(trx, read.ballots, ids, documentId));
          break;
        }
        case 'unga-issues': {
          const ids = await textIdsByKey(
            trx,
            read.issues.map((r) => r.sourceKey),
          );
          refused = unknownTextProblem(read.issues, ids, file);
          if (refused) break;
          counts.issues = await storeIssues(trx, read.issues, ids, documentId);
          break;
        }
        case 'press': {
          const keys = pressSourceKeys(read.votes, read.meta.date);
          const texts = read.votes.map((v, i) => pressText(v, keys[i]!, read.meta));
          const stored = await storeTexts(trx, texts, documentId);
          counts.texts = stored.counts.texts;
          counts.duplicateTexts = stored.counts.duplicateTexts;
          // A vote already stored from another copy of the release keeps that copy's ballots.
          const ballots = read.votes
            .flatMap((v, i) => pressBallots(v, keys[i]!))
            .filter((b) => stored.ids.has(b.sourceKey));
          Object.assign(counts, await storeBallots(trx, ballots, stored.ids, documentId));
          break;
        }
      }
      if (refused) throw new Refused(refused);
      counts.linkedPress = await linkPressTexts(trx);
      return { documentId, counts };
    });
    return importedReport(file, docKind, result.documentId, result.counts, problems);
  } catch (error) {
    // The transaction has rolled back: the database is as it was before this file.
    if (error instanceof Refused)
      return rejectedReport(file, [error.problem, ...problems], docKind);
    return storeFailed(store, file, p.sha, error);
  }
}

async function storedUngaDates(store: Store): Promise<Map<string, string>> {
  const rows = await store.db
    .selectFrom('hrcVotingTexts')
    .select(['sourceKey', 'date'])
    .where('source', '=', 'unvotes')
    .execute();
  const dates = new Map<string, string>();
  for (const r of rows) if (r.date) dates.set(r.sourceKey.slice('unvotes:'.length), r.date);
  return dates;
}

class Refused extends Error {
  constructor(readonly problem: ParseProblem) {
    super(problem.message);
  }
}

function documentMeta(read: ReadHrcFile, base: string): SourceDocumentMeta {
  if (read.kind === 'press') return read.meta;
  const titles: Record<Exclude<ReadHrcFile['kind'], 'press'>, string> = {
    'ohchr-resolutions': 'OHCHR voting collection: resolutions',
    'ohchr-votes': 'OHCHR voting collection: votes',
    'unga-roll-calls': 'UN General Assembly roll calls',
    'unga-votes': 'UN General Assembly roll-call votes',
    'unga-issues': 'UN General Assembly roll-call issues',
  };
  return {
    symbol: null,
    url: null,
    title: `${titles[read.kind]} (${base})`,
    date: null,
    year: null,
    language: 'en',
  };
}

/**
 * Source keys of a release's votes, from what the release says rather than where it says it:
 * "press:<date or undated>:<hash of subject and counts>", with ":2", ":3" for a second identical
 * vote of one release. A re-saved copy of a release (another byte, another file name) gives the
 * same keys, so its votes are stored once.
 */
export function pressSourceKeys(votes: readonly PressVote[], date: string | null): string[] {
  const seen = new Map<string, number>();
  return votes.map((v) => {
    const subject = v.subject.toLowerCase().replace(/\s+/g, ' ').trim();
    const content = [subject, v.counts.yes, v.counts.no, v.counts.abstain].join('|');
    const hash = createHash('sha256').update(content).digest('hex').slice(0, 16);
    const key = `press:${date ?? 'undated'}:${hash}`;
    const n = (seen.get(key) ?? 0) + 1;
    seen.set(key, n);
    return n > 1 ? `${key}:${n}` : key;
  });
}

function pressText(v: PressVote, sourceKey: string, meta: SourceDocumentMeta): VotingText {
  return {
    sourceKey,
    body: 'HRC',
    symbol: v.symbol,
    title: v.subject,
    date: meta.date,
    year: meta.year ?? (meta.date ? Number(meta.date.slice(0, 4)) : null),
    session: null,
    kind: v.kind,
    outcome: v.outcome,
    recorded: true,
    voteTypeRaw: null,
    agendaItem: null,
    agendaTitle: null,
    sponsors: [],
    sponsorStates: [],
    draftSymbol: null,
    amendsSymbol: null,
    officialCounts: v.counts,
    // The subject is what the release says the text is about: the same rules as the record's title.
    targets: targetsOf(v.subject, null),
    themes: themesOf(v.subject, null),
    url: meta.url,
    locator: v.locator,
  };
}

function pressBallots(v: PressVote, sourceKey: string) {
  return (['yes', 'no', 'abstain'] as const).flatMap((vote) =>
    v[vote].map((state) => ({ sourceKey, state, vote, locator: v.locator })),
  );
}
