import { mkdirSync } from 'node:fs';
import path from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import {
  CamelCasePlugin,
  Kysely,
  Migrator,
  PostgresDialect,
  SqliteDialect,
  sql,
  type Migration,
  type MigrationProvider,
} from 'kysely';
import pg from 'pg';
import type { DialectName } from './dialect.js';
import { foundation } from './migrations/001-foundation.js';
import { hrcVotes } from './migrations/002-hrc-votes.js';
import { upr } from './migrations/003-upr.js';
import type { Database } from './schema.js';

export const DEFAULT_DB_FILE = path.join('data', 'groundpass.db');

export interface Store {
  db: Kysely<Database>;
  dialect: DialectName;
  /** where the data lives, for messages: a file path or a URL without its password */
  location: string;
  /**
   * The embedded database's own handle (null on PostgreSQL), for bulk inserts only: one prepared
   * statement run per row is many times cheaper than compiling multi-row SQL (see bulk-insert.ts).
   */
  sqlite: SqliteDatabase.Database | null;
  close(): Promise<void>;
}

export interface StoreOptions {
  /** postgres://… selects PostgreSQL; anything else is a SQLite file path (":memory:" works). */
  target?: string;
}

/**
 * Which database to use: an explicit target (--db), then DATABASE_URL, then GROUNDPASS_DB, then
 * the embedded default. Kept in one place so the CLI, the server and the tests agree.
 */
export function resolveTarget(explicit?: string, env: NodeJS.ProcessEnv = process.env): string {
  return explicit ?? env.DATABASE_URL ?? env.GROUNDPASS_DB ?? DEFAULT_DB_FILE;
}

function isPostgresUrl(target: string): boolean {
  return /^postgres(ql)?:\/\//.test(target);
}

function redact(url: string): string {
  return url.replace(/\/\/([^:@/]+):[^@/]*@/, '//$1:***@');
}

class StaticMigrations implements MigrationProvider {
  constructor(private readonly dialect: DialectName) {}
  async getMigrations(): Promise<Record<string, Migration>> {
    return {
      '001-foundation': foundation(this.dialect),
      '002-hrc-votes': hrcVotes(this.dialect),
      '003-upr': upr(this.dialect),
    };
  }
}

export async function openStore(options: StoreOptions = {}): Promise<Store> {
  const target = resolveTarget(options.target);
  let db: Kysely<Database>;
  let dialect: DialectName;
  let sqliteHandle: SqliteDatabase.Database | null = null;
  if (isPostgresUrl(target)) {
    dialect = 'postgres';
    const pool = new pg.Pool({ connectionString: target, max: 4 });
    db = new Kysely<Database>({
      dialect: new PostgresDialect({ pool }),
      plugins: [new CamelCasePlugin()],
    });
  } else {
    dialect = 'sqlite';
    if (target !== ':memory:') mkdirSync(path.dirname(path.resolve(target)), { recursive: true });
    const file = new SqliteDatabase(target);
    sqliteHandle = file;
    // WAL keeps readers (the web server) going while an import writes.
    file.pragma('journal_mode = WAL');
    file.pragma('synchronous = NORMAL');
    file.pragma('foreign_keys = ON');
    db = new Kysely<Database>({
      dialect: new SqliteDialect({ database: file }),
      plugins: [new CamelCasePlugin()],
    });
  }
  // Kysely looks for its migration tables in every schema unless told which: in a shared PostgreSQL
  // database another schema's tables would be taken for ours. Ours is the connection's current one.
  const migrationTableSchema =
    dialect === 'postgres'
      ? (await sql<{ schema: string }>`select current_schema() as schema`.execute(db)).rows[0]
          ?.schema
      : undefined;
  const migrator = new Migrator({
    db,
    provider: new StaticMigrations(dialect),
    ...(migrationTableSchema ? { migrationTableSchema } : {}),
  });
  const { error } = await migrator.migrateToLatest();
  if (error) {
    await db.destroy();
    throw new Error(`could not prepare the database at ${redact(target)}: ${String(error)}`);
  }
  return {
    db,
    dialect,
    location: isPostgresUrl(target) ? redact(target) : target,
    sqlite: sqliteHandle,
    close: () => db.destroy(),
  };
}
