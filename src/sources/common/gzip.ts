import { gunzipSync } from 'node:zlib';

/** True when the bytes start with the gzip magic number (1f 8b). */
export function isGzip(bytes: Uint8Array): boolean {
  return bytes.length >= 2 && bytes[0] === 0x1f && bytes[1] === 0x8b;
}

// The real exports inflate 4 to 23 times (votes_long.csv.gz: 339 KB to 7.7 MB); deflate cannot go
// past about 1032 to 1 per layer, which only crafted data approaches. A .csv.gz that inflates past
// this ratio is refused before it can take the memory (a 611 KB bomb once took 1.39 GB).
export const MAX_GZIP_RATIO = 100;
// Whatever the ratio, no file is unpacked beyond this: the largest real export is 20 MB, and a
// JavaScript string cannot hold much more than 512 M characters anyway.
export const MAX_GUNZIPPED_BYTES = 256 * 1024 * 1024;
// Small files may compress far better (a header and repeated rows) without being a threat.
const RATIO_FLOOR_BYTES = 8 * 1024 * 1024;

/** The most a gzip file of this many bytes may unpack to. */
export function gunzipLimit(compressedBytes: number): number {
  return Math.min(
    MAX_GUNZIPPED_BYTES,
    Math.max(RATIO_FLOOR_BYTES, compressedBytes * MAX_GZIP_RATIO),
  );
}

/**
 * The bytes of a file, unpacked when gzipped (exports such as votes_long.csv.gz ship that way).
 * Decompression is computation on bytes already read, so parsers may use it: no I/O happens here.
 * Inflating stops at gunzipLimit (zlib's maxOutputLength: the output buffer never grows past it),
 * and the CRC-32 and length the gzip trailer records are checked by zlib. Returns an error
 * message instead of throwing when the stream is damaged or too large.
 */
export function gunzipIfNeeded(bytes: Uint8Array): { bytes: Uint8Array } | { error: string } {
  if (!isGzip(bytes)) return { bytes };
  const limit = gunzipLimit(bytes.length);
  try {
    return { bytes: gunzipSync(bytes, { maxOutputLength: limit }) };
  } catch (error) {
    if ((error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE')
      return {
        error: `gzip data unpacks to more than ${limit} bytes (over ${MAX_GZIP_RATIO} times its ${bytes.length} bytes, or over ${MAX_GUNZIPPED_BYTES}): refused as a possible gzip bomb`,
      };
    return {
      error: `damaged gzip data: ${error instanceof Error ? error.message : String(error)}`,
    };
  }
}
