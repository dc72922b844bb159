import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { gunzipIfNeeded, isGzip } from './gzip.js';

describe('gunzipIfNeeded', () => {
  it('unpacks gzip and leaves plain bytes alone', () => {
    const plain = new TextEncoder().encode('symbol,title\nA/HRC/RES/1/1,x\n');
    const packed = gzipSync(plain);
    expect(isGzip(packed)).toBe(true);
    expect(isGzip(plain)).toBe(false);
    expect(gunzipIfNeeded(packed)).toEqual({ bytes: new Uint8Array(plain) });
    expect(gunzipIfNeeded(plain)).toEqual({ bytes: plain });
  });

  it('reports a damaged stream instead of throwing', () => {
    const packed = gzipSync(new TextEncoder().encode('a'.repeat(1000)));
    const cut = packed.subarray(0, 20);
    const result = gunzipIfNeeded(cut);
    expect('error' in result && result.error).toMatch(/damaged gzip/);
  });
});
