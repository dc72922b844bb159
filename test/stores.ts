import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import pg from 'pg';
import { inject } from 'vitest';
import { openStore, type Store } from '../src/store/open-store.js';
import { PG_RUN_KEY, pgDatabaseName } from './pg-run.js';
import { openPreparedSqlite } from './prepared.js';

/**
 * The same store tests run against both dialects. SQLite always; PostgreSQL when
 * TEST_DATABASE_URL is set (as .ci/run does), each test in a database of its own.
 */
export interface StoreKind {
  name: 'sqlite' | 'postgres';
  skip: string | false;
  open(): Promise<Store>;
  /**
   * A store holding what `build` puts into a freshly migrated one, built once per test run under
   * the name `name` and copied for each caller (test/prepared.ts): for the tests that read the
   * same imported data (the sample dataset, a real export). The same name must always be built
   * the same way. The copy is the caller's to write to and close.
   */
  openPrepared(name: string, build: (store: Store) => Promise<unknown>): Promise<Store>;
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

async function withAdmin<T>(run: (admin: pg.Client) => Promise<T>): Promise<T> {
  const admin = new pg.Client({ connectionString: pgUrl });
  await admin.connect();
  try {
    return await run(admin);
  } finally {
    await admin.end();
  }
}

function urlOfDatabase(name: string): string {
  const url = new URL(pgUrl!);
  url.pathname = `/${name}`;
  return url.toString();
}

/**
 * A freshly migrated store in a schema of its own in the TEST_DATABASE_URL database, dropped on
 * close: for tests of how stores share one database (open-store.test.ts), and where the test role
 * may not create databases. Migrating costs about 1.5 s, dropping about 0.5 s.
 */
export async function openPostgresSchema(): Promise<Store> {
  const schema = `gp_test_${process.pid}_${Math.random().toString(36).slice(2, 10)}`;
  await withAdmin((admin) => admin.query(`CREATE SCHEMA ${schema}`));
  const url = new URL(pgUrl!);
  url.searchParams.set('options', `-c search_path=${schema}`);
  const store = await openStore({ target: url.toString() });
  return {
    ...store,
    close: async () => {
      await store.close();
      await withAdmin((admin) => admin.query(`DROP SCHEMA ${schema} CASCADE`));
    },
  };
}

/*
 * Each PostgreSQL test gets a database of its own, copied from a template database that the
 * migrations ran on once per test run (CREATE DATABASE … TEMPLATE, about a fifth of a second,
 * where migrating a new schema took about 1.5 s). The run's name comes from test/global-setup.ts,
 * which drops the run's databases at its end; without it (another config) each test file makes
 * its own template. A role that may not create databases falls back to a schema per test.
 */
let run: string | undefined;
/** The run's name, from the global set-up (read when first needed: the reporter imports this too). */
function pgRun(): string {
  run ??= inject(PG_RUN_KEY) ?? `${Math.floor(Date.now() / 1000)}_p${process.pid}`;
  return run;
}
let template: Promise<string | null> | undefined;

/** The run's template database, migrated; null when databases cannot be created. */
function migratedTemplate(): Promise<string | null> {
  template ??= withAdmin(async (admin) => {
    const name = pgDatabaseName(pgRun(), 'tpl');
    // one test file makes it while the others (the other worker) wait for it
    await admin.query('SELECT pg_advisory_lock(hashtext($1))', [name]);
    try {
      const { rowCount } = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [
        name,
      ]);
      if (rowCount) return name;
      try {
        await admin.query(`CREATE DATABASE ${name}`);
      } catch (error) {
        if ((error as { code?: string }).code === '42501') return null; // no CREATEDB
        throw error;
      }
      try {
        const store = await openStore({ target: urlOfDatabase(name) });
        await store.close();
      } catch (error) {
        await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
        throw error;
      }
      return name;
    } finally {
      await admin.query('SELECT pg_advisory_unlock(hashtext($1))', [name]);
    }
  });
  return template;
}

const preparedTemplates = new Map<string, Promise<string | null>>();

/**
 * The run's template database `name`: a copy of the migrated template that `build` filled, made by
 * the first test file that asks for it (the other worker waits on the advisory lock).
 */
function preparedTemplate(
  name: string,
  build: (store: Store) => Promise<unknown>,
): Promise<string | null> {
  let made = preparedTemplates.get(name);
  if (!made) {
    made = (async () => {
      const base = await migratedTemplate();
      if (base === null) return null;
      const database = pgDatabaseName(pgRun(), `tpl_${name.replace(/\W/g, '_')}`);
      return withAdmin(async (admin) => {
        await admin.query('SELECT pg_advisory_lock(hashtext($1))', [database]);
        try {
          const { rowCount } = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [
            database,
          ]);
          if (rowCount) return database;
          // built under another name and renamed when complete: a build that fails leaves no
          // half-filled template for the next caller to copy
          const building = `${database}_b`;
          await admin.query(`DROP DATABASE IF EXISTS ${building} WITH (FORCE)`);
          await admin.query(`CREATE DATABASE ${building} TEMPLATE ${base}`);
          try {
            const store = await openStore({ target: urlOfDatabase(building) });
            try {
              await build(store);
            } finally {
              await store.close();
            }
            await admin.query(`ALTER DATABASE ${building} RENAME TO ${database}`);
          } catch (error) {
            await admin.query(`DROP DATABASE IF EXISTS ${building} WITH (FORCE)`);
            throw error;
          }
          return database;
        } finally {
          await admin.query('SELECT pg_advisory_unlock(hashtext($1))', [database]);
        }
      });
    })();
    preparedTemplates.set(name, made);
    made.catch(() => preparedTemplates.delete(name));
  }
  return made;
}

async function openPostgres(): Promise<Store> {
  const source = await migratedTemplate();
  if (source === null) return openPostgresSchema();
  return openPostgresCopy(source);
}

async function openPostgresPrepared(
  name: string,
  build: (store: Store) => Promise<unknown>,
): Promise<Store> {
  const source = await preparedTemplate(name, build);
  if (source !== null) return openPostgresCopy(source);
  // no CREATEDB: a schema of its own, built the slow way
  const store = await openPostgresSchema();
  try {
    await build(store);
  } catch (error) {
    await store.close();
    throw error;
  }
  return store;
}

/** A database of its own copied from the template `source`, dropped on close. */
async function openPostgresCopy(source: string): Promise<Store> {
  const name = pgDatabaseName(pgRun(), `${process.pid}_${Math.random().toString(36).slice(2, 8)}`);
  await withAdmin((admin) => admin.query(`CREATE DATABASE ${name} TEMPLATE ${source}`));
  let store: Store;
  try {
    store = await openStore({ target: urlOfDatabase(name) });
    // a new database draws its own origin (migration 008): the copies must not share the template's
    await sql`update data_version set origin = ${randomUUID()} where id = 1`.execute(store.db);
  } catch (error) {
    await withAdmin((admin) => admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
    throw error;
  }
  return {
    ...store,
    close: async () => {
      await store.close();
      // not WITH (FORCE): the pool's connections are still closing, and a connection ended by the
      // server raises an error in the pool; DROP DATABASE waits (up to 5 s) for them to go
      await withAdmin((admin) => admin.query(`DROP DATABASE IF EXISTS ${name}`));
    },
  };
}

export const STORE_KINDS: StoreKind[] = [
  { name: 'sqlite', skip: false, open: openSqlite, openPrepared: openPreparedSqlite },
  {
    name: 'postgres',
    openPrepared: openPostgresPrepared,
    skip: pgUrl
      ? false
      : 'PostgreSQL tests skipped: set TEST_DATABASE_URL=postgres://… to run them (.ci/run does)',
    open: openPostgres,
  },
];
