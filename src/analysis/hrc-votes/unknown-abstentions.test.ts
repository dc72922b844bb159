import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { skipName } from '../../../test/skip.js';
import { STORE_KINDS } from '../../../test/stores.js';
import { importHrcVoteFile, importHrcVotePaths } from '../../store/hrc-votes/import-files.js';
import { openStore, type Store } from '../../store/open-store.js';
import { main } from '../../cli/main.js';
import { countDisagreements, disagreementCause } from './disagreements.js';
import { countDifference, countsMatch, resolutionVotes } from './resolution.js';

/**
 * A press release that states no abstentions ("by a vote of 30 in favour and 10 against") leaves
 * them unknown (null). No figure shows that as 0 and no comparison counts it as a difference.
 */
const here = path.dirname(fileURLToPath(import.meta.url));
const demo = path.resolve(here, '../../../demo/hrc-votes');

const release = (url: string, sentence: string) =>
  new TextEncoder().encode(
    [
      `url: https://example.org/sample/${url}`,
      'title: SAMPLE: COUNCIL ADOPTS TEXTS',
      'date: 2021-07-13',
      'kind: hrc-vote-press',
      '---',
      sentence,
    ].join('\n'),
  );

describe('unknown abstentions, pure', () => {
  it('are no difference, and their difference is unknown', () => {
    const record = { yes: 30, no: 10, abstain: 7 };
    const press = { yes: 30, no: 10, abstain: null };
    expect(countDifference(press, record)).toEqual({ yes: 0, no: 0, abstain: null });
    expect(countsMatch(press, record)).toBe(true);
    expect(countsMatch({ yes: 31, no: 10, abstain: null }, record)).toBe(false);
    expect(countsMatch({ yes: 30, no: 10, abstain: 6 }, record)).toBe(false);
  });

  it('do not make a roll-call look short of rows, or swapped', () => {
    // 30 + 10 rows and 7 abstaining against totals 30/10/unknown: nothing missing, nothing extra
    const computed = { yes: 30, no: 10, abstain: 7, absent: 0 };
    expect(disagreementCause(computed, { yes: 30, no: 10, abstain: null })).toBe('different-split');
    expect(disagreementCause({ ...computed, yes: 28 }, { yes: 30, no: 10, abstain: null })).toBe(
      'missing-rows',
    );
  });
});

for (const kind of STORE_KINDS) {
  describe.skipIf(kind.skip)(skipName(`unknown abstentions (${kind.name})`, kind.skip), () => {
    let store: Store;
    beforeAll(async () => {
      store = await kind.open();
      await importHrcVotePaths(store, [demo]);
      // demo record 90002 (A/HRC/RES/90/2, 2021-07-13): 30 yes, 10 no, 7 abstentions
      const a = await importHrcVoteFile(
        store,
        'a.txt',
        release(
          'press-a',
          'The resolution on civil society space was adopted by a vote of 30 in favour and 10 against.',
        ),
      );
      // demo record 90001 (draft A/HRC/90/L.3): 20 yes, 9 no, 17 abstentions; the release says 21
      const b = await importHrcVoteFile(
        store,
        'b.txt',
        release(
          'press-b',
          'In a resolution (A/HRC/90/L.3) on the situation of human rights in Belarus, adopted by a vote of 21 in favour and 9 against, the Council extended the mandate.',
        ),
      );
      expect([a.status, b.status]).toEqual(['imported', 'imported']);
    });
    afterAll(async () => {
      await store.close();
    });

    it('keeps them null in the resolution figure, and its difference null', async () => {
      const r = await resolutionVotes(store.db, 'A/HRC/RES/90/2');
      expect(r!.officialCounts).toEqual({ yes: 30, no: 10, abstain: 7 });
      const press = r!.others.find((o) => o.source === 'press');
      expect(press).toMatchObject({
        officialCounts: { yes: 30, no: 10, abstain: null },
        countDifference: { yes: 0, no: 0, abstain: null },
      });
      const own = await resolutionVotes(store.db, { textId: press!.id });
      expect(own!.officialCounts).toEqual({ yes: 30, no: 10, abstain: null });
    });

    it('lists a press release only for the yes and no it states, its abstentions unknown', async () => {
      const rows = await countDisagreements(store.db);
      const press = rows.filter((r) => r.cause === 'press-differs');
      // the civil-society release agrees on yes and no: not a disagreement (it was, as 30/10/0)
      expect(press.map((r) => r.linkedText?.symbol)).toEqual(['A/HRC/RES/90/1']);
      expect(press[0]).toMatchObject({
        computed: { yes: 21, no: 9, abstain: null },
        official: { yes: 20, no: 9, abstain: 17 },
        difference: { yes: 1, no: 0, abstain: null },
      });
      // JSON keeps null
      expect(JSON.parse(JSON.stringify(press[0])).difference.abstain).toBeNull();
    });
  });
}

describe('groundpass votes disagreements (unknown abstentions)', () => {
  it('prints "not stated", never 0', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'groundpass-abstain-'));
    const db = path.join(dir, 'gp.db');
    const store = await openStore({ target: db });
    try {
      await importHrcVotePaths(store, [demo]);
      await importHrcVoteFile(
        store,
        'b.txt',
        release(
          'press-b',
          'In a resolution (A/HRC/90/L.3) on the situation of human rights in Belarus, adopted by a vote of 21 in favour and 9 against, the Council extended the mandate.',
        ),
      );
      await store.close();
      const out: string[] = [];
      const code = await main(['votes', 'disagreements', '--db', db], {
        out: (s) => out.push(s),
        err: () => undefined,
        env: {},
      });
      expect(code).toBe(0);
      const line = out
        .join('\n')
        .split('\n')
        .find((l) => l.includes('press-differs'));
      expect(line).toMatch(/21\/9\/not stated\s+20\/9\/17/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
