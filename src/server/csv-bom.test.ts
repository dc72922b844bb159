import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STORE_KINDS } from '../../test/stores.js';
import { openSampleStore } from '../../test/sample-store.js';
import type { Store } from '../store/open-store.js';
import { buildApp } from './app.js';

const sqlite = STORE_KINDS.find((k) => k.name === 'sqlite')!;
const BOM = [0xef, 0xbb, 0xbf];

/**
 * CSV downloads open in Excel, which reads a file without a byte-order mark in the local code
 * page: Chinese names come out garbled. Every CSV the API sends starts with the UTF-8 BOM unless
 * the request says bom=false.
 */
describe('CSV downloads carry a UTF-8 byte-order mark', () => {
  let store: Store;
  let app: FastifyInstance;
  beforeAll(async () => {
    store = await openSampleStore(sqlite);
    app = await buildApp({ store });
  });
  afterAll(async () => {
    await app.close();
    await store.close();
  });

  const CSV_URLS = [
    '/api/v1/ngo-committee/questions.csv',
    '/api/v1/ngo-committee/pending.csv?minYears=1',
    '/api/v1/upr/stats.csv?sur=CHN',
    '/api/v1/upr/search.csv?q=',
    '/api/v1/votes/amendments.csv',
    '/api/v1/votes/matrix.csv',
    '/api/v1/votes/record/CHN.csv',
    '/api/v1/votes/alignment/CHN.csv',
    '/api/v1/participation/share.csv',
    '/api/v1/participation/points-of-order.csv',
    '/api/v1/participation/upr-adoption.csv?state=CHN',
    '/api/v1/participation/clusters.csv',
  ];
  const bytes = async (url: string) => {
    const res = await app.inject({ method: 'GET', url });
    return {
      status: res.statusCode,
      type: String(res.headers['content-type']),
      raw: res.rawPayload,
    };
  };

  it.each(CSV_URLS)('%s starts with the BOM', async (url) => {
    const r = await bytes(url);
    expect(r.status).toBe(200);
    expect(r.type).toMatch(/^text\/csv; charset=utf-8/);
    expect([...r.raw.subarray(0, 3)]).toEqual(BOM);
    // exactly one, and the header follows it
    expect(r.raw.subarray(3, 6).equals(Buffer.from(BOM))).toBe(false);
  });

  it.each(CSV_URLS)('%s leaves the BOM out with bom=false', async (url) => {
    const r = await bytes(`${url}${url.includes('?') ? '&' : '?'}bom=false`);
    expect(r.status).toBe(200);
    expect([...r.raw.subarray(0, 3)]).not.toEqual(BOM);
  });

  it('keeps JSON free of it', async () => {
    const r = await bytes('/api/v1/ngo-committee/questions');
    expect(r.raw[0]).toBe('{'.charCodeAt(0));
  });
});
