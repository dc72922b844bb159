/**
 * Parser speed that tests used to assert with wall-clock bounds (issue 8: on a busy machine those
 * failed a good submission). Each figure is printed beside a baseline measured in the same run;
 * the "bar" in the note is the bound the test used to assert, for the reader to compare.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { STATES, resolveState } from '../src/domain/reference/states.js';
import { readCsv } from '../src/sources/common/csv.js';
import { longDecisionTableCsv } from '../src/sources/common/fixtures/long-csv.js';
import { gunzipIfNeeded } from '../src/sources/common/gzip.js';
import { parseDecisionTable } from '../src/sources/ngo-committee/decision-tables.js';
import { parseNgoCommitteePressRelease } from '../src/sources/ngo-committee/press-release.js';
import { parseUprInfoExport } from '../src/sources/upr/upr-info-export.js';
import { sharedPath } from '../test/shared-data.js';
import { best, line } from './measure.js';

/** The least any line-based reader does with the text: split it into lines and cells. */
const splitBaseline = (text: string) => {
  let cells = 0;
  for (const l of text.split('\n')) cells += l.split(',').length;
  return cells;
};

async function benchReadCsv() {
  const text = longDecisionTableCsv(17_000);
  readCsv(text); // warm-up: the first call pays for compilation
  const baseline = await best(5, () => splitBaseline(text));
  const read = await best(5, () => readCsv(text).value.rows.length);
  line('readCsv, 17,000 rows', read.ms, baseline.ms, `${read.value} rows; bar: < 100 ms`);
}

async function benchDecisionTableParse(dir: string) {
  const texts = readdirSync(dir)
    .filter((f) => f.endsWith('.csv'))
    .sort()
    .map((f) => [f, readFileSync(path.join(dir, f), 'utf8')] as const);
  const all = texts.map(([, t]) => t).join('\n');
  const baseline = await best(5, () => splitBaseline(all));
  const cold = await best(1, () => texts.map(([f, t]) => parseDecisionTable(f, t)));
  const warm = await best(5, () => texts.map(([f, t]) => parseDecisionTable(f, t)));
  const records = warm.value.reduce(
    (n, { value: v }) =>
      n +
      v.decisions.length +
      v.nameChanges.length +
      v.mergers.length +
      v.rollCalls.reduce((m, r) => m + r.ballots.length, 0),
    0,
  );
  line(
    'parse NGO decision tables (warm)',
    warm.ms,
    baseline.ms,
    `${texts.length} files, ${records} records, cold ${cold.ms.toFixed(0)} ms; bar: < 300 ms`,
  );
}

async function benchUprExportParse(file: string) {
  const unpacked = gunzipIfNeeded(readFileSync(file));
  if ('error' in unpacked) throw new Error(unpacked.error);
  const text = new TextDecoder().decode(unpacked.bytes);
  const baseline = await best(3, () => splitBaseline(text));
  const parse = await best(3, () => parseUprInfoExport('export.csv', text).value.length);
  line('parse UPR Info export', parse.ms, baseline.ms, `${parse.value} rows; bar: < 2000 ms`);
}

async function benchResolveState() {
  const names = STATES.flatMap((s) => [s.nameEn, ...s.variants]);
  const plain = new Map(names.map((n) => [n, n]));
  const baseline = await best(5, () => {
    let found = 0;
    for (let i = 0; i < 300_000; i++) if (plain.get(names[i % names.length]!)) found++;
    return found;
  });
  const resolve = await best(5, () => {
    let found = 0;
    for (let i = 0; i < 300_000; i++) if (resolveState(names[i % names.length]!)) found++;
    return found;
  });
  line(
    'resolveState, 300,000 names',
    resolve.ms,
    baseline.ms,
    `${resolve.value} resolved; baseline: plain Map lookup; bar: < 1000 ms`,
  );
}

async function benchPathologicalPress() {
  // Lines built to make a backtracking regular expression explode (the test keeps the input and
  // checks the result; the time is measured here).
  const lines = [
    `Alpha (India) — as the representative of ${'Abc '.repeat(40_000)}asked`,
    'following organizations: '.repeat(10_000),
    `15 in favour (${'Abc, '.repeat(40_000)}`,
    `${'Abc Def '.repeat(40_000)}'s representative`,
    '(a) '.repeat(50_000),
  ];
  const text = `Committee on Non-Governmental Organizations\n${lines.join('\n')}`;
  const baseline = await best(3, () => splitBaseline(text));
  const parse = await best(3, () => parseNgoCommitteePressRelease(text).value.applications.length);
  line(
    'parse pathological press lines',
    parse.ms,
    baseline.ms,
    `${(text.length / 1e6).toFixed(1)} MB of worst-case lines; bar: < 3000 ms`,
  );
}

export async function benchParsers(): Promise<void> {
  await benchReadCsv();
  await benchResolveState();
  await benchPathologicalPress();
  const decisions = sharedPath('ecosoc-ngo-committee-decisions');
  const upr = sharedPath('upr-info-sessions-1-20', 'upr_info_recommendations_sessions_1-20.csv.gz');
  if (decisions && upr) {
    await benchDecisionTableParse(decisions);
    await benchUprExportParse(upr);
  } else {
    console.log(
      'parsers: skipped the real-data benchmarks: ../shared/data is not beside this clone',
    );
  }
}
