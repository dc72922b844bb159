import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type SqliteDatabase from 'better-sqlite3';
import {
  CamelCasePlugin,
  Kysely,
  CompiledQuery,
  Migrator,
  SqliteDialect,
  SqliteDriver,
  sql,
  type DatabaseConnection,
  type Driver,
  type Migration,
  type MigrationProvider,
} from 'kysely';
import type { DialectName } from './dialect.js';
import { CurrentSchemaPostgresDialect } from './postgres-dialect.js';
import { foundation } from './migrations/001-foundation.js';
import { hrcVotes } from './migrations/002-hrc-votes.js';
import { upr } from './migrations/003-upr.js';
import { ngoVoteLinks } from './migrations/004-ngo-vote-links.js';
import { documentPages } from './migrations/005-document-pages.js';
import { ngoQuestionSources } from './migrations/006-ngo-question-sources.js';
import { uprSearchIndex } from './migrations/007-upr-search-index.js';
import { security } from './migrations/009-security.js';
import { reprisals } from './migrations/010-reprisals.js';
import { participation } from './migrations/012-participation.js';
import { organizationsGongo } from './migrations/013-organizations-gongo.js';
import { planIndexes } from './migrations/014-plan-indexes.js';
import { uprSearchIndexPages } from './migrations/015-upr-search-index-pages.js';
import { dataVersionAndIndexes } from './migrations/008-data-version-and-indexes.js';
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
  /**
   * Why nothing can be stored (the file lies on a read-only location, or read-only was asked
   * for), or null when the store can be written. Figures are served from a read-only store;
   * imports are refused.
   */
  readOnly: string | null;
  close(): Promise<void>;
}

export interface StoreOptions {
  /** postgres://… selects PostgreSQL; anything else is a SQLite file path (":memory:" works). */
  target?: string;
  /**
   * Open for reading only: no migrations, no writes (the server's worker threads). The schema
   * must already be the latest.
   */
  readOnly?: boolean;
}

/**
 * How long a writer waits for another process's import to commit before giving up. Imports of
 * the largest exports take tens of seconds; readers never wait (WAL).
 */
const SQLITE_BUSY_TIMEOUT_MS = 120_000;

/**
 * SQLite's own driver, with two changes. Transactions begin IMMEDIATE: the write lock is taken
 * first, so two imports of the same file in two processes run one after the other and the second
 * sees the first's document instead of failing on a stale snapshot. And a rollback after SQLite
 * has already rolled back by itself (it does on a full disk) is skipped: otherwise "cannot
 * rollback - no transaction is active" replaces the error that says what happened.
 */
class GuardedSqliteDriver extends SqliteDriver {
  constructor(
    config: ConstructorParameters<typeof SqliteDriver>[0],
    private readonly handle: SqliteDatabase.Database,
  ) {
    super(config);
  }
  override async beginTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(
      CompiledQuery.raw(this.handle.readonly ? 'begin' : 'begin immediate'),
    );
  }
  override async rollbackTransaction(connection: DatabaseConnection): Promise<void> {
    if (!this.handle.inTransaction) return;
    await super.rollbackTransaction(connection);
  }
}

class GuardedSqliteDialect extends SqliteDialect {
  constructor(private readonly handle: SqliteDatabase.Database) {
    super({ database: handle });
  }
  override createDriver(): Driver {
    return new GuardedSqliteDriver({ database: this.handle }, this.handle);
  }
}

const READ_ONLY_CODES = /^SQLITE_(READONLY|CANTOPEN|PERM|AUTH)/;

function sqliteCode(error: unknown): string {
  return String((error as { code?: unknown }).code ?? '');
}

/**
 * A SQLite file that can be written: WAL, so readers (the web server) keep going while an
 * import writes. Throws SQLITE_READONLY… when the location or the file cannot be written.
 */
function openWritableSqlite(target: string): SqliteDatabase.Database {
  if (target !== ':memory:') mkdirSync(path.dirname(path.resolve(target)), { recursive: true });
  const file = new sqliteDriver!(target, { timeout: SQLITE_BUSY_TIMEOUT_MS });
  try {
    file.pragma('journal_mode = WAL');
    file.pragma('synchronous = NORMAL');
    file.pragma('foreign_keys = ON');
    // A write that changes nothing: SQLite opens a write-protected file read-only without a word.
    const version = Number(file.pragma('user_version', { simple: true }));
    file.pragma(`user_version = ${version}`);
    return file;
  } catch (error) {
    file.close();
    throw error;
  }
}

/**
 * A SQLite file opened for reading only. SQLite cannot read a WAL database in place where it may
 * create no -shm file (a read-only directory) unless that file is there; such a file is then read
 * into memory instead, marked as a rollback-journal database (its -wal must be absent, or
 * committed pages would be missed).
 */
function openReadOnlySqlite(target: string): SqliteDatabase.Database {
  const file = new sqliteDriver!(target, { readonly: true, fileMustExist: true });
  try {
    file.prepare('select count(*) from sqlite_master').get();
    return file;
  } catch (error) {
    file.close();
    if (!READ_ONLY_CODES.test(sqliteCode(error))) throw error;
    if (existsSync(`${target}-wal`))
      throw new Error(
        `the database at ${target} has a write-ahead log (${target}-wal) it cannot read from a read-only location; close the program that writes it, or copy the database where it can be written`,
      );
    const bytes = readFileSync(target);
    // header bytes 18-19: file format write/read version, 2 = WAL, 1 = rollback journal
    if (bytes.length >= 20) bytes[18] = bytes[19] = 1;
    const copy = new sqliteDriver!(bytes, { readonly: true });
    copy.prepare('select count(*) from sqlite_master').get();
    return copy;
  }
}

/** Whether every migration this version knows has run on the read-only database. */
function missingMigrations(file: SqliteDatabase.Database): string[] {
  const known = Object.keys(MIGRATION_NAMES);
  const table = file
    .prepare("select name from sqlite_master where type = 'table' and name = 'kysely_migration'")
    .get();
  if (!table) return known;
  const done = new Set(
    file
      .prepare('select name from kysely_migration')
      .all()
      .map((r) => (r as { name: string }).name),
  );
  return known.filter((n) => !done.has(n));
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

const MIGRATION_NAMES = {
  '001-foundation': foundation,
  '002-hrc-votes': hrcVotes,
  '003-upr': upr,
  '004-ngo-vote-links': ngoVoteLinks,
  '005-document-pages': documentPages,
  '006-ngo-question-sources': ngoQuestionSources,
  '007-upr-search-index': uprSearchIndex,
  '009-security': security,
  '008-data-version-and-indexes': dataVersionAndIndexes,
  '010-reprisals': reprisals,
  '012-participation': participation,
  '013-organizations-gongo': organizationsGongo,
  '014-plan-indexes': () => planIndexes(),
  '015-upr-search-index-pages': () => uprSearchIndexPages(),
} as const;

class StaticMigrations implements MigrationProvider {
  constructor(private readonly dialect: DialectName) {}
  async getMigrations(): Promise<Record<string, Migration>> {
    return Object.fromEntries(
      Object.entries(MIGRATION_NAMES).map(([name, m]) => [name, m(this.dialect)]),
    );
  }
}

/*
 * Each driver is loaded when a store of its kind is first opened, not with this module: a command
 * on SQLite never loads pg, and `--help` loads neither (docs/build.md).
 */
let sqliteDriver: typeof SqliteDatabase | undefined;

export async function openStore(options: StoreOptions = {}): Promise<Store> {
  const target = resolveTarget(options.target);
  let db: Kysely<Database>;
  let dialect: DialectName;
  let sqliteHandle: SqliteDatabase.Database | null = null;
  let readOnly: string | null = null;
  if (isPostgresUrl(target)) {
    dialect = 'postgres';
    const { default: pg } = await import('pg');
    const pool = new pg.Pool({ connectionString: target, max: 4 });
    db = new Kysely<Database>({
      dialect: new CurrentSchemaPostgresDialect({ pool }),
      plugins: [new CamelCasePlugin()],
    });
    // the server's worker threads: the main thread has migrated already
    if (options.readOnly) readOnly = 'opened for reading only';
  } else {
    dialect = 'sqlite';
    sqliteDriver ??= (await import('better-sqlite3')).default;
    let file: SqliteDatabase.Database | undefined;
    if (!options.readOnly) {
      try {
        file = openWritableSqlite(target);
      } catch (error) {
        // A database on a read-only location (or a write-protected file) is still served; only
        // storing is refused. Anything else, or a file that is not there, is an error.
        if (!READ_ONLY_CODES.test(sqliteCode(error)) || !existsSync(target)) throw error;
        readOnly = `the database at ${target} is on a read-only location or write-protected (${sqliteCode(error)}): figures can be read, nothing can be stored`;
      }
    } else {
      readOnly = 'opened for reading only';
    }
    if (file === undefined) {
      file = openReadOnlySqlite(target);
      const missing = missingMigrations(file);
      if (missing.length > 0) {
        file.close();
        throw new Error(
          `the database at ${target} is read-only and lacks this version's tables (${missing.join(', ')}); open it once where it can be written to upgrade it`,
        );
      }
    }
    sqliteHandle = file;
    db = new Kysely<Database>({
      dialect: new GuardedSqliteDialect(file),
      plugins: [new CamelCasePlugin()],
    });
  }
  if (readOnly !== null) {
    return {
      db,
      dialect,
      location: isPostgresUrl(target) ? redact(target) : target,
      sqlite: sqliteHandle,
      readOnly,
      close: () => db.destroy(),
    };
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
    // migrations written side by side may land out of order (008 before 007): each stands alone
    allowUnorderedMigrations: true,
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
    readOnly: null,
    close: async () => {
      if (sqliteHandle && target !== ':memory:') leaveInRollbackMode(sqliteHandle);
      await db.destroy();
    },
  };
}

/**
 * The last one to close a file leaves it in rollback-journal mode, so a copy on read-only media
 * (a published snapshot) can be read in place; the next writer turns WAL on again. With another
 * connection still open the switch fails at once and the file stays WAL: harmless.
 */
function leaveInRollbackMode(file: SqliteDatabase.Database): void {
  try {
    file.pragma('busy_timeout = 0');
    file.pragma('journal_mode = DELETE');
  } catch {
    // another connection holds the file: it will be the last to close
  }
}
