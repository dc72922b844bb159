import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { gunzipIfNeeded, isGzip } from './gzip.js';

const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

describe('gunzipIfNeeded', () => {
  it('unpacks gzip and leaves plain bytes alone', () => {
    const csv = 'symbol,title\nA/HRC/RES/1/1,x\n';
    const plain = new TextEncoder().encode(csv);
    const packed = gzipSync(plain);
    expect(isGzip(packed)).toBe(true);
    expect(isGzip(plain)).toBe(false);
    const unpacked = gunzipIfNeeded(packed);
    const untouched = gunzipIfNeeded(plain);
    expect('bytes' in unpacked && text(unpacked.bytes)).toBe(csv);
    expect('bytes' in untouched && untouched.bytes).toBe(plain);
  });

  it('reports a damaged stream instead of throwing', () => {
    const packed = gzipSync(new TextEncoder().encode('a'.repeat(1000)));
    const cut = packed.subarray(0, 20);
    const result = gunzipIfNeeded(cut);
    expect('error' in result && result.error).toMatch(/damaged gzip/);
  });
});
