import { describe, expect, it } from 'vitest';
import { ballotSide, describeMotion, motionKindOf, yesMeansOf } from './motions.js';

// Vote_topic texts of 8_roll_call_votes_filled.csv, each read by a person for its motion.
const cases: [string, string, string][] = [
  [
    'Committee to Protect Journalists: a vote was called to grant special consultative status to the Committee to Protect Journalists. The proposal to grant consultative status to the non-governmental organization was rejected',
    'grant',
    'for',
  ],
  [
    'Statements in explanation of vote before the vote: the Committee rejected the proposal to close consideration of the application for consultative status of the non-governmental organization Swedish Federation for Lesbian, Gay, Bisexual and Transgender Rights',
    'close',
    'against',
  ],
  [
    'The proposal by the Sudan to recommend the withdrawal of the consultative status of the organization Society Studies Centre (special, 2008) was adopted',
    'withdraw-status',
    'against',
  ],
  [
    'Lesbian and Gay Federation in Germany : rejected the motion of adjournment of debate on the proposal to reject the application for consultative status of the organization Lesbian and Gay Federation in Germany',
    'no-action',
    'for',
  ],
  [
    'Application not recommended: Democracy Coalition Project: the proposal to recommend to the Council to grant consultative status to the Democracy Coalition Project was rejected.',
    'grant',
    'for',
  ],
  [
    'Upon the request of the representative of the United States, the Committee voted on the Cuban delegate’s proposal not to recommend the Universidad Latinoamericana de la Libertad Frederich Hayek',
    'not-recommend',
    'against',
  ],
  [
    'International Foundation for Electoral Systems: The no-action motion was carried',
    'no-action',
    'unknown',
  ],
  [
    'Ilankai Thamil Sangam: The Committee voted to overturn the Chair’s decision',
    'overturn-chair',
    'unknown',
  ],
  // a result, not a motion: the vote (6–8) was on the opposite proposal
  [
    'Explanation of vote before the vote: the Committee decided to recommend not to grant consultative status to the organization.',
    'not-stated',
    'unknown',
  ],
  ['Gulf Centre for Human Rights, Limited', 'not-stated', 'unknown'],
];

describe('motionKindOf', () => {
  it.each(cases)('%s', (text, kind, side) => {
    const read = motionKindOf(text);
    expect(read.kind).toBe(kind);
    expect(yesMeansOf(read.kind, text)).toBe(side);
  });
});

describe('describeMotion', () => {
  it('takes the motion from a press release of the same vote when the row does not state it', () => {
    const d = describeMotion({
      subject:
        'Khmers Kampuchea-Krom Federation: The application of the non-governmental organization was recommended for closure',
      motion: 'roll-call',
      outcome: 'in favor',
      organization: 'Khmers Kampuchea-Krom Federation',
      pressMotions: ['close the application'],
    });
    expect(d.motionWords.en).toBe(
      'to close consideration of the application of Khmers Kampuchea-Krom Federation',
    );
    expect(d.yesMeans).toBe('against');
    expect(d.motionOutcome).toBe('adopted');
  });

  it('says how each ballot went for the organisation', () => {
    expect(ballotSide('yes', 'against')).toBe('against');
    expect(ballotSide('no', 'against')).toBe('for');
    expect(ballotSide('abstain', 'for')).toBeNull();
    expect(ballotSide('yes', 'unknown')).toBe('unknown');
  });
});
