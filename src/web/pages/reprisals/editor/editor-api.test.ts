import { describe, expect, it } from 'vitest';
import { EngagementType, ReprisalAct, ReprisalCase, UnBody } from '../../../../domain/reprisals';
import {
  changedFields,
  CODE_LIST_FIELDS,
  FLAG_FIELDS,
  formValues,
  TEXT_LIST_FIELDS,
} from './editor-api';

describe('the case form’s PATCH body', () => {
  it('sends only the changed fields, an emptied optional one as null', () => {
    const before = formValues({
      pseudonym: 'Lawyer (2020)',
      victimName: 'Invented Name',
      gender: 'female',
      status: 'unknown',
      notes: null,
    });
    expect(before.notes).toBe('');
    const after = { ...before, victimName: '', status: 'unresolved', notes: 'checked' };
    expect(changedFields(before, after)).toEqual({
      victimName: null,
      status: 'unresolved',
      notes: 'checked',
    });
    expect(changedFields(before, before)).toEqual({});
    // a required field emptied is sent as typed, for the server to refuse with a reason
    expect(changedFields(before, { ...before, pseudonym: '' })).toEqual({ pseudonym: '' });
  });
});

describe('the case form’s lists and flags', () => {
  const original = {
    pseudonym: 'Lawyer (2020)',
    status: 'unknown',
    recordType: 'named-individual',
    affectedGroups: ['lawyers'],
    rightsDefended: [],
    perpetrators: ['State actors', 'police'],
    acts: [
      { code: 'detention', codedAs: 'Arrest/Detention' },
      { code: 'surveillance', codedAs: 'Surveillance' },
    ],
    engagements: [{ body: 'upr', bodyCodedAs: 'UN Human Rights Council: UPR', dates: '2018' }],
    engagementTypes: [],
    foreignNational: null,
    minor: false,
    civilServant: true,
  };
  const before = formValues(original);

  it('reads lists as lines and ticked codes, flags as yes / no / not known', () => {
    expect(before.perpetrators).toBe('State actors\npolice');
    expect(before.acts).toEqual(['detention', 'surveillance']);
    expect(before.engagements).toEqual(['upr']);
    expect([before.foreignNational, before.minor, before.civilServant]).toEqual(['', 'no', 'yes']);
    expect(changedFields(before, { ...before }, original)).toEqual({});
  });

  it('sends a changed list whole, keeping the label each kept code was coded as', () => {
    const after = {
      ...before,
      acts: ['surveillance', 'travel-restriction'],
      engagements: ['upr', 'treaty-bodies'],
      perpetrators: ' State actors \n\npolice\nprison guards',
      affectedGroups: 'lawyers',
      minor: 'yes',
      civilServant: '',
    };
    expect(changedFields(before, after, original)).toEqual({
      acts: [
        { code: 'surveillance', codedAs: 'Surveillance' },
        { code: 'travel-restriction', codedAs: 'travel-restriction' },
      ],
      engagements: [
        { body: 'upr', bodyCodedAs: 'UN Human Rights Council: UPR', dates: '2018' },
        { body: 'treaty-bodies', bodyCodedAs: 'treaty-bodies', dates: null },
      ],
      perpetrators: ['State actors', 'police', 'prison guards'],
      minor: true,
      civilServant: null,
    });
  });

  it('sends nothing for codes ticked off and on again, or lines only re-spaced', () => {
    const after = {
      ...before,
      acts: ['surveillance', 'detention'],
      perpetrators: 'State actors  \npolice\n',
    };
    expect(changedFields(before, after, original)).toEqual({});
    // an emptied list is sent as an empty list
    expect(changedFields(before, { ...before, acts: [], perpetrators: '' }, original)).toEqual({
      acts: [],
      perpetrators: [],
    });
  });

  it('offers every code of the domain’s vocabularies, in their order', () => {
    expect(CODE_LIST_FIELDS.acts).toEqual(ReprisalAct.options);
    expect(CODE_LIST_FIELDS.engagements).toEqual(UnBody.options);
    expect(CODE_LIST_FIELDS.engagementTypes).toEqual(EngagementType.options);
    // every list and flag field of the case schema is in the form
    const schemaFields = Object.keys(ReprisalCase.shape);
    for (const f of [...TEXT_LIST_FIELDS, ...Object.keys(CODE_LIST_FIELDS), ...FLAG_FIELDS])
      expect(schemaFields).toContain(f);
  });
});
