import { describe, expect, it } from 'vitest';
import type { ChartOption } from './option';
import { renderChartSvg } from './render-svg';
import { suppressedBarsOption } from './suppressed-bars';

type Formatter = (p: unknown, i?: number) => string;

function seriesOf(option: ChartOption): Record<string, unknown>[] {
  const s = option.series;
  return (Array.isArray(s) ? s : [s]) as Record<string, unknown>[];
}
/** the tooltip's formatter (the option types allow a list; the builder sets one object) */
function tooltipOf(option: ChartOption): Formatter {
  return (option.tooltip as unknown as { formatter: Formatter }).formatter;
}
function yAxes(option: ChartOption): Record<string, unknown>[] {
  const a = option.yAxis;
  return (Array.isArray(a) ? a : [a]) as Record<string, unknown>[];
}

const en = (n: number) => new Intl.NumberFormat('en-GB').format(n);

/*
 * An invented figure: 1,234 women, a male count of 7 withheld (a "next smallest" cell is
 * suppressed even above the threshold), 5 unknown. 7 is used for the withheld count because it
 * appears in no shown count, axis tick or text of the spec, so finding it anywhere is a leak.
 */
const WITHHELD = 7;
const spec = {
  title: 'Cases by gender',
  description: 'Cases by gender: bar chart; the table beside it holds every number',
  valueName: 'Cases',
  suppressedText: 'fewer than 3',
  formatNumber: en,
  rows: [
    { key: 'female', label: 'Female', value: 1234 },
    { key: 'male', label: 'Male', value: null },
    { key: 'unknown', label: 'Unknown', value: 5 },
  ],
};

describe('suppressedBarsOption', () => {
  const { option, height } = suppressedBarsOption(spec);
  const bars = seriesOf(option)[0]!;
  const [names, words] = yAxes(option);
  const tooltip = tooltipOf(option);

  it('draws a bar for each shown count and none for a suppressed row, in the input order', () => {
    expect(seriesOf(option)).toHaveLength(1);
    expect(names!.data).toEqual(['Female', 'Male', 'Unknown']);
    expect(bars.data).toEqual([1234, '-', 5]);
  });

  it('writes the suppressed row’s words where its bar would start, and nothing for the others', () => {
    const label = (words!.axisLabel as { formatter: Formatter; inside: boolean }).formatter;
    expect((words!.axisLabel as { inside: boolean }).inside).toBe(true);
    expect([0, 1, 2].map((i) => label('', i))).toEqual(['', 'fewer than 3', '']);
  });

  it('answers a row’s tooltip in words when suppressed, with the number when shown', () => {
    expect(tooltip([{ dataIndex: 0 }])).toBe('Female: 1,234');
    expect(tooltip([{ dataIndex: 1 }])).toBe('Male: fewer than 3');
    expect(tooltip([{ dataIndex: 2 }])).toBe('Unknown: 5');
  });

  it('carries the description into ECharts’ aria and grows with the rows', () => {
    expect(option.aria).toMatchObject({ enabled: true, label: { description: spec.description } });
    const more = suppressedBarsOption({ ...spec, rows: [...spec.rows, ...spec.rows] });
    expect(more.height).toBeGreaterThan(height);
  });

  it('escapes a tooltip: a label is data, never markup', () => {
    const { option: o } = suppressedBarsOption({
      ...spec,
      rows: [{ key: 'x', label: '<img src=x onerror=alert(1)>', value: null }],
    });
    const tip = tooltipOf(o)([{ dataIndex: 0 }]);
    expect(tip).not.toContain('<img');
    expect(tip).toContain('&lt;img');
  });

  it('the drawn SVG has one bar fewer than rows and no trace of a withheld number', () => {
    // the same chart with the withheld count drawn, to show the check below can fail
    const drawn = suppressedBarsOption({
      ...spec,
      rows: spec.rows.map((r) => (r.value === null ? { ...r, value: WITHHELD } : r)),
    });
    const render = (o: ChartOption) =>
      renderChartSvg(o, { width: 480, height, title: spec.title, description: spec.description });
    const texts = (svg: string) =>
      [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]);
    const barPaths = (svg: string) => svg.match(/<path [^>]*fill="#0072B2"/g)?.length ?? 0;
    const safe = render(option);
    const leaky = render(drawn.option);
    expect(barPaths(safe)).toBe(2);
    expect(barPaths(leaky)).toBe(3);
    expect(texts(safe)).toContain('fewer than 3');
    expect(texts(safe)).not.toContain(String(WITHHELD));
    expect(texts(leaky)).toContain(String(WITHHELD));
  });

  it('keeps an axis when every row is suppressed', () => {
    const { option: o } = suppressedBarsOption({
      ...spec,
      rows: spec.rows.map((r) => ({ ...r, value: null })),
    });
    expect(seriesOf(o)[0]!.data).toEqual(['-', '-', '-']);
    const max = (o.xAxis as { max: (e: { max: number }) => number }).max;
    expect(max({ max: Number.NEGATIVE_INFINITY })).toBe(1);
  });
});
