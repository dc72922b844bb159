import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseUprInfoExport } from '../../sources/upr/upr-info-export.js';
import { classifyRecommendation } from '../../sources/upr/classify/classify.js';
import { skipName } from '../../../test/skip.js';
import { STORE_KINDS } from '../../../test/stores.js';
import { insertDocument } from '../documents.js';
import type { Store } from '../open-store.js';
import { importUprPaths } from './import-files.js';
import { storeRecommendations } from './store-recommendations.js';

/**
 * A UPR Info export is read in chunks and stored as its rows come (import-files.ts). These
 * exports are larger than one chunk of text (256 KB) and one chunk of records (2,000), so the
 * streamed path cuts records across chunks and writes several times before the end. Invented
 * rows: the states are real, the texts are not UPR Info's.
 */
const HEADER = 'To,To-Rgrp,To-Org,Text,From,From-Rgrp,From-Org,Response,Action,Issue,Session';
const SUR = ['China', 'Cuba', 'Norway', 'Brazil'];
const FROM = ['Germany', 'France', 'Kenya', 'Chile', 'Japan'];
const ROWS = 2600;

function row(i: number): string {
  const sur = SUR[i % SUR.length]!;
  const from = FROM[i % FROM.length]!;
  // a quoted text with a comma and a line break in some rows, so a record may span lines
  const text =
    i % 7 === 0
      ? `"Ratify the Optional Protocol number ${i}, and release detained journalists\nwithout delay"`
      : `Strengthen the national human rights institution and ensure the right to education of girls in region ${i} (invented)`;
  const response = i % 3 === 0 ? 'Noted' : 'Accepted';
  const issues = i % 2 === 0 ? '"Right to education,Women\'s rights"' : 'NHRI';
  return `${sur},Asia,,${text},${from},WEOG,,${response},${(i % 5) + 1},${issues},${(i % 20) + 1}`;
}

function exportText(rows: number, tail = ''): string {
  const lines = [HEADER];
  for (let i = 0; i < rows; i++) lines.push(row(i));
  return `${lines.join('\n')}\n${tail}`;
}

const work = mkdtempSync(path.join(tmpdir(), 'groundpass-upr-streamed-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

async function table(store: Store, name: 'uprRecommendations' | 'uprThemes' | 'uprSourceIssues') {
  const rows = await store.db.selectFrom(name).selectAll().execute();
  // the document id differs between the two stores compared; everything else must not
  return rows.map((r) => ({ ...r, documentId: undefined }));
}

/**
 * The UPR tables' indexes as SQLite holds them (an import into empty tables drops its secondary
 * indexes and makes them again before it commits: deferred-indexes.ts); null on PostgreSQL.
 */
function uprIndexes(store: Store): unknown[] | null {
  return store.sqlite
    ? store.sqlite
        .prepare(
          "select name, tbl_name, sql from sqlite_master where type = 'index' and tbl_name like 'upr%' order by name",
        )
        .all()
    : null;
}

for (const kind of STORE_KINDS) {
  describe.skipIf(kind.skip)(
    skipName(`UPR Info export read in chunks (${kind.name})`, kind.skip),
    () => {
      let store: Store;
      beforeEach(async () => {
        store = await kind.open();
      });
      afterEach(async () => {
        await store.close();
      });

      it('stores what parsing the whole text and storing its records stores', async () => {
        const text = exportText(ROWS);
        expect(text.length).toBeGreaterThan(256 * 1024);
        const indexes = uprIndexes(store);
        const file = path.join(work, `export-${kind.name}.csv.gz`);
        writeFileSync(file, gzipSync(text));
        const [report] = await importUprPaths(store, [file]);
        expect(report).toMatchObject({
          status: 'imported',
          counts: { recommendations: ROWS, duplicates: 0 },
        });
        expect(report?.problems).toEqual([]);
        // made again as they were defined, before the import committed
        expect(uprIndexes(store)).toEqual(indexes);
        if (indexes) expect(indexes.length).toBeGreaterThanOrEqual(7);

        const whole = await kind.open();
        try {
          const parsed = parseUprInfoExport('export.csv', text);
          expect(parsed.value).toHaveLength(ROWS);
          await whole.db.transaction().execute(async (trx) => {
            const documentId = await insertDocument(trx, {
              sha256: 'whole',
              kind: 'upr:upr-info-export',
              fileName: 'export.csv',
              byteSize: text.length,
              meta: { symbol: null, url: null, title: 'x', date: null, year: null, language: 'en' },
            });
            await storeRecommendations(
              whole,
              trx,
              documentId,
              'upr-info-export',
              parsed.value,
              classifyRecommendation,
            );
          });
          for (const name of ['uprRecommendations', 'uprThemes', 'uprSourceIssues'] as const)
            expect(await table(store, name)).toEqual(await table(whole, name));
        } finally {
          await whole.close();
        }
        // every 7th text spans two lines: the 2,600th row (i = 2599) starts on line 2 + 2599 + 372
        const last = await store.db
          .selectFrom('uprRecommendations')
          .select(['line', 'sourceKey'])
          .orderBy('id', 'desc')
          .executeTakeFirstOrThrow();
        expect(last.line).toBe(2 + 2599 + Math.ceil(2599 / 7));
      });

      it('rejects the whole file, with file and line, when its last record never closes its quote', async () => {
        const file = path.join(work, `unterminated-${kind.name}.csv`);
        const badLine = 2 + ROWS + Math.ceil(ROWS / 7);
        const indexes = uprIndexes(store);
        writeFileSync(
          file,
          exportText(ROWS, 'China,Asia,,"Ratify the Convention,Germany,WEOG,,Accepted,5,NHRI,4\n'),
        );
        const [report] = await importUprPaths(store, [file]);
        expect(report?.status).toBe('rejected');
        expect(report?.problems[0]).toMatchObject({
          file,
          line: badLine,
          code: 'csv-unterminated-quote',
          severity: 'fatal',
        });
        // two chunks of records were written before the end: all rolled back
        const n = await store.db
          .selectFrom('uprRecommendations')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow();
        expect(Number(n.n)).toBe(0);
        expect(await store.db.selectFrom('sourceDocuments').select('id').execute()).toEqual([]);
        // the indexes dropped while the rows came are back with the rollback
        expect(uprIndexes(store)).toEqual(indexes);
      });
    },
  );
}
