import { ENGLISH_MONTHS as MONTHS } from '../common/months.js';

const pad = (n: number): string => String(n).padStart(2, '0');

/**
 * A printed date as ISO: "17 August 2020" → 2020-08-17, "August 2016" → 2016-08, "2020-08-17" and
 * "17/08/2020" (day first, as OHCHR's lists print it) stay days. Anything else (a period, "Unclear",
 * "Since December 2008") is null: the printed text is kept beside it by the caller.
 */
export function isoDateOf(printed: string): string | null {
  const text = printed.trim();
  const iso = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(text);
  if (iso) {
    const [y, m] = [Number(iso[1]), Number(iso[2])];
    if (iso[3] === undefined) return m >= 1 && m <= 12 ? text : null;
    return validDay(y, m, Number(iso[3])) ? text : null;
  }
  const dmy = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text);
  if (dmy) {
    const [d, m, y] = [Number(dmy[1]), Number(dmy[2]), Number(dmy[3])];
    return validDay(y, m, d) ? `${y}-${pad(m)}-${pad(d)}` : null;
  }
  const day = /^(\d{1,2})\s+([A-Za-z]+)\s+(\d{4})$/.exec(text);
  if (day) {
    const m = MONTHS.indexOf(day[2]!.toLowerCase()) + 1;
    const [d, y] = [Number(day[1]), Number(day[3])];
    return m > 0 && validDay(y, m, d) ? `${y}-${pad(m)}-${pad(d)}` : null;
  }
  const month = /^([A-Za-z]+)\s+(\d{4})$/.exec(text);
  if (month) {
    const m = MONTHS.indexOf(month[1]!.toLowerCase()) + 1;
    return m > 0 ? `${month[2]}-${pad(m)}` : null;
  }
  return null;
}

function validDay(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  return d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** "17 August 2020" anywhere in a sentence: the first full date printed. */
export const PRINTED_DAY =
  /\b(\d{1,2} (?:January|February|March|April|May|June|July|August|September|October|November|December) \d{4})\b/;

/**
 * The year of a reprisals report from its symbol: the reports go to the September session, whose
 * number grows by three a year from the 21st (2012) on; 2010 and 2011 went to the 14th and 18th.
 */
export function reportYearOfSymbol(symbol: string): number | null {
  const m = /^A\/HRC\/(\d{1,2})\/\d{1,3}$/.exec(symbol);
  if (!m) return null;
  const session = Number(m[1]);
  if (session === 14) return 2010;
  if (session === 18) return 2011;
  if (session >= 21 && (session - 21) % 3 === 0) return 2012 + (session - 21) / 3;
  return null;
}
