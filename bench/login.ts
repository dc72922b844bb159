import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildApp } from '../src/server/app.js';
import { openStore } from '../src/store/open-store.js';
import { addUser } from '../src/store/security/users.js';
import { ms } from './measure.js';

/*
 * Issue 12: "login under a brute-force loop is throttled". A loop of wrong passwords over HTTP on
 * loopback, with the production scrypt parameters: how many attempts the server hashed (401) and
 * how many it refused before hashing (429), the time of each kind (the baseline is a hashed
 * attempt, measured in the same run).
 */
export async function benchLogin(attempts = 200): Promise<void> {
  const dir = mkdtempSync(path.join(tmpdir(), 'gp-bench-login-'));
  const store = await openStore({ target: path.join(dir, 'bench.db') });
  await addUser(
    store,
    { name: '(bench)', role: 'admin' },
    { name: 'target', role: 'editor', password: 'the right password' },
  );
  const app = await buildApp({ store });
  await app.listen({ host: '127.0.0.1', port: 0 });
  const base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
  const attempt = async (name: string, password: string) => {
    const t = process.hrtime.bigint();
    const res = await fetch(`${base}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ name, password }),
    });
    await res.arrayBuffer();
    return { status: res.status, ms: ms(t) };
  };
  try {
    const timesBy = new Map<number, number[]>();
    const loop = process.hrtime.bigint();
    // one address (loopback), one account first, then a different name each time
    for (let i = 0; i < attempts; i++) {
      const r = await attempt(i < attempts / 2 ? 'target' : `guess${i}`, `wrong ${i}`);
      timesBy.set(r.status, [...(timesBy.get(r.status) ?? []), r.ms]);
    }
    const loopMs = ms(loop);
    const median = (xs: number[] = []) =>
      [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
    const hashed = timesBy.get(401) ?? [];
    const refused = timesBy.get(429) ?? [];
    console.log(
      `login brute force: ${attempts} wrong passwords from one address in ${(loopMs / 1000).toFixed(1)} s: ${hashed.length} checked (401), ${refused.length} refused before hashing (429), other statuses: ${[...timesBy.keys()].filter((s) => s !== 401 && s !== 429).join(', ') || 'none'}`,
    );
    console.log(
      `  checked attempt median ${median(hashed).toFixed(1)} ms (baseline), refused attempt median ${median(refused).toFixed(1)} ms, ratio ${(median(refused) / median(hashed)).toFixed(3)}x`,
    );
  } finally {
    await app.close();
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
