import { describe, expect, it } from 'vitest';
import { barByStateOption } from './bar-by-state';
import { heatmapOption } from './heatmap';
import { renderChartSvg } from './render-svg';
import { stackedByYearOption } from './stacked-by-year';

const en = (n: number) => new Intl.NumberFormat('en-GB').format(n);
const rows = [
  { key: 'CHN', label: 'China', value: 1747 },
  { key: 'RUS', label: 'Russian Federation', value: 402 },
  { key: 'CUB', label: '古巴', value: 120 },
];
const bar = barByStateOption({
  title: 'Questions by state',
  description: 'China asked 1,747 questions',
  valueName: 'Questions',
  formatNumber: en,
  rows,
});
const size = { width: 640, height: bar.height };
const draw = () =>
  renderChartSvg(bar.option, {
    ...size,
    title: 'Questions by state & year',
    description: 'China asked 1,747 questions, more than any other state <all years>',
  });

/**
 * The bars ECharts drew (`ecmeta_ssr_type="chart"` paths), each as its horizontal extent: the
 * spread of the x of its absolute M and L points (the rounded corners are arcs between them).
 */
function barWidths(svg: string): number[] {
  return [...svg.matchAll(/<path d="([^"]*)"[^>]*ecmeta_ssr_type="chart"/g)].map((m) => {
    const xs = [...m[1]!.matchAll(/[ML]([\d.-]+) /g)].map((p) => Number(p[1]));
    return Math.max(...xs) - Math.min(...xs);
  });
}

describe('renderChartSvg', () => {
  it('is byte-identical across calls in one process, with other charts drawn in between', () => {
    const first = draw();
    const other = stackedByYearOption({
      title: '',
      description: '',
      valueName: '',
      years: [2020, 2021],
      series: [{ key: 'CHN', name: 'China', values: [1, 2] }],
    });
    renderChartSvg(other.option, { width: 300, height: 200, title: 'x', description: 'y' });
    expect(draw()).toBe(first);
    // zrender's per-instance counters are gone (they are what differed between two draws)
    expect(first).not.toMatch(/\bzr\d+-/);
  });

  it('gives two different charts different class and id prefixes (one HTML page holds both)', () => {
    const heat = heatmapOption({
      title: '',
      description: '',
      columns: ['2020'],
      rows: [{ key: 'SYR', label: 'Syria' }],
      cells: [{ column: 0, row: 0, value: 0.5, label: '2', tooltip: '' }],
      lowLabel: 'no',
      highLabel: 'yes',
    });
    const other = renderChartSvg(heat.option, {
      width: 400,
      height: 200,
      title: 'h',
      description: 'd',
    });
    const prefixes = (svg: string) =>
      new Set([...svg.matchAll(/\b(gp[0-9a-f]{8})-/g)].map((m) => m[1]));
    const shared = [...prefixes(draw())].filter((p) => prefixes(other).has(p));
    expect(shared).toEqual([]);
  });

  it('is an accessible image: role, <title> and <desc> (escaped), referenced by id', () => {
    const svg = draw();
    const open = svg.slice(0, svg.indexOf('>') + 1);
    expect(open).toContain('role="img"');
    const title = /<title id="([^"]+)">([^<]*)<\/title>/.exec(svg);
    const desc = /<desc id="([^"]+)">([^<]*)<\/desc>/.exec(svg);
    expect(title?.[2]).toBe('Questions by state &amp; year');
    expect(desc?.[2]).toBe(
      'China asked 1,747 questions, more than any other state &lt;all years&gt;',
    );
    expect(open).toContain(`aria-labelledby="${title?.[1]}"`);
    expect(open).toContain(`aria-describedby="${desc?.[1]}"`);
  });

  it('draws the input: every label and formatted value, bars as long as their values', () => {
    const svg = draw();
    for (const r of rows) {
      expect(svg).toContain(`>${r.label}<`);
      expect(svg).toContain(`>${en(r.value)}<`);
    }
    const widths = barWidths(svg);
    expect(widths).toHaveLength(rows.length);
    // same scale for every bar: width / value is one constant
    const ratios = widths.map((w, i) => w / rows[i]!.value);
    for (const r of ratios) expect(Math.abs(r - ratios[0]!) / ratios[0]!).toBeLessThan(0.05);
    expect(svg.startsWith('<svg')).toBe(true);
    expect(svg).toContain(`width="${size.width}" height="${size.height}"`);
  });
});
