import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import {
  PG_RUN_KEY,
  PG_RUN_PREFIX,
  newPgRun,
  pgDatabaseName,
  pgRunStartedAt,
  preparedDirName,
} from './pg-run.js';

// a run older than this has ended: what is left of it was left by a run that was killed
const RUN_LEFT_BEHIND_S = 6 * 3600;

async function dropDatabases(url: string, which: (name: string) => boolean): Promise<void> {
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  try {
    const { rows } = await admin.query<{ datname: string }>(
      'SELECT datname FROM pg_database WHERE starts_with(datname, $1)',
      [PG_RUN_PREFIX],
    );
    for (const { datname } of rows)
      if (which(datname)) await admin.query(`DROP DATABASE IF EXISTS ${datname} WITH (FORCE)`);
  } finally {
    await admin.end();
  }
}

/**
 * Names this test run for the PostgreSQL databases its files make (test/stores.ts: a template
 * migrated once, a copy per test), and drops them when the run ends, with what runs killed hours
 * ago left (nothing to do there without TEST_DATABASE_URL), and removes the folder of the SQLite
 * databases its files prepared (test/prepared.ts).
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const url = process.env.TEST_DATABASE_URL;
  const run = newPgRun();
  project.provide(PG_RUN_KEY, run);
  if (url) {
    const now = Math.floor(Date.now() / 1000);
    await dropDatabases(url, (name) => {
      const started = pgRunStartedAt(name);
      return started !== null && now - started > RUN_LEFT_BEHIND_S;
    });
  }
  return async () => {
    // where the workers made it, unless the temporary folder they saw was removed with it
    // (test/tmp-setup.ts moves it to memory for the run, and its teardown runs before this one)
    rmSync(path.join(tmpdir(), preparedDirName(run)), { recursive: true, force: true });
    if (url) await dropDatabases(url, (name) => name.startsWith(pgDatabaseName(run, '')));
  };
}
