import Database from 'better-sqlite3';
import { Kysely, SqliteDialect, sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { REPRISAL_CASE_CONFIDENTIALITY } from '../../domain/reprisals-fields.js';
import { reprisals } from './010-reprisals.js';

const snake = (s: string) => s.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

async function migrated(): Promise<Kysely<unknown>> {
  const db = new Kysely<unknown>({
    dialect: new SqliteDialect({ database: new Database(':memory:') }),
  });
  await sql`pragma foreign_keys = on`.execute(db);
  await sql`create table source_documents (id integer primary key)`.execute(db);
  // migration 008's version row, which 010's triggers raise
  await sql`create table data_version (id integer primary key, origin text, counter integer)`.execute(
    db,
  );
  await sql`insert into data_version values (1, 'test', 0)`.execute(db);
  await reprisals('sqlite').up(db);
  return db;
}

describe('migration 010 (SQLite)', () => {
  it('has a column for every public and restricted case field, and none for a confidential one', async () => {
    const db = await migrated();
    const { rows } = await sql<{
      name: string;
    }>`select name from pragma_table_info('reprisal_cases')`.execute(db);
    const columns = new Set(rows.map((r) => r.name));
    for (const [field, level] of Object.entries(REPRISAL_CASE_CONFIDENTIALITY)) {
      if (field === 'appearances' || field === 'acts' || field === 'externalIds') continue; // rows / split columns
      expect(columns.has(snake(field)), `${field} (${level})`).toBe(level !== 'confidential');
    }
    expect(columns.has('uwazi_shared_id')).toBe(true);
    await db.destroy();
  });

  it('keeps one appearance per case, report, annex and paragraph, and drops them with their case', async () => {
    const db = await migrated();
    await sql`insert into reprisal_cases (case_id, report_year, country, record_type, pseudonym, status, review)
              values ('2020-CHN-001', 2020, 'CHN', 'group', 'CHN 2020 case 001', 'unknown', 'draft')`.execute(
      db,
    );
    const appearance = sql`insert into reprisal_appearances (case_id, symbol, year, annex, paragraph, kind)
              values ('2020-CHN-001', 'A/HRC/45/36', 2020, 'I', '3', 'new')`;
    await appearance.execute(db);
    await expect(appearance.execute(db)).rejects.toThrow(/UNIQUE/);
    await sql`delete from reprisal_cases where case_id = '2020-CHN-001'`.execute(db);
    const left = await sql<{ n: number }>`select count(*) as n from reprisal_appearances`.execute(
      db,
    );
    expect(left.rows[0]!.n).toBe(0);
    // each write raised the data version (insert case, insert appearance, delete with cascade)
    const version = await sql<{ counter: number }>`select counter from data_version`.execute(db);
    expect(version.rows[0]!.counter).toBeGreaterThanOrEqual(3);
    await db.destroy();
  });
});
