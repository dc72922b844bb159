import { readFileSync } from 'node:fs';
import path from 'node:path';
import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SHARED_DATA_SKIP_REASON, sharedPath } from '../../../test/shared-data.js';
import { skipName } from '../../../test/skip.js';
import { dataVersion } from '../data-version.js';
import { importUserPaths } from '../import-runner.js';
import { STORE_KINDS } from '../../../test/stores.js';
import { newDataKey, type KeyRing } from '../../security/field-crypto.js';
import type { Store } from '../open-store.js';
import { verifyAuditLog, type Actor } from '../security/audit-log.js';
import { loadCases, vaultCtx, withConfidential } from './cases.js';
import {
  importReprisalsFile,
  reprisalsImporter,
  type ReprisalsImportOptions,
} from './import-files.js';
import { CANARY, canaryReport, REPRISALS_FIXTURES } from './test-canary.js';

const fixture = (name: string) => readFileSync(path.join(REPRISALS_FIXTURES, name));
const operator: Actor = { name: 'cli:test', role: 'admin' };
const editor: Actor = { name: 'eddie', role: 'editor' };

function ringOf(): KeyRing {
  const key = newDataKey('2026-01-01T00:00:00.000Z');
  return { active: key.id, keys: new Map([[key.id, key]]) };
}

async function count(store: Store, table: string): Promise<number> {
  const { rows } = await sql<{ n: number | string }>`select count(*) as n from ${sql.table(
    table,
  )}`.execute(store.db);
  return Number(rows[0]!.n);
}

const TABLES = [
  'source_documents',
  'reprisal_cases',
  'reprisal_case_acts',
  'reprisal_appearances',
  'reprisal_follow_up_links',
  'sp_communications',
  'confidential_values',
  'audit_log',
];
async function counts(store: Store): Promise<Record<string, number>> {
  return Object.fromEntries(await Promise.all(TABLES.map(async (t) => [t, await count(store, t)])));
}

for (const kind of STORE_KINDS) {
  describe.skipIf(kind.skip)(skipName(`import reprisals (${kind.name})`, kind.skip), () => {
    let store: Store;
    let options: ReprisalsImportOptions;
    beforeEach(async () => {
      store = await kind.open();
      options = { actor: operator, ring: ringOf() };
    });
    afterEach(async () => store.close());

    it('stores every case and follow-up of the report fixture, and a second import changes nothing', async () => {
      const version0 = await dataVersion(store.db);
      const report = await importReprisalsFile(
        store,
        'sg.txt',
        fixture('sg-report-annexes.txt'),
        options,
      );
      expect(report.status).toBe('imported');
      // annex I: China 1-2 (one case: 2 continues it) and 3, Egypt 4, Venezuela 5 (Atlantis is
      // no State); annex II: 7, 8, 9, 10-11
      expect(report.counts).toMatchObject({ drafts: 4, followUps: 4 });
      const cases = await loadCases(store.db);
      expect(cases.map((c) => c.caseId)).toEqual([
        '2020-CHN-001',
        '2020-CHN-002',
        '2020-EGY-001',
        '2020-VEN-001',
      ]);
      expect(cases[0]!.appearances).toEqual([
        expect.objectContaining({ symbol: 'A/HRC/45/36', annex: 'I', paragraph: '1-2' }),
      ]);
      expect(cases[0]!.victimName).toBeNull(); // not from the tables: only through the vault
      // every write is in the audit log: a create per case and per link, one sealed entry per
      // vault value (its before/after never in the clear)
      const log = await store.db.selectFrom('auditLog').selectAll().execute();
      const creates = (entity: string) =>
        log.filter((e) => e.entity === entity && e.action === 'create' && e.field === null);
      expect(creates('reprisalCase').map((e) => e.entityId)).toEqual(cases.map((c) => c.caseId));
      expect(creates('reprisalFollowUpLink')).toHaveLength(4);
      const sealed = log.filter((e) => e.afterCommit !== null);
      expect(sealed).toHaveLength(await count(store, 'confidential_values'));
      expect(sealed.every((e) => e.after === null && e.afterEnc !== null)).toBe(true);

      const before = await counts(store);
      const version1 = await dataVersion(store.db);
      expect(version1).not.toBe(version0); // cached figures of the registry are stale now
      const again = await importReprisalsFile(
        store,
        'sg.txt',
        fixture('sg-report-annexes.txt'),
        options,
      );
      expect(again.status).toBe('unchanged');
      expect(await counts(store)).toEqual(before);
      expect(await dataVersion(store.db)).toBe(version1); // nothing written, nothing to recompute
      // the same report with other bytes (a trailing line): a new document, no other change
      const copy = Buffer.concat([fixture('sg-report-annexes.txt'), Buffer.from('\n')]);
      expect((await importReprisalsFile(store, 'sg2.txt', copy, options)).status).toBe('imported');
      const after = await counts(store);
      expect({ ...after, source_documents: before.source_documents }).toEqual(before);
    });

    it('imports the Uwazi and communications fixtures and keeps the audit chain intact', async () => {
      for (const f of ['uwazi-search.json', 'sp-communications.csv', 'sg-report-annexes.txt'])
        expect((await importReprisalsFile(store, f, fixture(f), options)).status).toBe('imported');
      // sp-communications.csv: 8 rows, 4 of them not read (bad type, reference, duplicate…)
      expect(await count(store, 'sp_communications')).toBe(5);
      const uwazi = (await loadCases(store.db)).filter((c) => c.externalIds.uwaziSharedId);
      expect(uwazi).toHaveLength(1);
      const verdict = await verifyAuditLog({
        db: store.db,
        dialect: store.dialect,
        ring: options.ring,
      });
      expect(verdict.problems).toEqual([]);
      expect(verdict.entries).toBeGreaterThan(10);
      expect(verdict.sealedChecked).toBeGreaterThan(0);
    });

    it('rejects a file whole: without keys nothing of the report is stored, not even in part', async () => {
      const report = await importReprisalsFile(store, 'sg.txt', fixture('sg-report-annexes.txt'), {
        actor: operator,
        ring: null,
      });
      expect(report.status).toBe('rejected');
      expect(report.problems[0]!.code).toBe('no-keys');
      for (const [table, n] of Object.entries(await counts(store))) expect(n, table).toBe(0);
    });

    it('rejects an edited registry CSV with a cell that does not read, and applies a good one only with apply', async () => {
      await importReprisalsFile(store, 'sg.txt', fixture('sg-report-annexes.txt'), options);
      const bad = Buffer.from('caseId,status\r\n2020-CHN-001,closed\r\n');
      const rejected = await importReprisalsFile(store, 'bad.csv', bad, options);
      expect(rejected.status).toBe('rejected');
      const good = Buffer.from('caseId,status\r\n2020-CHN-001,unresolved\r\n');
      const dry = await importReprisalsFile(store, 'edit.csv', good, options);
      expect(dry.status).toBe('unchanged');
      expect(dry.counts).toMatchObject({ changedFields: 1 });
      expect((await loadCases(store.db))[0]!.status).toBe('unknown');
      const applied = await importReprisalsFile(store, 'edit.csv', good, {
        ...options,
        apply: true,
      });
      expect(applied.status).toBe('imported');
      const first = (await loadCases(store.db))[0]!;
      expect(first.status).toBe('unresolved');
      // the confidential fields the CSV did not hold are kept
      const [full] = await withConfidential(vaultCtx({ store, ring: options.ring }), editor, [
        first,
      ]);
      expect(full!.victimName).toBe('Hua Mingyue');
    });

    it('keeps a canary name out of every table but the vault, and gives it back to an editor', async () => {
      await importReprisalsFile(store, 'sg.txt', canaryReport(), options);
      for (const table of TABLES) {
        const { rows } = await sql<Record<string, unknown>>`select * from ${sql.table(
          table,
        )}`.execute(store.db);
        expect(JSON.stringify(rows), table).not.toContain(CANARY);
      }
      const [first] = await withConfidential(
        vaultCtx({ store, ring: options.ring }),
        editor,
        await loadCases(store.db, { country: 'CHN' }),
      );
      expect(first!.victimName).toBe(`Hua ${CANARY}`);
    });
  });
}

const ishrDir = sharedPath('ishr-endreprisals-china-cases');

describe.skipIf(!ishrDir)(
  skipName('import reprisals: the ISHR China folder (SQLite)', !ishrDir && SHARED_DATA_SKIP_REASON),
  () => {
    it('imports the four records of the folder and lists the other files as skipped', async () => {
      const store = await STORE_KINDS[0]!.open();
      try {
        const options = { actor: operator, ring: ringOf() };
        const reports = await importUserPaths(store, [ishrDir!], reprisalsImporter(options));
        const by = (status: string) => reports.filter((r) => r.status === status).length;
        // records/: four entity pages; PROVENANCE.md and the parsed CSV are not ours
        expect({
          imported: by('imported'),
          skipped: by('skipped'),
          rejected: by('rejected'),
        }).toEqual({ imported: 4, skipped: 2, rejected: 0 });
        // the case codes in the records' file names (ISHR's "Location of case in SG report")
        expect((await loadCases(store.db)).map((c) => c.caseId)).toEqual([
          '2014-017-003',
          '2017-022-001',
          '2020-025-001',
          '2021-020-001',
        ]);
        const again = await importUserPaths(store, [ishrDir!], reprisalsImporter(options));
        expect(again.filter((r) => r.status === 'unchanged')).toHaveLength(4);
      } finally {
        await store.close();
      }
    });
  },
);
