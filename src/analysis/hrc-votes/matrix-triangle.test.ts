import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sharedPath, SHARED_DATA_SKIP_REASON } from '../../../test/shared-data.js';
import { skipName } from '../../../test/skip.js';
import { openHrcVotingStore } from '../../../test/real-data-stores.js';
import { expandPairs, triangleIndex, trianglePairCount } from '../../domain/agreement-triangle.js';
import type { Store } from '../../store/open-store.js';
import { NO_BALLOT } from '../common/agreement.js';
import { agreementMatrixFor, matrixFromTable } from './alignment.js';
import { agreementTriangleFor, expandTriangle, triangleFromTable } from './matrix-triangle.js';
import type { VoteTable } from './vote-table.js';

const Y = 0;
const N = 1;
const A = 2;
const ABSENT = 3;
const X = NO_BALLOT;

/*
 * Four invented states, three texts (one row per text, one column per state):
 *           AAA  BBB     CCC     DDD
 *   text 1  yes  yes     no      –
 *   text 2  yes  abstain absent  yes
 *   text 3  no   –       no      –
 * By hand (same vote 2 halves, one abstaining 1, opposite 0; absent and – leave the pair out):
 *   AAA–BBB texts 1, 2: 2 + 1 = 3 halves over 2 votes (0.75); AAA–CCC texts 1, 3: 0 + 2 over 2
 *   (0.5); AAA–DDD text 2: 2 over 1 (1); BBB–CCC text 1: 0 over 1 (0); BBB–DDD text 2: 1 over 1
 *   (0.5); CCC–DDD never both voted (none). Cast: AAA 3, BBB 2, CCC 2 (absent is not cast), DDD 1.
 */
const table: VoteTable = {
  states: ['AAA', 'BBB', 'CCC', 'DDD'],
  textIds: [11, 12, 13],
  years: [2020, 2020, 2021],
  codes: Uint8Array.from([Y, Y, N, X, Y, A, ABSENT, Y, N, X, N, X]),
};

describe('agreement matrix, compact (triangle) form', () => {
  it('holds each pair once as whole numbers, in row order', () => {
    const t = triangleFromTable(table, { body: 'HRC' });
    expect(t.shape).toBe('triangle');
    expect(t.cast).toEqual([3, 2, 2, 1]);
    // (AAA,BBB) (AAA,CCC) (AAA,DDD) (BBB,CCC) (BBB,DDD) (CCC,DDD)
    expect(t.votes).toEqual([2, 2, 1, 1, 1, 0]);
    expect(t.halves).toEqual([3, 2, 2, 0, 1, 0]);
    expect(t.evidence).toEqual({ kind: 'hrc-text', ids: [11, 12, 13] });
  });

  it('expands to the values worked out by hand', () => {
    const { agreement, votes } = expandPairs(triangleFromTable(table));
    expect(agreement).toEqual([
      [1, 0.75, 0.5, 1],
      [0.75, 1, 0, 0.5],
      [0.5, 0, 1, null],
      [1, 0.5, null, 1],
    ]);
    expect(votes).toEqual([
      [3, 2, 2, 1],
      [2, 2, 1, 1],
      [2, 1, 2, 0],
      [1, 1, 0, 1],
    ]);
  });

  it('expands to exactly the full form, byte for byte, of the same table', () => {
    const filter = { body: 'HRC' as const, from: 2020, to: 2021, amendments: 'include' as const };
    expect(JSON.stringify(expandTriangle(triangleFromTable(table, filter)))).toBe(
      JSON.stringify(matrixFromTable(table, filter)),
    );
  });

  it('expands to exactly the full form for any table of ballots', () => {
    const ballot = fc.constantFrom(Y, N, A, ABSENT, X);
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 9 }).chain((n) =>
          fc.integer({ min: 0, max: 30 }).chain((texts) =>
            fc.array(ballot, { minLength: n * texts, maxLength: n * texts }).map((codes) => ({
              states: Array.from({ length: n }, (_, i) => `S${String(i).padStart(2, '0')}`),
              textIds: Array.from({ length: texts }, (_, i) => i + 1),
              years: Array.from({ length: texts }, () => 2020),
              codes: Uint8Array.from(codes),
            })),
          ),
        ),
        (t: VoteTable) => {
          expect(JSON.stringify(expandTriangle(triangleFromTable(t)))).toBe(
            JSON.stringify(matrixFromTable(t)),
          );
        },
      ),
    );
  });

  it('numbers the pairs in the order they are listed', () => {
    const n = 7;
    let k = 0;
    for (let i = 0; i < n; i++)
      for (let j = i + 1; j < n; j++) expect(triangleIndex(n, i, j)).toBe(k++);
    expect(k).toBe(trianglePairCount(n));
  });

  it('refuses arrays of the wrong length (an answer cut short is not a matrix of holes)', () => {
    expect(() => expandPairs({ cast: [1, 1, 1], votes: [1, 1], halves: [2, 2] })).toThrow(
      /3 states need 3 pairs/,
    );
  });
});

const real = sharedPath('hrc-voting');
describe.skipIf(!real)(
  skipName('the compact matrix on the OHCHR export', !real && SHARED_DATA_SKIP_REASON),
  () => {
    let store: Store;
    beforeAll(async () => {
      store = await openHrcVotingStore();
    }, 120_000);
    afterAll(async () => {
      await store.close();
    });

    it.each([
      ['the Council, all years', {}],
      ['the Council with amendments', { amendments: 'include' as const }],
      ['the Council 2016-2018', { from: 2016, to: 2018 }],
      ['the Commission', { body: 'CHR' as const }],
    ])('expands to the full form, byte for byte: %s', async (_, filter) => {
      const full = await agreementMatrixFor(store.db, filter);
      const compact = await agreementTriangleFor(store.db, filter);
      expect(full.states.length).toBeGreaterThan(40);
      expect(compact.votes).toHaveLength(trianglePairCount(full.states.length));
      expect(JSON.stringify(expandTriangle(compact))).toBe(JSON.stringify(full));
      // and it is what makes the answer small: under a third of the full form's bytes
      expect(JSON.stringify(compact).length).toBeLessThan(JSON.stringify(full).length / 3);
    });
  },
);
