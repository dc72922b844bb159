import { describe, expect, it } from 'vitest';
import type { RecordItem } from '../../api';
import { cellShares, recordHeatmap } from './record-heatmap';
import { groupBallots } from './group-ballots';

const item = (
  textId: number,
  year: number | null,
  vote: RecordItem['vote'],
  targets: string[],
): RecordItem => ({
  textId,
  symbol: null,
  title: `text ${textId}`,
  date: null,
  year,
  kind: 'resolution',
  outcome: 'adopted',
  vote,
  targets,
  themes: [],
});

describe('recordHeatmap', () => {
  const map = recordHeatmap([
    item(1, 2019, 'no', ['SYR']),
    item(2, 2019, 'abstain', ['SYR']),
    item(3, 2021, 'no', ['SYR', 'IRN']),
    item(4, 2021, 'yes', ['PRK']),
    item(5, 2022, 'no', []), // thematic: not in the map
    item(6, null, 'no', ['MMR']), // no year: not in the map
  ]);

  it('spans every year from the first to the last country-specific vote, gaps included', () => {
    expect(map.years).toEqual([2019, 2020, 2021]);
  });

  it('orders targets by votes, then code, and counts a two-target text in both rows', () => {
    expect(map.targets).toEqual(['SYR', 'IRN', 'PRK']);
    expect(map.cell('SYR', 2019)).toEqual({
      yes: 0,
      no: 1,
      abstain: 1,
      absent: 0,
      textIds: [1, 2],
    });
    expect(map.cell('IRN', 2021)?.textIds).toEqual([3]);
    expect(map.cell('SYR', 2020)).toBeUndefined();
    expect(map.cell('MMR', 2019)).toBeUndefined();
  });

  it('is empty for a record without country-specific votes', () => {
    const empty = recordHeatmap([item(5, 2022, 'no', [])]);
    expect(empty.years).toEqual([]);
    expect(empty.targets).toEqual([]);
  });
});

describe('cellShares', () => {
  it('shares the ballots cast, leaving absences out', () => {
    expect(cellShares({ yes: 1, no: 2, abstain: 1, absent: 3, textIds: [] })).toEqual({
      yes: 0.25,
      no: 0.5,
      abstain: 0.25,
    });
    expect(cellShares({ yes: 0, no: 0, abstain: 0, absent: 2, textIds: [] })).toBeNull();
  });
});

describe('groupBallots', () => {
  const groups: Record<string, string> = { FRA: 'WEOG', DEU: 'WEOG', CHN: 'Asia-Pacific' };
  it('groups by regional group in the UN order and keeps states of unknown group', () => {
    const out = groupBallots(
      { FRA: 'yes', CHN: 'no', DEU: 'abstain', XKX: 'absent' },
      (s) => groups[s],
      (a, b) => a.localeCompare(b),
    );
    expect(out.map((g) => g.group)).toEqual(['Asia-Pacific', 'WEOG', 'none']);
    expect(out[1]!.ballots.map((b) => b.state)).toEqual(['DEU', 'FRA']);
    expect(out[1]!.counts).toEqual({ yes: 1, no: 0, abstain: 1, absent: 0 });
    expect(out[2]!.ballots).toEqual([{ state: 'XKX', vote: 'absent' }]);
  });
});
