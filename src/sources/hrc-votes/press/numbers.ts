/**
 * Vote counts in the three languages the Council's releases come in: digits; English words
 * ("seven", "twenty-one", "none"); French words ("six", "vingt et un", "aucune"); Chinese
 * numerals ("十九"). HRC and CHR votes stay below one hundred, so that is the range read.
 */
import { parseCount, COUNT_PATTERN_SOURCE } from '../../common/numbers.js';

const FR_UNITS: Readonly<Record<string, number>> = {
  zéro: 0,
  aucun: 0,
  aucune: 0,
  un: 1,
  une: 1,
  deux: 2,
  trois: 3,
  quatre: 4,
  cinq: 5,
  six: 6,
  sept: 7,
  huit: 8,
  neuf: 9,
  dix: 10,
  onze: 11,
  douze: 12,
  treize: 13,
  quatorze: 14,
  quinze: 15,
  seize: 16,
};
const FR_TENS: Readonly<Record<string, number>> = {
  vingt: 20,
  trente: 30,
  quarante: 40,
  cinquante: 50,
  soixante: 60,
};
const ZH_DIGITS: Readonly<Record<string, number>> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

export const FR_COUNT_SOURCE = String.raw`(?:\d{1,3}|(?:vingt|trente|quarante|cinquante|soixante)(?:[\s-](?:et[\s-])?(?:un|une|deux|trois|quatre|cinq|six|sept|huit|neuf))?|dix[\s-](?:sept|huit|neuf)|zéro|aucune?|une?|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize)`;
export const ZH_COUNT_SOURCE = String.raw`(?:\d{1,3}|[零〇一二两三四五六七八九十]{1,3})`;
export const EN_COUNT_SOURCE = COUNT_PATTERN_SOURCE;

export function parseFrenchCount(text: string): number | undefined {
  const t = text.trim().toLowerCase();
  if (/^\d{1,3}$/.test(t)) return Number(t);
  const words = t.split(/[\s-]+/).filter((w) => w !== 'et');
  if (words.length === 1) return FR_UNITS[words[0]!] ?? FR_TENS[words[0]!];
  if (words.length === 2) {
    if (words[0] === 'dix') {
      const u = FR_UNITS[words[1]!];
      return u !== undefined && u >= 7 && u <= 9 ? 10 + u : undefined;
    }
    const tens = FR_TENS[words[0]!];
    const unit = FR_UNITS[words[1]!];
    if (tens !== undefined && unit !== undefined && unit >= 1 && unit <= 9) return tens + unit;
  }
  return undefined;
}

export function parseChineseCount(text: string): number | undefined {
  const t = text.trim();
  if (/^\d{1,3}$/.test(t)) return Number(t);
  if (t === '十') return 10;
  const m = /^([一二两三四五六七八九])?十([一二三四五六七八九])?$/.exec(t);
  if (m) return (m[1] ? ZH_DIGITS[m[1]]! : 1) * 10 + (m[2] ? ZH_DIGITS[m[2]]! : 0);
  if (t.length === 1) return ZH_DIGITS[t];
  return undefined;
}

export function parseAnyCount(text: string): number | undefined {
  return parseCount(text) ?? parseFrenchCount(text) ?? parseChineseCount(text);
}
