import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPRISAL_CASE_FIELDS, type ReprisalCase } from '../../domain/reprisals.js';
import { exportCasesCsv, parseCasesCsv } from './registry-csv.js';
import { diffRegistry } from './registry-diff.js';
import { parseSgReprisalsReport } from './sg-report.js';

const report = readFileSync(
  path.join(import.meta.dirname, 'fixtures', 'sg-report-annexes.txt'),
  'utf8',
);
const cases: ReprisalCase[] = parseSgReprisalsReport('r.txt', report).value.drafts.map(
  (d) => d.case,
);

describe('registry CSV round trip', () => {
  it('parses its own export back to the same cases, field for field', () => {
    const tricky: ReprisalCase = {
      ...cases[0]!,
      notes: '=HYPERLINK("x") and a, comma\nand a line break',
      relatives: "'=already quoted",
      otherFields: { 'Odd label': ['a | b', '"quoted"'] },
    };
    const all = [tricky, ...cases.slice(1)];
    const csv = exportCasesCsv(all);
    // a formula is never left for a spreadsheet to run
    expect(csv).not.toMatch(/(^|,|")=HYPERLINK/m);
    const back = parseCasesCsv('edited.csv', csv);
    expect(back.problems).toEqual([]);
    expect(back.value.columns).toEqual(REPRISAL_CASE_FIELDS);
    expect(back.value.rows.map((r) => r.values)).toEqual(all);
    expect(diffRegistry(all, back.value)).toEqual({
      added: [],
      removed: [],
      changed: [],
      unchanged: 4,
    });
  });

  it('diffs an edited file per field before anything is applied', () => {
    const csv = exportCasesCsv(cases)
      .replace('2020-EGY-001,2020,EGY', '2020-EGY-002,2020,EGY') // renamed id: one added, one removed
      .replace(/,unknown,/, ',resolved,'); // status of the first case
    const edited = parseCasesCsv('edited.csv', csv);
    const diff = diffRegistry(cases, edited.value);
    expect(diff.added.map((a) => a.caseId)).toEqual(['2020-EGY-002']);
    expect(diff.removed).toEqual([{ caseId: '2020-EGY-001' }]);
    expect(diff.changed).toEqual([
      { caseId: '2020-CHN-001', line: 2, field: 'status', before: 'unknown', after: 'resolved' },
    ]);
    expect(diff.unchanged).toBe(2);
  });

  it('treats a column left out of the file as not edited, never as emptied', () => {
    const csv = exportCasesCsv(cases, ['caseId', 'pseudonym', 'status']);
    const edited = parseCasesCsv('public.csv', csv.replace('CHN 2020 case 002', 'Six trainees'));
    const diff = diffRegistry(cases, edited.value);
    expect(diff.changed).toEqual([
      {
        caseId: '2020-CHN-002',
        line: 3,
        field: 'pseudonym',
        before: 'CHN 2020 case 002',
        after: 'Six trainees',
      },
    ]);
  });

  it('lists cells that do not read, with line and field, and leaves those rows out', () => {
    const csv =
      'caseId,reportYear,minor,status,acts,colour\n2020-CHN-001,20x0,maybe,lost,[oops,red\n,2020,,,,\n';
    const r = parseCasesCsv('bad.csv', csv);
    expect(r.value.rows).toEqual([]);
    expect(r.problems.map((p) => [p.line, p.code, p.message.split(':')[0]])).toEqual([
      [1, 'unknown-column', 'column "colour" is no field of a case; ignored'],
      [2, 'bad-cell', 'reportYear'],
      [2, 'bad-cell', 'minor'],
      [2, 'bad-cell', 'status'],
      [2, 'bad-cell', 'acts'],
      [3, 'no-case-id', 'row without caseId; not read'],
    ]);
    expect(parseCasesCsv('x.csv', 'status\nresolved\n').problems[0]!.severity).toBe('fatal');
  });
});
