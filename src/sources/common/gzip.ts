import { gunzipSync } from 'node:zlib';

/** True when the bytes start with the gzip magic number (1f 8b). */
export function isGzip(bytes: Uint8Array): boolean {
  return bytes.length >= 2 && bytes[0] === 0x1f && bytes[1] === 0x8b;
}

/**
 * The bytes of a file, unpacked when gzipped (exports such as votes_long.csv.gz ship that way).
 * Decompression is computation on bytes already read, so parsers may use it: no I/O happens here.
 * Returns an error message instead of throwing when the gzip stream is damaged.
 */
export function gunzipIfNeeded(bytes: Uint8Array): { bytes: Uint8Array } | { error: string } {
  if (!isGzip(bytes)) return { bytes };
  try {
    return { bytes: gunzipSync(bytes) };
  } catch (error) {
    return {
      error: `damaged gzip data: ${error instanceof Error ? error.message : String(error)}`,
    };
  }
}
