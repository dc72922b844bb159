import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openUprInfoStore } from '../../../test/real-data-stores.js';
import { SHARED_DATA_SKIP_REASON, sharedPath } from '../../../test/shared-data.js';
import type { Store } from '../../store/open-store.js';
import { uprProfile } from './profile.js';
import { searchUprStored } from './search/load.js';

/**
 * One unit at a time (issue 8), on the real files: the UPR Info export (one row per recommending
 * state, China's cycles 1 and 2) and the UN matrices (one row per paragraph, China's cycles 2 and 3).
 * Every expected number was counted from the raw CSVs with a short Python script that uses none of
 * our code (csv + re; docs/figures-checked.md):
 *   export, To = China: cycle 1 138 rows (55 Accepted, 83 Noted); cycle 2 284 rows (207 / 77)
 *   matrix: cycle 2 252 paragraphs (204 Supported, 48 Noted); cycle 3 346 (284 / 62)
 *   Canada: export cycle 1 9 rows; matrix cycle 2 6 + cycle 3 4 paragraphs
 *   /human rights defenders?/i, China: export cycle 1 5, cycle 2 7; matrix cycle 2 7, cycle 3 14
 *   over every review, China's export cycle 2 left out (the matrix has it): /\btibet\b/i 12,
 *   /\btibet\w*\/i 23, /\bfree(s|ing)?\b/i 505 (Porter keeps "freed" apart), /\bfree\w*\/i 2204; no text holds Chinese characters
 */
const exportDir = sharedPath('upr-info-sessions-1-20');
const matrixDir = sharedPath('upr-china-matrices');

describe.skipIf(!exportDir || !matrixDir)(
  exportDir && matrixDir
    ? 'UPR units on the real data'
    : `UPR units on the real data ${SHARED_DATA_SKIP_REASON}`,
  () => {
    let store: Store;
    beforeAll(async () => {
      store = await openUprInfoStore();
    }, 180_000);
    afterAll(async () => {
      await store?.close();
    });

    it('the China profile counts one unit per cycle and never adds the two', async () => {
      const p = await uprProfile(store.db, 'CHN');
      expect(p.cycles.map((c) => [c.cycle, c.unit, c.total, c.supported, c.noted])).toEqual([
        [1, 'recommending-state', 138, 55, 83],
        [2, 'paragraph', 252, 204, 48],
        [3, 'paragraph', 346, 284, 62],
      ]);
      // no grand total across units: one total per unit, with the cycles it covers
      expect('total' in p).toBe(false);
      expect(p.units.map((u) => [u.unit, u.cycles, u.total])).toEqual([
        ['paragraph', [2, 3], 598],
        ['recommending-state', [1], 138],
      ]);
      // the chart is told where the unit changes
      expect(p.unitChanges).toEqual([
        { beforeCycle: 1, afterCycle: 2, from: 'recommending-state', to: 'paragraph' },
      ]);
      for (const u of p.units) {
        const keys = u.byRecommendingState.map((r) => r.key);
        expect(new Set(keys).size).toBe(keys.length);
        expect(u.byRecommendingState.every((r) => r.unit === u.unit)).toBe(true);
        const regions = u.byRegion.map((r) => r.key);
        expect(new Set(regions).size).toBe(regions.length);
      }
      const can = (unit: string) =>
        p.units.find((u) => u.unit === unit)!.byRecommendingState.find((r) => r.key === 'CAN')!;
      expect(can('paragraph').total).toBe(10);
      expect(can('recommending-state').total).toBe(9);
      expect(p.unitRule).toBe('auto');
    });

    it('the UPR Info unit alone: cycles 1 and 2 in rows, comparable', async () => {
      const p = await uprProfile(store.db, 'CHN', 'upr-info');
      expect(p.cycles.map((c) => [c.cycle, c.unit, c.total, c.noted])).toEqual([
        [1, 'recommending-state', 138, 83],
        [2, 'recommending-state', 284, 77],
      ]);
      expect(p.unitChanges).toEqual([]);
      expect(p.units.map((u) => [u.unit, u.total])).toEqual([['recommending-state', 422]]);
    });

    it('a search counts one unit per review and says which', async () => {
      const q = '"human rights defenders"';
      const auto = await searchUprStored(store.db, { q, filters: { sur: ['CHN'] }, limit: 0 });
      expect(auto.total).toBe(26);
      expect(auto.facets.cycle).toEqual([
        { value: '1', count: 5 },
        { value: '2', count: 7 },
        { value: '3', count: 14 },
      ]);
      expect(auto.unit).toEqual({
        rule: 'auto',
        counted: [
          { value: 'paragraph', count: 21 },
          { value: 'recommending-state', count: 5 },
        ],
        leftOut: 7,
      });
      const rows = await searchUprStored(store.db, {
        q,
        filters: { sur: ['CHN'], unit: 'recommending-state' },
        limit: 0,
      });
      expect(rows.total).toBe(12);
      expect(rows.unit.leftOut).toBe(21);
      const paragraphs = await searchUprStored(store.db, {
        q,
        filters: { sur: ['CHN'], unit: 'paragraph' },
        limit: 0,
      });
      expect(paragraphs.total).toBe(21);
    });

    it('a Chinese query reaches the English texts through the glossary, and says so', async () => {
      const zh = await searchUprStored(store.db, {
        q: '人权维护者',
        filters: { sur: ['CHN'] },
        limit: 0,
      });
      expect(zh.total).toBe(26);
      expect(zh.expansions).toEqual([{ term: '人权维护者', query: '"human rights defenders"' }]);
      // not in the glossary, and no stored text is Chinese: said plainly
      const none = await searchUprStored(store.db, { q: '蛋糕', limit: 0 });
      expect(none.total).toBe(0);
      expect(none.whyEmpty).toMatchObject({ reason: 'chinese-not-in-texts' });
    });

    it('offers a prefix where stemming keeps forms apart (Tibet / Tibetan, free / freedom)', async () => {
      const tibet = await searchUprStored(store.db, { q: 'Tibet', limit: 0 });
      expect(tibet.total).toBe(12);
      expect(tibet.hints).toEqual([{ kind: 'prefix', query: 'Tibet*', total: 23 }]);
      const free = await searchUprStored(store.db, { q: 'free', limit: 0 });
      expect(free.total).toBe(505);
      expect(free.hints).toEqual([{ kind: 'prefix', query: 'free*', total: 2204 }]);
      // a query that finds all there is gets no hint
      expect((await searchUprStored(store.db, { q: 'tibet*', limit: 0 })).hints).toEqual([]);
    });
  },
);
