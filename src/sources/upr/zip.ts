import { inflateRawSync } from 'node:zlib';

/**
 * A minimal reader of ZIP archives (a .docx is one): the end-of-central-directory record, the
 * central directory, and each entry's local header, stored (method 0) or deflated (method 8).
 * Enough for Office files; no ZIP64, encryption or multi-disk archives. Pure: bytes in, entries
 * out, errors as values.
 */

export interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  uncompressedSize: number;
  localHeaderOffset: number;
}

export type ZipResult<T> = { ok: true; value: T } | { ok: false; error: string };

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;
const EOCD_MIN = 22;
const MAX_COMMENT = 0xffff;
// A document.xml of a few MB inflates to tens; refuse anything absurd rather than exhaust memory.
const MAX_UNCOMPRESSED = 256 * 1024 * 1024;

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
    const method = view.getUint16(p + 10, true);
    const compressedSize = view.getUint32(p + 20, true);
    const uncompressedSize = view.getUint32(p + 24, true);
    const nameLength = view.getUint16(p + 28, true);
    const extraLength = view.getUint16(p + 30, true);
    const commentLength = view.getUint16(p + 32, true);
    const localHeaderOffset = view.getUint32(p + 42, true);
    if (p + 46 + nameLength > eocd)
      return { ok: false, error: `central directory entry ${i + 1} is cut short` };
    const name = decoder.decode(bytes.subarray(p + 46, p + 46 + nameLength));
    entries.push({ name, method, compressedSize, uncompressedSize, localHeaderOffset });
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
  if (entry.method === 0) return { ok: true, value: data };
  if (entry.method !== 8)
    return { ok: false, error: `${entry.name}: compression method ${entry.method} not supported` };
  if (entry.uncompressedSize > MAX_UNCOMPRESSED)
    return { ok: false, error: `${entry.name}: too large` };
  try {
    return {
      ok: true,
      value: new Uint8Array(inflateRawSync(data, { maxOutputLength: MAX_UNCOMPRESSED })),
    };
  } catch (error) {
    return {
      ok: false,
      error: `${entry.name}: damaged deflate data (${error instanceof Error ? error.message : String(error)})`,
    };
  }
}

/** The bytes of the named entry, or why they cannot be had. */
export function readZipFile(bytes: Uint8Array, name: string): ZipResult<Uint8Array> {
  const listed = listZipEntries(bytes);
  if (!listed.ok) return listed;
  const entry = listed.value.find((e) => e.name === name);
  if (entry === undefined) return { ok: false, error: `no ${name} in the archive` };
  return readZipEntry(bytes, entry);
}
