import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { uprStats } from '../../analysis/upr/stats.js';
import { skipName } from '../../../test/skip.js';
import { STORE_KINDS } from '../../../test/stores.js';
import type { Store } from '../open-store.js';
import { importUprPaths } from './import-files.js';

/**
 * China's 4th-cycle review end to end: the Working Group report (A/HRC/56/6, all recommendations
 * in paragraph 140 with their recommending States) and the addendum (A/HRC/56/6/Add.1, each
 * paragraph restated and answered in China's words, with an explanation after "Rejected" and
 * "Partially accepted"), imported through the real importer, counted by the real figure.
 * The fixtures' texts are invented; their layout and the State are the real ones
 * (src/sources/upr/fixtures/china-4th-cycle/README.md says how they were built).
 */
const here = path.dirname(fileURLToPath(import.meta.url));
const DIR = path.resolve(here, '../../sources/upr/fixtures/china-4th-cycle');
const CHINA_WG_REPORT = path.join(DIR, 'A_HRC_56_6-china-wg-report.txt');
const CHINA_ADDENDUM = path.join(DIR, 'A_HRC_56_6_Add.1-china-responses.txt');

/** Counted from the addendum's text by a pattern of its own, not by the importer's parser. */
function countAddendum(): Record<string, number> {
  const kind: Record<string, string> = {
    Accepted: 'supported',
    'Accepted and being implemented': 'supported',
    'Accepted and already implemented': 'supported',
    'Partially accepted': 'partially',
    Noted: 'noted',
    Rejected: 'rejected',
  };
  const c: Record<string, number> = { paragraphs: 0 };
  const answer =
    /^140\.\d+\t.*\)\. (Accepted and being implemented|Accepted and already implemented|Accepted|Partially accepted|Noted|Rejected)\./;
  for (const line of readFileSync(CHINA_ADDENDUM, 'utf8').split('\n')) {
    const m = answer.exec(line);
    if (!m) continue;
    c.paragraphs!++;
    c[kind[m[1]!]!] = (c[kind[m[1]!]!] ?? 0) + 1;
  }
  return c;
}

const reportParagraphs = (): number =>
  readFileSync(CHINA_WG_REPORT, 'utf8')
    .split('\n')
    .filter((l) => /^140\.\d+\t/.test(l)).length;

describe('the China 4th-cycle fixtures, counted by hand', () => {
  it('hold 428 paragraphs answered 290 / 8 / 32 / 98', () => {
    expect(reportParagraphs()).toBe(428);
    expect(countAddendum()).toEqual({
      paragraphs: 428,
      supported: 290,
      partially: 8,
      noted: 32,
      rejected: 98,
    });
  });
});

for (const kind of STORE_KINDS) {
  describe.skipIf(kind.skip)(skipName(`UPR China 4th cycle (${kind.name})`, kind.skip), () => {
    let store: Store;
    beforeEach(async () => {
      store = await kind.open();
    });
    afterEach(async () => {
      await store.close();
    });

    it('imports A/HRC/56/6 and its addendum: 428 = 290 / 8 / 32 / 98, not accepted 130 (30.4 %)', async () => {
      const reports = await importUprPaths(store, [CHINA_WG_REPORT, CHINA_ADDENDUM]);
      expect(reports.map((r) => [r.status, r.problems])).toEqual([
        ['imported', []],
        ['imported', []],
      ]);
      expect(reports[0]!.counts).toMatchObject({ recommendations: 428 });
      expect(reports[1]!.counts).toEqual({ responses: 428, recommendationsUpdated: 428 });

      const hand = countAddendum();
      const [s, ...more] = await uprStats(store.db, { sur: 'CHN', cycle: 4 });
      expect(more).toEqual([]);
      expect(s).toMatchObject({ sur: 'CHN', cycle: 4, unit: 'paragraph' });
      expect([s!.total, s!.supported, s!.partially, s!.noted, s!.rejected, s!.pending]).toEqual([
        hand.paragraphs,
        hand.supported,
        hand.partially,
        hand.noted,
        hand.rejected,
        0,
      ]);
      expect([s!.total, s!.supported, s!.partially, s!.noted, s!.rejected]).toEqual([
        428, 290, 8, 32, 98,
      ]);
      // noted and rejected apart, and together as "not accepted"
      expect(s!.notAccepted).toBe(130);
      expect((s!.notedOrRejectedRate * 100).toFixed(1)).toBe('30.4');
      expect(s!.evidence.ids).toHaveLength(428);
      expect(s!.notedOrRejectedEvidence.ids).toHaveLength(130);

      // a paragraph merging two States' wordings keeps both States, in order
      const states = await store.db
        .selectFrom('uprRecommendations as r')
        .innerJoin('uprRecommendationStates as st', 'st.recommendationId', 'r.id')
        .select(['st.state', 'r.response', 'r.responseRaw'])
        .where('r.reportSymbol', '=', 'A/HRC/56/6')
        .where('r.paragraph', '=', '140.10')
        .orderBy('st.position')
        .execute();
      expect(states.map((x) => x.state)).toEqual(['PAK', 'NPL']);
      expect(states[0]).toMatchObject({
        response: 'supported',
        responseRaw: 'Accepted and being implemented',
      });

      // imported again, in the other order: the same figure
      const again = await importUprPaths(store, [CHINA_ADDENDUM, CHINA_WG_REPORT]);
      expect(again.map((r) => r.status)).toEqual(['unchanged', 'unchanged']);
      const [s2] = await uprStats(store.db, { sur: 'CHN', cycle: 4 });
      expect(s2!.total).toBe(428);
      expect(s2!.rejected).toBe(98);
    });
  });
}
