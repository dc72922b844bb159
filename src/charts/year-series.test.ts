import { describe, expect, it } from 'vitest';
import { yearSeries } from './year-series';

describe('yearSeries', () => {
  const counts = [
    { year: 2019, key: 'CHN', value: 5 },
    { year: 2021, key: 'RUS', value: 3 },
    { year: 2021, key: 'CUB', value: 2 },
    { year: 2021, key: 'PAK', value: 4 },
    { year: 2021, key: 'CHN', value: 9 },
  ];

  it('fills every year from the first to the last, a missing year as zeros', () => {
    const { years, series } = yearSeries(counts, ['CHN', 'RUS']);
    expect(years).toEqual([2019, 2020, 2021]);
    expect(series.find((s) => s.key === 'CHN')!.values).toEqual([5, 0, 9]);
    expect(series.find((s) => s.key === 'RUS')!.values).toEqual([0, 0, 3]);
  });

  it('adds the keys outside the top into one "others" series, last', () => {
    const { series } = yearSeries(counts, ['CHN', 'RUS']);
    expect(series.map((s) => s.key)).toEqual(['CHN', 'RUS', null]);
    // CUB 2 + PAK 4 in 2021
    expect(series[2]!.values).toEqual([0, 0, 6]);
  });

  it('keeps every count: the series add up to the input per year', () => {
    const { years, series } = yearSeries(counts, ['RUS']);
    for (const [i, year] of years.entries()) {
      const input = counts.filter((c) => c.year === year).reduce((n, c) => n + c.value, 0);
      expect(series.reduce((n, s) => n + s.values[i]!, 0)).toBe(input);
    }
  });

  it('drops an empty "others" series and handles no data', () => {
    expect(yearSeries(counts, ['CHN', 'RUS', 'CUB', 'PAK']).series.map((s) => s.key)).toEqual([
      'CHN',
      'RUS',
      'CUB',
      'PAK',
    ]);
    expect(yearSeries([], ['CHN'])).toEqual({ years: [], series: [] });
  });
});
