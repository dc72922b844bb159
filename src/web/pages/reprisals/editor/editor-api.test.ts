import { describe, expect, it } from 'vitest';
import { changedFields, formValues } from './editor-api';

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
