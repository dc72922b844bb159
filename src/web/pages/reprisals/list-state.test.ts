import { describe, expect, it } from 'vitest';
import { listParams, readListState, withFilter } from './list-state';

describe('reprisals list state in the address', () => {
  it('reads every filter and the page', () => {
    const q = new URLSearchParams(
      'country=chn&year=2021&recordType=group&status=unresolved&act=detention&unBody=upr&page=3',
    );
    expect(readListState(q)).toEqual({
      filters: {
        country: 'CHN',
        year: '2021',
        recordType: 'group',
        status: 'unresolved',
        act: 'detention',
        unBody: 'upr',
      },
      page: 3,
    });
  });

  it('drops malformed values and a page that is not a whole number above 1', () => {
    const q = new URLSearchParams('country=China&year=21&act=<script>&page=0');
    expect(readListState(q)).toEqual({ filters: {}, page: 1 });
    expect(readListState(new URLSearchParams('page=2.5')).page).toBe(1);
  });

  it('changing a filter goes back to page 1; an empty value clears it', () => {
    const state = { filters: { country: 'CHN', act: 'detention' }, page: 4 };
    expect(withFilter(state, 'status', 'resolved')).toEqual({
      filters: { country: 'CHN', act: 'detention', status: 'resolved' },
      page: 1,
    });
    expect(withFilter(state, 'act', '')).toEqual({ filters: { country: 'CHN' }, page: 1 });
  });

  it('leaves page 1 out of the address', () => {
    expect(listParams({ filters: { country: 'EGY' }, page: 1 })).toEqual({
      country: 'EGY',
      page: null,
    });
    expect(listParams({ filters: {}, page: 2 })).toEqual({ page: 2 });
  });
});
