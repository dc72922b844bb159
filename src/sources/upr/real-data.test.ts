import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SHARED_DATA_SKIP_REASON, sharedPath } from '../../../test/shared-data.js';
import { gunzipIfNeeded } from '../common/gzip.js';
import { detectUprFile } from './detect.js';
import { parseUnMatrixCsv } from './un-matrix-csv.js';
import { parseUprInfoExport } from './upr-info-export.js';

// Expected counts were checked against the files with a one-off Python csv count, not taken from
// this parser (see the folders' PROVENANCE.md, which states the same figures).
const exportPath = sharedPath(
  'upr-info-sessions-1-20',
  'upr_info_recommendations_sessions_1-20.csv.gz',
);
const pledgesPath = sharedPath(
  'upr-info-sessions-1-20',
  'upr_info_voluntary_pledges_sessions_1-20.csv',
);
const matrixPath = sharedPath(
  'upr-china-matrices',
  'china_upr_recommendations_cycle2_2013_cycle3_2018.csv',
);

const count = <T>(xs: readonly T[], f: (x: T) => boolean) => xs.filter(f).length;

describe.skipIf(!exportPath)(
  `UPR Info export, sessions 1–20 (${SHARED_DATA_SKIP_REASON} when absent)`,
  () => {
    const bytes = readFileSync(exportPath!);
    const unpacked = gunzipIfNeeded(bytes);
    const text = 'bytes' in unpacked ? new TextDecoder().decode(unpacked.bytes) : '';

    // its speed: `npm run bench` (bench/parsers.ts), never asserted in a test (issue 8)
    it('reads all 41,066 rows with the published response counts', () => {
      const { value, problems } = parseUprInfoExport('export.csv', text);
      expect(value).toHaveLength(41066);
      expect(problems).toEqual([]);
      expect(count(value, (r) => r.response === 'supported')).toBe(30472);
      expect(count(value, (r) => r.response === 'noted')).toBe(10594);
      expect(count(value, (r) => r.cycle === 1)).toBe(21356);
      expect(new Set(value.map((r) => r.sourceKey)).size).toBe(41066);
      const china4 = value.filter((r) => r.sur === 'CHN' && r.session === 4);
      expect([
        china4.length,
        count(china4, (r) => r.response === 'supported'),
        count(china4, (r) => r.response === 'noted'),
      ]).toEqual([138, 55, 83]);
      const china17 = value.filter((r) => r.sur === 'CHN' && r.session === 17);
      expect([
        china17.length,
        count(china17, (r) => r.response === 'supported'),
        count(china17, (r) => r.response === 'noted'),
      ]).toEqual([284, 207, 77]);
    });
    it('is detected as an export, and the pledges file as pledges', () => {
      expect(detectUprFile('export.csv.gz', bytes)).toBe('upr-info-export');
      expect(detectUprFile('pledges.csv', readFileSync(pledgesPath!))).toBe('upr-info-pledges');
      expect(
        parseUprInfoExport('pledges.csv', readFileSync(pledgesPath!, 'utf8')).problems.map(
          (p) => p.code,
        ),
      ).toEqual(['voluntary-pledges']);
    });
  },
);

describe.skipIf(!matrixPath)(
  `China matrices 2013 and 2018 (${SHARED_DATA_SKIP_REASON} when absent)`,
  () => {
    it('reads 598 paragraphs: 2018 346 (284/62), 2013 252 (204/48)', () => {
      const { value, problems } = parseUnMatrixCsv(
        'matrices.csv',
        readFileSync(matrixPath!, 'utf8'),
      );
      expect(problems).toEqual([]);
      expect(value).toHaveLength(598);
      const c3 = value.filter((r) => r.cycle === 3);
      const c2 = value.filter((r) => r.cycle === 2);
      expect([
        c3.length,
        count(c3, (r) => r.response === 'supported'),
        count(c3, (r) => r.response === 'noted'),
      ]).toEqual([346, 284, 62]);
      expect([
        c2.length,
        count(c2, (r) => r.response === 'supported'),
        count(c2, (r) => r.response === 'noted'),
      ]).toEqual([252, 204, 48]);
      // every printed recommending state resolved
      expect(value.every((r) => r.from.length === r.fromAsPrinted.length)).toBe(true);
    });
  },
);
