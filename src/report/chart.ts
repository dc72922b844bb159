import type { ChartSpec, ReportLang } from './types.js';

/*
 * The report's one door to the chart library: every chart goes through `renderChart`. Until the
 * shared ECharts renderer (src/charts/) lands, this draws a plain bar chart itself; swapping it is
 * a change to this file only.
 */

const esc = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** A static SVG of the chart (no script, no external reference), deterministic for its input. */
export function renderChart(spec: ChartSpec, lang: ReportLang): string {
  const width = 640;
  const height = 240;
  const pad = { top: 24, right: 12, bottom: 40, left: 48 };
  const values = spec.series.flatMap((s) => s.values).filter((v): v is number => v !== null);
  const max = Math.max(1, ...values);
  const plotW = width - pad.left - pad.right;
  const plotH = height - pad.top - pad.bottom;
  const n = Math.max(1, spec.categories.length);
  const groupW = plotW / n;
  const barW = Math.max(2, (groupW * 0.8) / Math.max(1, spec.series.length));
  const colours = ['#1f5f8b', '#c0504d', '#6a8f3a', '#8064a2'];
  const y = (v: number) => pad.top + plotH - (v / max) * plotH;
  const bars: string[] = [];
  spec.series.forEach((s, si) =>
    s.values.forEach((v, ci) => {
      if (v === null) return;
      const x = pad.left + ci * groupW + groupW * 0.1 + si * barW;
      bars.push(
        `<rect x="${x.toFixed(1)}" y="${y(v).toFixed(1)}" width="${barW.toFixed(1)}" height="${(pad.top + plotH - y(v)).toFixed(1)}" fill="${colours[si % colours.length]}"><title>${esc(`${s.name[lang]} ${spec.categories[ci]}: ${v}`)}</title></rect>`,
      );
    }),
  );
  const step = Math.ceil(n / 16);
  const labels = spec.categories
    .map((c, i) =>
      i % step === 0
        ? `<text x="${(pad.left + i * groupW + groupW / 2).toFixed(1)}" y="${height - pad.bottom + 14}" text-anchor="middle" font-size="10">${esc(c)}</text>`
        : '',
    )
    .join('');
  const axis = `<line x1="${pad.left}" y1="${pad.top + plotH}" x2="${width - pad.right}" y2="${pad.top + plotH}" stroke="#555"/><text x="${pad.left - 6}" y="${pad.top + 4}" text-anchor="end" font-size="10">${esc(String(max))}</text><text x="${pad.left - 6}" y="${pad.top + plotH}" text-anchor="end" font-size="10">0</text>`;
  const legend = spec.series
    .map(
      (s, i) =>
        `<rect x="${pad.left + i * 160}" y="${height - 16}" width="10" height="10" fill="${colours[i % colours.length]}"/><text x="${pad.left + i * 160 + 14}" y="${height - 7}" font-size="10">${esc(s.name[lang])}</text>`,
    )
    .join('');
  return `<svg viewBox="0 0 ${width} ${height}" width="100%" role="img" aria-label="${esc(spec.title[lang])}"><title>${esc(spec.title[lang])}</title>${axis}${bars.join('')}${labels}${legend}</svg>`;
}
