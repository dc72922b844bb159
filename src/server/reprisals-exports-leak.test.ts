import path from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STORE_KINDS } from '../../test/stores.js';
import { skipName } from '../../test/skip.js';
import { readCsv } from '../sources/common/csv.js';
import { newDataKey, type KeyRing } from '../security/field-crypto.js';
import type { Role } from '../security/policies.js';
import type { Store } from '../store/open-store.js';
import { packageRoot } from '../store/package-root.js';
import { importReprisalsFile } from '../store/reprisals/import-files.js';
import {
  CANARY,
  canaryCase,
  canaryRegistryCsv,
  canaryReport,
  FIELD_CANARIES,
} from '../store/reprisals/test-canary.js';
import type { Actor } from '../store/security/audit-log.js';
import { importUprPaths } from '../store/upr/import-files.js';
import { testApp, type TestApp } from './auth/test-app.js';

/*
 * The leak test of the reprisals downloads (issue 12), beside reprisals-leak.test.ts (which covers
 * the read routes): as the public and as a researcher, every export URL (cases as CSV and JSON,
 * figures as CSV and JSON, with odd parameters too) holds no canary in body or headers; an editor's
 * holds them all. Then every table but the vault, read as text with its binary columns decoded
 * (the UPR search index is byte arrays: its term list is UTF-8), holds none either, and the
 * server's log none.
 */

const operator: Actor = { name: 'cli:test', role: 'admin' };
const lower = CANARY.toLowerCase();
const leaks = (text: string) => text.toLowerCase().includes(lower);
const COUNTRIES = ['CHN', 'EGY', 'VEN'];
const VAULT = 'confidential_values';

function ringOf(): KeyRing {
  const key = newDataKey('2026-01-01T00:00:00.000Z');
  return { active: key.id, keys: new Map([[key.id, key]]) };
}

/** A row as text: strings as they are, byte arrays decoded (UTF-8 and UTF-16), as a leak could be. */
function rowText(row: Record<string, unknown>): string {
  return Object.values(row)
    .map((v) =>
      v instanceof Uint8Array
        ? `${Buffer.from(v).toString('utf8')} ${Buffer.from(v).toString('utf16le')}`
        : typeof v === 'object' && v !== null
          ? JSON.stringify(v)
          : String(v),
    )
    .join('\u0001');
}

/** Every export URL over the stored data, and a few with odd parameters. */
function exportUrls(): string[] {
  const base = '/api/v1/reprisals';
  return [
    ...COUNTRIES.flatMap((c) => [
      `${base}/cases.csv?country=${c}`,
      `${base}/cases.csv?country=${c}&format=json`,
      `${base}/cases.csv?country=${c}&bom=false`,
      `${base}/cases.json?country=${c}`,
      `${base}/cases.json?country=${c}&format=csv`,
      `${base}/stats.csv?country=${c}`,
      `${base}/stats.csv?country=${c}&format=json`,
    ]),
    // (a country that is none is echoed in the 400, the caller's own words: no canary there)
    `${base}/cases.csv?country=Atlantis`,
    `${base}/cases.csv?country=CHN&format=${CANARY}`,
    `${base}/cases.json`,
    `${base}/stats.csv?country=China`,
  ];
}

for (const kind of STORE_KINDS) {
  describe.skipIf(kind.skip)(
    skipName(`reprisals exports leak test (${kind.name})`, kind.skip),
    () => {
      let store: Store;
      let t: TestApp;
      const logLines: string[] = [];

      beforeAll(async () => {
        store = await kind.open();
        const ring = ringOf();
        const options = { actor: operator, ring };
        expect((await importReprisalsFile(store, 'sg.txt', canaryReport(), options)).status).toBe(
          'imported',
        );
        const registry = canaryRegistryCsv([
          canaryCase('2021-CHN-001', 'CHN'),
          canaryCase('2022-CHN-001', 'CHN'),
          canaryCase('2022-EGY-001', 'EGY'),
        ]);
        expect(
          (await importReprisalsFile(store, 'registry.csv', registry, { ...options, apply: true }))
            .status,
        ).toBe('imported');
        // the UPR sample, so the search index holds terms (and the check of it can fail)
        const upr = await importUprPaths(store, [path.join(packageRoot(), 'demo', 'upr')]);
        expect(upr.some((r) => r.status === 'imported')).toBe(true);
        t = await testApp(store, {
          logger: { level: 'trace', stream: { write: (line) => void logLines.push(line) } },
          security: { ring },
        });
      });
      afterAll(async () => {
        await t.app.close();
        await store.close();
      });

      async function get(url: string, role: Role) {
        const session = role === 'public' ? null : await t.login(role);
        return t.app.inject({
          method: 'GET',
          url,
          headers: session ? { cookie: session.cookie } : {},
        });
      }

      it("an editor's downloads hold every canary, as attachments never cached", async () => {
        const csv = await get('/api/v1/reprisals/cases.csv?country=CHN', 'editor');
        expect(csv.statusCode).toBe(200);
        expect(csv.headers['content-type']).toMatch(/^text\/csv/);
        expect(csv.headers['content-disposition']).toBe(
          'attachment; filename="reprisals-cases-CHN-editor.csv"',
        );
        expect(csv.headers['cache-control']).toBe('private, no-store');
        for (const canary of Object.values(FIELD_CANARIES)) expect(csv.body).toContain(canary);
        const json = await get('/api/v1/reprisals/cases.json?country=CHN', 'editor');
        expect(json.json().items.map((c: { caseId: string }) => c.caseId)).toEqual([
          '2020-CHN-001',
          '2020-CHN-002',
          '2021-CHN-001',
          '2022-CHN-001',
        ]);
        expect(json.body).toContain(FIELD_CANARIES.victimName);
      });

      for (const role of ['public', 'researcher'] as const)
        it(`as ${role}: no canary in any body or header of any download`, async () => {
          const seen: string[] = [];
          for (const url of exportUrls()) {
            const res = await get(url, role);
            expect(res.statusCode, url).toBeLessThan(500);
            expect(res.headers['cache-control'], url).toBe('private, no-store');
            if (leaks(res.body) || leaks(JSON.stringify(res.headers))) seen.push(url);
          }
          expect(seen).toEqual([]);
          // the downloads held cases: the role's columns, the stored ids
          const csv = await get('/api/v1/reprisals/cases.csv?country=CHN', role);
          expect(csv.headers['content-disposition']).toContain(`reprisals-cases-CHN-${role}.csv`);
          const table = readCsv(csv.body).value;
          expect(table.rows).toHaveLength(4);
          expect(table.header).toContain('pseudonym');
          expect(table.header).not.toContain('victimName');
          expect(table.header.includes('activity')).toBe(role === 'researcher');
          const stats = await get('/api/v1/reprisals/stats.csv?country=EGY', role);
          expect(stats.body).toContain('EGY,public,byYear,2022,fewer than 3,');
          expect(stats.body).not.toMatch(/\d{4}-EGY-\d{3}/); // no case id in public figures
        });

      it('an unknown format is a 400 naming the parameter, not the value', async () => {
        const res = await get(`/api/v1/reprisals/cases.csv?country=CHN&format=xml`, 'public');
        expect(res.statusCode).toBe(400);
      });

      it('no table but the vault holds a canary, binary columns (the search index) decoded', async () => {
        const own =
          kind.name === 'postgres'
            ? (await sql<{ s: string }>`select current_schema() as s`.execute(store.db)).rows[0]!.s
            : undefined;
        const tables = (await store.db.introspection.getTables())
          .filter((x) => own === undefined || x.schema === own)
          .map((x) => x.name);
        expect(tables).toContain('upr_search_index');
        const found: string[] = [];
        let indexText = '';
        for (const table of tables.filter((x) => x !== VAULT)) {
          const { rows } = await sql<Record<string, unknown>>`select * from ${sql.table(
            table,
          )}`.execute(store.db);
          const text = rows.map(rowText).join('\n');
          if (table === 'upr_search_index') indexText = text;
          if (leaks(text)) found.push(table);
        }
        expect(found).toEqual([]);
        // the check can fail: the index's terms are readable text (a word of the UPR sample)
        expect(indexText.toLowerCase()).toContain('torture');
      });

      it('the server log holds no canary', () => {
        expect(logLines.length).toBeGreaterThan(0);
        expect(logLines.filter(leaks)).toEqual([]);
      });
    },
  );
}
