import { describe, expect, it } from 'vitest';
import { barByStateOption } from './bar-by-state';
import { heatmapOption } from './heatmap';
import { idealPointOption } from './ideal-point-scatter';
import type { ChartOption } from './option';
import { RESPONSE_COLOURS } from './palette';
import { responseByCycleOption } from './response-by-cycle';
import { stackedByYearOption } from './stacked-by-year';

/** The option's series as a list (ECharts accepts one object or an array). */
function seriesOf(option: ChartOption): Record<string, unknown>[] {
  const s = option.series;
  return (Array.isArray(s) ? s : [s]) as Record<string, unknown>[];
}
function axis(option: ChartOption, name: 'xAxis' | 'yAxis', i = 0): Record<string, unknown> {
  const a = option[name];
  return (Array.isArray(a) ? a[i] : a) as Record<string, unknown>;
}
type Formatter = (p: { dataIndex: number; value?: unknown }) => string;

const en = (n: number) => new Intl.NumberFormat('en-GB').format(n);

describe('barByStateOption', () => {
  const rows = [
    { key: 'CHN', label: 'China', value: 1747 },
    { key: 'RUS', label: 'Russian Federation', value: 402 },
    { key: 'CUB', label: 'Cuba', value: 12, tooltip: 'Cuba: 12 (3 %)' },
  ];
  const { option, height } = barByStateOption({
    title: 'Questions by state',
    description: 'China asked the most',
    valueName: 'Questions',
    formatNumber: en,
    rows,
  });

  it('draws one bar per row, in the input order, the first on top', () => {
    expect(axis(option, 'yAxis').data).toEqual(rows.map((r) => r.label));
    expect(axis(option, 'yAxis').inverse).toBe(true);
    expect(seriesOf(option)[0]!.data).toEqual(rows.map((r) => r.value));
  });

  it('writes values through the caller’s formatter and tooltips from the row', () => {
    const label = (seriesOf(option)[0]!.label as { formatter: Formatter }).formatter;
    expect(label({ dataIndex: 0, value: 1747 })).toBe(en(1747));
    const tip = (option.tooltip as { formatter: Formatter }).formatter;
    expect(tip({ dataIndex: 1 })).toBe(`Russian Federation: ${en(402)}`);
    expect(tip({ dataIndex: 2 })).toBe('Cuba: 12 (3 %)');
  });

  it('carries the description into ECharts’ aria and grows with the rows', () => {
    expect(option.aria).toMatchObject({
      enabled: true,
      label: { description: 'China asked the most' },
    });
    const more = barByStateOption({
      title: '',
      description: '',
      valueName: '',
      rows: [...rows, ...rows],
    });
    expect(more.height).toBeGreaterThan(height);
  });

  it('escapes a tooltip: a name is data, never markup', () => {
    const { option: o } = barByStateOption({
      title: '',
      description: '',
      valueName: '',
      rows: [{ key: 'X', label: '<img src=x onerror=alert(1)>', value: 1 }],
    });
    const tip = (o.tooltip as { formatter: Formatter }).formatter({ dataIndex: 0 });
    expect(tip).not.toContain('<img');
    expect(tip).toContain('&lt;img');
  });
});

describe('stackedByYearOption', () => {
  const series = [
    { key: 'CHN', name: 'China', values: [5, 0, 9] },
    { key: null, name: 'Other states', values: [1, 2, 6] },
  ];
  const { option } = stackedByYearOption({
    title: 'By year',
    description: 'd',
    valueName: 'Questions',
    years: [2019, 2020, 2021],
    series,
  });

  it('one stacked series per input series, the years as categories, a legend of their names', () => {
    expect(axis(option, 'xAxis').data).toEqual(['2019', '2020', '2021']);
    const bars = seriesOf(option).filter((s) => s.stack === 'total');
    expect(bars.map((s) => s.name)).toEqual(['China', 'Other states']);
    expect(bars.map((s) => s.data)).toEqual(series.map((s) => s.values));
    expect((option.legend as { data: string[] }).data).toEqual(['China', 'Other states']);
  });

  it('keeps grey for "other states" and a palette colour for a state', () => {
    const colours = seriesOf(option).map(
      (s) => (s.itemStyle as { color?: string } | undefined)?.color,
    );
    expect(colours[1]).toBe('#A3A9B0');
    expect(colours[0]).not.toBe('#A3A9B0');
  });

  it('a segment’s tooltip names the year, the series and its count', () => {
    const tip = (seriesOf(option)[0]!.tooltip as { formatter: Formatter }).formatter;
    expect(tip({ dataIndex: 2 })).toBe('2021 · China: 9');
  });
});

describe('responseByCycleOption', () => {
  const cycles = [
    {
      cycle: 2,
      unitLabel: 'recommendations',
      rateLabel: '12%',
      counts: { supported: 200, partially: 4, noted: 20, rejected: 8, pending: 0 },
    },
    {
      cycle: 3,
      unitLabel: 'themes',
      rateLabel: '30%',
      counts: { supported: 150, partially: 0, noted: 40, rejected: 25, pending: 0 },
    },
  ];
  const names = {
    supported: 'Supported',
    partially: 'Partially supported',
    noted: 'Noted',
    rejected: 'Rejected',
    pending: 'Pending',
  };
  const { option } = responseByCycleOption({
    title: 'UPR',
    description: 'd',
    valueName: 'Recommendations',
    responseNames: names,
    cycleName: (n) => `Cycle ${n}`,
    cycles,
    unitChanges: [{ afterCycle: 3, label: 'unit changes' }],
  });
  const bars = seriesOf(option).filter((s) => s.stack === 'total' && s.name !== '\u200btop');

  it('stacks accepted at the bottom, leaves out pending when no cycle has any', () => {
    expect(bars.map((s) => s.name)).toEqual([
      names.supported,
      names.partially,
      names.noted,
      names.rejected,
    ]);
    expect(bars[0]!.data).toEqual(cycles.map((c) => c.counts.supported));
    expect(bars[3]!.data).toEqual(cycles.map((c) => c.counts.rejected));
    expect((bars[3]!.itemStyle as { color: string }).color).toBe(RESPONSE_COLOURS.rejected);
  });

  it('names each cycle with its unit under it and writes its rate above', () => {
    expect(axis(option, 'xAxis').data).toEqual(['Cycle 2', 'Cycle 3']);
    const under = (
      axis(option, 'xAxis').axisLabel as { formatter: (v: string, i: number) => string }
    ).formatter;
    expect(under('Cycle 3', 1)).toBe('Cycle 3\nthemes');
    const top = seriesOf(option).find((s) => s.name === '\u200btop')!;
    const rate = (top.label as { formatter: Formatter }).formatter;
    expect(cycles.map((_, i) => rate({ dataIndex: i }))).toEqual(['12%', '30%']);
  });

  it('puts the unit-change line between the two cycles, not on either', () => {
    const carrier = seriesOf(option).find((s) => s.markLine)!;
    expect(carrier.xAxisIndex).toBe(1);
    // the hidden axis runs -0.5 … n-0.5, so 0.5 is the boundary between column 0 and column 1
    expect((carrier.markLine as { data: unknown[] }).data).toEqual([{ xAxis: 0.5 }]);
    expect(axis(option, 'xAxis', 1)).toMatchObject({ min: -0.5, max: cycles.length - 0.5 });
  });

  it('shows pending when a cycle has some', () => {
    const withPending = responseByCycleOption({
      title: '',
      description: '',
      valueName: '',
      responseNames: names,
      cycleName: String,
      cycles: [{ ...cycles[0]!, counts: { ...cycles[0]!.counts, pending: 3 } }],
    });
    expect(seriesOf(withPending.option).map((s) => s.name)).toContain('Pending');
  });
});

describe('idealPointOption', () => {
  const rows = [
    { key: 'WEOG', label: 'Western European and others' },
    { key: 'APG', label: 'Asia-Pacific' },
  ];
  const points = [
    { key: 'GBR', row: 'WEOG', x: 1.25, tooltip: 'United Kingdom: 1.25', label: 'GBR' },
    { key: 'FRA', row: 'WEOG', x: 1.1, tooltip: 'France: 1.10' },
    { key: 'CHN', row: 'APG', x: -1.5, tooltip: 'China: −1.50', label: 'CHN' },
  ];
  const { option } = idealPointOption({
    title: '',
    description: '',
    xName: 'Position',
    rows,
    points,
  });

  it('one series per row, each point at its position in its row', () => {
    const s = seriesOf(option);
    expect(s.map((x) => x.name)).toEqual(rows.map((r) => r.label));
    expect(axis(option, 'yAxis').data).toEqual(rows.map((r) => r.label));
    const weog = (s[0]!.data as { value: number[] }[]).map((d) => d.value);
    expect(weog).toEqual([
      [1.25, 0],
      [1.1, 0],
    ]);
    expect((s[1]!.data as { value: number[] }[])[0]!.value).toEqual([-1.5, 1]);
  });

  it('labels only the points given a label, and tooltips come from the point', () => {
    const weog = seriesOf(option)[0]!.data as { label?: { formatter: string } }[];
    expect(weog.map((d) => d.label?.formatter ?? null)).toEqual(['GBR', null]);
    const tip = (seriesOf(option)[1]!.tooltip as { formatter: Formatter }).formatter;
    expect(tip({ dataIndex: 0 })).toBe('China: −1.50');
  });
});

describe('heatmapOption', () => {
  const cells = [
    { column: 0, row: 0, value: 0.25, label: '4', tooltip: 'Syria 2019: 1 yes, 3 no' },
    { column: 1, row: 1, value: null, label: '1', tooltip: 'DPRK 2020: absent' },
    { column: 1, row: 0, value: 1, label: '2', tooltip: 'Syria 2020: 2 yes' },
  ];
  const { option, cellAt } = heatmapOption({
    title: '',
    description: '',
    columns: ['2019', '2020'],
    rows: [
      { key: 'SYR', label: 'Syria' },
      { key: 'PRK', label: 'DPRK' },
    ],
    cells,
    lowLabel: 'all no',
    highLabel: 'all yes',
  });

  it('puts the cells with a share on the colour scale and the rest in a grey series', () => {
    const [scaled, grey] = seriesOf(option);
    expect(scaled!.data).toEqual([
      [0, 0, 0.25],
      [1, 0, 1],
    ]);
    expect((grey!.data as number[][]).map((d) => d.slice(0, 2))).toEqual([[1, 1]]);
    expect(option.visualMap).toMatchObject([
      { min: 0, max: 1, seriesIndex: 0, text: ['all yes', 'all no'] },
      { seriesIndex: 1, show: false },
    ]);
  });

  it('maps a clicked item back to its cell, labels and tooltips from the cell', () => {
    expect(cellAt(0, 1)).toBe(cells[2]);
    expect(cellAt(1, 0)).toBe(cells[1]);
    const [scaled] = seriesOf(option);
    expect((scaled!.label as { formatter: Formatter }).formatter({ dataIndex: 1 })).toBe('2');
    expect((scaled!.tooltip as { formatter: Formatter }).formatter({ dataIndex: 0 })).toBe(
      'Syria 2019: 1 yes, 3 no',
    );
  });
});
