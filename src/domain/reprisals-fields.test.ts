import { describe, expect, it } from 'vitest';
import { FollowUpLink, ReprisalCase, SpCommunication } from './reprisals.js';
import {
  fieldsVisibleAt,
  FOLLOW_UP_LINK_CONFIDENTIALITY,
  REPRISAL_CASE_CONFIDENTIALITY,
  SP_COMMUNICATION_CONFIDENTIALITY,
} from './reprisals-fields.js';

describe('confidentiality of the reprisals fields', () => {
  it('classifies every field of every entity, and nothing else', () => {
    expect(Object.keys(REPRISAL_CASE_CONFIDENTIALITY).sort()).toEqual(
      Object.keys(ReprisalCase.shape).sort(),
    );
    expect(Object.keys(SP_COMMUNICATION_CONFIDENTIALITY).sort()).toEqual(
      Object.keys(SpCommunication.shape).sort(),
    );
    expect(Object.keys(FOLLOW_UP_LINK_CONFIDENTIALITY).sort()).toEqual(
      Object.keys(FollowUpLink.shape).sort(),
    );
  });

  it('keeps whatever names or locates a person confidential, and shows the pseudonym publicly', () => {
    for (const f of [
      'victimName',
      'relatives',
      'contact',
      'reprisalLocation',
      'reprisalInformation',
      'otherFields',
    ] as const)
      expect(REPRISAL_CASE_CONFIDENTIALITY[f], f).toBe('confidential');
    expect(REPRISAL_CASE_CONFIDENTIALITY.pseudonym).toBe('public');
    expect(FOLLOW_UP_LINK_CONFIDENTIALITY.victimName).toBe('confidential');
    expect(SP_COMMUNICATION_CONFIDENTIALITY.caseId).toBe('confidential');
  });

  it('lets the public see the fields the statistics group by', () => {
    const visible = fieldsVisibleAt(REPRISAL_CASE_CONFIDENTIALITY, ['public']);
    for (const f of [
      'country',
      'reportYear',
      'gender',
      'recordType',
      'acts',
      'engagements',
      'status',
      'appearances',
    ] as const)
      expect(visible).toContain(f);
    expect(visible).not.toContain('victimName');
  });
});
