import { describe, expect, it } from 'vitest';
import type { ImportProgress } from './import-report.js';
import {
  emptyFileReason,
  gunzipOrReject,
  hasExtension,
  importInOrder,
  rejectedReport,
  skippedReport,
  storeFailedReport,
} from './import-runner.js';

describe('importInOrder', () => {
  it('imports in the order given and reports progress after each file', async () => {
    const seen: string[] = [];
    const progress: ImportProgress[] = [];
    const reports = await importInOrder(
      [{ file: 'b.csv' }, { file: 'a.txt' }],
      async ({ file }) => {
        seen.push(file);
        return file === 'a.txt'
          ? rejectedReport(file, [])
          : skippedReport(file, 'not for this importer');
      },
      (p) => progress.push(p),
    );
    expect(seen).toEqual(['b.csv', 'a.txt']);
    expect(reports.map((r) => r.status)).toEqual(['skipped', 'rejected']);
    expect(progress).toEqual([
      { done: 1, total: 2, file: 'b.csv', status: 'skipped' },
      { done: 2, total: 2, file: 'a.txt', status: 'rejected' },
    ]);
  });
});

describe('hasExtension', () => {
  it('matches double extensions on the base name, in any case', () => {
    expect(hasExtension('dir.csv/VOTES.CSV.GZ', ['.csv.gz'])).toBe(true);
    expect(hasExtension('dir.csv/notes.md', ['.csv', '.csv.gz'])).toBe(false);
  });
});

describe('reports', () => {
  it('leaves kind out rather than undefined, so JSON keeps its shape', () => {
    expect(Object.keys(skippedReport('f.txt', 'why'))).toEqual([
      'file',
      'status',
      'problems',
      'reason',
    ]);
    expect(Object.keys(rejectedReport('f.txt', [], 'press'))).toEqual([
      'file',
      'status',
      'kind',
      'problems',
    ]);
  });

  it('says why a store failed, as a fatal problem at line 0', () => {
    expect(storeFailedReport('f.txt', new Error('disk full'))).toEqual({
      file: 'f.txt',
      status: 'rejected',
      problems: [
        {
          file: 'f.txt',
          line: 0,
          code: 'store-failed',
          message: 'could not store the file: disk full',
          severity: 'fatal',
        },
      ],
    });
  });
});

describe('emptyFileReason', () => {
  it('refuses no bytes, and a byte-order mark or white space alone', () => {
    expect(emptyFileReason(new Uint8Array())).toMatch(/empty \(0 bytes\)/);
    expect(emptyFileReason(Buffer.from('\ufeff \r\n\t'))).toMatch(/only white space/);
    expect(emptyFileReason(Buffer.from('a'))).toBeUndefined();
  });
});

describe('gunzipOrReject', () => {
  it('rejects a .gz name on bytes that are not gzip, rather than reading them as text', () => {
    const r = gunzipOrReject('votes.csv.gz', Buffer.from('a,b\n1,2\n'));
    expect('report' in r && r.report.problems[0]).toMatchObject({
      code: 'bad-gzip',
      severity: 'fatal',
      message: expect.stringMatching(/not gzip/),
    });
    expect(gunzipOrReject('votes.csv', Buffer.from('a,b\n'))).toEqual({
      bytes: Buffer.from('a,b\n'),
    });
  });
});
