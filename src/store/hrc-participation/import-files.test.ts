import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { skipName } from '../../../test/skip.js';
import { STORE_KINDS } from '../../../test/stores.js';
import { dataVersion } from '../data-version.js';
import { importUserPaths } from '../import-runner.js';
import type { Store } from '../open-store.js';
import {
  importParticipationFile,
  importParticipationPaths,
  yearOfSession,
} from './import-files.js';

const FIXTURES = path.join(import.meta.dirname, '../../sources/hrc-participation/fixtures');
const fixture = (name: string) => path.join(FIXTURES, name);
const TABLES = [
  'source_documents',
  'hrc_statements',
  'hrc_statement_cosigners',
  'hrc_speaker_tallies',
  'hrc_points_of_order',
];

async function counts(store: Store): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const t of TABLES) {
    const { rows } = await sql<{
      n: number | string;
    }>`select count(*) as n from ${sql.table(t)}`.execute(store.db);
    out[t] = Number(rows[0]!.n);
  }
  return out;
}

it('gives a regular session its year', () => {
  expect(yearOfSession('HRC52')).toBe(2023);
  expect(yearOfSession('HRC48')).toBe(2021);
  expect(yearOfSession('HRC-S35')).toBeNull();
});

for (const kind of STORE_KINDS) {
  describe.skipIf(kind.skip)(skipName(`import hrc-participation (${kind.name})`, kind.skip), () => {
    let store: Store;
    beforeEach(async () => {
      store = await kind.open();
    });
    afterEach(async () => {
      await store.close();
    });

    it('stores every record with its document and line, once (idempotent)', async () => {
      const files = [
        fixture('press-summary-hrc55.txt'),
        fixture('webtv-hrc52-item4.json'),
        fixture('session-report-excerpt.txt'),
      ];
      const first = await importParticipationPaths(store, files);
      expect(first.map((r) => r.status)).toEqual(['imported', 'imported', 'imported']);
      const after = await counts(store);
      // press 15 statements (8 NGOs in two lists, 5 in a mixed list, 2 "included"), report 11,
      // transcript 2 NGO turns; cosigners: Pakistan for the OIC (press), China for Cuba and
      // Lighthouse Legal Aid for two organisations (report); 1 count; points of order 2 + 1 + 1
      expect(after).toEqual({
        source_documents: 3,
        hrc_statements: 15 + 2 + 11,
        hrc_statement_cosigners: 4,
        hrc_speaker_tallies: 1,
        hrc_points_of_order: 4,
      });
      const version = await dataVersion(store.db);
      const again = await importParticipationPaths(store, files);
      expect(again.map((r) => r.status)).toEqual(['unchanged', 'unchanged', 'unchanged']);
      expect(await counts(store)).toEqual(after);
      expect(await dataVersion(store.db)).toBe(version);

      const po = await store.db
        .selectFrom('hrcPointsOfOrder')
        .innerJoin('sourceDocuments', 'sourceDocuments.id', 'hrcPointsOfOrder.documentId')
        .select([
          'raisedBy',
          'targetOrganization',
          'hrcPointsOfOrder.line',
          'hrcPointsOfOrder.year',
          'moment',
          'sourceDocuments.fileName',
        ])
        .where('raisedBy', '=', 'CHN')
        .orderBy('hrcPointsOfOrder.line')
        .execute();
      expect(po).toContainEqual({
        raisedBy: 'CHN',
        targetOrganization: 'Lantern Freedom Alliance',
        line: 16,
        year: 2023,
        moment: '00:00:41',
        fileName: 'webtv-hrc52-item4.json',
      });
    });

    it('rolls a file back whole when storing fails', async () => {
      await sql`drop table hrc_speaker_tallies`.execute(store.db);
      const report = await importParticipationFile(
        store,
        'press.txt',
        readFileSync(fixture('press-summary-hrc55.txt')),
      );
      expect(report.status).toBe('rejected');
      expect(await store.db.selectFrom('hrcStatements').select('id').execute()).toEqual([]);
      expect(await store.db.selectFrom('sourceDocuments').select('id').execute()).toEqual([]);
    });

    it('refuses a named file that is not one, skips it in a folder walk', async () => {
      const dir = mkdtempSync(path.join(tmpdir(), 'gp-part-'));
      const other = path.join(dir, 'minutes.txt');
      writeFileSync(other, 'The Committee adopted its agenda and programme of work.\n');
      const named = await importUserPaths(store, [other], importParticipationPaths);
      expect(named[0]!.status).toBe('rejected');
      expect(named[0]!.problems[0]!.message).toMatch(/no Council speaker list/);
      const walked = await importUserPaths(store, [dir], importParticipationPaths);
      expect(walked[0]!.status).toBe('skipped');
    });
  });
}
