import { randomUUID } from 'node:crypto';
import {
  closeSync,
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readFileSync,
  renameSync,
  rmSync,
  unlinkSync,
  writeSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { sql } from 'kysely';
import { inject } from 'vitest';
import { openStore, type Store } from '../src/store/open-store.js';
import { PG_RUN_KEY, preparedDirName } from './pg-run.js';

/*
 * SQLite databases prepared once per test run and copied for each test that reads them: importing
 * the same data again in every file cost seconds of CPU each time (the OHCHR vote export 1.4-2.2 s,
 * the sample dataset 0.3-0.7 s plus migrating a new file), where copying the prepared file costs
 * milliseconds. The run's folder is named after the run (test/pg-run.ts); the global set-up
 * (test/global-setup.ts) removes it at the end. Without the global set-up (another config) each
 * test file prepares its own.
 *
 * A prepared database is named by what it holds: the same name must always be built the same way.
 */

let ownDir: string | undefined;

/** The directory of the run's prepared databases. */
function preparedDir(): string {
  const run = inject(PG_RUN_KEY);
  if (run) {
    const dir = path.join(tmpdir(), preparedDirName(run));
    mkdirSync(dir, { recursive: true });
    return dir;
  }
  if (!ownDir) {
    const dir = mkdtempSync(path.join(tmpdir(), 'groundpass-prepared-'));
    ownDir = dir;
    process.on('exit', () => rmSync(dir, { recursive: true, force: true }));
  }
  return ownDir;
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as { code?: string }).code === 'EPERM';
  }
}

/**
 * Runs `make` while holding a lock file, so that of the two workers only one builds a database and
 * the other waits for it. A lock whose process has died (a worker killed mid-build) is taken over.
 */
export async function withFileLock<T>(lockFile: string, make: () => Promise<T>): Promise<T> {
  for (;;) {
    try {
      const fd = openSync(lockFile, 'wx');
      writeSync(fd, String(process.pid));
      closeSync(fd);
      break;
    } catch (error) {
      if ((error as { code?: string }).code !== 'EEXIST') throw error;
      let holder = Number.NaN;
      try {
        holder = Number(readFileSync(lockFile, 'utf8'));
      } catch {
        continue; // released meanwhile
      }
      // a holder that has not written its pid yet reads as 0: wait for it like a live one
      if (holder > 0 && !alive(holder)) rmSync(lockFile, { force: true });
      else await sleep(100);
    }
  }
  try {
    return await make();
  } finally {
    unlinkSync(lockFile);
  }
}

const files = new Map<string, Promise<string>>();

/**
 * The path of the run's prepared SQLite database `name`, built by `build` on a freshly migrated
 * store by the first test file that asks for it. Never open it for writing: copy it.
 */
export function preparedSqliteFile(
  name: string,
  build: (store: Store) => Promise<unknown>,
): Promise<string> {
  let file = files.get(name);
  if (!file) {
    file = (async () => {
      const dir = preparedDir();
      const target = path.join(dir, `${name}.db`);
      if (existsSync(target)) return target;
      return withFileLock(path.join(dir, `${name}.lock`), async () => {
        if (existsSync(target)) return target;
        const building = path.join(dir, `${name}.${process.pid}.building.db`);
        rmSync(building, { force: true });
        const store = await openStore({ target: building });
        try {
          await build(store);
        } finally {
          // closing checkpoints the write-ahead log into the file and removes it
          await store.close();
        }
        renameSync(building, target);
        return target;
      });
    })();
    files.set(name, file);
    // a failed build is tried again by the next caller rather than remembered
    file.catch(() => files.delete(name));
  }
  return file;
}

/**
 * A writable copy of the run's prepared SQLite database `name` (see preparedSqliteFile) at
 * `target`, opened, with a data-version origin of its own as a new database draws (migration
 * 008): copies must not share one. For a test that also hands the file to the CLI.
 */
export async function openPreparedSqliteAt(
  name: string,
  build: (store: Store) => Promise<unknown>,
  target: string,
): Promise<Store> {
  copyFileSync(await preparedSqliteFile(name, build), target);
  const store = await openStore({ target });
  await sql`update data_version set origin = ${randomUUID()} where id = 1`.execute(store.db);
  return store;
}

/** As openPreparedSqliteAt, in a folder of its own removed on close. */
export async function openPreparedSqlite(
  name: string,
  build: (store: Store) => Promise<unknown>,
): Promise<Store> {
  const dir = mkdtempSync(path.join(tmpdir(), 'groundpass-test-'));
  let store: Store;
  try {
    store = await openPreparedSqliteAt(name, build, path.join(dir, 'test.db'));
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
  return {
    ...store,
    close: async () => {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
