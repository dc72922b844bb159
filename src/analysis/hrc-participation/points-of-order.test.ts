import { describe, expect, it } from 'vitest';
import type { PointOfOrderRow } from '../../store/hrc-participation/read.js';
import { pointsOfOrderFigure } from './points-of-order.js';

const row = (over: Partial<PointOfOrderRow>): PointOfOrderRow => ({
  id: 1,
  documentId: 1,
  line: 1,
  passage: '',
  moment: null,
  momentUrl: null,
  session: 'HRC52',
  sessionBy: 'text',
  agendaItem: '4',
  debate: null,
  date: '2023-03-23',
  year: 2023,
  raisedBy: 'CHN',
  raisedByAsPrinted: 'China',
  targetSpeaker: 'Dolkun Isa',
  targetOrganization: null,
  targetOrganizationKey: null,
  ruling: null,
  rulingLine: null,
  outcome: 'unknown',
  form: 'point-of-order',
  sourceUrl: null,
  sourceFile: 'a.txt',
  sourceSymbol: null,
  ...over,
});

describe('points of order per State', () => {
  it('counts one event told by two documents once, and two in one document twice', () => {
    const rows = [
      row({ id: 1, documentId: 1 }),
      row({ id: 2, documentId: 1, line: 9 }),
      // a news item, undated, about the same meeting
      row({ id: 3, documentId: 2, date: null }),
      // another State
      row({ id: 4, documentId: 3, raisedBy: 'RUS' }),
    ];
    const f = pointsOfOrderFigure(rows, 'CHN');
    expect(f.total).toBe(2);
    expect(f.items.map((i) => [i.id, i.alsoIn])).toEqual([
      [1, [3]],
      [2, []],
    ]);
    expect(f.targets).toMatchObject([{ target: 'Dolkun Isa', count: 2 }]);
    expect(f.byYear).toMatchObject([{ year: 2023, count: 2, evidence: { ids: [1, 2] } }]);
  });

  it('chooses a year after merging the documents of one event', () => {
    const rows = [
      row({ id: 1, documentId: 1 }),
      // the same event in an undated news item: joins the dated one, never counts for itself
      row({ id: 2, documentId: 2, date: null, year: null }),
      row({ id: 3, documentId: 3, session: 'HRC49', date: '2022-03-20', year: 2022 }),
    ];
    const y2023 = pointsOfOrderFigure(rows, 'CHN', 2023);
    expect(y2023.year).toBe(2023);
    expect(y2023.items.map((i) => [i.id, i.alsoIn])).toEqual([[1, [2]]]);
    expect(pointsOfOrderFigure(rows, 'CHN', 2022).items.map((i) => i.id)).toEqual([3]);
    expect(pointsOfOrderFigure(rows, 'CHN', 2021).total).toBe(0);
  });
});
