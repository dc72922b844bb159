import { echarts } from './register';
import type { ChartOption } from './option';

export interface SvgChartOptions {
  width: number;
  height: number;
  /** the accessible name: the SVG's <title> */
  title: string;
  /** what the chart shows, in a sentence or two: the SVG's <desc> */
  description: string;
}

/** 32-bit FNV-1a as 8 hex digits: a stable, dependency-free fingerprint (not for security). */
function fnv1a(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}

function escapeXml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

/**
 * zrender names the CSS classes and defs of each SVG after a process-wide instance counter and
 * a per-instance counter (`zr3-cls-7`, `zr3-g0`, `zr3-c0`), so the same chart drawn twice differs.
 * They are renamed in order of first appearance, under a prefix taken from the chart's own
 * content: the same chart gives the same bytes, and two different charts inlined in one HTML page
 * never share a class or id.
 */
const ZR_ID = /\bzr\d+-([A-Za-z]+)-?\d+\b/g;

export function normaliseSvgIds(svg: string): string {
  const prefix = `gp${fnv1a(svg.replace(ZR_ID, 'zr-$1'))}`;
  const names = new Map<string, string>();
  return svg.replace(ZR_ID, (id, kind: string) => {
    let name = names.get(id);
    if (!name) {
      name = `${prefix}-${kind}-${names.size}`;
      names.set(id, name);
    }
    return name;
  });
}

/**
 * Draws an ECharts option as a static, self-contained SVG string (server-side, no DOM), for the
 * report's HTML and PDF. Animation is off and ids are normalised, so the output is byte-identical
 * for the same input. The SVG is an image with a <title> and a <desc> (ECharts' SSR output has no
 * accessible name of its own), referenced by aria-labelledby / aria-describedby.
 */
export function renderChartSvg(option: ChartOption, opts: SvgChartOptions): string {
  const chart = echarts.init(null, null, {
    renderer: 'svg',
    ssr: true,
    width: opts.width,
    height: opts.height,
  });
  let svg: string;
  try {
    chart.setOption({
      ...option,
      animation: false,
      aria: { enabled: true, label: { enabled: true, description: opts.description } },
    });
    svg = chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
  svg = normaliseSvgIds(svg);
  const id = `gp${fnv1a(`${opts.title}\n${opts.description}\n${svg}`)}`;
  const open = svg.indexOf('>', svg.indexOf('<svg'));
  if (open < 0) throw new Error('renderChartSvg: ECharts returned no <svg> element');
  const head = svg.slice(0, open);
  const a11y =
    ` role="img" aria-labelledby="${id}-title" aria-describedby="${id}-desc">` +
    `<title id="${id}-title">${escapeXml(opts.title)}</title>` +
    `<desc id="${id}-desc">${escapeXml(opts.description)}</desc>`;
  return head + a11y + svg.slice(open + 1);
}
