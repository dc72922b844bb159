import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STORE_KINDS } from '../../test/stores.js';
import type { Store } from '../store/open-store.js';
import { buildApp } from './app.js';

const sqlite = STORE_KINDS.find((k) => k.name === 'sqlite')!;

/**
 * Every route that takes a state reads it as the CLI does (domain/reference/states-arg.ts):
 * code in any case, UN English or Chinese name; an ambiguous or unknown name is a 400 that
 * lists the candidates. An empty store is enough: the parameter is read before any query.
 */
describe('state parameters in the API', () => {
  let store: Store;
  let app: FastifyInstance;
  beforeAll(async () => {
    store = await sqlite.open();
    app = await buildApp({ store });
  });
  afterAll(async () => {
    await app.close();
    await store.close();
  });

  const urls = (s: string) => {
    const q = encodeURIComponent(s);
    return [
      `/api/v1/votes/record/${q}`,
      `/api/v1/votes/alignment/${q}`,
      `/api/v1/votes/texts?target=${q}`,
      `/api/v1/upr/stats?sur=${q}`,
      `/api/v1/upr/profile/${q}`,
      `/api/v1/upr/recommenders?sur=${q}`,
      `/api/v1/upr/stats.csv?sur=${q}`,
      `/api/v1/upr/search?q=&sur=${q}`,
      `/api/v1/upr/search?q=&from=${q}`,
      `/api/v1/ngo-committee/questions/list?state=${q}`,
      `/api/v1/ngo-committee/votes/list?state=${q}`,
      `/api/v1/ngo-committee/votes/list?with=${q}`,
    ];
  };
  const get = async (url: string) => {
    const res = await app.inject({ method: 'GET', url });
    return { url, status: res.statusCode, body: res.body };
  };

  it.each(['CHN', 'chn', 'China', '中国'])('accepts %s on every route', async (state) => {
    for (const url of urls(state)) {
      const r = await get(url);
      // an empty store may have no profile (404), but the state itself was read
      const read = r.status === 200 || (url.includes('/profile/') && r.status === 404);
      expect({ url, read, body: read ? '' : r.body }).toEqual({ url, read: true, body: '' });
    }
  });

  it('refuses an ambiguous name on every route, naming the candidates', async () => {
    for (const url of urls('Korea')) {
      const r = await get(url);
      expect({ url, status: r.status }).toEqual({ url, status: 400 });
      const message: string = JSON.parse(r.body).error.message;
      expect(message).toContain('"Korea" matches several states');
      expect(message).toContain('Republic of Korea (KOR)');
      expect(message).toContain('(PRK)');
    }
  });

  it('suggests a near spelling for an unknown name', async () => {
    const r = await get('/api/v1/upr/stats?sur=Chna');
    expect(r.status).toBe(400);
    expect(JSON.parse(r.body).error.message).toMatch(/unknown state "Chna".*China \(CHN\)/);
  });

  it('reads names in cohesion groups', async () => {
    const ok = await get(
      `/api/v1/votes/cohesion?groups=${encodeURIComponent('LMG=China,rus,古巴')}`,
    );
    expect(ok.status).toBe(200);
    const bad = await get(`/api/v1/votes/cohesion?groups=${encodeURIComponent('X=CHN,Korea')}`);
    expect(bad.status).toBe(400);
    expect(JSON.parse(bad.body).error.message).toContain('matches several states');
  });
});
