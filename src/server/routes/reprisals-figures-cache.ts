import { readsConfidential, reprisalFigures } from '../../analysis/reprisals/views.js';
import type { Role } from '../../security/policies.js';
import { dataVersionReader } from '../../store/data-version.js';
import type { Store } from '../../store/open-store.js';
import { etagOf } from '../figure-cache.js';
import { loadCases } from '../../store/reprisals/cases.js';

/*
 * The reprisals figures, kept per data version. They are computed from public fields only and
 * depend on the audience alone (small cells hidden for the public and researchers, shown to
 * editors and admins), so one computation serves every caller of the same audience; the role
 * only names who asked. They are not in the server's figure cache, which serves routes that answer
 * everyone alike (sameForEveryone): this cache keys on the audience, so an editor's numbers never
 * reach the public. Without it, 50 clients on the public statistics of a few hundred cases kept
 * the server busy loading and counting the same cases (bench/reprisals.ts).
 *
 * Any write to the registry raises the data version (migration 010's triggers), which empties the
 * cache at the next request; a pending computation is shared by the requests that wait for it.
 *
 * The JSON is kept as bytes with its ETag (the hash of those bytes, as the server's figure cache
 * does for the routes that answer everyone alike), so a request costs a version read and a map
 * lookup, and a client sending the ETag back gets 304. The body names the role that asked, so an
 * ETag never matches another role's answer.
 */

type Figures = ReturnType<typeof reprisalFigures>;

export interface FiguresAnswer {
  body: Buffer;
  etag: string;
}

export interface ReprisalFiguresCache {
  /** the figures of a country (null: every country) for the role's audience */
  figures(role: Role, country: string | null): Promise<Figures>;
  /** the JSON the stats route answers ({ role, country, ...figures }) and its ETag */
  json(role: Role, country: string | null): Promise<FiguresAnswer>;
}

/** Entries kept before the cache starts again (two audiences × every State, with room). */
const MAX_ENTRIES = 1024;

export function reprisalFiguresCache(store: Store): ReprisalFiguresCache {
  const version = dataVersionReader(store);
  let at: string | null = null;
  const figures = new Map<string, Promise<Figures>>();
  const bodies = new Map<string, Promise<FiguresAnswer>>();

  async function fresh(): Promise<void> {
    const now = await version();
    if (now !== at || figures.size + bodies.size > MAX_ENTRIES) {
      figures.clear();
      bodies.clear();
      at = now;
    }
  }

  function figuresOf(role: Role, country: string | null): Promise<Figures> {
    const audience = readsConfidential(role) ? 'internal' : 'public';
    const key = `${audience}|${country ?? '*'}`;
    let hit = figures.get(key);
    if (!hit) {
      hit = loadCases(store.db, country ? { country } : {}).then((cases) =>
        reprisalFigures(cases, role),
      );
      // a failed computation is not kept: the next request tries again
      hit.catch(() => figures.delete(key));
      figures.set(key, hit);
    }
    return hit;
  }

  return {
    async figures(role, country) {
      await fresh();
      return figuresOf(role, country);
    },
    async json(role, country) {
      await fresh();
      const key = `${role}|${country ?? '*'}`;
      let hit = bodies.get(key);
      if (!hit) {
        hit = figuresOf(role, country).then((f) => {
          const body = Buffer.from(JSON.stringify({ role, country, ...f }));
          return { body, etag: etagOf(body) };
        });
        hit.catch(() => bodies.delete(key));
        bodies.set(key, hit);
      }
      return hit;
    },
  };
}
