import { describe, expect, it } from 'vitest';
import { readSessionHint } from './session.js';

const long = (s: string) => s.padEnd(120, ' and more words of the lead paragraph');

describe('readSessionHint', () => {
  it('reads the year and session a lead paragraph names', () => {
    const lines = [
      'NGO/920',
      long(
        'Resuming Regular Session, Non-Governmental Organizations Committee Recommends 8 Entities',
      ),
      long(
        'Resuming its 2021 regular session, the Committee on Non-Governmental Organizations today',
      ),
    ];
    expect(readSessionHint(null, lines, null)).toEqual({ session: 'NGO-2021-regular', year: 2021 });
  });

  it('reads "regular session for 2016" and a year-less "its resumed session" with a known year', () => {
    expect(
      readSessionHint(
        null,
        [long('Concluding the first week of its regular session for 2016, the Committee')],
        null,
      ),
    ).toEqual({
      session: 'NGO-2016-regular',
      year: 2016,
    });
    expect(
      readSessionHint(
        null,
        [long('The Committee today suspended its resumed session pending one final day')],
        2010,
      ).session,
    ).toBe('NGO-2010-resumed');
  });

  it('takes a title that names the session', () => {
    expect(
      readSessionHint('Continuing 2022 Resumed Session, Committee Recommends 4 Entities', [], null)
        .session,
    ).toBe('NGO-2022-resumed');
  });

  it('does not read the boilerplate about later sessions', () => {
    const lines = [
      long(
        'The Committee on Non-Governmental Organizations today postponed action on 37 entities, as members asked',
      ),
      long(
        'The 19-member Committee considers applications for consultative status and requests for reclassification',
      ),
      long(
        'The Committee on Non-Governmental Organizations will continue its work during its resumed session, on Tuesday, 7 June.',
      ),
    ];
    expect(readSessionHint(null, lines, 2022)).toEqual({ session: null, year: null });
  });
});
