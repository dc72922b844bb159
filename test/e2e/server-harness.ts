import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
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

/** Builds the web app when dist/web is missing or older than its sources, so tests see the current UI. */
export function ensureWebBuild(): void {
  const index = path.join(WEB_DIR, 'index.html');
  const built = existsSync(index) ? statSync(index).mtimeMs : 0;
  const sources = Math.max(...WEB_SOURCES.map(newestMtime));
  if (built >= sources) return;
  // vitest sets NODE_ENV=test, which would make Vite bundle React's development build
  execFileSync('npx', ['vite', 'build', '--logLevel', 'warn'], {
    cwd: repoRoot,
    stdio: 'inherit',
    env: { ...process.env, NODE_ENV: 'production' },
  });
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
