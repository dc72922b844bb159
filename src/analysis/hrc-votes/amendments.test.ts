import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openHrcVotingStore } from '../../../test/real-data-stores.js';
import { sharedPath, SHARED_DATA_SKIP_REASON } from '../../../test/shared-data.js';
import type { Store } from '../../store/open-store.js';
import { hostileAmendments, judgeHostility } from './amendments.js';

describe('judging an amendment hostile (pure)', () => {
  const none = { yes: 0, no: 0, abstain: 0 };
  const adoptedWithoutVote = { outcome: 'adopted', recorded: false };

  it('goes by the draft sponsors first, then by the supporters of the final text', () => {
    expect(
      judgeHostility({
        amendment: { outcome: 'rejected', recorded: true },
        text: adoptedWithoutVote,
        bySponsors: { yes: 0, no: 3, abstain: 1 },
        bySupporters: none,
      }),
    ).toEqual({
      hostile: true,
      basis: 'draft-sponsors-opposed',
      basisVotes: { yes: 0, no: 3, abstain: 1 },
    });
    expect(
      judgeHostility({
        amendment: { outcome: 'rejected', recorded: true },
        text: { outcome: 'adopted', recorded: true },
        bySponsors: none,
        bySupporters: { yes: 12, no: 2, abstain: 4 },
      }),
    ).toMatchObject({ hostile: false, basis: 'text-supporters-opposed' });
  });

  it('calls an amendment rejected by a recorded vote before its text was adopted hostile', () => {
    // A/HRC/27/L.34–L.43: no sponsor listed for A/HRC/27/L.24, adopted without a vote
    expect(
      judgeHostility({
        amendment: { outcome: 'rejected', recorded: true },
        text: adoptedWithoutVote,
        bySponsors: none,
        bySupporters: none,
      }),
    ).toEqual({ hostile: true, basis: 'rejected-then-text-adopted', basisVotes: none });
  });

  it('keeps null when nothing can be told', () => {
    const unknown = { hostile: null, basis: 'unknown', basisVotes: none };
    // adopted amendment: the text was adopted with it
    expect(
      judgeHostility({
        amendment: { outcome: 'adopted', recorded: true },
        text: adoptedWithoutVote,
        bySponsors: none,
        bySupporters: none,
      }),
    ).toEqual(unknown);
    // the text it would amend was rejected, or is not in the record
    expect(
      judgeHostility({
        amendment: { outcome: 'rejected', recorded: true },
        text: { outcome: 'rejected', recorded: true },
        bySponsors: none,
        bySupporters: none,
      }),
    ).toEqual(unknown);
    expect(
      judgeHostility({
        amendment: { outcome: 'rejected', recorded: true },
        text: null,
        bySponsors: none,
        bySupporters: none,
      }),
    ).toEqual(unknown);
  });
});

const real = sharedPath('hrc-voting');
describe.skipIf(!real)(
  `hostile amendments on the OHCHR export (${SHARED_DATA_SKIP_REASON})`,
  () => {
    let store: Store;
    beforeAll(async () => {
      store = await openHrcVotingStore();
    }, 60_000);
    afterAll(async () => {
      await store.close();
    });

    it('calls the 2014 civil-society-space amendments (A/HRC/27/L.34–L.43) hostile', async () => {
      const figure = await hostileAmendments(store.db, { from: 2014, to: 2014 });
      const hrc27 = figure.amendments.filter((a) =>
        /^A\/HRC\/27\/L\.(3[4-9]|4[0-3])$/.test(a.amendment.symbol ?? ''),
      );
      // resolutions.csv: L.34–L.36 and L.38–L.43 "Rejected by a recorded vote" (records 4076-4166
      // in the store), L.37 withdrawn; A/HRC/RES/27/31 (draft A/HRC/27/L.24) ADOPTED WITHOUT VOTE,
      // main_sponsors empty
      expect(hrc27.map((a) => a.amendment.symbol).sort()).toEqual([
        'A/HRC/27/L.34',
        'A/HRC/27/L.35',
        'A/HRC/27/L.36',
        'A/HRC/27/L.38',
        'A/HRC/27/L.39',
        'A/HRC/27/L.40',
        'A/HRC/27/L.41',
        'A/HRC/27/L.42',
        'A/HRC/27/L.43',
      ]);
      expect(hrc27.every((a) => a.amends.text?.symbol === 'A/HRC/RES/27/31')).toBe(true);
      expect(hrc27.map((a) => [a.hostile, a.basis])).toEqual(
        hrc27.map(() => [true, 'rejected-then-text-adopted']),
      );
    });
  },
);
