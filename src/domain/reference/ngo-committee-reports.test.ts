import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SHARED_DATA_SKIP_REASON, sharedPath } from '../../../test/shared-data.js';
import { NGO_SESSION_REPORTS, ngoSessionReport } from './ngo-committee-reports.js';
import { skipName } from '../../../test/skip.js';

const DATASET = sharedPath('ecosoc-ngo-committee-decisions');
if (!DATASET) console.warn(`session → report table against the dataset ${SHARED_DATA_SKIP_REASON}`);

/** The dates of the compiled tables, read with a plain regex, not the project's CSV parser. */
function datasetDates(dir: string): Set<string> {
  const dates = new Set<string>();
  for (const f of readdirSync(dir).filter((n) => n.endsWith('.csv'))) {
    for (const m of readFileSync(path.join(dir, f), 'utf8').matchAll(/,(\d{4}-\d{2}-\d{2})\b/g))
      dates.add(m[1]!);
  }
  return dates;
}

/** Dates whose report is not identified: a gap must be listed here to pass, so none is silent. */
const KNOWN_GAPS = [
  '1998-06-19',
  '2000-03-28',
  '2000-07-13',
  '2000-10-04',
  '2001-06-15',
  '2003-08-28',
  '2004-01-16',
  '2021-06-08',
  '2023-02-14',
  '2023-06-05',
  '2023-09-16',
];

describe('NGO_SESSION_REPORTS', () => {
  it('gives well-formed symbols whose year fits the session', () => {
    for (const [date, r] of Object.entries(NGO_SESSION_REPORTS)) {
      const year = Number(date.slice(0, 4));
      if (r.symbol) {
        const m = /^E\/(\d{4})\/32 \(Part (I|II)\)$/.exec(r.symbol);
        expect(m, `${date}: ${r.symbol}`).not.toBeNull();
        // a September report of the July–July ECOSOC session belongs to the next year's series
        const late = date.slice(5, 7) >= '08' && year >= 2021;
        expect(Number(m![1]), date).toBe(late ? year + 1 : year);
        expect(r.basis, date).not.toBe('not-identified');
      }
      if (r.committeeSymbol)
        expect(r.committeeSymbol, date).toMatch(
          new RegExp(`^E/C\\.2/${year}/(CRP\\.\\d+/Rev\\.1|L\\.\\d+)$`),
        );
      if (r.basis === 'seen') expect(r.seenIn, date).toBeTruthy();
      expect(r.session, date).toMatch(/\d{4}/);
    }
  });

  it('has no report symbol only for the dates listed as gaps', () => {
    const gaps = Object.entries(NGO_SESSION_REPORTS)
      .filter(([, r]) => r.symbol === null)
      .map(([d]) => d);
    expect(gaps).toEqual(KNOWN_GAPS);
  });

  it('cites the reports read in the UN texts corpus', () => {
    expect(ngoSessionReport('2012-06-08')!.symbol).toBe('E/2012/32 (Part II)');
    expect(ngoSessionReport('2018-06-11')!.symbol).toBe('E/2018/32 (Part II)');
    expect(ngoSessionReport('2024-06-14')!.symbol).toBe('E/2024/32 (Part II)');
    expect(ngoSessionReport('2021-09-20')!.symbol).toBe('E/2022/32 (Part I)');
    expect(ngoSessionReport('1999-01-01')).toBeNull();
  });

  it.skipIf(!DATASET)(
    skipName(
      'has an entry for every date of the compiled decision tables',
      !DATASET && SHARED_DATA_SKIP_REASON,
    ),
    () => {
      const dates = [...datasetDates(DATASET!)].sort();
      expect(dates).toHaveLength(49); // PROVENANCE.md: 49 distinct dates
      expect(dates.filter((d) => !(d in NGO_SESSION_REPORTS))).toEqual([]);
    },
  );
});
