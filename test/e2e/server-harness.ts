import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
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
let webBuildChecked = false;

/**
 * Brings dist/web up to date with the web sources (scripts/build-web.mjs: a no-op when it is the
 * build of them, as after `npm install`; a Vite build otherwise), so tests see the current UI. Test
 * files run in parallel workers (vitest.config.ts): the script lets one build while the others wait
 * for it. Checked once per test file.
 */
export function ensureWebBuild(): void {
  if (webBuildChecked) return;
  execFileSync(process.execPath, [path.join(repoRoot, 'scripts', 'build-web.mjs'), '--quiet'], {
    cwd: repoRoot,
    stdio: 'inherit',
  });
  webBuildChecked = true;
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
