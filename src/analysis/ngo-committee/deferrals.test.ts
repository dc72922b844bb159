import { describe, expect, it } from 'vitest';
import { deferralHistories, meetsYears, type EventRow } from './deferrals.js';
import { ngoSessionOf } from '../../domain/reference/ngo-committee-sessions.js';

let nextId = 1;
function ev(action: string, date: string | null, extra: Partial<EventRow> = {}): EventRow {
  return {
    id: nextId++,
    organizationId: 1,
    organization: 'Example Rights Network',
    action,
    session: date ? ngoSessionOf(date) : null,
    date,
    year: date ? Number(date.slice(0, 4)) : null,
    sourceKind: 'deferred',
    status: 'unknown',
    ...extra,
  };
}

describe('deferralHistories', () => {
  it('counts sessions, not reports: a press release and a table of one session count once', () => {
    const [h] = deferralHistories([
      ev('deferred', '2019-01-24', { sourceKind: 'press' }),
      ev('deferred', '2019-02-08'),
      ev('deferred', '2019-06-04'),
    ]);
    expect(h!.sessionsDeferred).toBe(2);
    expect(h!.firstDeferred).toBe('2019-01-24');
    expect(h!.lastDeferred).toBe('2019-06-04');
    expect(h!.status).toBe('pending');
  });

  it('ends an application at a decision and starts a new one at a first-consideration deferral', () => {
    const histories = deferralHistories([
      ev('deferred', '2011-06-16', { sourceKind: 'deferred-new' }),
      ev('recommended', '2012-02-21', { sourceKind: 'granted' }),
      ev('deferred', '2004-01-16'),
      ev('deferred', '2024-02-09', { sourceKind: 'deferred-new' }),
      ev('deferred', '2024-06-14'),
    ]);
    const byFirst = Object.fromEntries(histories.map((h) => [h.firstDeferred, h]));
    expect(Object.keys(byFirst).sort()).toEqual(['2004-01-16', '2011-06-16', '2024-02-09']);
    // 2004: a new application followed in 2011 with no decision recorded on this one
    expect(byFirst['2004-01-16']!.status).toBe('lapsed');
    expect(byFirst['2011-06-16']!.status).toBe('recommended');
    expect(byFirst['2024-02-09']!.status).toBe('pending');
    expect(byFirst['2024-02-09']!.yearsPending).toBeCloseTo(0.3, 1);
  });

  it('takes a decision taken the same day as the last deferral as coming after it', () => {
    const [h] = deferralHistories([
      ev('deferred', '2016-02-17'),
      ev('closed', '2016-02-17', { sourceKind: 'closed-no-response' }),
    ]);
    expect(h!.status).toBe('closed');
    expect(h!.evidence.ids).toHaveLength(2);
  });

  it('places a year-only deferral mid-year and counts it only when its year has no dated session', () => {
    const [h] = deferralHistories([
      ev('deferred', null, { year: 2016, sourceKind: 'press' }),
      ev('deferred', '2016-06-20'),
      ev('deferred', null, { year: 2018, sourceKind: 'press' }),
    ]);
    // 2016 resumed + the 2018 release; the year-only 2016 release may be the same session
    expect(h!.sessionsDeferred).toBe(2);
    expect(h!.firstDeferred).toBe('2016-06-20');
    expect(h!.lastDeferred).toBe('2018');
    expect(h!.yearsPending).toBeCloseTo(2, 0);
  });

  it('sorts the longest histories first', () => {
    const rows = deferralHistories([
      ev('deferred', '2020-02-07', { organizationId: 2, organization: 'B' }),
      ev('deferred', '2024-02-09', { organizationId: 2, organization: 'B' }),
      ev('deferred', '2010-02-07', { organizationId: 3, organization: 'C' }),
      ev('deferred', '2024-02-09', { organizationId: 3, organization: 'C' }),
    ]);
    expect(rows.map((r) => r.organization)).toEqual(['C', 'B']);
  });

  it('keeps a reclassification request apart from the application that came before it', () => {
    // Widows for Peace through Democracy in the real tables: deferred 2010–12 on its application
    // (7_, 10_), then 2015–20 on a request for reclassification (11_), with no decision recorded.
    const rows = deferralHistories([
      ev('deferred', '2010-03-03', { sourceKind: 'deferred-new' }),
      ev('deferred', '2011-06-16'),
      ev('deferred', '2012-02-21'),
      ev('deferred', '2015-02-18', {
        sourceKind: 'deferred-reclassification',
        status: 'reclassification',
      }),
      ev('deferred', '2020-02-07', {
        sourceKind: 'deferred-reclassification',
        status: 'reclassification',
      }),
    ]);
    const byKind = Object.fromEntries(rows.map((h) => [h.request, h]));
    expect(rows).toHaveLength(2);
    expect(byKind.application!.firstDeferred).toBe('2010-03-03');
    expect(byKind.application!.lastDeferred).toBe('2012-02-21');
    // a request for reclassification presupposes status: the application is no longer pending
    expect(byKind.application!.status).toBe('lapsed');
    expect(byKind.reclassification!.firstDeferred).toBe('2015-02-18');
    expect(byKind.reclassification!.sessionsDeferred).toBe(2);
    expect(byKind.reclassification!.status).toBe('pending');
    expect(byKind.reclassification!.yearsPending).toBeCloseTo(5.0, 1);
  });

  it('lets a press-release decision on a reclassification end the reclassification only', () => {
    const rows = deferralHistories([
      ev('deferred', '2016-06-20'),
      ev('deferred', '2017-02-01', { sourceKind: 'press', status: 'reclassification' }),
      ev('recommended', '2018-02-01', { sourceKind: 'press', status: 'reclassification' }),
    ]);
    const byKind = Object.fromEntries(rows.map((h) => [h.request, h]));
    expect(byKind.reclassification!.status).toBe('recommended');
    // the application is not 'recommended' by it (only lapsed, since a request for
    // reclassification presupposes status), and the decision is in its own history only
    expect(byKind.application!.status).toBe('lapsed');
    expect(byKind.application!.evidence.ids).toHaveLength(1);
  });

  it('compares the exact span with a threshold and rounds only for display', () => {
    // Voice Society: first deferred 2016-06-20, latest 2024-06-14: 2,916 days, 7.98 years
    const [h] = deferralHistories([ev('deferred', '2016-06-20'), ev('deferred', '2024-06-14')]);
    expect(h!.daysPending).toBe(2916);
    expect(h!.yearsPending).toBe(8);
    expect(h!.yearsPendingExact).toBeCloseTo(7.984, 3);
    expect(meetsYears(h!, 8)).toBe(false);
    expect(meetsYears(h!, 7.9)).toBe(true);
  });
});
