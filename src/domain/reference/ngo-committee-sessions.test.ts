import { describe, expect, it } from 'vitest';
import { ngoSessionOf, ngoSessionOrder } from './ngo-committee-sessions.js';

describe('ngoSessionOf', () => {
  it('puts January–February meetings in the regular session and May–June in the resumed one', () => {
    expect(ngoSessionOf('2016-01-29')).toBe('NGO-2016-regular');
    expect(ngoSessionOf('2016-06-20')).toBe('NGO-2016-resumed');
    // late adoption of a report (2008-08-15) still belongs to the resumed session of that year
    expect(ngoSessionOf('2008-08-15')).toBe('NGO-2008-resumed');
  });
  it('follows the pandemic calendar of 2021 and 2022', () => {
    expect(ngoSessionOf('2021-06-08')).toBe('NGO-2021-regular');
    expect(ngoSessionOf('2021-09-20')).toBe('NGO-2021-resumed');
    expect(ngoSessionOf('2022-06-07')).toBe('NGO-2022-regular');
  });
  it('rejects what is not a date', () => {
    expect(ngoSessionOf('unknown')).toBeNull();
  });
  it('orders sessions in time', () => {
    expect(ngoSessionOrder('NGO-2016-regular')).toBeLessThan(ngoSessionOrder('NGO-2016-resumed'));
    expect(ngoSessionOrder('NGO-2016-resumed')).toBeLessThan(ngoSessionOrder('NGO-2017-regular'));
  });
});
