import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { buildApp } from '../../src/server/app.js';
import { openStore, type Store } from '../../src/store/open-store.js';
import { loadSampleIfEmpty } from '../../src/store/sample-dataset.js';
import { repoRoot } from '../shared-data.js';

export interface TestServer {
  url: string;
  close(): Promise<void>;
}

const WEB_DIR = path.join(repoRoot, 'dist', 'web');
const WEB_SOURCES = [path.join(repoRoot, 'src', 'web'), path.join(repoRoot, 'vite.config.ts')];

/** The newest modification time of a file or of any file under a directory. */
function newestMtime(target: string): number {
  const stat = statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(target))
    newest = Math.max(newest, newestMtime(path.join(target, entry)));
  return newest;
}

function webBuildIsCurrent(): boolean {
  const index = path.join(WEB_DIR, 'index.html');
  const built = existsSync(index) ? statSync(index).mtimeMs : 0;
  return built >= Math.max(...WEB_SOURCES.map(newestMtime));
}

const LOCK = path.join(repoRoot, 'dist', '.web-build.lock');
// a lock older than this was left by a test run that was killed while building
const LOCK_STALE_MS = 5 * 60_000;

/**
 * Builds the web app when dist/web is missing or older than its sources, so tests see the current
 * UI. Test files run in parallel workers (vitest.config.ts): one builds while the others wait for
 * it (a lock directory, created atomically), instead of two Vite builds emptying one folder.
 */
export function ensureWebBuild(): void {
  if (webBuildIsCurrent()) return;
  mkdirSync(path.dirname(LOCK), { recursive: true });
  for (;;) {
    try {
      mkdirSync(LOCK);
      break;
    } catch {
      const age = existsSync(LOCK) ? Date.now() - statSync(LOCK).mtimeMs : 0;
      if (age > LOCK_STALE_MS) rmSync(LOCK, { recursive: true, force: true });
      else Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 250);
    }
  }
  try {
    if (webBuildIsCurrent()) return;
    // vitest sets NODE_ENV=test, which would make Vite bundle React's development build
    execFileSync('npx', ['vite', 'build', '--logLevel', 'warn'], {
      cwd: repoRoot,
      stdio: 'inherit',
      env: { ...process.env, NODE_ENV: 'production' },
    });
  } finally {
    rmSync(LOCK, { recursive: true, force: true });
  }
}

/**
 * A real server on a free port: a fresh SQLite database in a temp dir holding the sample dataset
 * (or what `load` puts in it, e.g. the real data), and the built web app. close() stops the server
 * and deletes the database.
 */
export async function startTestServer(
  load: (store: Store) => Promise<unknown> = loadSampleIfEmpty,
): Promise<TestServer> {
  ensureWebBuild();
  const dir = mkdtempSync(path.join(tmpdir(), 'groundpass-e2e-'));
  const store = await openStore({ target: path.join(dir, 'groundpass.db') });
  try {
    await load(store);
    const app = await buildApp({ store, webDir: WEB_DIR });
    await app.listen({ host: '127.0.0.1', port: 0 });
    const { port } = app.server.address() as AddressInfo;
    return {
      url: `http://127.0.0.1:${port}`,
      async close() {
        await app.close();
        await store.close();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
}
