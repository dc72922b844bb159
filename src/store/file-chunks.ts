import { createHash } from 'node:crypto';
import { createReadStream, readFileSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { Readable, pipeline } from 'node:stream';
import { createGunzip } from 'node:zlib';
import { gunzipLimit, isGzip } from '../sources/common/gzip.js';

/**
 * A file to import: its path, read in chunks when its turn comes, or bytes already in memory (an
 * upload, a test). Large exports are never held whole: un_votes.csv.gz unpacks to 20 MB of text
 * and 870,000 rows, which read whole once took 812 MiB.
 */
export type FileSource = { path: string } | { bytes: Uint8Array };

// Large enough that per-chunk work is noise, small enough that a chunk is nothing in memory.
const CHUNK_BYTES = 256 * 1024;
// What the kind of a file is told from (its header and first rows), as detectUprFile reads.
const HEAD_CHARS = 64 * 1024;

export function wholeBytes(source: FileSource): Uint8Array {
  return 'bytes' in source ? source.bytes : readFileSync(source.path);
}

async function* rawChunks(source: FileSource): AsyncGenerator<Uint8Array> {
  if ('bytes' in source) {
    for (let i = 0; i < source.bytes.length; i += CHUNK_BYTES)
      yield source.bytes.subarray(i, i + CHUNK_BYTES);
    return;
  }
  for await (const chunk of createReadStream(source.path, { highWaterMark: CHUNK_BYTES }))
    yield chunk as Buffer;
}

/** Thrown when the bytes cannot be read as text; the caller reads the file whole to say why. */
export class UnreadableText extends Error {}

/**
 * The file's text in chunks: gunzipped when it is gzip (within gunzipLimit, as gunzipIfNeeded),
 * decoded as UTF-8 with the byte-order mark dropped as decodeUtf8 drops it, and the sha256 of the
 * raw bytes given to `hash` as they pass. Damaged gzip, too much output or bytes that are not UTF-8
 * throw UnreadableText: the importer then reads the file whole to report it in the usual words.
 */
export async function* textChunks(
  source: FileSource,
  onRaw?: (bytes: Uint8Array) => void,
): AsyncGenerator<string> {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let first = true;
  const decode = (bytes: Uint8Array, stream: boolean): string => {
    let text: string;
    try {
      text = decoder.decode(bytes, { stream });
    } catch {
      throw new UnreadableText('not UTF-8');
    }
    // decodeUtf8 drops one more mark after the decoder's own
    if (first && text.length > 0) {
      first = false;
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    }
    return text;
  };
  const raw = rawChunks(source);
  const head = await raw.next();
  if (head.done) return;
  const gzip = isGzip(head.value);
  async function* all(): AsyncGenerator<Uint8Array> {
    if (head.done) return;
    onRaw?.(head.value);
    yield head.value;
    for await (const chunk of raw) {
      onRaw?.(chunk);
      yield chunk;
    }
  }
  if (!gzip) {
    for await (const chunk of all()) {
      const text = decode(chunk, true);
      if (text) yield text;
    }
  } else {
    const compressed = 'bytes' in source ? source.bytes.length : await fileSize(source.path);
    const limit = gunzipLimit(compressed);
    let out = 0;
    const gunzip = createGunzip();
    // errors of either side surface in the loop below; destroying gunzip closes the file
    pipeline(Readable.from(all()), gunzip, () => {});
    try {
      for await (const chunk of gunzip) {
        out += (chunk as Buffer).length;
        if (out > limit) throw new UnreadableText('gzip output over the limit');
        const text = decode(chunk as Buffer, true);
        if (text) yield text;
      }
    } catch (error) {
      if (error instanceof UnreadableText) throw error;
      throw new UnreadableText(`damaged gzip data: ${String(error)}`);
    } finally {
      gunzip.destroy();
    }
  }
  const rest = decode(new Uint8Array(0), false);
  if (rest) yield rest;
}

async function fileSize(file: string): Promise<number> {
  return (await stat(file)).size;
}

export interface ScannedFile {
  sha256: string;
  byteSize: number;
  /** the start of the text, to tell the kind of file from */
  head: string;
  gzip: boolean;
}

/**
 * One pass over the file, in chunks: its sha256 and size, and whether it reads as text (gzip
 * sound, UTF-8 throughout). Returns null when it does not; the caller then reads it whole for
 * the exact rejection (gunzipOrReject, decodeOrReject) so reports stay the same.
 */
export async function scanTextFile(source: FileSource): Promise<ScannedFile | null> {
  const hash = createHash('sha256');
  let byteSize = 0;
  let head = '';
  let gzip: boolean | undefined;
  try {
    for await (const text of textChunks(source, (bytes) => {
      gzip ??= isGzip(bytes);
      hash.update(bytes);
      byteSize += bytes.length;
    }))
      if (head.length < HEAD_CHARS) head += text.slice(0, HEAD_CHARS - head.length);
  } catch (error) {
    if (error instanceof UnreadableText) return null;
    throw error;
  }
  return { sha256: hash.digest('hex'), byteSize, head, gzip: gzip ?? false };
}
