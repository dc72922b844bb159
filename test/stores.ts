import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { openStore, type Store } from '../src/store/open-store.js';

/**
 * The same store tests run against both dialects. SQLite always; PostgreSQL when
 * TEST_DATABASE_URL is set (as .ci/run does), each test in a schema of its own.
 */
export interface StoreKind {
  name: 'sqlite' | 'postgres';
  skip: string | false;
  open(): Promise<Store>;
}

const pgUrl = process.env.TEST_DATABASE_URL;

async function openSqlite(): Promise<Store> {
  const dir = mkdtempSync(path.join(tmpdir(), 'groundpass-test-'));
  const store = await openStore({ target: path.join(dir, 'test.db') });
  return {
    ...store,
    close: async () => {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

async function openPostgres(): Promise<Store> {
  const schema = `gp_test_${process.pid}_${Math.random().toString(36).slice(2, 10)}`;
  const admin = new pg.Client({ connectionString: pgUrl });
  await admin.connect();
  await admin.query(`CREATE SCHEMA ${schema}`);
  await admin.end();
  const url = new URL(pgUrl!);
  url.searchParams.set('options', `-c search_path=${schema}`);
  const store = await openStore({ target: url.toString() });
  return {
    ...store,
    close: async () => {
      await store.close();
      const c = new pg.Client({ connectionString: pgUrl });
      await c.connect();
      await c.query(`DROP SCHEMA ${schema} CASCADE`);
      await c.end();
    },
  };
}

export const STORE_KINDS: StoreKind[] = [
  { name: 'sqlite', skip: false, open: openSqlite },
  {
    name: 'postgres',
    skip: pgUrl
      ? false
      : 'PostgreSQL tests skipped: set TEST_DATABASE_URL=postgres://… to run them (.ci/run does)',
    open: openPostgres,
  },
];
