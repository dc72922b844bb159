import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sharedPath, SHARED_DATA_SKIP_REASON } from '../../../test/shared-data.js';
import { STORE_KINDS } from '../../../test/stores.js';
import type { Store } from '../open-store.js';
import { importUprPaths } from './import-files.js';
import { uprDataVersion } from './store-recommendations.js';
import { skipName } from '../../../test/skip.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const DEMO = path.resolve(here, '../../../demo/upr');
const EXPORT = path.join(DEMO, 'upr-info-sample.csv');
const REPORT = path.join(DEMO, 'A_HRC_41_99-viet-nam-wg-report.txt');
const ADDENDUM = path.join(DEMO, 'A_HRC_41_99_Add.1-viet-nam-responses.txt');

const work = mkdtempSync(path.join(tmpdir(), 'groundpass-upr-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
function file(name: string, text: string): string {
  const p = path.join(work, name);
  writeFileSync(p, text);
  return p;
}

async function count(store: Store): Promise<number> {
  const r = await store.db
    .selectFrom('uprRecommendations')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

async function responses(store: Store) {
  const rows = await store.db
    .selectFrom('uprRecommendations')
    .select(['paragraph', 'response', 'responseRaw', 'responseDocumentId'])
    .where('reportSymbol', '=', 'A/HRC/41/99')
    .orderBy('paragraph')
    .execute();
  return Object.fromEntries(
    rows.map((r): [string, [string, string | null]] => [
      r.paragraph ?? '',
      [r.response, r.responseRaw],
    ]),
  );
}

for (const kind of STORE_KINDS) {
  describe.skipIf(kind.skip)(skipName(`UPR import (${kind.name})`, kind.skip), () => {
    let store: Store;
    beforeEach(async () => {
      store = await kind.open();
    });
    afterEach(async () => {
      await store.close();
    });

    it('imports an export, a report and its addendum; re-importing changes nothing', async () => {
      const reports = await importUprPaths(store, [DEMO]);
      const byName = Object.fromEntries(reports.map((r) => [path.basename(r.file), r]));
      expect(byName['upr-info-sample.csv']).toMatchObject({
        status: 'imported',
        kind: 'upr-info-export',
        counts: { recommendations: 40, duplicates: 0 },
      });
      expect(byName['A_HRC_41_99-viet-nam-wg-report.txt']?.counts?.recommendations).toBe(10);
      expect(byName['A_HRC_41_99_Add.1-viet-nam-responses.txt']?.counts).toEqual({
        responses: 10,
        recommendationsUpdated: 10,
      });
      expect(byName['README.md']?.status).toBe('skipped');
      expect(await count(store)).toBe(50);

      const version = await uprDataVersion(store.db);
      const again = await importUprPaths(store, [DEMO]);
      expect(again.filter((r) => r.status !== 'skipped').map((r) => r.status)).toEqual([
        'unchanged',
        'unchanged',
        'unchanged',
      ]);
      expect(await count(store)).toBe(50);
      expect(await uprDataVersion(store.db)).toBe(version);

      // the states in order, the labels stored, Chinese text marked as such
      const zh = await store.db
        .selectFrom('uprRecommendations')
        .selectAll()
        .where('text', 'like', '释放%')
        .executeTakeFirstOrThrow();
      expect(zh).toMatchObject({ language: 'zh', sur: 'CHN', cycle: 2, response: 'noted' });
      const p381 = await store.db
        .selectFrom('uprRecommendations as r')
        .innerJoin('uprRecommendationStates as s', 's.recommendationId', 'r.id')
        .select(['s.state', 's.position', 'r.actionCategory', 'r.tone'])
        .where('r.paragraph', '=', '38.1')
        .orderBy('s.position')
        .execute();
      expect(p381.map((s) => s.state)).toEqual(['DNK', 'EST']);
      expect(p381[0]!.actionCategory).toBeGreaterThanOrEqual(1);
    });

    it('gives an addendum its responses whichever of it and its report comes first', async () => {
      const first = await importUprPaths(store, [ADDENDUM]);
      expect(first[0]?.counts).toEqual({ responses: 10, recommendationsUpdated: 0 });
      const report = await importUprPaths(store, [REPORT]);
      expect(report[0]?.counts).toMatchObject({ recommendations: 10, responsesFromAddendum: 10 });
      const addendumFirst = await responses(store);
      // as read by hand from the addendum
      expect(addendumFirst['38.2']?.[0]).toBe('supported');
      expect(addendumFirst['38.6']).toEqual([
        'supported',
        'The following recommendations are accepted and already implemented',
      ]);
      expect(addendumFirst['38.10']?.[0]).toBe('partially');
      expect(addendumFirst['38.1']?.[0]).toBe('noted');
      expect(addendumFirst['38.8']?.[0]).toBe('rejected');

      const other = await kind.open();
      try {
        await importUprPaths(other, [REPORT]);
        expect(Object.values(await responses(other)).every(([r]) => r === 'pending')).toBe(true);
        await importUprPaths(other, [ADDENDUM]);
        expect(await responses(other)).toEqual(addendumFirst);
      } finally {
        await other.close();
      }
    });

    it('warns about report paragraphs an addendum leaves unanswered, in either import order', async () => {
      // answers 38.1–38.4 and 38.10 of the demo report's ten paragraphs (38.1–38.10)
      const partial = file(
        `A_HRC_41_99_Add.1-partial-${kind.name}.txt`,
        'United Nations\tA/HRC/41/99/Add.1\n\nAddendum\n\nViews on conclusions and/or recommendations\n\n2. The following recommendations are supported: 38.1 to 38.4 and 38.10.\n',
      );
      const expected = {
        code: 'paragraphs-without-response',
        severity: 'warning',
        message:
          '5 paragraphs of A/HRC/41/99 have no response in its addendum and stay pending: 38.5–38.9',
      };

      const [report] = await importUprPaths(store, [REPORT]);
      expect(report?.problems.filter((p) => p.code === 'paragraphs-without-response')).toEqual([]);
      const [addendum] = await importUprPaths(store, [partial]);
      expect(addendum).toMatchObject({ status: 'imported', counts: { recommendationsUpdated: 5 } });
      expect(addendum?.problems).toEqual([{ file: partial, line: 0, ...expected }]);

      const other = await kind.open();
      try {
        const [a] = await importUprPaths(other, [partial]);
        expect(a?.problems).toEqual([]);
        const [r] = await importUprPaths(other, [REPORT]);
        expect(r?.problems).toEqual([{ file: REPORT, line: 0, ...expected }]);
      } finally {
        await other.close();
      }
    });

    it('lists every unanswered paragraph, in paragraph order, runs as ranges', async () => {
      const one = file(
        `A_HRC_41_99_Add.1-one-${kind.name}.txt`,
        'United Nations\tA/HRC/41/99/Add.1\n\nAddendum\n\nViews on conclusions and/or recommendations\n\n2. The following recommendations are noted: 38.5.\n',
      );
      await importUprPaths(store, [REPORT]);
      const [a] = await importUprPaths(store, [one]);
      expect(a?.problems.map((p) => p.message)).toEqual([
        '9 paragraphs of A/HRC/41/99 have no response in its addendum and stay pending: 38.1–38.4, 38.6–38.10',
      ]);
    });

    it('counts a paragraph once when a matrix lists what the report already holds', async () => {
      await importUprPaths(store, [REPORT]);
      const matrix = file(
        `matrix-${kind.name}.csv`,
        [
          'state_under_review,cycle,review_year,wg_report,rec_number,recommendation,recommending_states,position,source_of_position,matrix_theme_heading,themes,affected_persons,assessment',
          'Viet Nam,3,2019,A/HRC/41/99,38.1,Ratify the Optional Protocol to the Convention against Torture (Denmark); (Estonia);,Denmark; Estonia,Noted,A/HRC/41/99/Add.1 - Para. 5,A12 Acceptance of international norms,A12 Acceptance of international norms,general,',
          'Viet Nam,3,2019,A/HRC/41/99,38.11,Protect journalists (Czechia);,Czechia,Supported,A/HRC/41/99/Add.1 - Para. 2,D43 Freedom of opinion and expression,D43 Freedom of opinion and expression,general,',
          '',
        ].join('\n'),
      );
      const [r] = await importUprPaths(store, [matrix]);
      expect(r).toMatchObject({
        status: 'imported',
        counts: { recommendations: 1, duplicates: 1 },
      });
      expect(await count(store)).toBe(11);
    });

    it('rejects a bad file whole, with file and line, and keeps what was stored', async () => {
      await importUprPaths(store, [EXPORT]);
      const bad = file(
        `report-${kind.name}.txt`,
        // the section is there, but neither the state under review nor the cycle can be told
        'II. Conclusions and/or recommendations\n\n28.  The following recommendations enjoy the support:\n\n28.1 Ratify the Convention (Estonia);\n',
      );
      const [r] = await importUprPaths(store, [bad]);
      expect(r?.status).toBe('rejected');
      expect(r?.problems[0]).toMatchObject({ file: bad, severity: 'fatal' });
      expect(r?.problems[0]?.line).toBeGreaterThan(0);
      const orphan = file(
        `orphan-${kind.name}.txt`,
        'Addendum\n\nViews on conclusions and/or recommendations\n\n2. The following recommendations are supported: 38.2.\n',
      );
      const [o] = await importUprPaths(store, [orphan]);
      expect(o?.status).toBe('rejected');
      expect(await count(store)).toBe(40);
      const docs = await store.db.selectFrom('sourceDocuments').select('id').execute();
      expect(docs).toHaveLength(1);
    });

    it('skips voluntary pledges and files it does not read', async () => {
      const pledges = file(
        'pledges.csv',
        'To,To-Rgrp,To-Org,Text,From,From-Rgrp,From-Org,Response,Action,Issue,Session\nAlbania,EEG,,We pledge to do more.,Albania,EEG,,Voluntary Pledge,5,Minorities,19\n',
      );
      const other = file('notes.pdf', 'x');
      const reports = await importUprPaths(store, [pledges, other]);
      expect(reports.map((r) => r.status)).toEqual(['skipped', 'skipped']);
      expect(reports[0]?.reason).toMatch(/pledges/);
    });
  });
}

const realExport = sharedPath('upr-info-sessions-1-20');
describe.skipIf(!realExport)(`UPR Info export, sessions 1–20 (${SHARED_DATA_SKIP_REASON})`, () => {
  it('stores all 41,066 rows: one per recommending state, as the export counts', async () => {
    const store = await STORE_KINDS[0]!.open();
    try {
      const reports = await importUprPaths(store, [realExport!]);
      const recs = reports.find((r) => r.file.endsWith('.csv.gz'))!;
      expect(recs.counts).toMatchObject({ recommendations: 41066, duplicates: 0 });
      expect(reports.find((r) => r.file.includes('pledges'))?.status).toBe('skipped');
      const by = await store.db
        .selectFrom('uprRecommendations')
        .select(['response', (eb) => eb.fn.countAll<number>().as('n')])
        .groupBy('response')
        .orderBy('response')
        .execute();
      // PROVENANCE.md: Accepted 30,472 / Noted 10,594
      expect(by.map((r) => [r.response, Number(r.n)])).toEqual([
        ['noted', 10594],
        ['supported', 30472],
      ]);
    } finally {
      await store.close();
    }
  }, 60_000);
});
