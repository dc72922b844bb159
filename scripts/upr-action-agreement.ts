/**
 * Agreement of our UPR classification rules with UPR Info's human labels, written to
 * docs/upr-classification.md (between the AGREEMENT markers; the prose around them is kept):
 * - action category: exact-match share, Cohen's kappa and the confusion matrix, separately on
 *   sessions 1–12 (where the rules were written) and 13–20 (held out: never used to tune);
 * - themes: per-issue precision and recall against the export's issue tags on sessions 13–20;
 * - speed of classifying every row; narrative flags found in the China matrices, with examples.
 *
 *   npx tsx scripts/upr-action-agreement.ts
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import * as prettier from 'prettier';
import type { UprRecommendation } from '../src/domain/upr.js';
import { gunzipIfNeeded } from '../src/sources/common/gzip.js';
import {
  classifyAction,
  classifyRecommendation,
  THEME_VOCABULARY,
} from '../src/sources/upr/classify/index.js';
import { parseUnMatrixCsv } from '../src/sources/upr/un-matrix-csv.js';
import { parseUprInfoExport } from '../src/sources/upr/upr-info-export.js';
import { repoRoot, SHARED_DATA_SKIP_REASON, sharedPath } from '../test/shared-data.js';

const OUTPUT = path.join(repoRoot, 'docs', 'upr-classification.md');
const BEGIN = '<!-- AGREEMENT:BEGIN (written by scripts/upr-action-agreement.ts) -->';
const END = '<!-- AGREEMENT:END -->';

export interface Agreement {
  n: number;
  exact: number;
  kappa: number;
  /** confusion[human - 1][ours - 1] */
  confusion: number[][];
}

export function agreement(pairs: ReadonlyArray<readonly [number, number]>): Agreement {
  const confusion = Array.from({ length: 5 }, () => Array<number>(5).fill(0));
  for (const [human, ours] of pairs) confusion[human - 1]![ours - 1]!++;
  const n = pairs.length;
  const agree = confusion.reduce((s, row, i) => s + row[i]!, 0);
  let chance = 0;
  for (let k = 0; k < 5; k++) {
    const rowSum = confusion[k]!.reduce((a, b) => a + b, 0);
    const colSum = confusion.reduce((a, row) => a + row[k]!, 0);
    chance += (rowSum / n) * (colSum / n);
  }
  const po = n === 0 ? 0 : agree / n;
  return { n, exact: po, kappa: chance === 1 ? 0 : (po - chance) / (1 - chance), confusion };
}

function pct(x: number): string {
  return `${(100 * x).toFixed(1)} %`;
}

function agreementSection(title: string, a: Agreement): string {
  const rows = a.confusion.map(
    (row, i) => `| **${i + 1}** | ${row.join(' | ')} | ${row.reduce((s, v) => s + v, 0)} |`,
  );
  return [
    `### ${title}`,
    '',
    `${a.n.toLocaleString('en')} recommendations · exact match **${pct(a.exact)}** · Cohen's kappa **${a.kappa.toFixed(3)}**`,
    '',
    '| human ↓ / ours → | 1 | 2 | 3 | 4 | 5 | total |',
    '|---|---|---|---|---|---|---|',
    ...rows,
    '',
  ].join('\n');
}

function main(): void {
  const exportPath = sharedPath(
    'upr-info-sessions-1-20',
    'upr_info_recommendations_sessions_1-20.csv.gz',
  );
  const matrixPath = sharedPath(
    'upr-china-matrices',
    'china_upr_recommendations_cycle2_2013_cycle3_2018.csv',
  );
  if (exportPath === undefined || matrixPath === undefined) {
    console.error(SHARED_DATA_SKIP_REASON);
    process.exitCode = 1;
    return;
  }
  const unpacked = gunzipIfNeeded(readFileSync(exportPath));
  if ('error' in unpacked) throw new Error(unpacked.error);
  const text = new TextDecoder().decode(unpacked.bytes);
  const parseStart = performance.now();
  const recs = parseUprInfoExport('upr_info_recommendations_sessions_1-20.csv', text).value;
  const parseMs = performance.now() - parseStart;

  // Timing: three passes, the best, so a cold JIT does not count against the rules.
  let classifyMs = Infinity;
  for (let pass = 0; pass < 3; pass++) {
    const t0 = performance.now();
    for (const r of recs) classifyRecommendation(r);
    classifyMs = Math.min(classifyMs, performance.now() - t0);
  }

  const block = (lo: number, hi: number): UprRecommendation[] =>
    recs.filter(
      (r) => r.session !== null && r.session >= lo && r.session <= hi && r.sourceAction !== null,
    );
  const train = block(1, 12);
  const held = block(13, 20);
  const pairs = (rs: UprRecommendation[]) =>
    rs.map((r) => [r.sourceAction!, classifyAction(r.text).category] as const);
  const trainAgreement = agreement(pairs(train));
  const heldAgreement = agreement(pairs(held));

  const themeRows: string[] = [];
  let tpAll = 0;
  let fpAll = 0;
  let fnAll = 0;
  const predicted = held.map((r) => new Set(classifyRecommendation(r).themes.map((t) => t.theme)));
  for (const theme of THEME_VOCABULARY) {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    held.forEach((r, i) => {
      const gold = r.sourceIssues.includes(theme);
      const ours = predicted[i]!.has(theme);
      if (gold && ours) tp++;
      else if (ours) fp++;
      else if (gold) fn++;
    });
    tpAll += tp;
    fpAll += fp;
    fnAll += fn;
    const precision = tp + fp === 0 ? 0 : tp / (tp + fp);
    const recall = tp + fn === 0 ? 0 : tp / (tp + fn);
    themeRows.push(`| ${theme} | ${tp + fn} | ${tp + fp} | ${pct(precision)} | ${pct(recall)} |`);
  }

  const matrix = parseUnMatrixCsv(
    'china_upr_recommendations_cycle2_2013_cycle3_2018.csv',
    readFileSync(matrixPath, 'utf8'),
  ).value;
  const flagged = matrix.flatMap((r) => {
    const c = classifyRecommendation(r);
    return c.narrative === null ? [] : [{ r, c }];
  });
  const byRule = new Map<string, typeof flagged>();
  for (const f of flagged)
    byRule.set(f.c.narrative!.ruleId, [...(byRule.get(f.c.narrative!.ruleId) ?? []), f]);
  const narrativeRows = [...byRule]
    .sort((a, b) => b[1].length - a[1].length)
    .map(([rule, fs]) => {
      const ex = fs[0]!;
      const supported = fs.filter((f) => f.r.response === 'supported').length;
      const excerpt = ex.r.text.length > 220 ? `${ex.r.text.slice(0, 219)}…` : ex.r.text;
      return `| \`${rule}\` | ${fs.length} | ${supported} | ${ex.r.paragraph} (${ex.r.reportSymbol}): “${excerpt.replace(/\|/g, '\\|')}” — matched “${ex.c.narrative!.matched}” |`;
    });
  const tones = new Map<string, number>();
  for (const r of matrix) {
    const t = `${classifyRecommendation(r).tone.tone}/${r.response}`;
    tones.set(t, (tones.get(t) ?? 0) + 1);
  }
  const repeated = recs.filter((r) => classifyRecommendation(r).saysRepeated).length;

  const generated = [
    BEGIN,
    '',
    '## Measured',
    '',
    `Source: UPR Info export, sessions 1–20 (${recs.length.toLocaleString('en')} rows). Parse ${parseMs.toFixed(0)} ms; classifying all rows (action, themes, tone, narrative, repeated) ${classifyMs.toFixed(0)} ms (best of 3, this machine).`,
    '',
    '## Action category against UPR Info human labels',
    '',
    agreementSection('Sessions 1–12 (rules written here)', trainAgreement),
    agreementSection('Sessions 13–20 (held out)', heldAgreement),
    '## Themes against the export issue tags, sessions 13–20',
    '',
    `Micro-averaged: precision ${pct(tpAll / (tpAll + fpAll))}, recall ${pct(tpAll / (tpAll + fnAll))}. "tagged" = rows the export tags with the issue; "ours" = rows our rules label.`,
    '',
    '| issue | tagged | ours | precision | recall |',
    '|---|---|---|---|---|',
    ...themeRows,
    '',
    '## Narrative flags in the China matrices (2013, 2018)',
    '',
    `${flagged.length} of ${matrix.length} paragraphs flagged. First example of each rule:`,
    '',
    '| rule | paragraphs | of which supported | example |',
    '|---|---|---|---|',
    ...narrativeRows,
    '',
    `Tone × response in the China matrices: ${[...tones]
      .sort()
      .map(([k, v]) => `${k} ${v}`)
      .join(', ')}.`,
    '',
    `Rows of the UPR Info export that say they repeat an earlier recommendation: ${repeated}.`,
    '',
    END,
  ].join('\n');

  let doc = readFileSync(OUTPUT, 'utf8');
  const from = doc.indexOf(BEGIN);
  const to = doc.indexOf(END);
  doc =
    from >= 0 && to > from
      ? doc.slice(0, from) + generated + doc.slice(to + END.length)
      : `${doc.trimEnd()}\n\n${generated}\n`;
  void prettier.format(doc, { parser: 'markdown' }).then((formatted) => {
    writeFileSync(OUTPUT, formatted);
    console.log(
      `sessions 1–12: ${pct(trainAgreement.exact)} κ ${trainAgreement.kappa.toFixed(3)}; 13–20: ${pct(heldAgreement.exact)} κ ${heldAgreement.kappa.toFixed(3)}; classify ${classifyMs.toFixed(0)} ms; wrote ${path.relative(repoRoot, OUTPUT)}`,
    );
  });
}

main();
