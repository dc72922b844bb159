import { crc32, inflateRawSync } from 'node:zlib';

/**
 * A minimal reader of ZIP archives (a .docx is one): the end-of-central-directory record, the
 * central directory, and each entry's local header, stored (method 0) or deflated (method 8).
 * Enough for Office files; no ZIP64, encryption or multi-disk archives. Pure: bytes in, entries
 * out, errors as values.
 *
 * What comes out is checked against what the archive says it holds: the size and the CRC-32 of
 * every entry. A flipped bit in deflated text usually still inflates, into other words ("public
 * posicies"); only the checksum tells, and damaged text must never be stored as the UN's.
 * Inflating stops at the declared size and at a ratio no real document reaches, so a zip bomb
 * costs a bounded amount of memory.
 */

export interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  uncompressedSize: number;
  /** CRC-32 of the uncompressed bytes, as the central directory records it */
  crc32: number;
  /** general-purpose bit flags; bit 0 = encrypted */
  flags: number;
  localHeaderOffset: number;
}

export type ZipResult<T> = { ok: true; value: T } | { ok: false; error: string };

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;
const EOCD_MIN = 22;
const MAX_COMMENT = 0xffff;
// A document.xml of a few MB inflates to tens; refuse anything absurd rather than exhaust memory.
export const MAX_ZIP_ENTRY_BYTES = 256 * 1024 * 1024;
// Word XML deflates about 5-15 to 1 (the real OHCHR matrices: under 12); deflate's own limit is
// about 1032 to 1, which only crafted or degenerate data approaches.
export const MAX_ZIP_RATIO = 200;
// Tiny entries (a few KB of repeated XML) may compress far better than big ones without harm.
const RATIO_FLOOR_BYTES = 1024 * 1024;

export function looksLikeZip(bytes: Uint8Array): boolean {
  return (
    bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 3 && bytes[3] === 4
  );
}

export function listZipEntries(bytes: Uint8Array): ZipResult<ZipEntry[]> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const n = bytes.length;
  if (n < EOCD_MIN) return { ok: false, error: 'too short to be a zip archive' };
  let eocd = -1;
  for (let i = n - EOCD_MIN; i >= Math.max(0, n - EOCD_MIN - MAX_COMMENT); i--) {
    if (view.getUint32(i, true) === EOCD_SIGNATURE) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0)
    return { ok: false, error: 'no end-of-central-directory record (not a zip, or cut short)' };
  const count = view.getUint16(eocd + 10, true);
  const dirSize = view.getUint32(eocd + 12, true);
  const dirOffset = view.getUint32(eocd + 16, true);
  if (dirOffset + dirSize > eocd)
    return { ok: false, error: 'central directory lies outside the archive' };
  const entries: ZipEntry[] = [];
  const decoder = new TextDecoder('utf-8');
  let p = dirOffset;
  for (let i = 0; i < count; i++) {
    if (p + 46 > eocd || view.getUint32(p, true) !== CENTRAL_SIGNATURE) {
      return { ok: false, error: `central directory entry ${i + 1} is damaged` };
    }
    const flags = view.getUint16(p + 8, true);
    const method = view.getUint16(p + 10, true);
    const crc = view.getUint32(p + 16, true);
    const compressedSize = view.getUint32(p + 20, true);
    const uncompressedSize = view.getUint32(p + 24, true);
    const nameLength = view.getUint16(p + 28, true);
    const extraLength = view.getUint16(p + 30, true);
    const commentLength = view.getUint16(p + 32, true);
    const localHeaderOffset = view.getUint32(p + 42, true);
    if (p + 46 + nameLength > eocd)
      return { ok: false, error: `central directory entry ${i + 1} is cut short` };
    const name = decoder.decode(bytes.subarray(p + 46, p + 46 + nameLength));
    entries.push({
      name,
      method,
      compressedSize,
      uncompressedSize,
      crc32: crc,
      flags,
      localHeaderOffset,
    });
    p += 46 + nameLength + extraLength + commentLength;
  }
  return { ok: true, value: entries };
}

export function readZipEntry(bytes: Uint8Array, entry: ZipEntry): ZipResult<Uint8Array> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const p = entry.localHeaderOffset;
  if (p + 30 > bytes.length || view.getUint32(p, true) !== LOCAL_SIGNATURE) {
    return { ok: false, error: `${entry.name}: local header is damaged` };
  }
  const start = p + 30 + view.getUint16(p + 26, true) + view.getUint16(p + 28, true);
  const end = start + entry.compressedSize;
  if (end > bytes.length)
    return { ok: false, error: `${entry.name}: data runs past the end of the archive` };
  const data = bytes.subarray(start, end);
  if (entry.flags & 1) return { ok: false, error: `${entry.name}: encrypted entries are not read` };
  if (entry.method !== 0 && entry.method !== 8)
    return { ok: false, error: `${entry.name}: compression method ${entry.method} not supported` };
  const limit = sizeLimit(entry.compressedSize);
  if (entry.uncompressedSize > limit)
    return {
      ok: false,
      error: `${entry.name}: declares ${entry.uncompressedSize} bytes from ${entry.compressedSize} compressed, more than the ${limit} allowed (a zip bomb or a damaged size)`,
    };
  let out: Uint8Array;
  if (entry.method === 0) {
    out = data;
  } else {
    try {
      // One byte more than declared: an entry that inflates past its size fails here, cheaply.
      out = new Uint8Array(inflateRawSync(data, { maxOutputLength: entry.uncompressedSize + 1 }));
    } catch (error) {
      const tooLarge = (error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE';
      return {
        ok: false,
        error: tooLarge
          ? `${entry.name}: inflates to more than its declared ${entry.uncompressedSize} bytes (damaged)`
          : `${entry.name}: damaged deflate data (${error instanceof Error ? error.message : String(error)})`,
      };
    }
  }
  if (out.length !== entry.uncompressedSize)
    return {
      ok: false,
      error: `${entry.name}: holds ${out.length} bytes where the archive declares ${entry.uncompressedSize} (damaged)`,
    };
  const actual = crc32(out);
  if (actual !== entry.crc32)
    return {
      ok: false,
      error: `${entry.name}: CRC-32 mismatch (${hex(actual)} where the archive records ${hex(entry.crc32)}): the file is damaged`,
    };
  return { ok: true, value: out };
}

/** The most an entry of this compressed size may inflate to. */
function sizeLimit(compressedSize: number): number {
  return Math.min(MAX_ZIP_ENTRY_BYTES, Math.max(RATIO_FLOOR_BYTES, compressedSize * MAX_ZIP_RATIO));
}

const hex = (n: number): string => n.toString(16).padStart(8, '0');

/** The bytes of the named entry, or why they cannot be had. */
export function readZipFile(bytes: Uint8Array, name: string): ZipResult<Uint8Array> {
  const listed = listZipEntries(bytes);
  if (!listed.ok) return listed;
  const entry = listed.value.find((e) => e.name === name);
  if (entry === undefined) return { ok: false, error: `no ${name} in the archive` };
  return readZipEntry(bytes, entry);
}
