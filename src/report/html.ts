import { renderChart } from './chart.js';
import { REPORT_MESSAGES, type ReportMessages } from './i18n.js';
import { REPORT_CSS } from './style.js';
import type {
  ChartSpec,
  EvidenceRecord,
  Figure,
  LocalText,
  Report,
  ReportLang,
  ReportTable,
  Section,
} from './types.js';
import { num, pct } from './figure.js';

/*
 * The report as one self-contained HTML file: inline CSS, charts as inline SVG, no script and no
 * reference the browser would fetch (links to the UN's pages are plain anchors). Every figure gets
 * a numbered footnote with its records, the command that reproduces it and its previous value.
 * Output depends only on the report and the language: no clock, no random ids.
 */

export function esc(s: string): string {
  return s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** Where a record is in its document: "A/HRC/40/6 para. 28.14", "ECOSOC/6731, line 12, p. 3". */
export function locator(r: EvidenceRecord, t: ReportMessages): string {
  const parts: string[] = [];
  if (r.paragraph) parts.push(`${t.para} ${r.paragraph}`);
  if (r.line !== null && !r.paragraph) parts.push(`${t.line} ${r.line}`);
  if (r.page !== null) parts.push(`${t.page} ${r.page}`);
  return parts.join(', ');
}

function documentName(r: EvidenceRecord): string {
  return r.symbol ?? r.url ?? r.fileName ?? '?';
}

/** A figure's records grouped by document, in first-seen order: one line per document. */
function evidenceHtml(f: Figure, t: ReportMessages): string {
  const groups = new Map<string, { first: EvidenceRecord; places: string[] }>();
  for (const r of f.evidence.records) {
    const key = documentName(r);
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { first: r, places: [] }));
    const place = r.kind === 'reprisal-case' ? `${t.caseRef} ${r.id}` : '';
    const where = locator(r, t);
    g.places.push([place, where].filter(Boolean).join(' '));
  }
  const docs = [...groups.entries()].map(([name, g]) => {
    const label =
      g.first.url && !g.first.symbol ? `<a href="${esc(g.first.url)}">${esc(name)}</a>` : esc(name);
    const date = g.first.date ? ` (${esc(g.first.date)})` : '';
    const places = [...new Set(g.places.filter(Boolean))];
    return `${label}${date}${places.length ? `: ${esc(places.join('; '))}` : ''}`;
  });
  const count =
    f.evidence.records.length < f.evidence.count
      ? t.recordsListed(num(f.evidence.records.length), num(f.evidence.count))
      : t.records(num(f.evidence.count));
  return `<span class="ev-count">${esc(count)}</span>${docs.length ? `: ${docs.join(' · ')}` : ''}`;
}

export function formatValue(value: number | null, unit: Figure['unit']): string {
  if (value === null) return '–';
  return unit === 'share' ? pct(value) : num(value, Number.isInteger(value) ? 0 : 1);
}

function changeText(f: Figure, t: ReportMessages, lang: ReportLang): string {
  const p = f.previous;
  if (!p) return '';
  if (p.incomparable)
    return `${p.period[lang]}: ${formatValue(p.value, f.unit)} (${p.incomparable[lang]})`;
  if (p.value === null) return `${p.period[lang]}: ${t.notCompared}`;
  const d = p.change ?? 0;
  const sign = d > 0 ? '+' : d < 0 ? '−' : '±';
  const size =
    f.unit === 'share'
      ? `${(Math.abs(d) * 100).toFixed(1)} pt`
      : num(Math.abs(d), Number.isInteger(d) ? 0 : 1);
  return `${p.period[lang]}: ${formatValue(p.value, f.unit)} (${sign}${size})`;
}

interface Notes {
  next: number;
  items: string[];
}

function footnote(f: Figure, notes: Notes, t: ReportMessages, lang: ReportLang): string {
  const n = notes.next++;
  const change = changeText(f, t, lang);
  notes.items.push(
    `<li id="fn-${n}"><span class="fn-label">${esc(f.label[lang])}: <b>${esc(formatValue(f.value, f.unit))}</b>${change ? ` — ${t.previous} ${esc(change)}` : ''}</span><br>${t.sources}: ${evidenceHtml(f, t)}<br>${t.reproduce}: <code>${esc(f.command)} | jq '${esc(f.jq)}'</code> <a class="back" href="#ref-${n}">↩</a></li>`,
  );
  return `<sup class="fn-ref" id="ref-${n}"><a href="#fn-${n}">${n}</a></sup>`;
}

function text(v: string | number | LocalText, lang: ReportLang): string {
  return typeof v === 'object'
    ? v[lang]
    : typeof v === 'number'
      ? num(v, Number.isInteger(v) ? 0 : 1)
      : v;
}

function tableHtml(table: ReportTable, lang: ReportLang): string {
  return `<table id="${esc(table.id)}"><caption>${esc(table.title[lang])}</caption><thead><tr>${table.columns.map((c) => `<th>${esc(c[lang])}</th>`).join('')}</tr></thead><tbody>${table.rows.map((r) => `<tr>${r.map((c) => `<td>${esc(text(c, lang))}</td>`).join('')}</tr>`).join('')}</tbody></table>`;
}

function chartHtml(chart: ChartSpec, t: ReportMessages, lang: ReportLang): string {
  const data: ReportTable = {
    id: `${chart.id}-data`,
    title: { en: t.chartData, zh: t.chartData },
    columns: [{ en: '', zh: '' }, ...chart.series.map((s) => s.name)],
    rows: chart.categories.map((c, i) => [
      c,
      ...chart.series.map((s) => formatValue(s.values[i] ?? null, chart.unit)),
    ]),
  };
  return `<figure class="chart" id="${esc(chart.id)}"><figcaption>${esc(chart.title[lang])}</figcaption>${renderChart(chart, lang)}${tableHtml(data, lang).replace('<table', '<table class="chart-data"')}</figure>`;
}

function sectionHtml(s: Section, notes: Notes, t: ReportMessages, lang: ReportLang): string {
  const start = notes.items.length;
  const parts: string[] = [`<section id="${esc(s.id)}"><h2>${esc(s.title[lang])}</h2>`];
  if (s.status === 'no-data')
    parts.push(`<p class="no-data"><b>${t.noData}.</b> ${esc(s.noData?.[lang] ?? '')}</p>`);
  if (s.intro) parts.push(`<p class="intro">${esc(s.intro[lang])}</p>`);
  if (s.figures.length)
    parts.push(
      `<ul class="figures">${s.figures.map((f) => `<li data-figure="${esc(f.id)}">${esc(f.text[lang])}${footnote(f, notes, t, lang)}</li>`).join('')}</ul>`,
    );
  for (const c of s.charts) parts.push(chartHtml(c, t, lang));
  for (const tb of s.tables) parts.push(tableHtml(tb, lang));
  const mine = notes.items.slice(start);
  if (mine.length) parts.push(`<ol class="footnotes" start="${start + 1}">${mine.join('')}</ol>`);
  parts.push('</section>');
  return parts.join('\n');
}

function changesHtml(report: Report, t: ReportMessages, lang: ReportLang): string {
  const { biggest, newRecords } = report.changes;
  const rows = biggest.map((c) => {
    const f = report.sections.flatMap((s) => s.figures).find((x) => x.id === c.figureId)!;
    return `<tr><td><a href="#${esc(c.sectionId)}">${esc(c.label[lang])}</a></td><td>${esc(formatValue(c.value, c.unit))}</td><td>${esc(changeText(f, t, lang))}</td></tr>`;
  });
  return [
    `<section id="changes"><h2>${t.changesTitle}</h2><p>${esc(t.changesIntro(report.year))}</p>`,
    rows.length
      ? `<table><thead><tr><th>${t.figure}</th><th>${t.value}</th><th>${t.previous}</th></tr></thead><tbody>${rows.join('')}</tbody></table>`
      : `<p>${t.noChanges}</p>`,
    `<h3>${t.newRecordsTitle}</h3>`,
    newRecords.length
      ? `<ul class="new-records">${newRecords.map((r) => `<li>${esc(r.text[lang])}${r.evidence.length ? ` <span class="ev">[${esc(r.evidence.map((e) => [documentName(e), locator(e, t)].filter(Boolean).join(' ')).join('; '))}]</span>` : ''}</li>`).join('')}</ul>`
      : `<p>${t.noNewRecords}</p>`,
    '</section>',
  ].join('\n');
}

function methodHtml(report: Report, t: ReportMessages, lang: ReportLang): string {
  const v = report.datasetVersion;
  const cited = new Map<string, EvidenceRecord>();
  for (const s of report.sections)
    for (const f of s.figures)
      for (const r of f.evidence.records)
        if (!cited.has(documentName(r))) cited.set(documentName(r), r);
  const docs = [...cited.entries()].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  return [
    `<section id="method"><h2>${t.methodTitle}</h2><p>${esc(t.methodIntro)}</p>`,
    `<p>${t.datasetVersion}: <code>${esc(v.hash)}</code> (${esc(t.documents(num(v.documents)))})</p>`,
    `<table><caption>${t.methodDocumentsByKind}</caption><thead><tr><th>${t.kind}</th><th>${t.count}</th></tr></thead><tbody>${v.byKind.map((k) => `<tr><td>${esc(k.kind)}</td><td>${num(k.documents)}</td></tr>`).join('')}</tbody></table>`,
    ...report.sections
      .filter((s) => s.method.length)
      .map(
        (s) =>
          `<h3>${esc(s.title[lang])}</h3><ul>${s.method.map((m) => `<li>${esc(m[lang])}</li>`).join('')}</ul>`,
      ),
    `<h3>${t.sources}</h3><ul class="documents">${docs.map(([name, r]) => `<li>${r.url ? `<a href="${esc(r.url)}">${esc(name)}</a>` : esc(name)}${r.date ? ` (${esc(r.date)})` : ''}${r.fileName && r.fileName !== name ? ` — ${esc(r.fileName)}` : ''}</li>`).join('')}</ul>`,
    '</section>',
  ].join('\n');
}

/** The report as a self-contained HTML document in one language. */
export function renderReportHtml(report: Report, lang: ReportLang): string {
  const t = REPORT_MESSAGES[lang];
  const notes: Notes = { next: 1, items: [] };
  const sections = report.sections.map((s) => sectionHtml(s, notes, t, lang));
  const toc = [
    ['changes', t.changesTitle],
    ...report.sections.map((s) => [s.id, s.title[lang]]),
    ['method', t.methodTitle],
  ];
  return [
    '<!doctype html>',
    `<html lang="${lang === 'zh' ? 'zh-Hans' : 'en'}">`,
    `<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${esc(report.title[lang])}</title><style>${REPORT_CSS}</style></head>`,
    '<body>',
    `<header><h1>${esc(report.title[lang])}</h1><p class="subtitle">${t.subtitle}</p><p class="meta">${report.edition === 'state' ? t.editionState : t.editionMechanism} · ${t.year} ${report.year} · ${t.datasetVersion} <code>${esc(report.datasetVersion.hash.slice(0, 12))}</code></p></header>`,
    `<nav class="toc"><h2>${t.contents}</h2><ol>${toc.map(([id, title]) => `<li><a href="#${esc(id!)}">${esc(title!)}</a></li>`).join('')}</ol></nav>`,
    '<main>',
    changesHtml(report, t, lang),
    ...sections,
    methodHtml(report, t, lang),
    '</main>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
