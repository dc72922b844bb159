import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import {
  acceptedCodings,
  chooseCoding,
  compress,
  CompressionQueue,
  type Coding,
} from './encodings.js';

const both = new Set<Coding>(['br', 'gzip']);

describe('Accept-Encoding', () => {
  it('reads codings with their q-values, x-gzip as gzip, and ignores empty items', () => {
    const m = acceptedCodings('gzip;q=0.5, BR , , x-gzip ; q=0.2, identity;q=0');
    expect(m.get('br')).toBe(1);
    // the later x-gzip names the same coding
    expect(m.get('gzip')).toBe(0.2);
    expect(m.get('identity')).toBe(0);
  });

  it('prefers brotli as browsers send it, gzip where brotli is not ready or not accepted', () => {
    expect(chooseCoding('gzip, deflate, br, zstd', both)).toBe('br');
    expect(chooseCoding('gzip, deflate, br', new Set<Coding>(['gzip']))).toBe('gzip');
    expect(chooseCoding('gzip', both)).toBe('gzip');
    expect(chooseCoding('br;q=0.5, gzip', both)).toBe('gzip');
  });

  it('sends the body as it is when nothing acceptable is ready', () => {
    expect(chooseCoding(undefined, both)).toBeNull();
    expect(chooseCoding('', both)).toBeNull();
    expect(chooseCoding('identity', both)).toBeNull();
    expect(chooseCoding('deflate, zstd', both)).toBeNull();
    expect(chooseCoding('br;q=0, gzip;q=0', both)).toBeNull();
    expect(chooseCoding('gzip, br', new Set())).toBeNull();
  });

  it('reads * as every coding not named', () => {
    expect(chooseCoding('*', both)).toBe('br');
    expect(chooseCoding('br;q=0, *', both)).toBe('gzip');
    expect(chooseCoding('*;q=0', both)).toBeNull();
  });
});

describe('compressed copies', () => {
  it('decompress to the same bytes', async () => {
    const body = Buffer.from(
      JSON.stringify({
        rows: Array.from({ length: 500 }, (_, i) => ({ i, name: `state ${i % 7}` })),
      }),
    );
    const br = await compress(body, 'br');
    const gz = await compress(body, 'gzip');
    expect(brotliDecompressSync(br).equals(body)).toBe(true);
    expect(gunzipSync(gz).equals(body)).toBe(true);
    expect(br.length).toBeLessThan(body.length / 4);
  });

  it('are made one at a time, and dropped past the queue limit', async () => {
    const queue = new CompressionQueue(2);
    let running = 0;
    let most = 0;
    const job = () => async () => {
      running++;
      most = Math.max(most, running);
      await new Promise((r) => setImmediate(r));
      running--;
    };
    // the first starts at once; two may wait; the fourth is dropped
    expect([queue.add(job()), queue.add(job()), queue.add(job()), queue.add(job())]).toEqual([
      true,
      true,
      true,
      false,
    ]);
    await queue.idle();
    expect(most).toBe(1);
    expect(queue.dropped).toBe(1);
  });
});
