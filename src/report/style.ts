/**
 * The report's stylesheet, inlined into every HTML file (no external font or file: the report
 * opens offline). Chinese text falls back through the system's CJK fonts (Noto CJK in the PDF).
 */
export const REPORT_CSS = `
:root{--ink:#1b1b1b;--muted:#5a5a5a;--rule:#d0d0d0;--accent:#1f5f8b}
body{font-family:"Noto Serif","Noto Serif CJK SC","Source Han Serif SC",Georgia,serif;color:var(--ink);max-width:52rem;margin:2rem auto;padding:0 1rem;line-height:1.5}
h1{font-size:1.8rem;margin:0 0 .3rem}h2{font-size:1.35rem;border-bottom:1px solid var(--rule);padding-bottom:.2rem;margin-top:2.2rem}h3{font-size:1.05rem}
.subtitle,.meta{color:var(--muted);margin:.2rem 0}
code{font-family:"Noto Sans Mono",Menlo,Consolas,monospace;font-size:.85em;word-break:break-all}
a{color:var(--accent)}
.no-data{background:#f6f6f6;border-left:4px solid var(--rule);padding:.5rem .8rem}
ul.figures li{margin:.35rem 0}
sup.fn-ref{font-size:.7em;margin-left:.1em}
ol.footnotes{font-size:.8rem;color:var(--muted);border-top:1px solid var(--rule);padding-top:.5rem}
ol.footnotes li{margin:.4rem 0}
table{border-collapse:collapse;margin:.8rem 0;font-size:.9rem}
caption{text-align:left;font-weight:bold;padding:.3rem 0}
th,td{border-bottom:1px solid var(--rule);padding:.2rem .6rem;text-align:left;vertical-align:top}
figure.chart{margin:1rem 0}figure.chart figcaption{font-weight:bold}
table.chart-data{font-size:.8rem}
@media print{
  body{max-width:none;margin:0;font-size:10.5pt}
  nav.toc{page-break-after:always}
  section{page-break-before:always}
  section#changes{page-break-before:auto}
  a{color:inherit;text-decoration:none}
  a.back{display:none}
  figure.chart,table{page-break-inside:avoid}
  @page{size:A4;margin:18mm 16mm}
}
`;
