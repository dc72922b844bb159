import { ngoSessionOf } from './ngo-committee-sessions.js';

/**
 * The Committee's report of each session the compiled decision tables date their rows by
 * (ecosoc-ngo-committee-decisions, column Session_number: the date of the session or its report).
 * PROVENANCE.md of that dataset: the sheets follow the Committee's reports (E/C.2/… sessions,
 * reported to ECOSOC as E/yyyy/32 Part I/II). A row of the tables is cited with the compiled file
 * and line and, beside them, this report.
 *
 * `basis` says how sure the symbol is:
 *  - `seen`: the symbol was read on a copy of the report or in a UN text naming it (`seenIn`);
 *  - `numbering`: it follows from the series (from 2005, the regular session reports as
 *    E/yyyy/32 (Part I), the resumed one as (Part II); from the 2021 resumed session, ECOSOC's
 *    session runs July to July, so a September report belongs to the next year's E/yyyy/32), and
 *    was not checked against a copy.
 * A date whose report could not be identified has no symbol and says so (`symbol: null`); it is
 * listed in the test so that a gap is seen, not silent.
 */
export interface NgoSessionReport {
  /** the Committee's own name of the session */
  session: string;
  /** the report to ECOSOC, E/yyyy/32 (Part I|II), or null when not identified */
  symbol: string | null;
  /** the Committee's adopted report (E/C.2/yyyy/CRP.nn/Rev.1 or E/C.2/yyyy/L.n) where seen */
  committeeSymbol: string | null;
  basis: 'seen' | 'numbering' | 'not-identified';
  /** where the symbol was seen */
  seenIn: string | null;
}

const numbering = (date: string): NgoSessionReport => {
  const label = ngoSessionOf(date)!;
  const year = label.slice(4, 8);
  const resumed = label.endsWith('resumed');
  return {
    session: `${year} ${resumed ? 'resumed' : 'regular'} session`,
    symbol: `E/${year}/32 (Part ${resumed ? 'II' : 'I'})`,
    committeeSymbol: null,
    basis: 'numbering',
    seenIn: null,
  };
};

const unidentified = (session: string): NgoSessionReport => ({
  session,
  symbol: null,
  committeeSymbol: null,
  basis: 'not-identified',
  seenIn: null,
});

const seen = (
  base: NgoSessionReport,
  seenIn: string,
  extra: Partial<NgoSessionReport> = {},
): NgoSessionReport => ({ ...base, basis: 'seen', seenIn, ...extra });

/** Keyed by the date the compiled tables give (Session_number). */
export const NGO_SESSION_REPORTS: Readonly<Record<string, NgoSessionReport>> = {
  // Before 2005 the Committee's calendar and report symbols vary (E/1998/…, E/2000/88, resumed
  // sessions held in the following January or December): not identified from the copies at hand.
  '1998-06-19': unidentified('1998 session'),
  '2000-03-28': unidentified('resumed 1999 session (January 2000)'),
  '2000-07-13': unidentified('2000 session'),
  '2000-10-04': unidentified('2000 session (October meeting)'),
  '2001-06-15': {
    ...unidentified('2001 session'),
    committeeSymbol: 'E/C.2/2001/L.2',
    basis: 'seen',
    seenIn: 'press release NGO/433 (draft report of the 2001 session)',
  },
  '2003-06-16': numbering('2003-06-16'),
  '2003-08-28': unidentified('2003 session (August date in the compiled tables)'),
  '2004-01-16': unidentified('2003 resumed session (December 2003)'),
  '2005-02-15': seen(numbering('2005-02-15'), 'E/2005/32 (Part I), distributed 15 February 2005'),
  '2005-06-15': numbering('2005-06-15'),
  '2006-02-14': numbering('2006-02-14'),
  '2006-02-24': seen(numbering('2006-02-24'), 'E/2006/32 (Part I), distributed 24 February 2006'),
  '2006-06-19': numbering('2006-06-19'),
  '2007-02-20': numbering('2007-02-20'),
  '2007-06-01': numbering('2007-06-01'),
  '2008-02-13': numbering('2008-02-13'),
  '2008-08-15': numbering('2008-08-15'),
  '2009-03-04': numbering('2009-03-04'),
  '2009-06-19': numbering('2009-06-19'),
  '2010-03-03': numbering('2010-03-03'),
  '2010-06-21': numbering('2010-06-21'),
  '2011-03-04': numbering('2011-03-04'),
  '2011-06-16': numbering('2011-06-16'),
  '2012-02-21': numbering('2012-02-21'),
  '2012-06-08': seen(
    numbering('2012-06-08'),
    'un-texts/other/e-2012-32-part-ii-ngo-committee-report.txt (distributed 8 June 2012)',
  ),
  '2013-02-11': numbering('2013-02-11'),
  '2013-06-10': numbering('2013-06-10'),
  '2014-02-07': numbering('2014-02-07'),
  '2014-06-12': numbering('2014-06-12'),
  '2015-02-18': numbering('2015-02-18'),
  '2015-06-17': numbering('2015-06-17'),
  '2016-02-17': numbering('2016-02-17'),
  '2016-06-20': numbering('2016-06-20'),
  '2017-02-28': numbering('2017-02-28'),
  '2017-06-23': numbering('2017-06-23'),
  '2018-02-23': numbering('2018-02-23'),
  '2018-06-11': seen(
    numbering('2018-06-11'),
    'un-texts/other/e-2018-32-part-ii-ngo-committee-report.txt (distributed 11 June 2018)',
  ),
  '2019-02-08': numbering('2019-02-08'),
  '2019-06-04': numbering('2019-06-04'),
  '2020-02-07': numbering('2020-02-07'),
  // The pandemic calendar: regular session in May–June, resumed in August–September.
  '2021-06-08': {
    ...unidentified('2021 regular session'),
    committeeSymbol: 'E/C.2/2021/CRP.39/Rev.1',
    basis: 'seen',
    seenIn: 'press release NGO/919 (report adopted 8 June 2021)',
  },
  '2021-09-20': {
    session: '2021 resumed session',
    symbol: 'E/2022/32 (Part I)',
    committeeSymbol: 'E/C.2/2021/CRP.47/Rev.1',
    basis: 'seen',
    seenIn:
      '8_roll_call_votes.csv itself (a page header "E/2022/32 (Part I) 21-13266" copied into a Vote_topic) and press release NGO/929',
  },
  '2022-06-07': {
    session: '2022 regular session',
    symbol: 'E/2022/32 (Part II)',
    committeeSymbol: 'E/C.2/2022/CRP.40/Rev.1',
    basis: 'numbering',
    seenIn:
      'press release NGO/938 (the E/C.2 symbol); the E/2022/32 part follows from the 2021 resumed session being Part I',
  },
  '2022-09-16': {
    session: '2022 resumed session',
    symbol: 'E/2023/32 (Part I)',
    committeeSymbol: null,
    basis: 'numbering',
    seenIn: null,
  },
  '2023-02-14': {
    ...unidentified('2023 regular session'),
    committeeSymbol: 'E/C.2/2023/CRP.43/Rev.1',
    basis: 'seen',
    seenIn: 'press release NGO/955 (report adopted 13 February 2023)',
  },
  '2023-06-05': unidentified('2023 resumed session'),
  '2023-09-16': unidentified('2023 (a date of name changes only, 2_name_changes.csv)'),
  '2024-02-09': numbering('2024-02-09'),
  '2024-06-14': seen(
    numbering('2024-06-14'),
    'un-texts/other/e-2024-32-part-ii-ngo-committee-report.txt (distributed 14 June 2024)',
  ),
};

/** The report of the session a compiled row is dated by, or null for a date not in the table. */
export function ngoSessionReport(date: string | null): NgoSessionReport | null {
  return date ? (NGO_SESSION_REPORTS[date] ?? null) : null;
}
