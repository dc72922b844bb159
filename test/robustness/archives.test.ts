import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gunzipIfNeeded, MAX_GUNZIPPED_BYTES } from '../../src/sources/common/gzip.js';
import {
  buildZip,
  matrixDocumentXml,
  SAMPLE_MATRIX_ROWS,
} from '../../src/sources/upr/fixtures/build-docx.js';
import { parseUnMatrixDocx } from '../../src/sources/upr/un-matrix-docx.js';
import {
  listZipEntries,
  readZipEntry,
  readZipFile,
  type ZipEntry,
} from '../../src/sources/upr/zip.js';
import { importHrcVotePaths } from '../../src/store/hrc-votes/import-files.js';
import { openStore, type Store } from '../../src/store/open-store.js';
import { importUprPaths } from '../../src/store/upr/import-files.js';
import { SHARED_DATA_SKIP_REASON, sharedPath } from '../shared-data.js';

const DOCUMENT = 'word/document.xml';

/** A matrix of a few hundred rows, so its deflated text is long enough to damage in 12 places. */
function sampleDocx(): Uint8Array {
  const rows = Array.from({ length: 60 }, () => SAMPLE_MATRIX_ROWS.slice(0, 4)).flat();
  return buildZip({
    [DOCUMENT]: matrixDocumentXml(
      ['Thematic list of recommendations', 'Universal Periodic Review - Third cycle - China'],
      rows,
    ),
  });
}

function documentEntry(bytes: Uint8Array): ZipEntry {
  const listed = listZipEntries(bytes);
  if (!listed.ok) throw new Error(listed.error);
  const entry = listed.value.find((e) => e.name === DOCUMENT);
  if (!entry) throw new Error('no document.xml');
  return entry;
}

/**
 * Twelve copies, each with one bit flipped somewhere in the deflated document.xml (spread over
 * the whole stream, never in its last byte: a flip in the final padding bits changes nothing).
 */
function flippedCopies(bytes: Uint8Array): Uint8Array[] {
  const entry = documentEntry(bytes);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const p = entry.localHeaderOffset;
  const start = p + 30 + view.getUint16(p + 26, true) + view.getUint16(p + 28, true);
  const span = entry.compressedSize - 1;
  return Array.from({ length: 12 }, (_, i) => {
    const copy = new Uint8Array(bytes);
    const at = start + Math.floor(((i + 0.5) * span) / 12);
    copy[at] = copy[at]! ^ (1 << (i % 8));
    return copy;
  });
}

describe('zip entries are verified before their text is used', () => {
  it('reads an intact .docx', () => {
    const read = readZipFile(sampleDocx(), DOCUMENT);
    expect(read.ok).toBe(true);
  });

  it('rejects all 12 one-bit-flipped copies of a built matrix .docx', () => {
    const copies = flippedCopies(sampleDocx());
    const results = copies.map((c) => parseUnMatrixDocx('china.docx', c));
    for (const r of results) {
      expect(r.value).toEqual([]);
      expect(r.problems.map((p) => [p.code, p.severity])).toEqual([['docx-unreadable', 'fatal']]);
      expect(r.problems[0]!.message).toMatch(/word\/document\.xml: .*damaged/);
    }
  });

  const realDocx = sharedPath(
    'upr-slovenia-4th-cycle',
    'UPR48_Slovenia_thematic_list_of_recommendations.docx',
  );
  it.skipIf(!realDocx)(
    `rejects all 12 one-bit-flipped copies of the real OHCHR matrix .docx ${realDocx ? '' : SHARED_DATA_SKIP_REASON}`,
    () => {
      const bytes = new Uint8Array(readFileSync(realDocx!));
      expect(readZipFile(bytes, DOCUMENT).ok).toBe(true);
      const reasons = flippedCopies(bytes).map((c) => {
        const read = readZipFile(c, DOCUMENT);
        return read.ok ? 'read' : read.error;
      });
      expect(reasons.filter((r) => r === 'read')).toEqual([]);
      for (const r of reasons) expect(r).toMatch(/^word\/document\.xml: /);
    },
  );

  it('refuses an entry that declares more than its compressed size can honestly hold', () => {
    const bytes = sampleDocx();
    const entry = documentEntry(bytes);
    const listed = listZipEntries(bytes);
    expect(listed.ok).toBe(true);
    // a 1 GB claim for a few KB of deflate: refused before inflating
    const bomb = { ...entry, uncompressedSize: 1_000_000_000 };
    const read = readZipFileEntry(bytes, bomb);
    expect(read).toMatch(/zip bomb/);
  });

  it('stops inflating an entry that runs past its declared size', () => {
    const bytes = sampleDocx();
    const entry = documentEntry(bytes);
    const read = readZipFileEntry(bytes, { ...entry, uncompressedSize: 100 });
    expect(read).toMatch(/inflates to more than its declared 100 bytes/);
  });
});

function readZipFileEntry(bytes: Uint8Array, entry: ZipEntry): string {
  const r = readZipEntry(bytes, entry);
  return r.ok ? 'read' : r.error;
}

/**
 * A gzip bomb like the one of the probe: members of 64 MiB of zeros, about 64 KB each, one after
 * another (gzip allows many members; each inflates on its own), 1.4 GB from under 1.5 MB.
 */
function gzipBomb(): Buffer {
  const member = gzipSync(Buffer.alloc(64 * 1024 * 1024), { level: 9 });
  return Buffer.concat(Array.from({ length: 22 }, () => member));
}

describe('gzip is unpacked within bounds', () => {
  let bomb: Buffer;
  let dir: string;
  let store: Store;
  beforeAll(async () => {
    bomb = gzipBomb();
    dir = mkdtempSync(path.join(tmpdir(), 'groundpass-archives-'));
    store = await openStore({ target: path.join(dir, 'a.db') });
  });
  afterAll(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('refuses a gzip bomb with a reason, taking bounded memory', () => {
    const before = process.resourceUsage().maxRSS; // KB
    const result = gunzipIfNeeded(bomb);
    const grew = (process.resourceUsage().maxRSS - before) * 1024;
    expect('error' in result && result.error).toMatch(/gzip bomb/);
    // the old reader took 1.39 GB; now it stops at the ratio limit (here 100 x 1.4 MB)
    expect(grew).toBeLessThan(MAX_GUNZIPPED_BYTES * 2);
  });

  it('still unpacks an honest gzip', () => {
    const csv = 'to,text,from,response\n' + 'CHN,Ratify the ICCPR,France,Noted\n'.repeat(1000);
    const result = gunzipIfNeeded(gzipSync(csv));
    expect('bytes' in result && new TextDecoder().decode(result.bytes)).toBe(csv);
  });

  it('the UPR and HRC importers reject a .csv.gz bomb as FILE: reason and store nothing', async () => {
    const upr = path.join(dir, 'upr_bomb.csv.gz');
    const votes = path.join(dir, 'votes_long.csv.gz');
    writeFileSync(upr, bomb);
    writeFileSync(votes, bomb);
    const reports = [
      ...(await importUprPaths(store, [upr])),
      ...(await importHrcVotePaths(store, [votes])),
    ];
    expect(reports.map((r) => r.status)).toEqual(['rejected', 'rejected']);
    for (const [i, file] of [upr, votes].entries()) {
      expect(reports[i]!.problems).toHaveLength(1);
      expect(reports[i]!.problems[0]).toMatchObject({ file, severity: 'fatal', code: 'bad-gzip' });
      expect(reports[i]!.problems[0]!.message).toMatch(/gzip bomb/);
    }
    const docs = await store.db.selectFrom('sourceDocuments').select('id').execute();
    expect(docs).toEqual([]);
  });

  it('the UPR importer rejects a one-bit-flipped .docx and stores nothing', async () => {
    const file = path.join(dir, 'matrix.docx');
    writeFileSync(file, flippedCopies(sampleDocx())[5]!);
    const [report] = await importUprPaths(store, [file]);
    expect(report!.status).toBe('rejected');
    expect(report!.problems[0]).toMatchObject({ file, code: 'docx-unreadable' });
    const docs = await store.db.selectFrom('sourceDocuments').select('id').execute();
    expect(docs).toEqual([]);
  });
});
